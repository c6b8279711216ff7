/**
 * The preload of every app window (sandboxed, context-isolated; bundled into
 * one CommonJS file, as a sandboxed preload can load no other file). It
 * exposes exactly PostingDeskApi as window.postingDesk, and turns menu
 * commands from the main process into DOM events. Nothing of Electron
 * reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { APP_COMMAND_CHANNEL } from '../ipc/channels.js';
import { APP_COMMAND_EVENT, parseAppCommand } from '../menu/app-commands.js';
import { createBridge } from './bridge.js';

contextBridge.exposeInMainWorld(
  'postingDesk',
  createBridge((channel, argument) => ipcRenderer.invoke(channel, argument)),
);

ipcRenderer.on(APP_COMMAND_CHANNEL, (_event, value: unknown) => {
  const command = parseAppCommand(value);
  if (command !== undefined) window.dispatchEvent(new CustomEvent(APP_COMMAND_EVENT, { detail: command }));
});
