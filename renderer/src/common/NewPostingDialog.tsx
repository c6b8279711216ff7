import { useState, type FormEvent } from 'react';
import { useServices } from '../app/services.js';
import { Modal } from './Modal.js';

/** Asks for the new posting's title and makes it from the site's archetype. */
export function NewPostingDialog({ onCreated, onCancel }: { onCreated(path: string): void; onCancel(): void }) {
  const { api } = useServices();
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') {
      setProblem('Please give the posting a title.');
      return;
    }
    setBusy(true);
    const result = await api.newPosting({ title: title.trim() });
    setBusy(false);
    if (result.ok) onCreated(result.value.path);
    else setProblem(result.error.message);
  };
  return (
    <Modal title="New posting" onCancel={onCancel}>
      <form onSubmit={submit} className="pd-modal-form">
        <label htmlFor="new-posting-title">Title</label>
        <input id="new-posting-title" type="text" autoFocus value={title} onChange={(event) => setTitle(event.target.value)} aria-describedby="new-posting-help" aria-invalid={problem ? true : undefined} />
        <p id="new-posting-help" className={problem ? 'pd-field-problem' : 'pd-field-hint'}>
          {problem ?? 'The posting starts as a draft from the site’s template; nothing is published until you say so.'}
        </p>
        <div className="pd-modal-actions">
          <button type="button" className="pd-button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="pd-button pd-button-primary" disabled={busy}>
            Create posting
          </button>
        </div>
      </form>
    </Modal>
  );
}
