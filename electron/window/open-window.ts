import type { WebContents } from 'electron';
import { BrowserWindow, dialog, shell } from 'electron';
import { APP_ENTRY_URL, isAppUrl } from '../protocol/app-origin.js';
import { isAllowedExternalUrl } from '../security/external-links.js';
import { decideNavigation, decideWindowOpen } from '../security/navigation.js';
import type { WindowState } from '../state/window-state.js';
import { MIN_SIZE } from '../state/window-state.js';
import { closeAnyway, UNSAVED_CHANGES_PROMPT } from './unsaved-changes.js';

export interface OpenWindowOptions {
  title: string;
  placement: WindowState;
  /** Called with the window's placement as it closes, to remember it. */
  onClose(state: WindowState): void;
}

/**
 * A repository's window. Its web preferences are the renderer's security
 * settings, written out here where the window is made (and checked by
 * web-preferences.test.ts and electronegativity): the page runs sandboxed,
 * isolated from the preload, with no Node.js, no <webview>, web security on,
 * no insecure content, no experimental features, and no middle-click
 * windows. The preload comes from the session (preload-registration.ts).
 */
export function openRepositoryWindow(options: OpenWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...options.placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: options.title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (options.placement.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  const contents = window.webContents;
  // The page's beforeunload says it has unsaved changes; ask before closing.
  contents.on('will-prevent-unload', (event) => {
    const response = dialog.showMessageBoxSync(window, UNSAVED_CHANGES_PROMPT);
    if (closeAnyway(response)) event.preventDefault();
  });
  window.on('close', () => {
    options.onClose({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  });

  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** Opens a vetted link in the system's browser or mail program. */
export function openExternally(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
}

/**
 * Every web contents the app makes (windows, devtools, the print page) may
 * neither navigate away, nor open windows, nor attach a <webview>.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!decideNavigation(event.url, event.isSameDocument, contents.getURL(), openExternally)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler((details) => decideWindowOpen(details, openExternally));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
