import type { Store } from '../src/session/store.js';

type Watched = Pick<Store<unknown>, 'get' | 'subscribe'>;
type Session = Pick<Store<{ posting?: unknown }>, 'get' | 'subscribe'>;

/** How long after the list shows the files' calls wait for a first posting to be opened. */
const GRACE_MS = 1500;

/**
 * Runs `run` once the window has started up: the list has shown, and the
 * first posting is open (or nobody opened one for a moment), and the window
 * is idle. The files' start-up calls (the watcher's first poll, git status,
 * crash recovery) would otherwise compete with opening that posting.
 * Returns a cancel.
 */
export function afterStartUp(list: Watched, session: Session, run: () => void, graceMs = GRACE_MS): () => void {
  let cancelled = false;
  let grace: ReturnType<typeof setTimeout> | undefined;
  const unsubscribes: Array<() => void> = [];
  const settle = () => {
    for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
    if (grace !== undefined) clearTimeout(grace);
  };
  const go = () => {
    settle();
    if (cancelled) return;
    const now = () => {
      if (!cancelled) run();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(now, { timeout: 500 });
    else setTimeout(now, 0);
  };
  const whenOpen = () => {
    if (session.get().posting !== undefined) return go();
    unsubscribes.push(session.subscribe(() => session.get().posting !== undefined && go()));
    grace = setTimeout(go, graceMs);
  };
  if (list.get() !== undefined) whenOpen();
  else {
    const unsubscribe = list.subscribe(() => {
      if (list.get() === undefined) return;
      unsubscribe();
      whenOpen();
    });
    unsubscribes.push(unsubscribe);
  }
  return () => {
    cancelled = true;
    settle();
  };
}
