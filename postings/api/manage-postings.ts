import { cp, link, mkdir, readdir, rename, rm, unlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { slugify } from '../archetype/slug.js';
import { encodePosting } from '../file/decode.js';
import { PostingError } from '../file/posting-error.js';
import { editPosting, frontMatterOf, readPostingText } from '../posting/posting.js';
import { createFileAtomic } from '../repo/atomic-write.js';
import { createPosting } from '../repo/new-posting.js';
import { isInside, resolveInRepository } from '../repo/path-guard.js';
import type { Repository } from '../repo/repository.js';
import { valueAt } from '../toml/value.js';
import type { CreatedPosting, DeletedPosting, HostServices, MovedPosting, NewPostingArgs } from './api.js';
import { readPostingFile, repositoryRelative, type PostingFile } from './posting-file.js';

export async function newPostingFile(repository: Repository, args: NewPostingArgs, now: Date): Promise<CreatedPosting> {
  const created = await createPosting(repository, {
    title: args.title,
    bundle: args.bundle === true,
    now: { epoch: now.getTime(), offsetMinutes: -now.getTimezoneOffset() },
  });
  return { path: created.path, archetype: created.archetype };
}

/** A posting of the section, read, with what moves with it: its file, or its page bundle's whole folder. */
interface Located extends PostingFile {
  path: string;
  /** `<slug>/index.md` in the section. */
  bundle: boolean;
  /** The file, or the bundle's folder. */
  target: string;
}

async function locatePosting(repository: Repository, path: string): Promise<Located> {
  const read = await readPostingFile(repository.root, path);
  const sectionDir = resolveInRepository(repository.root, repositoryRelative(repository.root, repository.sectionDir));
  const name = basename(read.file);
  if (!read.file.endsWith('.md') || name === '_index.md' || !isInside(sectionDir, read.file) || read.file === sectionDir) {
    throw new PostingError('outside-repository', `“${path}” is not a posting of ${repositoryRelative(repository.root, repository.sectionDir)}/; only postings can be renamed, duplicated or deleted`);
  }
  const bundle = name === 'index.md' && dirname(read.file) !== sectionDir;
  return { ...read, path, bundle, target: bundle ? dirname(read.file) : read.file };
}

function checkVersion(located: Located, baseVersion: string): void {
  if (located.version !== baseVersion) {
    throw new PostingError('conflict', `${located.path} was changed on disk since it was opened; reload it first. Nothing was changed`);
  }
}

function titleOf(located: Located): string {
  const title = valueAt(frontMatterOf(readPostingText(located.text)).root, ['title']);
  if (title?.type !== 'string' || title.value.trim() === '') {
    throw new PostingError('invalid-edit', 'This posting has no title to name its file after; give it a title first');
  }
  return title.value;
}

/** Taken by a posting of that slug in either form, `slug.md` or `slug/`. */
function slugTaken(folder: string, slug: string): boolean {
  return existsSync(join(folder, `${slug}.md`)) || existsSync(join(folder, slug));
}

export async function renamePostingFile(repository: Repository, path: string, baseVersion: string): Promise<MovedPosting> {
  const located = await locatePosting(repository, path);
  checkVersion(located, baseVersion);
  const slug = slugify(titleOf(located));
  const folder = dirname(located.target);
  const target = join(folder, located.bundle ? slug : `${slug}.md`);
  if (target === located.target) return { path, changed: false };
  if (slugTaken(folder, slug)) {
    throw new PostingError('exists', `A posting named “${slug}” already exists here; change the title, or rename that one first. Nothing was changed`);
  }
  resolveInRepository(repository.root, repositoryRelative(repository.root, target));
  if (located.bundle) {
    await rename(located.target, target);
  } else {
    // A hard link fails if the name was taken meanwhile, where a rename would replace that file.
    await link(located.target, target);
    await unlink(located.target);
  }
  const file = located.bundle ? join(target, 'index.md') : target;
  return { path: repositoryRelative(repository.root, file), changed: true };
}

export async function duplicatePostingFile(repository: Repository, path: string): Promise<{ path: string }> {
  const located = await locatePosting(repository, path);
  const title = `${titleOf(located)} (copy)`;
  const text = editPosting(readPostingText(located.text), [
    { op: 'set', path: ['title'], value: { type: 'string', value: title } },
    { op: 'set', path: ['draft'], value: { type: 'boolean', value: true } },
  ]);
  const folder = dirname(located.target);
  const base = slugify(title);
  for (let attempt = 1; attempt < 1000; attempt += 1) {
    const slug = attempt === 1 ? base : `${base}-${attempt}`;
    if (slugTaken(folder, slug)) continue;
    const file = located.bundle ? await copyBundle(located.target, join(folder, slug), text) : await createExclusive(join(folder, `${slug}.md`), text);
    if (file) return { path: repositoryRelative(repository.root, file) };
  }
  throw new PostingError('exists', `Could not find a free file name for “${title}”`);
}

/** Writes a new file whole, or gives undefined when the name was taken meanwhile. */
async function createExclusive(file: string, text: string): Promise<string | undefined> {
  return (await createFileAtomic(file, encodePosting(text))) ? file : undefined;
}

/** The bundle's resources copied beside a new index.md; undefined when the folder name was taken meanwhile. */
async function copyBundle(source: string, target: string, text: string): Promise<string | undefined> {
  const made = await mkdir(target).then(() => true, (error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST') return false;
    throw error;
  });
  if (!made) return undefined;
  try {
    for (const name of await readdir(source)) {
      if (name !== 'index.md') await cp(join(source, name), join(target, name), { recursive: true, errorOnExist: true, force: false });
    }
    return await createExclusive(join(target, 'index.md'), text);
  } catch (error) {
    await rm(target, { recursive: true, force: true });
    throw error;
  }
}

export async function deletePostingFile(repository: Repository, path: string, baseVersion: string, trash: HostServices['trash']): Promise<DeletedPosting> {
  const located = await locatePosting(repository, path);
  checkVersion(located, baseVersion);
  let moved: { undoToken?: string } | void;
  try {
    moved = await trash(located.target);
  } catch (error) {
    throw new PostingError('io', `Could not move ${path} to the trash (${error instanceof Error ? error.message : String(error)}); nothing was deleted`);
  }
  return { path, ...(moved?.undoToken === undefined ? {} : { undoToken: moved.undoToken }) };
}
