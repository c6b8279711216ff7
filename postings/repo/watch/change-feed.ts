import type { PostingChange } from './posting-watcher.js';

/** A change with its place in the feed: the first is 1. */
export type SequencedChange = PostingChange & { sequence: number; /** ms since the epoch, when the host saw it. */ at: number };

export interface ChangesSince {
  changes: SequencedChange[];
  /** Pass as `since` next time. */
  sequence: number;
  /**
   * True when changes after `since` were dropped (the caller was away longer
   * than the feed remembers, or the host restarted): re-read the list.
   */
  missed: boolean;
}

/**
 * Remembers recent changes under increasing sequence numbers, so a window can
 * ask "what happened since n?" and wait for the answer: a long poll works the
 * same over HTTP and over IPC, and a caller that was away learns it missed
 * something instead of silently showing a stale list.
 */
export class ChangeFeed {
  private readonly kept: SequencedChange[] = [];
  private last = 0;
  private readonly waiters = new Set<() => void>();
  private closed = false;

  /** epoch tells one feed from another, so a caller notices that the host restarted. */
  constructor(readonly epoch: string, private readonly capacity = 1_000) {}

  push(changes: readonly PostingChange[], at = Date.now()): void {
    for (const change of changes) {
      this.last += 1;
      this.kept.push({ ...change, sequence: this.last, at });
    }
    if (this.kept.length > this.capacity) this.kept.splice(0, this.kept.length - this.capacity);
    for (const wake of [...this.waiters]) wake();
  }

  get sequence(): number {
    return this.last;
  }

  since(sequence: number): ChangesSince {
    if (sequence > this.last) return { changes: [], sequence: this.last, missed: true };
    const oldest = this.kept[0]?.sequence ?? this.last + 1;
    const changes = this.kept.filter((change) => change.sequence > sequence);
    return { changes, sequence: this.last, missed: sequence + 1 < oldest && sequence < this.last };
  }

  /** Answers every waiting caller now and waits no more: the host is shutting down. */
  close(): void {
    this.closed = true;
    for (const wake of [...this.waiters]) wake();
  }

  /** Changes after `sequence`, waiting up to timeoutMs for the first one. */
  async wait(sequence: number, timeoutMs: number, signal?: AbortSignal): Promise<ChangesSince> {
    if (sequence !== this.last || timeoutMs <= 0 || signal?.aborted || this.closed) return this.since(sequence);
    await new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
      signal?.addEventListener('abort', done);
    });
    return this.since(sequence);
  }
}
