import type { ApiError, DetailEdit, DetailField, PostingView, SaveOutcome } from '../../../postings/api/api.js';
import { composeText, toEditable, type EditableText } from './editable-text.js';
import { Store } from './store.js';

/**
 * The posting open in the editor: what was read from disk, and what the user
 * has typed since. The seam for the files-over-time pieces (renderer/files/):
 * they read `version`, `diskText` and `dirty`, and call `reloadFrom` or
 * `adoptDisk` when the file changes on disk.
 */
export interface OpenPosting {
  path: string;
  /** The version on disk the editor is based on (sha-256 of its bytes). */
  version: string;
  /** The whole file as last read or saved. */
  diskText: string;
  editable: EditableText;
  /** The body as the user has it now (line feeds only). */
  body: string;
  details: DetailField[];
  detailsEditable: PostingView['editable'];
  format: PostingView['format'];
  /** Details that cannot be read: shown, with the text still open to fix them. */
  problem?: ApiError;
}

export type Conflict = Extract<SaveOutcome, { status: 'conflict' }> & {
  /** What the user was saving when the conflict came: the text, or a change of details. */
  kind: 'text' | 'details';
  /** The change of details, to apply again to the version on disk. */
  edits?: DetailEdit[];
};

export interface SessionState {
  posting?: OpenPosting;
  saving: boolean;
  conflict?: Conflict;
  /** The last failed save or read, in words for HR staff. */
  error?: ApiError;
  /** Set briefly after a save, for the status line. */
  savedAt?: number;
}

export function isDirty(posting: OpenPosting | undefined): boolean {
  return posting !== undefined && posting.body !== posting.editable.body;
}

/** The whole file text the user has now. */
export function currentText(posting: OpenPosting): string {
  return composeText(posting.editable, posting.body);
}

export function openedPosting(view: PostingView): OpenPosting {
  const editable = toEditable(view.text, view.bodyStart);
  return {
    path: view.path,
    version: view.version,
    diskText: view.text,
    editable,
    body: editable.body,
    details: view.details,
    detailsEditable: view.editable,
    format: view.format,
    ...(view.problem ? { problem: view.problem } : {}),
  };
}

/**
 * The posting after its file was read again: details and disk state from the
 * file, the body the user typed kept when `keepBody` (a details save while
 * the text has unsaved changes).
 */
export function reopenedPosting(previous: OpenPosting, view: PostingView, keepBody: boolean): OpenPosting {
  const next = openedPosting(view);
  return keepBody && isDirty(previous) ? { ...next, body: previous.body } : next;
}

export class PostingSession extends Store<SessionState> {
  constructor() {
    super({ saving: false });
  }

  open(view: PostingView): void {
    this.set({ posting: openedPosting(view), saving: false });
  }

  close(): void {
    this.set({ saving: false });
  }

  setBody(body: string): void {
    const posting = this.get().posting;
    if (!posting || posting.body === body) return;
    this.set({ ...this.get(), posting: { ...posting, body } });
  }

  /** The file was read again (after a save of details, a reload, or a change on disk). */
  reloadFrom(view: PostingView, keepBody: boolean): void {
    const state = this.get();
    const posting = state.posting && state.posting.path === view.path ? reopenedPosting(state.posting, view, keepBody) : openedPosting(view);
    this.set({ ...state, posting, conflict: undefined, error: undefined });
  }

  setSaving(saving: boolean): void {
    this.set({ ...this.get(), saving });
  }

  setConflict(conflict: Conflict | undefined): void {
    this.set({ ...this.get(), conflict, saving: false });
  }

  setError(error: ApiError | undefined): void {
    this.set({ ...this.get(), error, saving: false });
  }
}
