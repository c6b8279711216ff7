import type { MessageBoxSyncOptions } from 'electron';

/**
 * The question asked when a window with unsaved changes is closed (or the
 * app quits). The page says it has unsaved changes the standard way, a
 * beforeunload handler that cancels the event; Electron then emits
 * will-prevent-unload instead of closing, and this asks.
 */
export const UNSAVED_CHANGES_PROMPT: MessageBoxSyncOptions = {
  type: 'warning',
  title: 'Unsaved changes',
  message: 'This posting has changes that are not saved.',
  detail: 'If you close the window now, the changes since your last save are lost.',
  buttons: ['Keep Editing', 'Close Without Saving'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
};

/** Whether the answer (the button index) lets the window close. */
export function closeAnyway(response: number): boolean {
  return UNSAVED_CHANGES_PROMPT.buttons?.[response] === 'Close Without Saving';
}
