import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult, PostingView, WriteRecoveryArgs } from '../../postings/api/api.js';
import { PostingSession } from '../src/session/posting-session.js';
import { keepUnsavedText, RECOVERY_MAX_WAIT_MS } from './recovery-writer.js';

const FILE = '+++\ntitle = "Baker"\n+++\nWe bake bread.\n';
const view = (path = 'content/careers/baker.md'): PostingView =>
  ({ path, text: FILE, version: 'a'.repeat(64), bodyStart: FILE.indexOf('+++\n', 3) + 4, format: 'toml', details: [], editable: true }) as unknown as PostingView;

/** Records what the writer asks the host to keep or forget, answering as the host does. */
function recordingHost() {
  const calls: ({ op: 'write'; at: number } & WriteRecoveryArgs | { op: 'discard'; path: string; at: number })[] = [];
  const api = {
    async writeRecovery(args: WriteRecoveryArgs): Promise<ApiResult<{ savedAt: string }>> {
      calls.push({ op: 'write', at: Date.now(), ...args });
      return { ok: true, value: { savedAt: new Date().toISOString() } };
    },
    async discardRecovery(args: { path: string }): Promise<ApiResult<{ discarded: boolean }>> {
      calls.push({ op: 'discard', path: args.path, at: Date.now() });
      return { ok: true, value: { discarded: true } };
    },
  };
  return { api, calls };
}

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

describe('keeping unsaved text for crash recovery', () => {
  it('writes the whole text with its base version half a second after the last keystroke', () => {
    const { api, calls } = recordingHost();
    const session = new PostingSession();
    session.open(view());
    keepUnsavedText(api, session);
    session.setBody('We bake bread and cakes.\n');
    vi.advanceTimersByTime(499);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual([{ op: 'write', at: 500, path: 'content/careers/baker.md', text: '+++\ntitle = "Baker"\n+++\nWe bake bread and cakes.\n', baseVersion: 'a'.repeat(64) }]);
  });

  it('writes at least once a second while typing goes on without a pause', () => {
    const { api, calls } = recordingHost();
    const session = new PostingSession();
    session.open(view());
    keepUnsavedText(api, session);
    for (let key = 0; key < 30; key += 1) {
      session.setBody(`We bake bread${'!'.repeat(key + 1)}\n`);
      vi.advanceTimersByTime(100);
    }
    const writes = calls.filter((call) => call.op === 'write');
    expect(writes.length).toBeGreaterThanOrEqual(2);
    let previous = 0;
    for (const write of writes) {
      expect(write.at - previous).toBeLessThanOrEqual(RECOVERY_MAX_WAIT_MS);
      previous = write.at;
    }
  });

  it('forgets the entry once the text is back to what is on disk (saved or reloaded)', () => {
    const { api, calls } = recordingHost();
    const session = new PostingSession();
    session.open(view());
    keepUnsavedText(api, session);
    session.setBody('Typed.\n');
    vi.advanceTimersByTime(600);
    session.reloadFrom(view(), false);
    expect(calls.map((call) => call.op)).toEqual(['write', 'discard']);
  });

  it('forgets the entry of a posting left for another (saved or discarded at the guard)', () => {
    const { api, calls } = recordingHost();
    const session = new PostingSession();
    session.open(view());
    keepUnsavedText(api, session);
    session.setBody('Typed, then discarded.\n');
    vi.advanceTimersByTime(600);
    session.open(view('content/careers/chef.md'));
    expect(calls.map((call) => call.op)).toEqual(['write', 'discard']);
    expect(calls[1]).toMatchObject({ path: 'content/careers/baker.md' });
  });

  it('tries again every second while the host is away, so text typed meanwhile is kept once it is back', async () => {
    const { api, calls } = recordingHost();
    let away = true;
    const flaky = {
      ...api,
      async writeRecovery(args: WriteRecoveryArgs): Promise<ApiResult<{ savedAt: string }>> {
        if (away) return { ok: false, error: { code: 'unavailable', message: 'serve is not running' } };
        return api.writeRecovery(args);
      },
    };
    const session = new PostingSession();
    session.open(view());
    keepUnsavedText(flaky, session);
    session.setBody('Typed while serve restarts.\n');
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toEqual([]);
    away = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toEqual([expect.objectContaining({ op: 'write', text: '+++\ntitle = "Baker"\n+++\nTyped while serve restarts.\n' })]);
  });

  it('writes nothing for a posting that was only opened, and stops when asked', () => {
    const { api, calls } = recordingHost();
    const session = new PostingSession();
    session.open(view());
    const stop = keepUnsavedText(api, session);
    vi.advanceTimersByTime(2_000);
    stop();
    session.setBody('Typed after stop.\n');
    vi.advanceTimersByTime(2_000);
    expect(calls).toEqual([]);
  });
});
