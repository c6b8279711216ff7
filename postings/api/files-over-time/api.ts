/**
 * The files-over-time part of the application API: changes seen on disk,
 * crash recovery, git status and Undo for delete. PostingDeskApi extends this
 * interface, so both transports carry these operations like every other.
 * Types and constants only: the renderer imports it.
 */
import type { ApiResult, NoArgs } from '../api.js';

/** A change to the postings seen on disk, by anyone (this app included: compare `version` with yours). */
export type PostingChangeView = (
  | { kind: 'added'; path: string; version: string }
  | { kind: 'changed'; path: string; version: string }
  | { kind: 'renamed'; from: string; path: string; version: string }
  | { kind: 'deleted'; path: string }
) & {
  /** Place in the feed; pass the largest as `since`. */
  sequence: number;
  /** When the host saw it, ms since the epoch. */
  at: number;
};

export interface PollChangesArgs {
  /** The `sequence` of the last answer; 0 or absent for "from now". */
  since?: number;
  /** The `epoch` of the last answer: a different one means the host restarted. */
  epoch?: string;
  /** Wait up to this long for a change before answering empty (a long poll); at most 25 000, default 0. */
  waitMs?: number;
}

export interface ChangesView {
  /** Identifies this run of the host's watcher. */
  epoch: string;
  /** Pass back as `since`. */
  sequence: number;
  changes: PostingChangeView[];
  /** Changes were missed (the host restarted, or the caller was away too long): read the list again. */
  missed: boolean;
}

export interface RecoveryEntryView {
  path: string;
  /** The unsaved text as it was typed. */
  text: string;
  /** The version on disk the edits were made from. */
  baseVersion: string;
  /** When it was written, ISO 8601 UTC. */
  savedAt: string;
  /** The version on disk now, or null when the posting is gone (deleted or moved). */
  diskVersion: string | null;
}

export interface WriteRecoveryArgs {
  path: string;
  text: string;
  baseVersion: string;
}

export type GitChange = 'new' | 'changed';

export type GitStatusView =
  | { available: true; /** Repository-relative path to its change; unchanged postings are absent. */ changes: Record<string, GitChange> }
  | { available: false; /** Why there are no badges (no git, not a git repository): not an error. */ reason: string };

export interface FilesOverTimeApi {
  /** Changes to the postings on disk since `since`, waiting up to waitMs for one (works as a long poll over HTTP and IPC). */
  pollChanges(args?: PollChangesArgs): Promise<ApiResult<ChangesView>>;
  /** Unsaved edits kept for crash recovery, newest first. Entries whose text is what is on disk are dropped. */
  listRecovery(args?: NoArgs): Promise<ApiResult<RecoveryEntryView[]>>;
  /** The unsaved edits kept for one posting, or null. */
  readRecovery(args: { path: string }): Promise<ApiResult<RecoveryEntryView | null>>;
  /** Keeps the unsaved text of one posting (replacing the previous entry), atomically, outside the repository. */
  writeRecovery(args: WriteRecoveryArgs): Promise<ApiResult<{ savedAt: string }>>;
  /** Forgets the unsaved edits of one posting (after a save, or when the user discards them). */
  discardRecovery(args: { path: string }): Promise<ApiResult<{ discarded: boolean }>>;
  /** Which postings are new or changed since the last commit; without git, available is false. */
  gitStatus(args?: NoArgs): Promise<ApiResult<GitStatusView>>;
  /** Puts the committed text of one posting back ("Discard my changes"); baseVersion guards against a change since. */
  discardChanges(args: { path: string; baseVersion?: string }): Promise<ApiResult<{ path: string; version: string }>>;
  /** Puts a deleted posting back from the undoToken deletePosting gave. */
  undoDelete(args: { undoToken: string }): Promise<ApiResult<{ path: string }>>;
}

export const FILES_OVER_TIME_OPERATIONS = [
  'pollChanges',
  'listRecovery',
  'readRecovery',
  'writeRecovery',
  'discardRecovery',
  'gitStatus',
  'discardChanges',
  'undoDelete',
] as const satisfies readonly (keyof FilesOverTimeApi)[];

/** The longest a pollChanges call waits: below every proxy's and browser's idle timeout. */
export const MAX_POLL_WAIT_MS = 25_000;
