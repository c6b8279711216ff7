import { describe, expect, it } from 'vitest';
import { ChangeFeed } from './change-feed.js';

const change = (path: string) => ({ kind: 'changed' as const, path, version: 'v' });

describe('ChangeFeed', () => {
  it('numbers changes from 1 and returns those after the sequence asked for', () => {
    const feed = new ChangeFeed('e1');
    feed.push([change('a.md'), change('b.md')], 10);
    expect(feed.since(0)).toEqual({ changes: [{ ...change('a.md'), sequence: 1, at: 10 }, { ...change('b.md'), sequence: 2, at: 10 }], sequence: 2, missed: false });
    expect(feed.since(1).changes.map((c) => c.path)).toEqual(['b.md']);
    expect(feed.since(2)).toEqual({ changes: [], sequence: 2, missed: false });
  });

  it('says changes were missed when the caller is older than what it keeps', () => {
    const feed = new ChangeFeed('e1', 2);
    feed.push([change('a.md'), change('b.md'), change('c.md')]);
    expect(feed.since(0)).toMatchObject({ missed: true, sequence: 3 });
    expect(feed.since(1)).toMatchObject({ missed: false, changes: [{ path: 'b.md' }, { path: 'c.md' }] });
  });

  it('says changes were missed when the caller knows a sequence from before a restart', () => {
    const feed = new ChangeFeed('e2');
    expect(feed.since(40)).toEqual({ changes: [], sequence: 0, missed: true });
  });

  it('wakes a waiting caller as soon as a change arrives', async () => {
    const feed = new ChangeFeed('e1');
    const started = Date.now();
    const waiting = feed.wait(0, 5_000);
    setTimeout(() => feed.push([change('a.md')]), 50);
    const result = await waiting;
    expect(result.changes.map((c) => c.path)).toEqual(['a.md']);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('answers waiting callers at once when it closes, and waits no more after', async () => {
    const feed = new ChangeFeed('e1');
    const waiting = feed.wait(0, 60_000);
    feed.close();
    expect(await waiting).toEqual({ changes: [], sequence: 0, missed: false });
    const started = Date.now();
    await feed.wait(0, 60_000);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('returns empty after the timeout or when the caller goes away', async () => {
    const feed = new ChangeFeed('e1');
    expect(await feed.wait(0, 30)).toEqual({ changes: [], sequence: 0, missed: false });
    const abort = new AbortController();
    const waiting = feed.wait(0, 60_000, abort.signal);
    abort.abort();
    expect(await waiting).toEqual({ changes: [], sequence: 0, missed: false });
  });
});
