import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { SAMPLE_SITE } from './paths.js';
import { copySiteWritable, startServe, stopProcess } from './serve-process.js';

export interface ServedSite {
  /** The printed address, token included. */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The temp copy being served. */
  site: string;
  read(path: string): Buffer;
  write(path: string, text: string | Buffer): void;
  /** Everything serve wrote on stderr so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

/**
 * A writable temp copy of a site served by the built `posting-desk serve`,
 * as a user starts it, with a user data folder of its own; resolves once it
 * printed its address line.
 */
export async function serveCopy(source: string = SAMPLE_SITE, prepare?: (site: string) => void): Promise<ServedSite> {
  const folder = mkdtempSync(join(tmpdir(), 'posting-desk-e2e-'));
  const site = join(folder, 'site');
  copySiteWritable(source, site);
  prepare?.(site);
  const served = await startServe(site, folder);
  return {
    url: served.url,
    origin: new URL(served.url).origin,
    site,
    read: (path) => readFileSync(join(site, path)),
    write: (path, text) => writeFileSync(join(site, path), text),
    log: served.log,
    stop: async () => {
      await stopProcess(served.child);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * A copy served for the tests of the file or describe block this is called
 * in: started before them, stopped after them. Tests reach it through the
 * returned function.
 */
export function serveCopyForTests(source?: string, prepare?: (site: string) => void): () => ServedSite {
  let served: ServedSite | undefined;
  test.beforeAll(async () => {
    served = await serveCopy(source, prepare);
  });
  test.afterAll(async () => {
    await served?.stop();
  });
  return () => {
    if (!served) throw new Error('The served copy is used before its tests started');
    return served;
  };
}
