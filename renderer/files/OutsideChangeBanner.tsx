import type { FilesController } from './files-controller.js';
import { useFiles } from './use-files.js';

/** Above the editor: the open posting's file changed, went away or moved outside Posting Desk. */
export function OutsideChangeBanner({ files }: { files: FilesController }) {
  const { outside } = useFiles(files);
  if (!outside) return null;
  if (outside.kind === 'changed') {
    return (
      <div className="files-banner files-banner-warning" role="alert">
        <p>This posting was changed outside Posting Desk. You have unsaved changes.</p>
        <div className="files-banner-actions">
          <button type="button" className="pd-button" onClick={() => void files.reload()} title="Take the version on disk; your unsaved changes are lost">
            Reload
          </button>
          <button type="button" className="pd-button" onClick={() => files.keepMine()} title="Keep your text; saving will replace the version on disk">
            Keep mine
          </button>
          <button type="button" className="pd-button" onClick={() => files.compare()} title="See both versions side by side and pick per change">
            Compare
          </button>
        </div>
      </div>
    );
  }
  if (outside.kind === 'gone') {
    return (
      <div className="files-banner files-banner-warning" role="alert">
        <p>This posting was deleted or moved outside Posting Desk. The text is still here.</p>
        <div className="files-banner-actions">
          <button type="button" className="pd-button" onClick={() => void files.saveAsNew()}>
            Save as new posting
          </button>
          <button type="button" className="pd-button" onClick={() => files.dismissOutside()}>
            Dismiss
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="files-banner" role="status">
      <p>
        This posting was moved outside Posting Desk, to {outside.path}. Any unsaved changes are kept.
      </p>
      <div className="files-banner-actions">
        <button type="button" className="pd-button" onClick={() => files.dismissOutside()}>
          OK
        </button>
      </div>
    </div>
  );
}
