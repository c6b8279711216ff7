/** The files-over-time pieces of the UI; the app creates one FilesController and places these. */
import './files.css';

export { FilesController, type AppSeams, type FilesState } from './files-controller.js';
export { useFilesOverTime } from './use-files-over-time.js';
export { OutsideChangeBanner } from './OutsideChangeBanner.js';
export { CompareView } from './CompareView.js';
export { RecoveryOffer } from './RecoveryOffer.js';
export { FileActions, GitBadge } from './FileActions.js';
export { FilesDialogs } from './FilesDialogs.js';
