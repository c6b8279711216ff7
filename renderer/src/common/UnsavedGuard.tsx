import { Modal } from './Modal.js';

export type GuardChoice = 'save' | 'discard' | 'cancel';

/** Before leaving a posting with unsaved changes: save them, drop them, or stay. */
export function UnsavedGuard({ title, onChoose }: { title: string; onChoose(choice: GuardChoice): void }) {
  return (
    <Modal title="Save your changes?" role="alertdialog" onCancel={() => onChoose('cancel')}>
      <p>“{title}” has changes that are not saved yet.</p>
      <div className="pd-modal-actions">
        <button type="button" className="pd-button" onClick={() => onChoose('cancel')}>
          Keep editing
        </button>
        <button type="button" className="pd-button" onClick={() => onChoose('discard')}>
          Discard changes
        </button>
        <button type="button" className="pd-button pd-button-primary" autoFocus onClick={() => onChoose('save')}>
          Save changes
        </button>
      </div>
    </Modal>
  );
}
