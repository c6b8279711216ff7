import { useState } from 'react';
import type { Conflict } from '../session/posting-session.js';
import { sideBySide } from '../../files/line-diff.js';
import { Modal } from './Modal.js';

export type ConflictChoice = 'reload' | 'keep-mine' | 'later';

/**
 * The file changed on disk since it was opened: the user decides. Nothing is
 * written until they choose "Keep mine", and then knowingly over the new version.
 */
export function ConflictDialog({ conflict, title, onChoose }: { conflict: Conflict; title: string; onChoose(choice: ConflictChoice): void }) {
  const [comparing, setComparing] = useState(false);
  const diff = comparing ? sideBySide(conflict.theirs.text, conflict.mine) : undefined;
  return (
    <Modal title="This posting changed on disk" role="alertdialog" onCancel={() => onChoose('later')} wide={comparing}>
      <p>
        {conflict.theirs.exists
          ? `Someone or something changed “${title}” on disk after you opened it. Your changes are not saved yet, and nothing has been overwritten.`
          : `“${title}” was moved or deleted on disk after you opened it. Your changes are not saved yet.`}
      </p>
      <ul className="pd-choice-help">
        <li>
          <strong>Reload</strong>: take the version on disk; your changes are dropped.
        </li>
        <li>
          <strong>Keep mine</strong>: save your version over the one on disk.
        </li>
        <li>
          <strong>Compare</strong>: see both versions side by side first.
        </li>
      </ul>
      {diff && (
        <div className="pd-compare">
          <CompareColumn heading="On disk now" lines={diff.theirs} />
          <CompareColumn heading="Yours" lines={diff.mine} />
        </div>
      )}
      <div className="pd-modal-actions">
        <button type="button" className="pd-button" onClick={() => setComparing(!comparing)} aria-expanded={comparing}>
          Compare
        </button>
        <button type="button" className="pd-button" onClick={() => onChoose('reload')}>
          Reload
        </button>
        <button type="button" className="pd-button pd-button-primary" onClick={() => onChoose('keep-mine')}>
          Keep mine
        </button>
      </div>
    </Modal>
  );
}

function CompareColumn({ heading, lines }: { heading: string; lines: { text: string; changed: boolean }[] }) {
  return (
    <section className="pd-compare-column" aria-label={heading}>
      <h3>{heading}</h3>
      <pre tabIndex={0}>
        {lines.map((line, index) => (
          <span key={index} className={line.changed ? 'pd-line-changed' : undefined}>
            {line.text}
            {'\n'}
          </span>
        ))}
      </pre>
    </section>
  );
}
