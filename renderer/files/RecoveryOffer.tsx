import type { FilesController } from './files-controller.js';
import type { KeptChange } from './line-diff.js';
import { useFiles } from './use-files.js';
import { counted } from '../../postings/lint/text/counted.js';

export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

/** On opening a posting with unsaved changes kept from before: a preview, Restore or Discard. */
export function RecoveryOffer({ files }: { files: FilesController }) {
  const { recovery, otherRecoveries } = useFiles(files);
  if (recovery) {
    return (
      <section className="files-banner" role="region" aria-label="Unsaved changes kept">
        <p>Restore unsaved changes from {formatTime(recovery.savedAt)}?</p>
        {recovery.diskVersion === null ? <p>The posting is no longer on disk.</p> : null}
        {recovery.diskVersion !== null && recovery.diskVersion !== recovery.baseVersion ? (
          <p>The posting changed on disk since; Restore lets you compare both.</p>
        ) : null}
        <KeptChanges changes={files.keptChanges()} />
        <div className="files-banner-actions">
          <button type="button" className="pd-button" onClick={() => files.restore()}>
            Restore
          </button>
          <button type="button" className="pd-button" onClick={() => void files.discardRecovery()}>
            Discard
          </button>
        </div>
      </section>
    );
  }
  if (otherRecoveries.length === 0) return null;
  return (
    <section className="files-banner" role="region" aria-label="Unsaved changes kept">
      <p>Unsaved changes were kept for {otherRecoveries.length === 1 ? 'a posting' : `${otherRecoveries.length} postings`}:</p>
      <ul>
        {otherRecoveries.map((entry) => (
          <li key={entry.path}>
            {entry.diskVersion === null ? (
              <>
                {entry.path} is no longer on disk (changes from {formatTime(entry.savedAt)}){' '}
                <button type="button" className="pd-button" onClick={() => void files.saveRecoveredAsNew(entry.path)}>
                  Save as new posting
                </button>
              </>
            ) : (
              <>
                <button type="button" className="pd-button" onClick={() => void files.openRecovered(entry.path)}>
                  Open {entry.path}
                </button>{' '}
                (from {formatTime(entry.savedAt)})
              </>
            )}{' '}
            <button type="button" className="pd-button" aria-label={`Discard the kept changes of ${entry.path}`} onClick={() => void files.discardKept(entry.path)}>
              Discard
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The user's own changes in the kept text, place by place, rather than the whole file. */
function KeptChanges({ changes }: { changes: readonly KeptChange[] }) {
  return (
    <details open>
      <summary>{changes.length === 0 ? 'The kept text is the same as the saved posting' : `What you had changed (${counted(changes.length, 'place')})`}</summary>
      <div className="files-preview" aria-label="Kept text">
        {changes.map((change, index) => (
          <p key={index} className="files-kept-change">
            {change.lines.length > 0 ? change.lines.join('\n') : <em>{counted(change.removed, 'line')} taken out</em>}
          </p>
        ))}
      </div>
    </details>
  );
}
