import { readFile, realpath, stat } from 'node:fs/promises';
import { encodePosting } from '../file/decode.js';
import { PostingError } from '../file/posting-error.js';
import { hashBytes } from './version.js';
import { writeFileAtomic } from './atomic-write.js';

export interface SaveResult {
  /** False when the new text equals what is on disk: nothing was written. */
  written: boolean;
  /** The version now on disk. */
  hash: string;
}

/**
 * Saves a posting's new text over the version it was edited from. If the
 * file changed on disk since (another editor, a git pull), the save is
 * refused as a conflict rather than overwriting someone's work.
 */
export async function savePosting(file: string, baseHash: string, text: string): Promise<SaveResult> {
  const target = await realpath(file).catch(() => file);
  const current = await readFile(target).catch((error: NodeJS.ErrnoException) => {
    throw new PostingError(error.code === 'ENOENT' ? 'not-found' : 'io', `Could not read ${file}: ${error.message}`);
  });
  if (hashBytes(current) !== baseHash) {
    throw new PostingError('conflict', `${file} was changed by someone else since it was opened; nothing was saved. Reopen it to see the changes`);
  }
  const bytes = encodePosting(text);
  if (Buffer.compare(bytes, current) === 0) return { written: false, hash: baseHash };
  // Replacing by rename needs only the folder's permission (and root needs none):
  // a file marked read-only is respected here instead.
  if (((await stat(target)).mode & 0o222) === 0) {
    throw new PostingError('io', `${file} is read-only; nothing was saved. Make it writable to edit it`);
  }
  await writeFileAtomic(target, bytes);
  return { written: true, hash: hashBytes(bytes) };
}
