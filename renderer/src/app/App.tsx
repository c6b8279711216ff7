import { useCallback, useEffect, useRef, useState } from 'react';
import { CompareView, FileActions, FilesDialogs, GitBadge, OutsideChangeBanner, RecoveryOffer, useFilesOverTime } from '../../files/index.js';
import { ConflictDialog, type ConflictChoice } from '../common/ConflictDialog.js';
import { NewPostingDialog } from '../common/NewPostingDialog.js';
import { UnsavedGuard, type GuardChoice } from '../common/UnsavedGuard.js';
import { DetailsForm } from '../details/DetailsForm.js';
import { FindBar } from '../editor/FindBar.js';
import { ExportMenu } from '../export/ExportMenu.js';
import { PostingList } from '../list/PostingList.js';
import { Preview } from '../preview/Preview.js';
import { isDirty, type SessionState } from '../session/posting-session.js';
import { keepMine, reloadFromDisk, saveText } from '../session/save-flow.js';
import { StatusBar } from '../status/StatusBar.js';
import { WarningsPanel } from '../warnings/WarningsPanel.js';
import { listenForAppCommands } from './app-commands.js';
import { useServices } from './services.js';
import { useEditorModule } from './use-editor-module.js';
import { useLintScheduler } from './use-lint-scheduler.js';
import { useStore } from './use-store.js';

const PREVIEW_HIDDEN_KEY = 'posting-desk:preview-hidden';

function previewHiddenAtStart(): boolean {
  try {
    return localStorage.getItem(PREVIEW_HIDDEN_KEY) === 'true';
  } catch {
    return false;
  }
}

const selectHeader = (state: SessionState) => ({
  path: state.posting?.path,
  title: state.posting?.details.find((field) => field.key === 'title')?.value,
  dirty: isDirty(state.posting),
  saving: state.saving,
});

/** The window: the postings on the left, the details and text in the middle, the preview and warnings beside. */
export function App() {
  const services = useServices();
  const { api, session } = services;
  const header = useStore(session, useCallback((state: SessionState) => JSON.stringify(selectHeader(state)), []));
  const { path, title, dirty, saving } = JSON.parse(header) as ReturnType<typeof selectHeader>;
  const conflict = useStore(session, useCallback((state: SessionState) => state.conflict, []));
  const error = useStore(session, useCallback((state: SessionState) => state.error, []));
  const [guard, setGuard] = useState<{ next: string | 'new' } | undefined>(undefined);
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [openCount, setOpenCount] = useState(0);
  const [startProblem, setStartProblem] = useState<string | undefined>(undefined);
  const [exportRequest, setExportRequest] = useState(0);
  const [finding, setFinding] = useState(false);
  const [previewHidden, setPreviewHidden] = useState(previewHiddenAtStart);
  const opening = useRef<string | undefined>(undefined);
  useLintScheduler();
  const editor = useEditorModule();

  useEffect(() => {
    try {
      localStorage.setItem(PREVIEW_HIDDEN_KEY, String(previewHidden));
    } catch {
      // Storage refused: the choice lasts until the window closes.
    }
  }, [previewHidden]);

  const refreshList = useCallback(async () => {
    const listed = await api.listPostings();
    if (listed.ok) services.postings.set(listed.value);
    else setMessage(listed.error.message);
  }, [api, services]);

  const startLint = useCallback(() => {
    // The dictionaries are large: they load once a posting is on screen and the window is idle.
    const start = () => void services.lint.start();
    if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 400 });
    else setTimeout(start, 100);
  }, [services]);

  useEffect(() => {
    void (async () => {
      const repository = await services.opening.repository;
      if (!repository.ok) {
        setStartProblem(repository.error.message);
        services.postings.set([]);
        return;
      }
      services.repository.set(repository.value);
      document.title = `${repository.value.name} — Posting Desk`;
      // The list shows at once; its warning counts follow (they lint every posting).
      const quick = await services.opening.postings;
      if (quick.ok && services.postings.get() === undefined) services.postings.set(quick.value);
      await refreshList();
    })();
    return () => services.lint.dispose();
  }, [api, services, refreshList]);

  const load = useCallback(
    async (next: string) => {
      opening.current = next;
      const read = await api.readPosting({ path: next });
      if (opening.current !== next) return;
      if (!read.ok) {
        setMessage(`This posting can’t be opened: ${read.error.message}`);
        return;
      }
      // Details that cannot be read: the whole file opens as text, so it can be fixed there.
      session.open(read.value.problem ? { ...read.value, bodyStart: 0 } : read.value);
      setOpenCount((count) => count + 1);
      startLint();
    },
    [api, session, startLint],
  );

  // Files over time (renderer/files/): changes on disk, crash recovery, rename/duplicate/delete, git.
  const files = useFilesOverTime(api, session, services.postings, { openPosting: load, refreshList, whenSaved: () => services.saves.idle() });

  const open = useCallback(
    (next: string) => {
      if (next === session.get().posting?.path) return;
      if (isDirty(session.get().posting)) setGuard({ next });
      else void load(next);
    },
    [load, session],
  );

  const save = useCallback(async () => {
    // A detail being typed is committed first (leaving the field commits it).
    const active = document.activeElement as HTMLElement | null;
    if (active?.closest('form[aria-label="Details"]')) {
      active.blur();
      active.focus();
    }
    const posting = session.get().posting;
    if (!posting) return 'failed' as const;
    const hadProblem = posting.problem !== undefined;
    const result = await services.saves.run(() => saveText(api, session));
    if (result === 'saved' && hadProblem) await reloadFromDisk(api, session);
    if (result === 'saved' || result === 'unchanged') void refreshList();
    return result;
  }, [api, refreshList, services, session]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save();
      }
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirty(session.get().posting)) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [save, session]);

  const startNew = useCallback(() => {
    if (isDirty(session.get().posting)) setGuard({ next: 'new' });
    else setCreating(true);
  }, [session]);

  // The desktop menu's commands (electron/preload raises them on window).
  useEffect(
    () =>
      listenForAppCommands(window, {
        'new-posting': startNew,
        save: () => void save(),
        export: () => {
          if (session.get().posting) setExportRequest((count) => count + 1);
        },
        find: () => {
          if (session.get().posting) setFinding(true);
        },
        'toggle-preview': () => setPreviewHidden((hidden) => !hidden),
      }),
    [save, session, startNew],
  );

  const chooseAtGuard = async (choice: GuardChoice) => {
    const pending = guard;
    setGuard(undefined);
    if (!pending || choice === 'cancel') return;
    if (choice === 'save') {
      const result = await save();
      if (result !== 'saved' && result !== 'unchanged') return;
    }
    if (pending.next === 'new') setCreating(true);
    else void load(pending.next);
  };

  const chooseAtConflict = async (choice: ConflictChoice) => {
    if (choice === 'later') {
      session.setConflict(undefined);
      return;
    }
    if (choice === 'reload') {
      await reloadFromDisk(api, session);
      setOpenCount((count) => count + 1);
    } else {
      await services.saves.run(() => keepMine(api, session));
    }
    void refreshList();
  };

  const shownTitle = typeof title === 'string' && title !== '' ? title : path;

  return (
    <div className="pd-app">
      <PostingList onOpen={open} onNew={startNew} renderBadge={(posting) => <GitBadge files={files} path={posting} />} />
      <main className="pd-main">
        <header className="pd-header">
          <h1 className="pd-posting-heading">
            {shownTitle ?? 'Posting Desk'}
            {dirty && (
              <span className="pd-unsaved" title="Unsaved changes">
                <span aria-hidden="true">●</span>
                <span className="pd-visually-hidden">(unsaved changes)</span>
              </span>
            )}
          </h1>
          {path && (
            <div className="pd-header-actions">
              <button type="button" className="pd-button pd-button-primary" onClick={() => void save()} disabled={saving} aria-keyshortcuts="Control+S">
                Save
              </button>
              <ExportMenu onMessage={setMessage} openRequest={exportRequest} />
              <FileActions files={files} session={session} />
            </div>
          )}
        </header>
        {(startProblem || error || message) && (
          <div className="pd-notices" role="status">
            {startProblem && <p className="pd-notice pd-notice-problem">{startProblem}</p>}
            {error && (
              <p className="pd-notice pd-notice-problem">
                {error.message}
                <button type="button" className="pd-button pd-button-small pd-button-quiet" onClick={() => session.setError(undefined)}>
                  Dismiss
                </button>
              </p>
            )}
            {message && (
              <p className="pd-notice">
                {message}
                <button type="button" className="pd-button pd-button-small pd-button-quiet" onClick={() => setMessage(undefined)}>
                  Dismiss
                </button>
              </p>
            )}
          </div>
        )}
        <OutsideChangeBanner files={files} />
        <RecoveryOffer files={files} />
        {path ? (
          <div className="pd-work">
            <div className="pd-centre">
              <DetailsForm onSaved={() => void refreshList()} />
              {finding && <FindBar onClose={() => setFinding(false)} />}
              {editor.PostingEditor ? <editor.PostingEditor key={`${path}#${openCount}`} /> : <div className="pd-editor pd-calm-note">{editor.problem ?? 'Opening the text…'}</div>}
            </div>
            <div className={previewHidden ? 'pd-side pd-side-no-preview' : 'pd-side'}>
              {!previewHidden && <Preview />}
              <WarningsPanel />
            </div>
          </div>
        ) : (
          <div className="pd-empty">
            <p>Choose a posting on the left, or start a new one.</p>
          </div>
        )}
      </main>
      <StatusBar />
      <CompareView files={files} />
      <FilesDialogs files={files} />
      {guard && <UnsavedGuard title={shownTitle ?? 'This posting'} onChoose={(choice) => void chooseAtGuard(choice)} />}
      {conflict && <ConflictDialog conflict={conflict} title={shownTitle ?? 'This posting'} onChoose={(choice) => void chooseAtConflict(choice)} />}
      {creating && (
        <NewPostingDialog
          onCancel={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            void refreshList().then(() => load(created));
          }}
        />
      )}
    </div>
  );
}
