import { randomBytes } from 'node:crypto';
import { cp, lstat, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PostingError } from '../../file/posting-error.js';
import { writeFileAtomic } from '../atomic-write.js';
import { resolveInRepository } from '../path-guard.js';

/** How long a copy kept for Undo lives: Undo is offered right after a delete, not days later. */
export const KEEP_DELETED_MS = 24 * 60 * 60_000;

interface Manifest {
  /** Repository-relative path of what was deleted: a posting file or a page bundle's folder. */
  path: string;
  folder: boolean;
  deletedAt: string;
}

/**
 * Copies of deleted postings, so Delete can be undone whatever the trash does:
 * Electron's shell.trashItem cannot put a file back, and a trash library's
 * restore depends on the system. The copy is taken before the file goes to
 * the trash and removed after Undo or a day later.
 */
export class DeletedCopies {
  constructor(readonly folder: string, private readonly root: string) {}

  /** Keeps a copy of the posting file or bundle folder at path; returns the token Undo needs. */
  async keep(path: string, now = Date.now()): Promise<string> {
    await this.removeOld(now);
    const source = resolveInRepository(this.root, path);
    const info = await lstat(source);
    const token = randomBytes(16).toString('hex');
    const place = join(this.folder, token);
    await mkdir(place, { recursive: true, mode: 0o700 });
    await cp(source, join(place, 'content'), { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
    const manifest: Manifest = { path, folder: info.isDirectory(), deletedAt: new Date(now).toISOString() };
    await writeFileAtomic(join(place, 'manifest.json'), Buffer.from(JSON.stringify(manifest)));
    return token;
  }

  /** Puts the deleted posting back where it was. Refuses when something now has its name. */
  async restore(token: string): Promise<{ path: string }> {
    if (!/^[0-9a-f]{32}$/.test(token)) throw new PostingError('not-found', 'This delete can no longer be undone');
    const place = join(this.folder, token);
    const manifest = await readManifest(join(place, 'manifest.json'));
    const target = resolveInRepository(this.root, manifest.path);
    if (await exists(target)) {
      throw new PostingError('exists', `${manifest.path} exists again, so the deleted posting was not put back; rename that file first`);
    }
    await mkdir(dirname(target), { recursive: true });
    if (manifest.folder) {
      await cp(join(place, 'content'), target, { recursive: true, preserveTimestamps: true, errorOnExist: true, force: false, verbatimSymlinks: true });
    } else {
      await writeFileAtomic(target, await readFile(join(place, 'content')));
    }
    await rm(place, { recursive: true, force: true });
    return { path: manifest.path };
  }

  /** Drops the copy once Undo is no longer offered. */
  async forget(token: string): Promise<void> {
    if (/^[0-9a-f]{32}$/.test(token)) await rm(join(this.folder, token), { recursive: true, force: true });
  }

  private async removeOld(now: number): Promise<void> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    await Promise.all(
      names.map(async (name) => {
        const info = await stat(join(this.folder, name)).catch(() => undefined);
        if (info && now - info.mtimeMs > KEEP_DELETED_MS) await rm(join(this.folder, name), { recursive: true, force: true });
      }),
    );
  }
}

async function readManifest(file: string): Promise<Manifest> {
  try {
    const value = JSON.parse(await readFile(file, 'utf8')) as Partial<Manifest>;
    if (typeof value.path === 'string' && typeof value.folder === 'boolean' && typeof value.deletedAt === 'string') {
      return { path: value.path, folder: value.folder, deletedAt: value.deletedAt };
    }
  } catch {
    // Falls through to the message below.
  }
  throw new PostingError('not-found', 'This delete can no longer be undone: its copy is gone');
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(() => true, () => false);
}
