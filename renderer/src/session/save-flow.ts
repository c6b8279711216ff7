import type { ApiError, DetailEdit, PostingDeskApi } from '../../../postings/api/api.js';
import { toEditable } from './editable-text.js';
import { currentText, type OpenPosting, type PostingSession } from './posting-session.js';

type SaveApi = Pick<PostingDeskApi, 'savePosting' | 'readPosting'>;

export type SaveResult = 'saved' | 'unchanged' | 'conflict' | 'failed';

/** The posting after its text was saved: based on the new version, the user's newer typing kept. */
function afterTextSave(posting: OpenPosting, sentBody: string, version: string, text: string): OpenPosting {
  const editable = { ...toEditable(text, posting.editable.head.length), body: sentBody };
  return { ...posting, version, diskText: text, editable };
}

/**
 * Saves the text the user has now, based on the version they opened. A file
 * changed on disk meanwhile comes back as a conflict for the user to decide:
 * it is never overwritten here.
 */
export async function saveText(api: SaveApi, session: PostingSession, baseVersion?: string): Promise<SaveResult> {
  const start = session.get().posting;
  if (!start) return 'failed';
  const sentBody = start.body;
  session.setSaving(true);
  const result = await api.savePosting({ path: start.path, baseVersion: baseVersion ?? start.version, text: currentText(start) });
  const posting = session.get().posting;
  if (!posting || posting.path !== start.path) return 'failed';
  if (!result.ok) {
    session.setError(result.error);
    return 'failed';
  }
  const outcome = result.value;
  if (outcome.status === 'conflict') {
    session.setConflict({ ...outcome, kind: 'text' });
    return 'conflict';
  }
  session.set({ ...session.get(), posting: afterTextSave(posting, sentBody, outcome.version, outcome.text), saving: false, conflict: undefined, error: undefined, savedAt: Date.now() });
  return outcome.changed ? 'saved' : 'unchanged';
}

/**
 * Saves a change of details at once, through the lossless editor, on the file
 * as it is on disk: unsaved typing in the text stays unsaved and is kept.
 */
export async function saveDetails(api: SaveApi, session: PostingSession, edits: DetailEdit[], baseVersion?: string): Promise<SaveResult> {
  const start = session.get().posting;
  if (!start) return 'failed';
  session.setSaving(true);
  const result = await api.savePosting({ path: start.path, baseVersion: baseVersion ?? start.version, edits });
  return settleDetailsSave(api, session, start.path, result, { kind: 'details', edits });
}

/**
 * After a save that changed the details part: a conflict goes to the user;
 * otherwise the posting is read again (the details' new values and types),
 * keeping the user's unsaved typing in the text.
 */
async function settleDetailsSave(
  api: SaveApi,
  session: PostingSession,
  path: string,
  result: Awaited<ReturnType<SaveApi['savePosting']>>,
  conflictOf: { kind: 'details'; edits: DetailEdit[] } | { kind: 'text' },
): Promise<SaveResult> {
  if (!result.ok) {
    session.setError(result.error);
    return 'failed';
  }
  if (result.value.status === 'conflict') {
    session.setConflict({ ...result.value, ...conflictOf });
    return 'conflict';
  }
  const reread = await api.readPosting({ path });
  if (!reread.ok) {
    session.setError(reread.error);
    return 'failed';
  }
  session.reloadFrom(reread.value, true);
  session.set({ ...session.get(), saving: false, savedAt: Date.now() });
  return result.value.changed ? 'saved' : 'unchanged';
}

/** The user chose to take the file as it is on disk now: their change is dropped. */
export async function reloadFromDisk(api: SaveApi, session: PostingSession): Promise<ApiError | undefined> {
  const posting = session.get().posting;
  if (!posting) return undefined;
  const reread = await api.readPosting({ path: posting.path });
  if (!reread.ok) {
    session.setError(reread.error);
    return reread.error;
  }
  session.reloadFrom(reread.value, false);
  return undefined;
}

/**
 * The user chose to keep their change: saved again, based on the version now
 * on disk, so it replaces that version knowingly (a text) or is applied to it
 * (a change of details).
 */
export async function keepMine(api: SaveApi, session: PostingSession): Promise<SaveResult> {
  const conflict = session.get().conflict;
  if (!conflict) return 'failed';
  session.setConflict(undefined);
  if (conflict.kind === 'details' && conflict.edits) return saveDetails(api, session, conflict.edits, conflict.theirs.version);
  return saveText(api, session, conflict.theirs.version);
}

/**
 * Saves a fix inside the details section as text (the part before the body),
 * with the body as it is on disk: unsaved typing in the text stays unsaved.
 */
export async function saveDetailsText(api: SaveApi, session: PostingSession, head: string): Promise<SaveResult> {
  const start = session.get().posting;
  if (!start) return 'failed';
  session.setSaving(true);
  const result = await api.savePosting({ path: start.path, baseVersion: start.version, text: head + start.editable.originalBody });
  return settleDetailsSave(api, session, start.path, result, { kind: 'text' });
}
