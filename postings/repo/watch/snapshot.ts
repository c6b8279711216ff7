import { readFile, stat } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { hashBytes } from '../version.js';
import { findPostingFiles } from '../list-postings.js';

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
 * Reads the section's posting files. A file whose size, time and inode match
 * the previous snapshot and that no watch event named is not read again, so a
 * rescan of thousands of postings costs one stat each.
 */
export async function takeSnapshot(root: string, sectionDir: string, previous: Snapshot, touched: ReadonlySet<string>): Promise<Snapshot> {
  const next: Snapshot = new Map();
  await Promise.all(
    findPostingFiles(sectionDir).map(async (file) => {
      const path = relative(root, file).split(sep).join('/');
      const state = await readState(file, previous.get(path), touched.has(path));
      if (state) next.set(path, state);
    }),
  );
  return next;
}

async function readState(file: string, known: FileState | undefined, touched: boolean): Promise<FileState | undefined> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return undefined;
    if (known && !touched && known.size === info.size && known.mtimeMs === info.mtimeMs && known.ino === info.ino) return known;
    const bytes = await readFile(file);
    return { version: hashBytes(bytes), size: bytes.length, mtimeMs: info.mtimeMs, ino: info.ino };
  } catch {
    // Removed between listing and reading: the next rescan reports it gone.
    return undefined;
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
