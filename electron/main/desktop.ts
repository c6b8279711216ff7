import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BaseWindow, BrowserWindow } from 'electron';
import { app, BrowserWindow as Window, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import type { HostServices } from '../../postings/api/api.js';
import type { ExportHostServices } from '../../postings/api/export-posting.js';
import { createHandlers } from '../../postings/api/handlers.js';
import { userDataFolder } from '../../postings/cli/user-data/data-folder.js';
import { ensureSampleCopy } from '../../postings/cli/user-data/sample-copy.js';
import { openRepository } from '../../postings/repo/repository.js';
import { APP_COMMAND_CHANNEL } from '../ipc/channels.js';
import { createIpcHandlers, registerIpcHandlers } from '../ipc/ipc-handlers.js';
import type { AppCommand } from '../menu/app-commands.js';
import { buildMenuTemplate } from '../menu/menu-template.js';
import { ElectronPdfPrinter } from '../pdf/electron-pdf-printer.js';
import { APP_SCHEME } from '../protocol/app-origin.js';
import { createAppProtocolHandler } from '../protocol/app-protocol.js';
import { requestedRepository, startupRepository } from '../repository/startup-repository.js';
import { exportSavePath, isExportDownload, parseExportFolder } from '../security/downloads.js';
import { appPreloadRegistration } from '../security/preload-registration.js';
import { applySessionPolicy, cancelDownload, cancelRemoteRequest, REMOTE_URL_PATTERNS } from '../security/session-policy.js';
import { readJsonState, writeJsonState } from '../state/json-state.js';
import type { RecentFile } from '../state/recent-repositories.js';
import { addRecent, EMPTY_RECENT, parseRecentFile, withoutMissing } from '../state/recent-repositories.js';
import type { WindowStateFile } from '../state/window-state.js';
import { EMPTY_WINDOW_STATE, parseWindowStateFile, placeWindow, rememberWindowState, savedStateFor } from '../state/window-state.js';
import { guardWebContents, openRepositoryWindow } from '../window/open-window.js';
import { RepositoryWindows } from '../window/repository-windows.js';

/** What a second launch hands the running app (requestSingleInstanceLock's additional data). */
export interface LaunchRequest {
  repository?: string;
}

const APP_ID = 'org.postingdesk.PostingDesk';
const here = fileURLToPath(new URL('.', import.meta.url));
/** dist/electron/main/ → dist/electron/preload.cjs and dist/renderer/. */
const PRELOAD = join(here, '..', 'preload.cjs');
const RENDERER = join(here, '..', '..', 'renderer');

export function launchRequest(): LaunchRequest {
  const repository = requestedRepository(process.argv, process.cwd(), !app.isPackaged);
  return repository === undefined ? {} : { repository };
}

/** The desktop app: call once, in the instance that holds the single-instance lock, before ready. */
export function startDesktop(first: LaunchRequest): void {
  const windows = new RepositoryWindows<BrowserWindow>();
  const stateFolder = app.getPath('userData');
  const recentPath = join(stateFolder, 'recent-repositories.json');
  const windowStatePath = join(stateFolder, 'window-state.json');
  const exportFolderPath = join(stateFolder, 'export-folder.json');
  let exportFolder: string | undefined;
  // Shared with `posting-desk serve`: the sample copy, crash recovery and Undo delete live in one place.
  const dataFolder = userDataFolder();
  const printer = new ElectronPdfPrinter();
  let recent: RecentFile = EMPTY_RECENT;
  // State writes still running; quitting waits for them, so a closed window's place is never lost.
  const writes = new Set<Promise<void>>();
  const persist = (file: string, value: unknown): void => {
    const write: Promise<void> = writeJsonState(file, value)
      .catch((error: unknown) => console.error(`Posting Desk could not save ${file}: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => writes.delete(write));
    writes.add(write);
  };
  let windowState: WindowStateFile = EMPTY_WINDOW_STATE;

  const host: HostServices & ExportHostServices = {
    // Delete moves the posting to the system trash.
    trash: (absolutePath) => shell.trashItem(absolutePath),
    dataFolder,
    // PDF export prints with Electron's own Chromium (printToPDF), not a system one.
    printPdf: async (page, options) => (await printer.print(page, options)).pdf,
  };

  const refreshMenu = (): void => {
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          platform: process.platform,
          appName: app.name,
          recentRepositories: recent.repositories,
          developerTools: !app.isPackaged,
          actions: {
            command: (command, window) => sendCommand(command, window),
            openRepository: () => void chooseRepository(),
            openRecent: (path) => void openFolder(path),
            clearRecent: () => {
              recent = EMPTY_RECENT;
              app.clearRecentDocuments();
              persist(recentPath, recent);
              refreshMenu();
            },
          },
        }),
      ),
    );
  };

  const sendCommand = (command: AppCommand, window: BaseWindow | undefined): void => {
    const target = window === undefined ? Window.getFocusedWindow() : Window.fromId(window.id);
    // Only the app's own repository windows get commands (not devtools, not the print page).
    if (target !== null && windows.rootOf(target) !== undefined) target.webContents.send(APP_COMMAND_CHANNEL, command);
  };

  const openFolder = async (folder: string): Promise<void> => {
    let root: string;
    let title: string;
    try {
      const repository = openRepository(folder);
      root = realpathSync(repository.root);
      title = repository.root;
    } catch (error) {
      await dialog.showMessageBox({
        type: 'error',
        message: `Posting Desk cannot open “${folder}”.`,
        detail: error instanceof Error ? error.message : String(error),
      });
      return;
    }
    if (windows.focus(root) !== undefined) return;
    const placement = placeWindow(savedStateFor(windowState, root), screen.getAllDisplays().map((display) => display.workArea), screen.getPrimaryDisplay().workArea);
    const window = openRepositoryWindow({
      title: `${title} — Posting Desk`,
      placement,
      onClose: (state) => {
        windowState = rememberWindowState(windowState, root, state);
        persist(windowStatePath, windowState);
      },
    });
    const handlers = createHandlers(root, host);
    windows.add(root, window, handlers);
    window.on('closed', () => {
      windows.remove(window);
      // Stops the repository's file watcher and any Chromium an export started.
      void handlers.close();
    });
    recent = addRecent(recent, root);
    app.addRecentDocument(root);
    persist(recentPath, recent);
    refreshMenu();
  };

  const chooseRepository = async (): Promise<void> => {
    const parent = Window.getFocusedWindow() ?? undefined;
    const options = { title: 'Open Repository', buttonLabel: 'Open', properties: ['openDirectory' as const] };
    const chosen = parent === undefined ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(parent, options);
    const folder = chosen.filePaths[0];
    if (!chosen.canceled && folder !== undefined) await openFolder(folder);
  };

  const openAtStart = async (request: LaunchRequest): Promise<void> => {
    const choice = startupRepository(request.repository, recent.repositories, isFolder);
    if (choice.kind === 'folder') return openFolder(choice.path);
    const sample = app.isPackaged ? join(process.resourcesPath, 'sample-site') : join(app.getAppPath(), 'sample-site');
    return openFolder(ensureSampleCopy(sample, dataFolder).path);
  };

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    // The second launch's own reading of its command line; argv is the fallback for launchers that pass no data.
    const repository = parseLaunchRequest(additionalData)?.repository ?? requestedRepository(argv, workingDirectory, !app.isPackaged);
    if (repository !== undefined) void openFolder(repository);
    else windows.focusLatest();
  });

  app.on('will-quit', (event) => {
    if (writes.size === 0) return;
    event.preventDefault();
    void Promise.all(writes).then(() => app.quit());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (windows.size === 0) void openAtStart({});
  });

  // Windows groups the taskbar and the installer's shortcuts by this id (electron-builder.yml appId).
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

  void app.whenReady().then(async () => {
    app.setAboutPanelOptions({ applicationName: 'Posting Desk', applicationVersion: app.getVersion(), copyright: 'Copyright © 2026 the Posting Desk authors' });
    const appSession = session.defaultSession;
    applySessionPolicy(appSession);
    appSession.registerPreloadScript(appPreloadRegistration(PRELOAD));
    appSession.on('will-download', (event, item, contents) => {
      const window = Window.fromWebContents(contents);
      if (!isExportDownload(item.getURL()) || window === null || windows.rootOf(window) === undefined) {
        cancelDownload(event);
        return;
      }
      // The page's export: the system's save dialog, starting where the last export went.
      item.setSaveDialogOptions({ title: 'Save Export', defaultPath: exportSavePath(exportFolder, item.getFilename(), app.getPath('documents')) });
      item.once('done', (_done, state) => {
        if (state !== 'completed') return;
        exportFolder = dirname(item.getSavePath());
        persist(exportFolderPath, { version: 1, folder: exportFolder });
      });
    });
    appSession.webRequest.onBeforeRequest({ urls: REMOTE_URL_PATTERNS }, cancelRemoteRequest);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(RENDERER));
    registerIpcHandlers(ipcMain, createIpcHandlers((id) => windows.apiFor(id)));
    recent = withoutMissing(await readJsonState(recentPath, parseRecentFile, EMPTY_RECENT), isFolder);
    windowState = await readJsonState(windowStatePath, parseWindowStateFile, EMPTY_WINDOW_STATE);
    exportFolder = (await readJsonState(exportFolderPath, parseExportFolder, undefined))?.folder;
    refreshMenu();
    await openAtStart(first);
  });
}

function isFolder(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function parseLaunchRequest(value: unknown): LaunchRequest | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const repository = (value as Record<string, unknown>).repository;
  return typeof repository === 'string' && repository !== '' ? { repository } : {};
}
