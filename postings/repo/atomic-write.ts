import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, lstat, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * A save killed half-way (power cut, SIGKILL) leaves its temporary file
 * behind. A later save of the same file removes such leftovers once they are
 * this old; a younger one may belong to a save that is still running.
 */
export const STALE_TEMPORARY_MS = 10 * 60_000;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the
 * new version: write a temporary file beside it, flush it to disk, rename it
 * over the original (atomic on POSIX), then flush the folder entry.
 * The temporary file's name starts with a dot, so Hugo and the posting list
 * ignore it.
 */
export async function writeFileAtomic(file: string, data: Uint8Array): Promise<void> {
  const folder = dirname(file);
  const mode = await stat(file).then((info) => info.mode & 0o7777, () => 0o644);
  const temporary = await writeTemporaryFile(file, data, mode);
  try {
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(folder);
  await removeStaleTemporaryFiles(file);
}

/**
 * Creates a file that must not exist yet, so that a crash at any moment
 * leaves it whole or absent, never empty or half-written: the data goes to a
 * temporary file beside it, flushed, then hard-linked to the name, which
 * fails atomically when the name is taken (by a file, a folder or a symbolic
 * link, even one made meanwhile). Never replaces anything: gives false,
 * having written nothing there, when the name is taken.
 */
export async function createFileAtomic(file: string, data: Uint8Array): Promise<boolean> {
  const folder = dirname(file);
  // 0o666 less the umask, as a plain create gives.
  const temporary = await writeTemporaryFile(file, data, 0o666);
  let linked: boolean | 'no-hard-links';
  try {
    linked = await link(temporary, file).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST') return false;
        if (NO_HARD_LINKS.has(error.code ?? '')) return 'no-hard-links' as const;
        throw error;
      },
    );
  } finally {
    await rm(temporary, { force: true });
  }
  if (linked === 'no-hard-links') return createExclusively(file, data);
  if (linked) await syncFolder(folder);
  return linked;
}

/**
 * What link() answers on file systems without hard links (FAT and exFAT
 * drives, some network shares; libuv reports Windows' ERROR_INVALID_FUNCTION
 * as EISDIR). There the file is created exclusively and then written, as
 * well as such a file system allows.
 */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EISDIR']);

async function createExclusively(file: string, data: Uint8Array): Promise<boolean> {
  const handle = await open(file, 'wx').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST') return undefined;
    throw error;
  });
  if (!handle) return false;
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

/** The data in a new temporary file beside file, flushed to disk; removed again if that fails. */
async function writeTemporaryFile(file: string, data: Uint8Array, mode: number): Promise<string> {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  return temporary;
}

/** Whether name is one of writeFileAtomic's temporary files for the file named base. */
export function isTemporaryFileOf(name: string, base: string): boolean {
  const prefix = `.${base}.`;
  return name.startsWith(prefix) && /^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length));
}

/** Removes the file's own leftover temporary files older than STALE_TEMPORARY_MS; never fails the save. */
export async function removeStaleTemporaryFiles(file: string, now = Date.now()): Promise<void> {
  const folder = dirname(file);
  const base = basename(file);
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => isTemporaryFileOf(name, base))
      .map(async (name) => {
        const path = join(folder, name);
        try {
          const info = await lstat(path);
          if (info.isFile() && now - info.mtimeMs > STALE_TEMPORARY_MS) await rm(path, { force: true });
        } catch {
          // Gone already, or not ours to remove: leave it.
        }
      }),
  );
}

async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems cannot flush a folder; the rename itself is still atomic.
  } finally {
    await handle.close();
  }
}
