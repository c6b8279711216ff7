import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { findPostingFiles } from '../list-postings.js';
import { hashBytes } from '../version.js';

/** What the watcher remembers of one posting file: enough to tell a real change from a touch. */
export interface FileState {
  /** sha-256 hex of the bytes: the same "version" readPosting reports. */
  version: string;
  size: number;
  mtimeMs: number;
  ino: number;
}

/** Repository-relative path (forward slashes) to what was on disk. */
export type Snapshot = Map<string, FileState>;

/**
 * Reads every posting file of the section. Synchronous on purpose: thousands
 * of tiny stats run several times faster in one loop than through the
 * thread pool.
 */
export function takeSnapshot(root: string, sectionDir: string): Snapshot {
  const next: Snapshot = new Map();
  for (const file of findPostingFiles(sectionDir)) addState(next, root, file, undefined);
  return next;
}

/**
 * The snapshot after the named paths (absolute) changed, looking only at
 * them: a file is read again, a folder (a page bundle, or one that moved) is
 * listed again the way the posting list lists it. So a change in a section of
 * thousands of postings costs a few stats, not thousands.
 */
export function updateSnapshot(root: string, sectionDir: string, previous: Snapshot, touched: Iterable<string>): Snapshot {
  const next: Snapshot = new Map(previous);
  const relativeOf = (path: string): string => relative(root, path).split(sep).join('/');
  const wasFolder = (rel: string): boolean => [...previous.keys()].some((path) => path.startsWith(`${rel}/`));
  const folders = new Set<string>();
  const files = new Set<string>();
  for (const path of touched) {
    if (path === sectionDir || !path.startsWith(`${sectionDir}${sep}`)) {
      folders.add(sectionDir);
      continue;
    }
    const parent = dirname(path);
    // Inside a page bundle only index.md is a posting, and the bundle is judged whole.
    if (parent !== sectionDir && (existsSync(join(parent, 'index.md')) || previous.has(`${relativeOf(parent)}/index.md`))) folders.add(parent);
    else if (isFolder(path) || wasFolder(relativeOf(path))) folders.add(path);
    else files.add(path);
  }
  if (folders.has(sectionDir)) return takeSnapshot(root, sectionDir);
  for (const folder of folders) {
    const prefix = `${relativeOf(folder)}/`;
    for (const path of previous.keys()) if (path.startsWith(prefix)) next.delete(path);
    if (!isFolder(folder)) continue;
    const postings = existsSync(join(folder, 'index.md')) ? [join(folder, 'index.md')] : findPostingFiles(folder);
    for (const file of postings) addState(next, root, file, previous.get(relativeOf(file)));
  }
  for (const file of files) {
    const rel = relativeOf(file);
    next.delete(rel);
    const name = basename(file);
    if (name.endsWith('.md') && name !== '_index.md' && !name.startsWith('.')) addState(next, root, file, undefined);
  }
  return next;
}

function addState(snapshot: Snapshot, root: string, file: string, known: FileState | undefined): void {
  const state = readState(file, known);
  if (state) snapshot.set(relative(root, file).split(sep).join('/'), state);
}

/** known, when given, is reused if size, time and inode match: a folder listed again costs no reads. */
function readState(file: string, known: FileState | undefined): FileState | undefined {
  try {
    const info = statSync(file);
    if (!info.isFile()) return undefined;
    if (known && known.size === info.size && known.mtimeMs === info.mtimeMs && known.ino === info.ino) return known;
    const bytes = readFileSync(file);
    return { version: hashBytes(bytes), size: bytes.length, mtimeMs: info.mtimeMs, ino: info.ino };
  } catch {
    // Removed between listing and reading: its own event follows.
    return undefined;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export interface SnapshotDifference {
  added: { path: string; version: string }[];
  changed: { path: string; version: string }[];
  removed: { path: string; version: string }[];
}

/** What differs between two snapshots; a file rewritten with the same bytes is no change. */
export function compareSnapshots(before: Snapshot, after: Snapshot): SnapshotDifference {
  const difference: SnapshotDifference = { added: [], changed: [], removed: [] };
  for (const [path, state] of after) {
    const old = before.get(path);
    if (!old) difference.added.push({ path, version: state.version });
    else if (old.version !== state.version) difference.changed.push({ path, version: state.version });
  }
  for (const [path, state] of before) {
    if (!after.has(path)) difference.removed.push({ path, version: state.version });
  }
  return difference;
}
