import { useEffect, useRef } from 'react';
import type { FilesController } from './files-controller.js';
import { useFiles } from './use-files.js';

/** The confirmations (delete, discard my changes), the toast with Undo, and errors of the file actions. */
export function FilesDialogs({ files }: { files: FilesController }) {
  const { confirmDelete, confirmDiscard, toast, error } = useFiles(files);
  return (
    <>
      {confirmDelete ? (
        <Confirm
          title="Delete this posting?"
          body={`“${confirmDelete.title}” (${confirmDelete.path}) moves to the trash. You can undo this right after.`}
          confirm="Delete"
          onConfirm={() => void files.confirmDelete()}
          onCancel={() => files.cancelDelete()}
        />
      ) : null}
      {confirmDiscard ? (
        <Confirm
          title="Discard your changes?"
          body={`${confirmDiscard} goes back to the text of the last commit. Changes since then are lost.`}
          confirm="Discard my changes"
          onConfirm={() => void files.discardChanges()}
          onCancel={() => files.cancelDiscardChanges()}
        />
      ) : null}
      {toast ? (
        <div className="files-toast" role="status">
          <span>{toast.message}</span>
          {toast.undoToken ? (
            <button type="button" className="pd-button" onClick={() => void files.undoDelete()}>
              Undo
            </button>
          ) : null}
          <button type="button" className="pd-button" aria-label="Close message" onClick={() => files.dismissToast()}>
            ×
          </button>
        </div>
      ) : null}
      {error ? (
        <div className="files-toast files-toast-error" role="alert">
          <span>{error.message}</span>
          <button type="button" className="pd-button" aria-label="Close message" onClick={() => files.dismissError()}>
            ×
          </button>
        </div>
      ) : null}
    </>
  );
}

function Confirm(props: { title: string; body: string; confirm: string; onConfirm: () => void; onCancel: () => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div className="files-dialog-backdrop">
      <div
        className="files-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="files-dialog-title"
        aria-describedby="files-dialog-body"
        onKeyDown={(event) => {
          if (event.key === 'Escape') props.onCancel();
        }}
      >
        <h2 id="files-dialog-title">{props.title}</h2>
        <p id="files-dialog-body">{props.body}</p>
        <div className="files-banner-actions">
          <button type="button" className="pd-button" onClick={props.onConfirm}>
            {props.confirm}
          </button>
          <button type="button" className="pd-button" ref={cancel} onClick={props.onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
