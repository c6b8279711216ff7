import type { PostingSession } from '../src/session/posting-session.js';
import { useSyncExternalStore } from 'react';
import type { FilesController } from './files-controller.js';
import { useFiles } from './use-files.js';

/** Rename, Duplicate, Delete and, where git shows a change, Discard my changes, for the open posting. */
export function FileActions({ files, session }: { files: FilesController; session: PostingSession }) {
  const { git, busy } = useFiles(files);
  const posting = useSyncExternalStore(session.subscribe, () => session.get().posting);
  if (!posting) return null;
  const change = git.available ? git.changes[posting.path] : undefined;
  return (
    <div className="files-actions" role="group" aria-label="File">
      <button type="button" className="pd-button" onClick={() => void files.rename()} disabled={busy} title="Make the file name follow the title">
        Rename
      </button>
      <button type="button" className="pd-button" onClick={() => void files.duplicate()} disabled={busy} title="Make a draft copy">
        Duplicate
      </button>
      <button type="button" className="pd-button" onClick={() => files.askDelete()} disabled={busy} title="Move to the trash">
        Delete
      </button>
      {change === 'changed' ? (
        <button type="button" className="pd-button" onClick={() => files.askDiscardChanges(posting.path)} disabled={busy} title="Go back to the text of the last commit">
          Discard my changes
        </button>
      ) : null}
    </div>
  );
}

/** A badge for the list: new or changed since the last commit; nothing without git. */
export function GitBadge({ files, path }: { files: FilesController; path: string }) {
  const { git } = useFiles(files);
  const change = git.available ? git.changes[path] : undefined;
  if (!change) return null;
  return (
    <span className={`files-badge files-badge-${change}`} title={change === 'new' ? 'New since the last commit' : 'Changed since the last commit'}>
      {change === 'new' ? 'New' : 'Changed'}
    </span>
  );
}
