import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePosting } from '../file/decode.js';
import { lintPosting } from '../lint/lint-posting.js';
import type { LintContext } from '../lint/types.js';
import { fileStamp } from '../repo/file-stamp.js';
import type { Repository } from '../repo/repository.js';

export interface Counts {
  warnings: number;
  errors: number;
}

interface Counted extends Counts {
  /** Size, modification time and inode: a changed file gets a new stamp without being read. */
  stamp: string;
  /** The settings and repository facts the count was made with. */
  context: string;
}

/**
 * Lint counts for the list, cached by file stamp and lint context. A call
 * counts what it can within its time budget and leaves the rest null; the
 * rest is counted in the background, a file per turn of the event loop, so
 * the next call has them. A newer call takes over from an older one.
 */
export class WarningCounts {
  private readonly cache = new Map<string, Counted>();
  private generation = 0;

  constructor(private readonly budgetMs = 300) {}

  async count(repository: Repository, paths: readonly string[], loading: Promise<LintContext>): Promise<Map<string, Counts | null>> {
    const generation = ++this.generation;
    const deadline = performance.now() + this.budgetMs;
    // The first call loads the dictionaries (most of a second): the list does not wait for them.
    const lint = await Promise.race([loading, delay(this.budgetMs)]);
    if (lint === undefined) {
      void loading.then((ready) => this.countLater(generation, repository, paths.map((path) => ({ path, stamp: fileStamp(join(repository.root, path)) })), ready, contextKey(ready)), () => undefined);
      return new Map(paths.map((path) => [path, this.known(path, repository)]));
    }
    const context = contextKey(lint);
    const result = new Map<string, Counts | null>();
    const pending: { path: string; stamp: string }[] = [];
    for (const path of paths) {
      const stamp = fileStamp(join(repository.root, path));
      const cached = this.cache.get(path);
      if (cached && cached.stamp === stamp && cached.context === context) result.set(path, cached);
      else pending.push({ path, stamp });
    }
    for (const known of this.cache.keys()) if (!result.has(known) && !pending.some((item) => item.path === known)) this.cache.delete(known);
    while (pending.length > 0 && performance.now() < deadline) {
      const next = pending.shift() as { path: string; stamp: string };
      result.set(next.path, this.countOne(repository, next.path, next.stamp, lint, context));
    }
    for (const { path } of pending) result.set(path, null);
    if (pending.length > 0) void this.countLater(generation, repository, pending, lint, context);
    return result;
  }

  /** Stops the background counting (the host is shutting down). */
  stop(): void {
    this.generation += 1;
  }

  /** A count made before, while the file is unchanged, though the context may have moved on since. */
  private known(path: string, repository: Repository): Counts | null {
    const cached = this.cache.get(path);
    return cached && cached.stamp === fileStamp(join(repository.root, path)) ? cached : null;
  }

  private async countLater(generation: number, repository: Repository, pending: { path: string; stamp: string }[], lint: LintContext, context: string): Promise<void> {
    for (const { path, stamp } of pending) {
      await new Promise((resolve) => setImmediate(resolve));
      if (generation !== this.generation) return;
      const cached = this.cache.get(path);
      if (!cached || cached.stamp !== stamp || cached.context !== context) this.countOne(repository, path, stamp, lint, context);
    }
  }

  private countOne(repository: Repository, path: string, stamp: string, lint: LintContext, context: string): Counts | null {
    let counts: Counts;
    try {
      const { messages } = lintPosting(decodePosting(readFileSync(join(repository.root, path))), lint, { path });
      counts = {
        warnings: messages.filter((message) => message.severity === 'warning').length,
        errors: messages.filter((message) => message.severity === 'error').length,
      };
    } catch {
      // Unreadable (bad encoding, gone): the list shows the file's problem; lint has nothing to count.
      return null;
    }
    this.cache.set(path, { ...counts, stamp, context });
    return counts;
  }
}

function contextKey(lint: LintContext): string {
  const postings = (lint.repository?.postings ?? []).map((posting) => [posting.path, posting.title ?? '', String(posting.weight ?? ''), String(posting.draft ?? '')]);
  return JSON.stringify([lint.config, postings]);
}

function delay(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref());
}
