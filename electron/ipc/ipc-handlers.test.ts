import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../postings/api/handlers.js';
import { copySite, makeTempFolder, removeTempFolders, SAMPLE_SITE } from '../../postings/test-support/temp-site.js';
import type { ApiOperation, ApiResult, PostingDeskApi } from '../../postings/api/api.js';
import { API_OPERATIONS } from '../../postings/api/api.js';
import { channelFor } from './channels.js';
import type { InvokeSender } from './sender-check.js';
import { createIpcHandlers, registerIpcHandlers } from './ipc-handlers.js';

const VERSION = 'a'.repeat(64);
const PATH = 'content/careers/data-analyst.md';

/** One argument each operation accepts; the test fails when an operation has none here. */
const VALID: Record<ApiOperation, unknown> = {
  openRepository: {},
  listPostings: { warningCounts: false },
  readPosting: { path: PATH },
  getLintSetup: {},
  lintText: { path: PATH, text: '+++\ntitle = "x"\n+++\n' },
  renderText: { text: '# Hello' },
  savePosting: { path: PATH, baseVersion: VERSION, text: '+++\n+++\n' },
  newPosting: { title: 'Data Analyst' },
  addWord: { word: 'Kubernetes' },
  renamePosting: { path: PATH, baseVersion: VERSION },
  duplicatePosting: { path: PATH },
  deletePosting: { path: PATH, baseVersion: VERSION },
  pollChanges: { waitMs: 0 },
  listRecovery: {},
  readRecovery: { path: PATH },
  writeRecovery: { path: PATH, text: 'unsaved', baseVersion: VERSION },
  discardRecovery: { path: PATH },
  gitStatus: {},
  discardChanges: { path: PATH },
  undoDelete: { undoToken: '0123456789abcdef0123456789abcdef' },
  exportPosting: { path: PATH, format: 'pdf' },
};

const APP_WINDOW = 7;
const appFrame = { url: 'app://posting-desk/index.html', parent: null };
const trusted: InvokeSender = { sender: { id: APP_WINDOW }, senderFrame: appFrame };

/** Untrusted senders: each differs from the app's own page in one way. */
const UNTRUSTED: [string, InvokeSender][] = [
  ['a frame that is gone', { sender: { id: APP_WINDOW }, senderFrame: null }],
  ['a frame inside the page', { sender: { id: APP_WINDOW }, senderFrame: { url: 'app://posting-desk/index.html', parent: appFrame as never } }],
  ['a page on file://', { sender: { id: APP_WINDOW }, senderFrame: { url: 'file:///tmp/index.html', parent: null } }],
  ['a remote page', { sender: { id: APP_WINDOW }, senderFrame: { url: 'https://evil.example/', parent: null } }],
  ['another app:// host', { sender: { id: APP_WINDOW }, senderFrame: { url: 'app://evil/index.html', parent: null } }],
  ['a lookalike host', { sender: { id: APP_WINDOW }, senderFrame: { url: 'app://posting-desk.evil/index.html', parent: null } }],
  ['devtools', { sender: { id: APP_WINDOW }, senderFrame: { url: 'devtools://devtools/bundled/devtools_app.html', parent: null } }],
  ['a web contents the app did not open as a repository window', { sender: { id: 99 }, senderFrame: appFrame }],
];

function recordingApi(): { api: PostingDeskApi; calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  const api = Object.fromEntries(
    API_OPERATIONS.map((operation) => [operation, async (argument: unknown): Promise<ApiResult<unknown>> => {
      calls.push([operation, argument]);
      return { ok: true, value: operation };
    }]),
  ) as unknown as PostingDeskApi;
  return { api, calls };
}

function setup() {
  const recorded = recordingApi();
  const handlers = createIpcHandlers((id) => (id === APP_WINDOW ? recorded.api : undefined));
  return { ...recorded, handlers };
}

describe('IPC handlers', () => {
  it('has an example for every operation', () => {
    expect(Object.keys(VALID).sort()).toEqual([...API_OPERATIONS].sort());
  });

  it('registers exactly one channel per operation, posting-desk:<operation>, and no other', () => {
    const { handlers } = setup();
    const registered: string[] = [];
    registerIpcHandlers({ handle: (channel) => void registered.push(channel) }, handlers);
    expect(registered.sort()).toEqual(API_OPERATIONS.map((operation) => `posting-desk:${operation}`).sort());
  });

  describe.each(API_OPERATIONS.map((operation) => [operation] as const))('%s', (operation) => {
    it('calls the shared handler with the validated argument for the app’s own page', async () => {
      const { handlers, calls } = setup();
      const result = await handlers.get(channelFor(operation))?.(trusted, VALID[operation]);
      expect(result).toEqual({ ok: true, value: operation });
      expect(calls).toEqual([[operation, VALID[operation]]]);
    });

    it.each(UNTRUSTED)('refuses %s without calling the handler', async (_name, sender) => {
      const { handlers, calls } = setup();
      const result = await handlers.get(channelFor(operation))?.(sender, VALID[operation]);
      expect(result).toMatchObject({ ok: false, error: { code: 'unavailable' } });
      expect(calls).toEqual([]);
    });

    it.each([
      ['an unknown argument', { ...(VALID[operation] as object), sneaky: true }],
      ['a list instead of an object', [VALID[operation]]],
      ['text instead of an object', 'content/careers/x.md'],
    ])('refuses %s as invalid-argument without calling the handler', async (_name, argument) => {
      const { handlers, calls } = setup();
      const result = await handlers.get(channelFor(operation))?.(trusted, argument);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      expect(calls).toEqual([]);
    });
  });

  it('refuses wrongly typed fields with the validators’ message', async () => {
    const { handlers, calls } = setup();
    expect(await handlers.get('posting-desk:readPosting')?.(trusted, { path: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: '“path” must be text' } });
    expect(await handlers.get('posting-desk:savePosting')?.(trusted, { path: PATH, baseVersion: 'abc', text: '' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await handlers.get('posting-desk:readPosting')?.(trusted, { path: 'a\0b' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(calls).toEqual([]);
  });

  it('answers a handler that throws with an internal error instead of a rejected call', async () => {
    const api = { ...recordingApi().api, readPosting: () => Promise.reject(new Error('disk on fire')) } as PostingDeskApi;
    const handlers = createIpcHandlers(() => api);
    expect(await handlers.get('posting-desk:readPosting')?.(trusted, { path: PATH })).toEqual({ ok: false, error: { code: 'internal', message: 'Posting Desk failed: disk on fire' } });
  });

  it('reaches only the repository of the window that sent the call', async () => {
    const first = recordingApi();
    const second = recordingApi();
    const handlers = createIpcHandlers((id) => (id === 1 ? first.api : id === 2 ? second.api : undefined));
    await handlers.get('posting-desk:listPostings')?.({ sender: { id: 2 }, senderFrame: appFrame }, {});
    expect(first.calls).toEqual([]);
    expect(second.calls).toEqual([['listPostings', {}]]);
  });
});

describe('IPC handlers over the real handlers', () => {
  it('list and read the postings of the window’s own repository, and refuse a path out of it', async () => {
    const site = copySite(SAMPLE_SITE);
    const handlers = createHandlers(site, { trash: () => Promise.reject(new Error('no trash in this test')), dataFolder: makeTempFolder('posting-desk-data-') });
    try {
      const ipc = createIpcHandlers((id) => (id === APP_WINDOW ? handlers : undefined));
      const listed = await ipc.get('posting-desk:listPostings')?.(trusted, { warningCounts: false });
      expect(listed?.ok).toBe(true);
      const postings = (listed as { ok: true; value: { path: string }[] }).value;
      const first = postings[0]?.path ?? '';
      expect(first).toMatch(/^content\/careers\/.+\.md$/);
      const read = await ipc.get('posting-desk:readPosting')?.(trusted, { path: first });
      expect((read as { ok: true; value: { text: string } }).value.text).toBe(readFileSync(join(site, first), 'utf8'));
      expect(await ipc.get('posting-desk:readPosting')?.(trusted, { path: '../../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'outside-repository' } });
    } finally {
      await handlers.close();
      removeTempFolders();
    }
  });
});
