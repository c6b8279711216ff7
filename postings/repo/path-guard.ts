import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { PostingError } from '../file/posting-error.js';

/**
 * Resolves a path that came from the UI, the API or `new` inside the
 * repository. Absolute paths, `..` that leaves the root, and symbolic links
 * that lead out of it are refused, so a crafted name can never make Posting
 * Desk read or write elsewhere.
 */
export function resolveInRepository(root: string, requested: string): string {
  if (requested.length === 0 || requested.includes('\0')) {
    throw new PostingError('outside-repository', 'A file name is needed');
  }
  if (isAbsolute(requested) || /^[a-zA-Z]:[\\/]/.test(requested) || requested.startsWith('\\\\')) {
    throw new PostingError('outside-repository', `“${requested}” is an absolute path; give a path inside the repository`);
  }
  const realRoot = realpathSync(root);
  const target = resolve(realRoot, requested);
  if (!isInside(realRoot, target)) {
    throw new PostingError('outside-repository', `“${requested}” is outside the repository`);
  }
  const real = realpathOfNearestExisting(target);
  if (!isInside(realRoot, real)) {
    throw new PostingError('outside-repository', `“${requested}” leads outside the repository through a symbolic link`);
  }
  return target;
}

export function isInside(root: string, candidate: string): boolean {
  const path = relative(root, candidate);
  return path === '' || (!path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path));
}

/**
 * The real path of target, or of its nearest existing ancestor joined with
 * the rest. A dangling symbolic link is followed to where it points, since
 * creating the file through it would write there.
 */
function realpathOfNearestExisting(target: string, depth = 0): string {
  if (depth > 40) throw new PostingError('io', `${target} goes round a loop of symbolic links`);
  let current = target;
  const rest: string[] = [];
  for (;;) {
    try {
      return resolve(realpathSync(current), ...rest.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') throw new PostingError('io', `${target} goes round a loop of symbolic links`);
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
      const link = readLink(current);
      if (link !== undefined) {
        const pointsTo = resolve(realpathOfNearestExisting(dirname(current), depth + 1), link);
        return resolve(realpathOfNearestExisting(pointsTo, depth + 1), ...rest.reverse());
      }
      const parent = dirname(current);
      if (parent === current) return target;
      rest.push(basename(current));
      current = parent;
    }
  }
}

function readLink(path: string): string | undefined {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined;
  } catch {
    return undefined;
  }
}
