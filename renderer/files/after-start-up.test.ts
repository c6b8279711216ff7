import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Store } from '../src/session/store.js';
import { afterStartUp } from './after-start-up.js';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

function window() {
  return { list: new Store<string[] | undefined>(undefined), session: new Store<{ posting?: string }>({}), run: vi.fn() };
}

describe('afterStartUp', () => {
  it('waits for the list and then the first posting before running', () => {
    const { list, session, run } = window();
    afterStartUp(list, session, run, 1500);
    session.set({ posting: 'early.md' }); // before the list: not yet
    session.set({});
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
    list.set(['a.md']);
    vi.advanceTimersByTime(100);
    expect(run).not.toHaveBeenCalled();
    session.set({ posting: 'a.md' });
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    session.set({ posting: 'b.md' });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs a moment after the list when no posting is opened', () => {
    const { list, session, run } = window();
    afterStartUp(list, session, run, 1500);
    list.set([]);
    vi.advanceTimersByTime(1499);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at once when the list and a posting are already there', () => {
    const { list, session, run } = window();
    list.set(['a.md']);
    session.set({ posting: 'a.md' });
    afterStartUp(list, session, run);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled', () => {
    const { list, session, run } = window();
    const cancel = afterStartUp(list, session, run, 1500);
    list.set(['a.md']);
    cancel();
    session.set({ posting: 'a.md' });
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
  });
});
