import { readFile } from 'node:fs/promises';
import { PostingError } from '../../file/posting-error.js';
import { hashBytes } from '../version.js';
import { writeFileAtomic } from '../atomic-write.js';
import { resolveInRepository } from '../path-guard.js';
import { runGit } from './run-git.js';
import { siteFolderInGit } from './status.js';

/**
 * "Discard my changes": puts the committed text of one posting back, written
 * atomically like any save. `git cat-file --filters` gives the bytes checkout
 * would write (line endings and filters applied). baseVersion, when given,
 * must be what is on disk now, so a change made since the user confirmed is
 * not thrown away unseen.
 */
export async function discardChanges(root: string, path: string, baseVersion?: string): Promise<{ version: string }> {
  const file = resolveInRepository(root, path);
  const prefix = await siteFolderInGit(root);
  if (typeof prefix !== 'string') throw new PostingError('io', `Changes cannot be discarded here: ${prefix.reason}`);
  const current = await readFile(file).catch(() => undefined);
  if (baseVersion !== undefined && current !== undefined && hashBytes(current) !== baseVersion) {
    throw new PostingError('conflict', `${path} changed again since you asked; look at it before discarding`);
  }
  const committed = await runGit(root, ['cat-file', '--filters', `HEAD:./${path}`]);
  if (!committed.ok) {
    throw new PostingError('not-found', `${path} is not in the last commit, so there is no committed text to go back to; delete it instead`);
  }
  if (current === undefined || Buffer.compare(current, committed.stdout) !== 0) await writeFileAtomic(file, committed.stdout);
  return { version: hashBytes(committed.stdout) };
}
