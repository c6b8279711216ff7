import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { BUILTIN_ARCHETYPE } from '../archetype/builtin-archetype.js';
import { evaluateTemplate, TemplateError } from '../archetype/go-template.js';
import { formatGoTime, localNow, RFC3339, type ZonedTime } from '../archetype/go-time-format.js';
import { slugify } from '../archetype/slug.js';
import { decodePosting, encodePosting } from '../file/decode.js';
import { PostingError } from '../file/posting-error.js';
import { editPosting, readPostingText, type Posting } from '../posting/posting.js';
import { valueAt } from '../toml/value.js';
import { createFileAtomic } from './atomic-write.js';
import { resolveInRepository } from './path-guard.js';
import type { Repository } from './repository.js';

export interface NewPostingOptions {
  title: string;
  /** Create `slug/index.md` (a page bundle) instead of `slug.md`. */
  bundle?: boolean;
  now?: ZonedTime;
}

export interface NewPosting {
  /** Absolute path of the new file. */
  file: string;
  /** Repository-relative, with forward slashes. */
  path: string;
  /** Which archetype it came from, repository-relative, or "built-in". */
  archetype: string;
}

/**
 * Creates a posting from the site's archetype (Hugo's lookup order) with the
 * given title. The file name is the title's slug and never replaces a file:
 * a taken name gets -2, -3, ... and the file is created exclusively and
 * whole (createFileAtomic), so a crash never leaves an empty posting.
 */
export async function createPosting(repository: Repository, options: NewPostingOptions): Promise<NewPosting> {
  const title = options.title.trim();
  if (title.length === 0) throw new PostingError('invalid-edit', 'A new posting needs a title');
  const { template, archetype } = findArchetype(repository);
  const base = slugify(title);
  const now = options.now ?? localNow();
  for (let attempt = 1; attempt < 1000; attempt += 1) {
    const slug = attempt === 1 ? base : `${base}-${attempt}`;
    const relativePath = join(relative(repository.root, repository.sectionDir), options.bundle ? join(slug, 'index.md') : `${slug}.md`);
    const file = resolveInRepository(repository.root, relativePath);
    if (existsSync(file) || existsSync(join(repository.sectionDir, slug)) || existsSync(join(repository.sectionDir, `${slug}.md`))) continue;
    const text = fillArchetype(template, archetype, { repository, slug, title, now, bundle: options.bundle === true });
    await mkdir(dirname(file), { recursive: true });
    if (!(await createFileAtomic(file, encodePosting(text)))) continue;
    return { file, path: relativePath.split(sep).join('/'), archetype };
  }
  throw new PostingError('exists', `Could not find a free file name for “${title}”`);
}

/** Hugo's order: archetypes/<section>.md, then archetypes/default.md; else the built-in one. */
export function findArchetype(repository: Repository): { template: string; archetype: string } {
  for (const name of [`${repository.section}.md`, 'default.md']) {
    const file = join(repository.root, 'archetypes', name);
    if (existsSync(file)) {
      return { template: decodePosting(readFileSync(file)), archetype: `archetypes/${name}` };
    }
  }
  return { template: BUILTIN_ARCHETYPE, archetype: 'built-in' };
}

interface FillContext {
  repository: Repository;
  slug: string;
  title: string;
  now: ZonedTime;
  bundle: boolean;
}

function fillArchetype(template: string, archetype: string, context: FillContext): string {
  const { repository, slug, now, bundle } = context;
  let text: string;
  try {
    text = evaluateTemplate(template, {
      // As Hugo 0.111 fills them for content/<section>/<slug>.md or <slug>/index.md.
      Date: formatGoTime(now, RFC3339),
      Name: slug,
      TranslationBaseName: bundle ? 'index' : slug,
      BaseFileName: bundle ? 'index' : slug,
      ContentBaseName: slug,
      Section: repository.section,
      Type: repository.section,
      File: {
        ContentBaseName: slug,
        BaseFileName: bundle ? 'index' : slug,
        TranslationBaseName: bundle ? 'index' : slug,
        Ext: 'md',
        Dir: bundle ? `${repository.section}/${slug}/` : `${repository.section}/`,
      },
      Site: { Title: repository.site.title, Params: {} },
    }, { now: () => now });
  } catch (error) {
    if (error instanceof TemplateError) throw new PostingError('invalid-edit', `${archetype}: ${error.message}`);
    throw error;
  }
  return withTitle(text, archetype, context.title);
}

/** The archetype derives a title from the file name; the user's own title wins. */
function withTitle(text: string, archetype: string, title: string): string {
  const posting = readArchetypeResult(text, archetype);
  const frontMatter = posting.frontMatter;
  if (!frontMatter) {
    throw new PostingError('invalid-front-matter', `${archetype} gives a file without a details section (front matter), which is not a posting`);
  }
  const current = valueAt(frontMatter.root, ['title']);
  if (current?.type === 'string' && current.value === title) return text;
  if (frontMatter.format === 'toml') return editPosting(posting, [{ op: 'set', path: ['title'], value: { type: 'string', value: title } }]);
  // YAML and JSON are not edited in general; a title the archetype wrote as a
  // plain value is replaced by a double-quoted string, valid in both.
  const entry = frontMatter.entries.find((candidate) => candidate.path.length === 1 && candidate.path[0] === 'title');
  if (!entry || entry.value.type !== 'string') return text;
  const updated = text.slice(0, entry.valueStart) + JSON.stringify(title) + text.slice(entry.valueEnd);
  const check = valueAt(readArchetypeResult(updated, archetype).frontMatter?.root ?? { type: 'table', entries: new Map() }, ['title']);
  if (check?.type !== 'string' || check.value !== title) {
    throw new PostingError('verify-failed', `Posting Desk could not put the title into what ${archetype} gives; nothing was created`);
  }
  return updated;
}

function readArchetypeResult(text: string, archetype: string): Posting {
  try {
    return readPostingText(text);
  } catch (error) {
    throw new PostingError('invalid-front-matter', `${archetype} does not give a valid posting: ${error instanceof Error ? error.message : String(error)}`);
  }
}
