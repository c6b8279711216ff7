import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RepositoryCache } from './repository-cache.js';
import type { CountReply, CountRequest, CountWorkerData } from './warning-count-worker.js';
import { localWarningCounter, type WarningCounter } from './warning-counter.js';
import type { Counts } from './warning-counts.js';

/**
 * The list's warning counts, made in a worker thread: loading the
 * dictionaries and linting every posting takes seconds of CPU, and in the
 * thread that answers the window's requests it held up the posting the user
 * had just clicked (a second, measured with bench/editor.mjs). The worker
 * starts with the first count. Where no compiled worker exists (the tests,
 * run from TypeScript sources) or it stops, the counts are made in this
 * thread, with `cache`, the handlers' own.
 */
export function startWarningCounter(cache: RepositoryCache): WarningCounter {
  const script = new URL('./warning-count-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(script))) return localWarningCounter(cache);
  let worker: Worker | undefined;
  let fallback: WarningCounter | undefined;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (counts: Map<string, Counts | null>) => void; paths: readonly string[] }>();
  const noCounts = (paths: readonly string[]) => new Map<string, Counts | null>(paths.map((path) => [path, null]));
  const answerWaiting = (): void => {
    for (const { resolve, paths } of waiting.values()) resolve(noCounts(paths));
    waiting.clear();
  };
  const giveUp = (): void => {
    worker = undefined;
    fallback ??= localWarningCounter(cache);
    answerWaiting();
  };
  const start = (): Worker => {
    const data: CountWorkerData = { root: cache.open().root };
    const started = new Worker(script, { workerData: data });
    // Counting never keeps the host running.
    started.unref();
    started.on('message', (reply: CountReply) => {
      const request = waiting.get(reply.id);
      waiting.delete(reply.id);
      request?.resolve('error' in reply ? noCounts(request.paths) : new Map(reply.counts));
    });
    started.on('error', giveUp);
    started.on('exit', () => {
      if (worker === started) giveUp();
    });
    return started;
  };
  return {
    count(paths, today) {
      if (fallback) return fallback.count(paths, today);
      worker ??= start();
      const id = (nextId += 1);
      const request: CountRequest = { id, paths, today };
      return new Promise((resolve) => {
        waiting.set(id, { resolve, paths });
        (worker as Worker).postMessage(request);
      });
    },
    async stop() {
      const running = worker;
      worker = undefined;
      answerWaiting();
      await fallback?.stop();
      if (running) await running.terminate();
    },
  };
}
