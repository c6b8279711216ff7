import { realpath } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { runGit } from './run-git.js';

/** How a posting differs from the last commit. */
export type GitChange = 'new' | 'changed';

export type GitStatus =
  | { available: true; /** Repository-relative path to its change; unchanged postings are absent. */ changes: Record<string, GitChange> }
  | { available: false; /** Why there are no badges, for a tooltip or a log; never an error to show. */ reason: string };

/**
 * Which files under scope (a repository-relative folder) are new or changed
 * since the last commit, from `git status --porcelain=v1 -z`. Without git, or
 * outside a git repository, the answer is "not available", never an error.
 */
export async function readGitStatus(root: string, scope: string): Promise<GitStatus> {
  const prefix = await siteFolderInGit(root);
  if (typeof prefix !== 'string') return prefix;
  const status = await runGit(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', scope]);
  if (!status.ok) return { available: false, reason: `git status failed: ${status.stderr}` };
  const changes: Record<string, GitChange> = {};
  for (const record of status.stdout.toString('utf8').split('\0')) {
    if (record.length < 4) continue;
    const change = changeOf(record.slice(0, 2));
    const fromTop = record.slice(3);
    if (change === undefined || (prefix !== '' && !fromTop.startsWith(`${prefix}/`))) continue;
    changes[prefix === '' ? fromTop : fromTop.slice(prefix.length + 1)] = change;
  }
  return { available: true, changes };
}

/** XY status letters to a badge; a deleted file has no posting to badge. */
function changeOf(xy: string): GitChange | undefined {
  if (xy === '??') return 'new';
  if (xy.includes('D')) return undefined;
  if (xy[0] === 'A') return 'new';
  return /[MTRCU]/.test(xy) ? 'changed' : undefined;
}

/** The site root's path inside its git work tree ('' at the top), or why git is not available. */
export async function siteFolderInGit(root: string): Promise<string | { available: false; reason: string }> {
  const top = await runGit(root, ['rev-parse', '--show-toplevel']);
  if (top.missing) return { available: false, reason: 'git is not installed or not on the PATH' };
  if (!top.ok) return { available: false, reason: 'This folder is not a git repository' };
  const [realTop, realRoot] = await Promise.all([realpath(top.stdout.toString('utf8').trim()), realpath(root)]);
  return relative(realTop, realRoot).split(sep).join('/');
}
