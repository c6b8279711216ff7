import type { IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { isAppUrl } from '../protocol/app-origin.js';

/** What the check reads of an invoke event. */
export interface InvokeSender {
  readonly sender: Pick<IpcMainInvokeEvent['sender'], 'id'>;
  readonly senderFrame: Pick<WebFrameMain, 'url' | 'parent'> | null;
}

/**
 * Whether an IPC call comes from the app's own page: the top frame (no
 * parent; a frame inside it, were one ever to load, is refused) showing a
 * page of app://posting-desk, in a window the app opened. A frame that is
 * gone (navigated away or closed) is refused too.
 */
export function isTrustedSender(event: InvokeSender, isAppWindow: (webContentsId: number) => boolean): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  return isAppUrl(frame.url) && isAppWindow(event.sender.id);
}
