import { useSyncExternalStore } from 'react';
import type { FilesController, FilesState } from './files-controller.js';

export function useFiles(files: FilesController): FilesState {
  return useSyncExternalStore(files.subscribe, files.get);
}
