import type { RepositoryCache } from './repository-cache.js';
import { WarningCounts, type Counts } from './warning-counts.js';

/** The list's warning counts for a repository: what is known now, the rest counted in the background. */
export interface WarningCounter {
  count(paths: readonly string[], today: string): Promise<Map<string, Counts | null>>;
  /** Stops the background counting (the host is shutting down). */
  stop(): Promise<void>;
}

/** Counts in this thread, with the repository and lint context of `cache`. */
export function localWarningCounter(cache: RepositoryCache): WarningCounter {
  const counts = new WarningCounts();
  return {
    count: (paths, today) => {
      const repository = cache.open();
      return counts.count(repository, paths, cache.lintContext(today));
    },
    stop: async () => counts.stop(),
  };
}
