import { watch, type FSWatcher } from 'chokidar';
import { basename, join } from 'node:path';
import { compareSnapshots, takeSnapshot, updateSnapshot, type Snapshot } from './snapshot.js';

/** A change to the section's postings seen on disk. Paths are repository-relative. */
export type PostingChange =
  | { kind: 'added'; path: string; version: string }
  | { kind: 'changed'; path: string; version: string }
  | { kind: 'renamed'; from: string; path: string; version: string }
  | { kind: 'deleted'; path: string };

export interface WatchOptions {
  /** Repository root: paths in changes are relative to it. */
  root: string;
  /** The postings section folder that is watched. */
  sectionDir: string;
  onChanges: (changes: PostingChange[]) => void;
  onError?: (error: Error) => void;
  /** Quiet time after the last file event before the folder is rescanned. */
  settleMs?: number;
  /** A rescan happens at the latest this long after the first event of a burst. */
  maxWaitMs?: number;
  /** How long a removed file waits for a file with the same bytes to appear, which makes it a rename. */
  renameWindowMs?: number;
}

export interface PostingWatcher {
  /** Resolves once the first snapshot is taken and the folder is watched. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Watches the postings section. File events only say where to look again:
 * each burst is followed by a fresh look at the paths it named, compared with
 * what was there before, so a doubled event changes nothing, a rewrite with the same bytes reports
 * nothing, and atomic saves (a hidden temporary file renamed over the posting)
 * show as one change of the posting.
 */
export function watchPostings(options: WatchOptions): PostingWatcher {
  const settleMs = options.settleMs ?? 80;
  const maxWaitMs = options.maxWaitMs ?? 400;
  const renameWindowMs = options.renameWindowMs ?? 250;
  let snapshot: Snapshot = new Map();
  let touched = new Set<string>();
  let settleTimer: NodeJS.Timeout | undefined;
  let burstStart: number | undefined;
  let scanning: Promise<void> | undefined;
  let rescanAgain = false;
  let closed = false;
  /** Removed files waiting to see whether they reappear under another name. */
  const pendingRemovals = new Map<string, { version: string; timer: NodeJS.Timeout }>();
  let watcher: FSWatcher | undefined;

  const report = (changes: PostingChange[]): void => {
    if (changes.length > 0 && !closed) options.onChanges(changes);
  };

  const rescan = async (): Promise<void> => {
    const seen = touched;
    touched = new Set();
    const next = updateSnapshot(options.root, options.sectionDir, snapshot, seen);
    const difference = compareSnapshots(snapshot, next);
    snapshot = next;
    const changes: PostingChange[] = difference.changed.map(({ path, version }) => ({ kind: 'changed', path, version }));
    for (const { path, version } of difference.added) {
      const returning = pendingRemovals.get(path);
      if (returning) {
        // Removed and written again (some editors and git do this): a change, or nothing.
        clearTimeout(returning.timer);
        pendingRemovals.delete(path);
        if (returning.version !== version) changes.push({ kind: 'changed', path, version });
        continue;
      }
      const from = [...pendingRemovals].find(([, removal]) => removal.version === version)?.[0]
        ?? difference.removed.find((removed) => removed.version === version)?.path;
      if (from !== undefined) {
        clearTimeout(pendingRemovals.get(from)?.timer);
        pendingRemovals.delete(from);
        difference.removed = difference.removed.filter((removed) => removed.path !== from);
        changes.push({ kind: 'renamed', from, path, version });
      } else {
        changes.push({ kind: 'added', path, version });
      }
    }
    for (const { path, version } of difference.removed) {
      const timer = setTimeout(() => {
        pendingRemovals.delete(path);
        report([{ kind: 'deleted', path }]);
      }, renameWindowMs);
      pendingRemovals.set(path, { version, timer });
    }
    report(changes);
  };

  const runRescan = (): void => {
    settleTimer = undefined;
    burstStart = undefined;
    if (scanning) {
      rescanAgain = true;
      return;
    }
    scanning = rescan()
      .catch((error: unknown) => options.onError?.(error instanceof Error ? error : new Error(String(error))))
      .finally(() => {
        scanning = undefined;
        if (rescanAgain && !closed) {
          rescanAgain = false;
          runRescan();
        }
      });
  };

  const onEvent = (file: string): void => {
    if (closed) return;
    touched.add(file);
    const now = Date.now();
    burstStart ??= now;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(runRescan, Math.max(0, Math.min(settleMs, burstStart + maxWaitMs - now)));
  };

  const ready = (async () => {
    snapshot = takeSnapshot(options.root, options.sectionDir);
    if (closed) return;
    watcher = watch(options.sectionDir, {
      ignoreInitial: true,
      // Hidden names are our own atomic-save temporaries and editors' swap files; Hugo ignores them too.
      ignored: (path: string) => path !== options.sectionDir && basename(path).startsWith('.'),
      // The rescan pairs unlink and add itself; chokidar's own merging would delay events.
      atomic: false,
    });
    watcher.on('all', (_event, file) => onEvent(file));
    // chokidar's own events for a new file wait for a listing of its folder, which takes most of a
    // second in a folder of thousands; the raw event names the file at once.
    watcher.on('raw', (_event, name, details) => {
      const watched = (details as { watchedPath?: unknown } | undefined)?.watchedPath;
      if (typeof watched !== 'string' || typeof name !== 'string' || name === '') return;
      if (basename(name).startsWith('.')) return;
      onEvent(basename(watched) === name ? watched : join(watched, name));
    });
    watcher.on('error', (error) => {
      options.onError?.(error instanceof Error ? error : new Error(String(error)));
      // Events may have been lost: look at the whole section again.
      onEvent(options.sectionDir);
    });
    await new Promise<void>((resolve) => watcher?.once('ready', () => resolve()));
  })();

  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(settleTimer);
      for (const { timer } of pendingRemovals.values()) clearTimeout(timer);
      pendingRemovals.clear();
      await ready.catch(() => undefined);
      await watcher?.close();
      await scanning;
    },
  };
}
