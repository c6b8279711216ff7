import type { PostingDeskApi } from '../../postings/api/api.js';
import { currentText, isDirty, type PostingSession } from '../src/session/posting-session.js';

/** Quiet time after the last keystroke before the unsaved text is kept. */
export const RECOVERY_SETTLE_MS = 500;
/** While typing goes on without a pause, the text is kept at least this often. */
export const RECOVERY_MAX_WAIT_MS = 1_000;

type RecoveryApi = Pick<PostingDeskApi, 'writeRecovery' | 'discardRecovery'>;

/**
 * Keeps the unsaved text of the open posting in the host's recovery area
 * within a second of typing, so a crash, a kill or a dead battery loses at
 * most that second; forgets it once the posting is saved or reloaded.
 */
export function keepUnsavedText(api: RecoveryApi, session: PostingSession): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending: number | undefined;
  /** Paths with an entry written by this window that is not yet forgotten. */
  const kept = new Set<string>();
  let lastWritten: { path: string; text: string } | undefined;
  let stopped = false;

  const write = (): void => {
    timer = undefined;
    firstPending = undefined;
    const posting = session.get().posting;
    if (!posting || !isDirty(posting)) return;
    const text = currentText(posting);
    if (lastWritten && lastWritten.path === posting.path && lastWritten.text === text) return;
    lastWritten = { path: posting.path, text };
    kept.add(posting.path);
    void api.writeRecovery({ path: posting.path, text, baseVersion: posting.version }).then((result) => {
      // The host is away (serve restarting): try again, so text typed meanwhile is kept once it is back.
      if (result.ok || stopped) return;
      if (lastWritten?.path === posting.path && lastWritten.text === text) lastWritten = undefined;
      timer ??= setTimeout(write, RECOVERY_MAX_WAIT_MS);
    });
  };

  const forget = (path: string): void => {
    if (!kept.delete(path)) return;
    if (lastWritten?.path === path) lastWritten = undefined;
    void api.discardRecovery({ path });
  };

  let previous = session.get().posting;
  const unsubscribe = session.subscribe(() => {
    const posting = session.get().posting;
    // Leaving a posting means it was saved or its changes discarded (the unsaved-changes guard asks
    // first): only a crash leaves an entry behind.
    if (previous && (!posting || posting.path !== previous.path)) forget(previous.path);
    previous = posting;
    if (!posting) return;
    if (!isDirty(posting)) {
      clearTimeout(timer);
      timer = undefined;
      firstPending = undefined;
      forget(posting.path);
      return;
    }
    const now = Date.now();
    firstPending ??= now;
    clearTimeout(timer);
    timer = setTimeout(write, Math.max(0, Math.min(RECOVERY_SETTLE_MS, firstPending + RECOVERY_MAX_WAIT_MS - now)));
  });

  return () => {
    stopped = true;
    unsubscribe();
    clearTimeout(timer);
  };
}
