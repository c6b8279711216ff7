import type { ApiError, GitStatusView, PostingChangeView, PostingDeskApi, RecoveryEntryView } from '../../postings/api/api.js';
import { currentText, isDirty, type OpenPosting, type PostingSession } from '../src/session/posting-session.js';
import { Store } from '../src/session/store.js';
import { listenForChanges, type ChangeListener } from './change-listener.js';
import { keepUnsavedText } from './recovery-writer.js';
import { keptChanges, type KeptChange } from './line-diff.js';

/** What the banner above the editor says about the open posting's file. */
export type OutsideChange =
  /** Changed on disk while the user has unsaved changes: Reload, Keep mine or Compare. */
  | { kind: 'changed'; path: string; theirs: { text: string; version: string } }
  /** Deleted (or moved away) while open: the text can be saved as a new posting. */
  | { kind: 'gone'; path: string }
  /** Moved on disk; the editor followed it to its new name. */
  | { kind: 'moved'; from: string; path: string };

/** Both texts side by side, for the user to pick per change. */
export interface Comparison {
  path: string;
  mine: string;
  theirs: { text: string; version: string; exists: boolean };
  /** Why it opened: a change on disk, or unsaved changes kept from before a crash. */
  reason: 'outside' | 'recovery';
}

export interface Toast {
  message: string;
  /** Offered for a delete: puts the posting back. */
  undoToken?: string;
}

export interface FilesState {
  outside?: OutsideChange;
  comparison?: Comparison;
  /** Unsaved changes kept from before (a crash, a closed tab) for the open posting. */
  recovery?: RecoveryEntryView;
  /** Entries of other postings found at start. */
  otherRecoveries: RecoveryEntryView[];
  git: GitStatusView;
  toast?: Toast;
  /** The posting the delete dialog asks about. */
  confirmDelete?: { path: string; title: string };
  /** The posting "Discard my changes" asks about. */
  confirmDiscard?: string;
  error?: ApiError;
  /** A rename, duplicate, delete or discard is running: the file actions wait. */
  busy: boolean;
}

/** What the files-over-time pieces need from the app around them. */
export interface AppSeams {
  /** Opens a posting in the editor (as a click in the list does). */
  openPosting(path: string): Promise<void> | void;
  /** The list of postings should be read again. */
  refreshList(): Promise<void> | void;
  /** No posting is open any more (after a delete). */
  closePosting?(): void;
  /** Resolves once the saves asked for so far are done, so a file action works on the saved version. */
  whenSaved?(): Promise<void>;
}

type FilesApi = Pick<
  PostingDeskApi,
  | 'pollChanges'
  | 'readPosting'
  | 'savePosting'
  | 'listRecovery'
  | 'readRecovery'
  | 'writeRecovery'
  | 'discardRecovery'
  | 'gitStatus'
  | 'discardChanges'
  | 'renamePosting'
  | 'duplicatePosting'
  | 'deletePosting'
  | 'undoDelete'
  | 'newPosting'
>;

/**
 * The posting's file over time: follows changes on disk, keeps unsaved text
 * for crash recovery, offers it back, and does rename, duplicate, delete
 * with Undo and "Discard my changes". The React pieces in this folder only
 * show its state and call its methods.
 */
export class FilesController extends Store<FilesState> {
  private listener: ChangeListener | undefined;
  private stopKeeping: (() => void) | undefined;
  private unsubscribe: (() => void) | undefined;
  /** Changes that came while a save was running: judged once it is done, against the version it gave. */
  private held: PostingChangeView[] = [];
  private openedPath: string | undefined;
  private openedVersion: string | undefined;
  /** Paths this window is renaming or deleting itself: their change events are not news. */
  private readonly ownMoves = new Set<string>();
  private actions: Promise<void> = Promise.resolve();

  constructor(private readonly api: FilesApi, private readonly session: PostingSession, private readonly app: AppSeams) {
    super({ otherRecoveries: [], git: { available: false, reason: 'not read yet' }, busy: false });
  }

  /** `catchUp`: started after the window read its list and opened a posting, so read both again once the watcher runs. */
  start({ catchUp = false }: { catchUp?: boolean } = {}): void {
    this.listener = listenForChanges(this.api, { onChanges: (changes) => void this.onChanges(changes), onMissed: () => void this.onMissed() }, undefined, catchUp);
    this.stopKeeping = keepUnsavedText(this.api, this.session);
    this.unsubscribe = this.session.subscribe(() => this.onSession());
    // A posting opened before the start still gets its recovery offer.
    this.onSession();
    // A commit or a pull in another program changes no posting but does change the badges:
    // coming back to the window reads them again.
    if (typeof window !== 'undefined') window.addEventListener('focus', this.onFocus);
    // Catching up reads git status with everything else.
    if (!catchUp) void this.refreshGit();
    void this.findRecoveries();
  }

  stop(): void {
    if (typeof window !== 'undefined') window.removeEventListener('focus', this.onFocus);
    this.listener?.stop();
    this.stopKeeping?.();
    this.unsubscribe?.();
  }

  private readonly onFocus = (): void => void this.refreshGit();

  private patch(change: Partial<FilesState>): void {
    this.set({ ...this.get(), ...change });
  }

  // ------------------------------------------------------------ changes on disk

  private async onChanges(changes: PostingChangeView[]): Promise<void> {
    if (this.session.get().saving) this.held.push(...changes);
    // The open posting first: the list's warning counts lint on the host, which would hold up its read.
    else for (const change of changes) await this.judge(change);
    void this.app.refreshList();
    void this.refreshGit();
  }

  private async onMissed(): Promise<void> {
    void this.app.refreshList();
    void this.refreshGit();
    const posting = this.session.get().posting;
    if (!posting) return;
    const read = await this.api.readPosting({ path: posting.path });
    if (!read.ok) {
      if (read.error.code === 'not-found') this.patch({ outside: { kind: 'gone', path: posting.path } });
      return;
    }
    if (read.value.version !== posting.version) await this.judge({ kind: 'changed', path: posting.path, version: read.value.version, sequence: 0, at: Date.now() });
  }

  /** One change against the open posting: ignored, followed silently, or put to the user. */
  private async judge(change: PostingChangeView): Promise<void> {
    const posting = this.session.get().posting;
    if (!posting) return;
    if ((change.kind === 'renamed' && this.ownMoves.has(change.from)) || (change.kind === 'deleted' && this.ownMoves.has(change.path))) return;
    if (change.kind === 'renamed' && change.from === posting.path) {
      // Follow it, unsaved changes and all: the bytes moved unchanged, so the version still holds.
      const dirtyBody = isDirty(posting) ? posting.body : undefined;
      const read = await this.api.readPosting({ path: change.path });
      if (!read.ok) return this.patch({ outside: { kind: 'gone', path: posting.path } });
      this.session.reloadFrom(read.value, false);
      if (dirtyBody !== undefined) this.session.setBody(dirtyBody);
      this.patch({ outside: { kind: 'moved', from: change.from, path: change.path } });
      return;
    }
    if (change.path !== posting.path) return;
    if (change.kind === 'deleted') {
      // Said even without unsaved changes: the editor still holds the only copy of the text.
      this.patch({ outside: { kind: 'gone', path: posting.path } });
      return;
    }
    if (change.kind === 'renamed') return;
    // Back again (a git checkout, an undo elsewhere): no longer gone.
    if (this.get().outside?.kind === 'gone' && this.get().outside?.path === posting.path) this.patch({ outside: undefined });
    // Our own save, or a change already taken in.
    if (change.version === posting.version) return;
    const read = await this.api.readPosting({ path: posting.path });
    const now = this.session.get().posting;
    if (!read.ok || !now || now.path !== posting.path || read.value.version === now.version) return;
    if (!isDirty(now)) {
      this.session.reloadFrom(read.value, false);
      if (this.get().outside?.path === now.path) this.patch({ outside: undefined });
      return;
    }
    this.patch({ outside: { kind: 'changed', path: now.path, theirs: { text: read.value.text, version: read.value.version } } });
  }

  private onSession(): void {
    const state = this.session.get();
    const path = state.posting?.path;
    if (path !== this.openedPath) {
      this.openedPath = path;
      const outside = this.get().outside;
      this.patch({
        recovery: undefined,
        comparison: this.get().comparison?.path === path ? this.get().comparison : undefined,
        outside: outside && outside.path === path ? outside : undefined,
      });
      if (path !== undefined) void this.offerRecovery(path);
    }
    // Reloaded or saved some other way (the save-conflict dialog, say): the banner's news is old.
    const version = state.posting?.version;
    if (version !== this.openedVersion) {
      this.openedVersion = version;
      if (this.get().outside?.kind === 'changed') this.patch({ outside: undefined });
    }
    if (!state.saving && this.held.length > 0) {
      const held = this.held.splice(0);
      void (async () => {
        for (const change of held) await this.judge(change);
      })();
    }
  }

  /** Reload (lose mine): the text on disk replaces the unsaved changes. */
  async reload(): Promise<void> {
    const posting = this.session.get().posting;
    if (!posting) return;
    const read = await this.api.readPosting({ path: posting.path });
    if (!read.ok) return this.patch({ error: read.error });
    this.session.reloadFrom(read.value, false);
    this.patch({ outside: undefined, comparison: undefined });
  }

  /** Keep mine: the unsaved changes stay, now based on the version on disk, so saving replaces it knowingly. */
  keepMine(): void {
    const outside = this.get().outside;
    const posting = this.session.get().posting;
    if (!posting || outside?.kind !== 'changed' || outside.path !== posting.path) return;
    this.session.set({ ...this.session.get(), posting: { ...posting, version: outside.theirs.version, diskText: outside.theirs.text } });
    this.patch({ outside: undefined });
  }

  compare(): void {
    const outside = this.get().outside;
    const posting = this.session.get().posting;
    if (!posting || outside?.kind !== 'changed') return;
    this.patch({ comparison: { path: posting.path, mine: currentText(posting), theirs: { ...outside.theirs, exists: true }, reason: 'outside' } });
  }

  closeComparison(): void {
    this.patch({ comparison: undefined });
  }

  /** Saves the text picked in Compare over the version it was compared with, then opens it. */
  async saveMerged(text: string): Promise<void> {
    const comparison = this.get().comparison;
    if (!comparison) return;
    const saved = await this.api.savePosting({ path: comparison.path, baseVersion: comparison.theirs.version, text });
    if (!saved.ok) return this.patch({ error: saved.error });
    if (saved.value.status === 'conflict') {
      // Changed once more while comparing: compare with that.
      this.patch({ comparison: { ...comparison, theirs: saved.value.theirs } });
      return;
    }
    const read = await this.api.readPosting({ path: comparison.path });
    if (!read.ok) return this.patch({ error: read.error });
    this.session.reloadFrom(read.value, false);
    await this.api.discardRecovery({ path: comparison.path });
    this.patch({ comparison: undefined, outside: undefined, recovery: undefined, toast: { message: 'Saved the version you picked.' } });
  }

  dismissOutside(): void {
    this.patch({ outside: undefined });
  }

  /** The posting was deleted or moved away: its text becomes a new posting. */
  async saveAsNew(): Promise<void> {
    const posting = this.session.get().posting;
    const outside = this.get().outside;
    if (!posting || outside?.kind !== 'gone') return;
    if (await this.createFrom(posting.path, currentText(posting))) this.patch({ outside: undefined });
  }

  /** Unsaved changes kept for a posting that is gone since: they become a new posting. */
  async saveRecoveredAsNew(path: string): Promise<void> {
    const entry = this.get().otherRecoveries.find((other) => other.path === path);
    if (entry && (await this.createFrom(entry.path, entry.text))) {
      this.patch({ otherRecoveries: this.get().otherRecoveries.filter((other) => other.path !== path) });
    }
  }

  /** Forgets the unsaved changes kept for a posting, from the list shown at start. */
  async discardKept(path: string): Promise<void> {
    await this.api.discardRecovery({ path });
    this.patch({ otherRecoveries: this.get().otherRecoveries.filter((other) => other.path !== path) });
  }

  private failed(error: ApiError): false {
    this.patch({ error });
    return false;
  }

  /** A new posting named for the text's title, holding the text; true when it was saved. */
  private async createFrom(oldPath: string, text: string): Promise<boolean> {
    const title = /^title\s*=\s*"([^"\n]*)"/m.exec(text)?.[1] ?? 'Recovered posting';
    const created = await this.api.newPosting({ title: title.trim() === '' ? 'Recovered posting' : title });
    if (!created.ok) return this.failed(created.error);
    const read = await this.api.readPosting({ path: created.value.path });
    if (!read.ok) return this.failed(read.error);
    const saved = await this.api.savePosting({ path: created.value.path, baseVersion: read.value.version, text });
    if (!saved.ok) return this.failed(saved.error);
    await this.api.discardRecovery({ path: oldPath });
    this.patch({ toast: { message: `Saved as a new posting: ${created.value.path}` } });
    await this.app.refreshList();
    await this.app.openPosting(created.value.path);
    return true;
  }

  // ------------------------------------------------------------ crash recovery

  private async findRecoveries(): Promise<void> {
    const listed = await this.api.listRecovery({});
    if (listed.ok) this.patch({ otherRecoveries: listed.value });
  }

  private async offerRecovery(path: string): Promise<void> {
    const entry = await this.api.readRecovery({ path });
    const posting = this.session.get().posting;
    if (!entry.ok || !entry.value || posting?.path !== path) return;
    // This window's own entry for what it shows now: nothing to offer.
    if (entry.value.text === currentText(posting)) return;
    this.patch({ recovery: entry.value });
  }

  /** What the offered kept text changed against the open posting's file as it is now. */
  keptChanges(): KeptChange[] {
    const entry = this.get().recovery;
    const posting = this.session.get().posting;
    return entry && posting?.path === entry.path ? keptChanges(entry.text, posting.diskText) : [];
  }

  /** Restore: the kept text goes back into the editor, unsaved; a file changed since goes to Compare. */
  restore(): void {
    const entry = this.get().recovery;
    const posting = this.session.get().posting;
    if (!entry || !posting || posting.path !== entry.path) return;
    const head = posting.editable.head;
    if (entry.baseVersion === posting.version && entry.text.startsWith(head)) {
      this.session.setBody(entry.text.slice(head.length).replace(/\r\n?/g, '\n'));
      this.patch({ recovery: undefined, otherRecoveries: this.get().otherRecoveries.filter((other) => other.path !== entry.path) });
      return;
    }
    this.patch({
      recovery: undefined,
      comparison: { path: entry.path, mine: entry.text, theirs: { text: posting.diskText, version: posting.version, exists: true }, reason: 'recovery' },
    });
  }

  async discardRecovery(): Promise<void> {
    const entry = this.get().recovery;
    if (!entry) return;
    await this.api.discardRecovery({ path: entry.path });
    this.patch({ recovery: undefined, otherRecoveries: this.get().otherRecoveries.filter((other) => other.path !== entry.path) });
  }

  /** Opens a posting that has unsaved changes kept from before, to be offered them. */
  async openRecovered(path: string): Promise<void> {
    this.patch({ otherRecoveries: this.get().otherRecoveries.filter((other) => other.path !== path) });
    await this.app.openPosting(path);
  }

  // ------------------------------------------------------------ git

  async refreshGit(): Promise<void> {
    const status = await this.api.gitStatus({});
    if (status.ok) this.patch({ git: status.value });
  }

  askDiscardChanges(path: string): void {
    this.patch({ confirmDiscard: path });
  }

  cancelDiscardChanges(): void {
    this.patch({ confirmDiscard: undefined });
  }

  /** Discard my changes, confirmed: the committed text comes back, on disk and in the editor. */
  discardChanges(): Promise<void> {
    return this.exclusive(() => this.discardChangesNow());
  }

  private async discardChangesNow(): Promise<void> {
    const path = this.get().confirmDiscard;
    if (!path) return;
    this.patch({ confirmDiscard: undefined });
    const posting = this.session.get().posting;
    const done = await this.api.discardChanges({ path, ...(posting?.path === path ? { baseVersion: posting.version } : {}) });
    if (!done.ok) return this.patch({ error: done.error });
    if (posting?.path === path) {
      const read = await this.api.readPosting({ path });
      if (read.ok) this.session.reloadFrom(read.value, false);
    }
    await this.api.discardRecovery({ path });
    this.patch({ toast: { message: 'Your changes were discarded; the posting is as last committed.' } });
    await Promise.all([this.refreshGit(), this.app.refreshList()]);
  }

  // ------------------------------------------------------------ rename, duplicate, delete

  rename(): Promise<void> {
    return this.exclusive(() => this.renameNow());
  }

  private async renameNow(): Promise<void> {
    await this.app.whenSaved?.();
    const posting = this.session.get().posting;
    if (!posting) return;
    if (isDirty(posting)) return this.patch({ error: { code: 'invalid-argument', message: 'Save your changes first: the file name follows the saved title.' } });
    const moved = await this.ownMove(posting.path, () => this.api.renamePosting({ path: posting.path, baseVersion: posting.version }));
    if (!moved.ok) return this.patch({ error: moved.error });
    if (!moved.value.changed) return this.patch({ toast: { message: 'The file name already follows the title.' } });
    await this.api.discardRecovery({ path: posting.path });
    await this.app.refreshList();
    await this.app.openPosting(moved.value.path);
    this.patch({ toast: { message: `Renamed to ${moved.value.path}` } });
  }

  duplicate(): Promise<void> {
    return this.exclusive(() => this.duplicateNow());
  }

  private async duplicateNow(): Promise<void> {
    await this.app.whenSaved?.();
    const posting = this.session.get().posting;
    if (!posting) return;
    if (isDirty(posting)) return this.patch({ error: { code: 'invalid-argument', message: 'Save your changes first: the copy is made from the saved posting.' } });
    const copy = await this.api.duplicatePosting({ path: posting.path });
    if (!copy.ok) return this.patch({ error: copy.error });
    await this.app.refreshList();
    await this.app.openPosting(copy.value.path);
    this.patch({ toast: { message: `Duplicated as a draft: ${copy.value.path}` } });
  }

  askDelete(): void {
    const posting = this.session.get().posting;
    if (posting) this.patch({ confirmDelete: { path: posting.path, title: titleOf(posting) } });
  }

  cancelDelete(): void {
    this.patch({ confirmDelete: undefined });
  }

  confirmDelete(): Promise<void> {
    return this.exclusive(() => this.confirmDeleteNow());
  }

  private async confirmDeleteNow(): Promise<void> {
    await this.app.whenSaved?.();
    const path = this.get().confirmDelete?.path;
    const posting = this.session.get().posting;
    this.patch({ confirmDelete: undefined });
    if (!path || !posting || posting.path !== path) return;
    const deleted = await this.ownMove(path, () => this.api.deletePosting({ path, baseVersion: posting.version }));
    if (!deleted.ok) return this.patch({ error: deleted.error });
    await this.api.discardRecovery({ path });
    this.app.closePosting?.();
    this.session.close();
    this.patch({ outside: undefined, toast: { message: `Moved “${titleOf(posting)}” to the trash.`, ...(deleted.value.undoToken ? { undoToken: deleted.value.undoToken } : {}) } });
    await this.app.refreshList();
  }

  /** One file action at a time, shown as busy, so an action never works on a posting that is still moving. */
  private async exclusive(work: () => Promise<void>): Promise<void> {
    const run = this.actions.then(async () => {
      this.patch({ busy: true });
      try {
        await work();
      } finally {
        this.patch({ busy: false });
      }
    });
    this.actions = run.catch(() => undefined);
    return run;
  }

  /** Runs a rename or delete of path, its change event expected for a few seconds after. */
  private async ownMove<T>(path: string, work: () => Promise<T>): Promise<T> {
    this.ownMoves.add(path);
    try {
      return await work();
    } finally {
      setTimeout(() => this.ownMoves.delete(path), 5_000);
    }
  }

  undoDelete(): Promise<void> {
    return this.exclusive(() => this.undoDeleteNow());
  }

  private async undoDeleteNow(): Promise<void> {
    const token = this.get().toast?.undoToken;
    if (!token) return;
    this.patch({ toast: undefined });
    const restored = await this.api.undoDelete({ undoToken: token });
    if (!restored.ok) return this.patch({ error: restored.error });
    await this.app.refreshList();
    await this.app.openPosting(restored.value.path);
    this.patch({ toast: { message: `Put back ${restored.value.path}.` } });
  }

  dismissToast(): void {
    this.patch({ toast: undefined });
  }

  dismissError(): void {
    this.patch({ error: undefined });
  }
}

function titleOf(posting: OpenPosting): string {
  const title = posting.details.find((field) => field.key === 'title')?.value;
  return typeof title === 'string' && title.trim() !== '' ? title : posting.path;
}
