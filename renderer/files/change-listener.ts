import type { PostingChangeView, PostingDeskApi } from '../../postings/api/api.js';

export interface ChangeListener {
  stop(): void;
}

export interface ChangeHandlers {
  onChanges(changes: PostingChangeView[]): void;
  /** Changes were missed (the host restarted, or this window was asleep): read everything again. */
  onMissed(): void;
}

/** A long poll is answered at once when something changes, so this bounds only how long an idle request stays open. */
const WAIT_MS = 20_000;
/** The first retry after a failed poll; each further one waits twice as long, up to MAX_RETRY_MS. */
const RETRY_MS = 1_000;
const MAX_RETRY_MS = 10_000;

/**
 * Follows the host's change feed with one long poll at a time: the same loop
 * works over HTTP and over Electron's IPC. When the host is away (serve
 * stopped or restarting) it retries every second and, once back, reports
 * that changes were missed.
 */
export function listenForChanges(
  api: Pick<PostingDeskApi, 'pollChanges'>,
  handlers: ChangeHandlers,
  wait = WAIT_MS,
  /** Started after the window read its list: what changed before the first poll is reported as missed. */
  catchUp = false,
): ChangeListener {
  let stopped = false;
  let since: number | undefined;
  let epoch: string | undefined;
  let lostContact = false;
  let retry = RETRY_MS;
  const loop = async (): Promise<void> => {
    while (!stopped) {
      const answer = await api.pollChanges(since === undefined ? {} : { since, epoch: epoch ?? '', waitMs: wait });
      if (stopped) return;
      if (!answer.ok) {
        lostContact = true;
        await new Promise((resolve) => setTimeout(resolve, retry));
        retry = Math.min(retry * 2, MAX_RETRY_MS);
        continue;
      }
      const first = since === undefined;
      since = answer.value.sequence;
      epoch = answer.value.epoch;
      if (answer.value.missed || (lostContact && !first) || (first && catchUp)) handlers.onMissed();
      else if (answer.value.changes.length > 0) handlers.onChanges(answer.value.changes);
      lostContact = false;
      retry = RETRY_MS;
    }
  };
  void loop();
  return {
    stop() {
      stopped = true;
    },
  };
}
