import { realpathSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { RepositoryCache } from './repository-cache.js';
import type { Counts } from './warning-counts.js';
import { localWarningCounter } from './warning-counter.js';

/** What warning-count-thread.ts hands this worker. */
export interface CountWorkerData {
  root: string;
}

export interface CountRequest {
  id: number;
  paths: readonly string[];
  today: string;
}

/** A reply per request: the counts known, or why counting failed (the list then shows no counts). */
export type CountReply = { id: number; counts: [string, Counts | null][] } | { id: number; error: string };

if (parentPort !== null) {
  const port = parentPort;
  // Counting is background work: on Linux the nice value is the thread's own, so only this thread yields.
  if (process.platform === 'linux') setPriority(19);
  const { root } = workerData as CountWorkerData;
  const counter = localWarningCounter(new RepositoryCache(() => realpathSync(root)));
  port.on('message', (request: CountRequest) => {
    counter.count(request.paths, request.today).then(
      (counts) => port.postMessage({ id: request.id, counts: [...counts] } satisfies CountReply),
      (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies CountReply),
    );
  });
}
