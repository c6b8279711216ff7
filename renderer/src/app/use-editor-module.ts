import { useEffect, useState, type ComponentType } from 'react';

// The text editor is most of the window's code: it loads beside the list, not before it, from the moment
// the window's code runs (a load started by the first render's effects arrived as the list was shown, and
// its evaluation held up the first click).
const editorModule = import('../editor/PostingEditor.js');

export interface EditorModuleState {
  /** The editor, once its code has loaded. */
  PostingEditor?: ComponentType;
  /** Why it could not be loaded, in words for HR staff. */
  problem?: string;
}

/**
 * The editor, once its code is there. Not React.lazy: a lazy component
 * suspends on its first render even when its code has long loaded, and React
 * then holds the revealed text back for up to 300 ms (its Suspense throttle),
 * which bench/editor.mjs measured as a third of the time from a click on a
 * posting to its editable text.
 */
export function useEditorModule(): EditorModuleState {
  const [state, setState] = useState<EditorModuleState>({});
  useEffect(() => {
    let live = true;
    editorModule.then(
      (module) => live && setState({ PostingEditor: module.PostingEditor }),
      () => live && setState({ problem: 'The text editor could not be loaded. Close the window and open it again; nothing you saved is lost.' }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
