import { describe, expect, it } from 'vitest';
import { API_OPERATIONS } from '../../postings/api/api.js';
import { createBridge } from './bridge.js';

describe('the preload’s window.postingDesk', () => {
  it('has exactly one function per API operation and nothing else', () => {
    const bridge = createBridge(() => Promise.resolve({ ok: true, value: null }));
    expect(Object.keys(bridge).sort()).toEqual([...API_OPERATIONS].sort());
    for (const operation of API_OPERATIONS) expect(typeof bridge[operation]).toBe('function');
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.getPrototypeOf(bridge)).toBe(Object.prototype);
  });

  it.each(API_OPERATIONS.map((operation) => [operation] as const))('%s sends its one argument on its own channel', async (operation) => {
    const sent: [string, unknown][] = [];
    const bridge = createBridge((channel, argument) => {
      sent.push([channel, argument]);
      return Promise.resolve({ ok: true, value: 'answer' });
    });
    const call = bridge[operation] as (argument?: unknown, extra?: unknown) => Promise<unknown>;
    expect(await call({ path: 'content/careers/a.md' }, 'ignored extra')).toEqual({ ok: true, value: 'answer' });
    expect(await call()).toEqual({ ok: true, value: 'answer' });
    expect(sent).toEqual([
      [`posting-desk:${operation}`, { path: 'content/careers/a.md' }],
      [`posting-desk:${operation}`, {}],
    ]);
  });

  it('never rejects: a failed invoke becomes an unavailable result', async () => {
    const bridge = createBridge(() => Promise.reject(new Error('main process gone')));
    expect(await bridge.listPostings({})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
