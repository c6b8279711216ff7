import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { builtModule } from '../test-support/cli.js';
import { copySite, removeTempFolders, SAMPLE_SITE } from '../test-support/temp-site.js';
import type { PostingSummary } from './api.js';
import { createHandlers } from './handlers.js';
import type { CountReply, CountRequest } from './warning-count-worker.js';

afterAll(removeTempFolders);

const TODAY = '2026-06-01';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What lintText (in this thread) finds in each posting: the counts the worker must give. */
async function countsInThisThread(root: string, paths: readonly string[]): Promise<Map<string, { warnings: number; errors: number }>> {
  const handlers = createHandlers(root, { trash: async () => undefined, now: () => new Date(`${TODAY}T12:00:00`) });
  try {
    const counts = new Map<string, { warnings: number; errors: number }>();
    for (const path of paths) {
      const result = await handlers.lintText({ path, text: readFileSync(join(root, path), 'utf8') });
      if (!result.ok) throw new Error(result.error.message);
      counts.set(path, { warnings: result.value.messages.filter((message) => message.severity === 'warning').length, errors: result.value.messages.filter((message) => message.severity === 'error').length });
    }
    return counts;
  } finally {
    await handlers.close();
  }
}

describe('warning counts in their worker thread (the built code)', () => {
  it('the worker counts every posting as lint does in this thread, the rest following once its dictionaries are loaded', async () => {
    const root = copySite(SAMPLE_SITE);
    const handlers = createHandlers(root, { trash: async () => undefined });
    const listed = await handlers.listPostings({ warningCounts: false });
    await handlers.close();
    if (!listed.ok) throw new Error(listed.error.message);
    const paths = listed.value.map((posting) => posting.path);

    const worker = new Worker(pathToFileURL(builtModule('postings/api/warning-count-worker.js')), { workerData: { root } });
    try {
      const ask = (id: number): Promise<CountReply> =>
        new Promise((resolve) => {
          worker.once('message', resolve);
          worker.postMessage({ id, paths, today: TODAY } satisfies CountRequest);
        });
      let reply = await ask(1);
      for (let id = 2; id < 100 && 'counts' in reply && reply.counts.some(([, counts]) => counts === null); id += 1) {
        await pause(100);
        reply = await ask(id);
      }
      if (!('counts' in reply)) throw new Error(reply.error);
      const expected = await countsInThisThread(root, paths);
      expect(new Map(reply.counts.map(([path, counts]) => [path, counts && { warnings: counts.warnings, errors: counts.errors }]))).toEqual(expected);
      expect([...expected.values()].some((counts) => counts.warnings > 0)).toBe(true);
    } finally {
      await worker.terminate();
    }
  }, 60_000);

  it('the built handlers list the counts made there, and close it', async () => {
    const root = copySite(SAMPLE_SITE);
    const built = (await import(pathToFileURL(builtModule('postings/api/handlers.js')).href)) as typeof import('./handlers.js');
    const handlers = built.createHandlers(root, { trash: async () => undefined, now: () => new Date(`${TODAY}T12:00:00`) });
    let list: PostingSummary[] = [];
    for (let round = 0; round < 100 && (list.length === 0 || list.some((posting) => posting.warningCount === null)); round += 1) {
      const result = await handlers.listPostings();
      if (!result.ok) throw new Error(result.error.message);
      list = result.value;
      await pause(100);
    }
    await handlers.close();
    const expected = await countsInThisThread(root, list.map((posting) => posting.path));
    expect(list.map((posting) => [posting.path, { warnings: posting.warningCount, errors: posting.errorCount }])).toEqual([...expected]);
  }, 60_000);

  it('answers a count still waiting when the host shuts down, with no counts rather than never', async () => {
    const root = copySite(SAMPLE_SITE);
    const built = (await import(pathToFileURL(builtModule('postings/api/warning-count-thread.js')).href)) as typeof import('./warning-count-thread.js');
    const { RepositoryCache } = (await import(pathToFileURL(builtModule('postings/api/repository-cache.js')).href)) as typeof import('./repository-cache.js');
    const counter = built.startWarningCounter(new RepositoryCache(() => root));
    const pending = counter.count(['content/careers/data-analyst.md'], TODAY);
    await counter.stop();
    expect(await pending).toEqual(new Map([['content/careers/data-analyst.md', null]]));
  });
});
