import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from './app-commands.js';

/** What the menu's own items do; the main process supplies them. */
export interface MenuActions {
  /** A command for the page of the window the menu acted in (the focused one). */
  command(command: AppCommand, window: BaseWindow | undefined): void;
  openRepository(): void;
  openRecent(path: string): void;
  clearRecent(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Most recent first. */
  recentRepositories: readonly string[];
  /** Developer tools in the View menu, for unpackaged runs only. */
  developerTools: boolean;
  actions: MenuActions;
}

/**
 * The application menu, with the shortcuts people expect on each system:
 * the macOS app menu (About, Services, Hide, Quit) and Window menu there,
 * Quit or Exit in the File menu elsewhere; Edit and View items use Electron's
 * roles so undo, clipboard and zoom work natively in every text field.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const { actions } = options;
  const command = (name: AppCommand) => (_item: unknown, window: BaseWindow | undefined) => actions.command(name, window);
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  // Access keys (Alt+F) on Windows and Linux; macOS menus have none.
  const label = (text: string) => (mac ? text.replace('&', '') : text);
  const quit: MenuItemConstructorOptions = options.platform === 'win32'
    ? { role: 'quit', label: 'E&xit', accelerator: 'Alt+F4' }
    : { role: 'quit', label: '&Quit', accelerator: 'CmdOrCtrl+Q' };
  const developerTools: MenuItemConstructorOptions[] = options.developerTools ? [separator, { role: 'toggleDevTools' }] : [];

  const recent: MenuItemConstructorOptions[] = options.recentRepositories.length === 0
    ? [{ label: 'No recent repositories', enabled: false }]
    : options.recentRepositories.map((path) => ({ label: path, click: () => actions.openRecent(path) }));

  const file: MenuItemConstructorOptions = {
    label: label('&File'),
    submenu: [
      { label: 'New Posting', accelerator: 'CmdOrCtrl+N', click: command('new-posting') },
      separator,
      { label: 'Open Repository…', accelerator: 'CmdOrCtrl+O', click: () => actions.openRepository() },
      { label: 'Recent Repositories', submenu: [...recent, separator, { label: 'Clear Recent Repositories', enabled: options.recentRepositories.length > 0, click: () => actions.clearRecent() }] },
      separator,
      { label: 'Save', accelerator: 'CmdOrCtrl+S', click: command('save') },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: command('export') },
      separator,
      { role: 'close' },
      ...(mac ? [] : [separator, quit]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: label('&Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo', ...(mac ? {} : { accelerator: 'CmdOrCtrl+Y' }) },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: command('find') },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: label('&View'),
    submenu: [
      { label: 'Toggle Preview', accelerator: 'CmdOrCtrl+Shift+P', click: command('toggle-preview') },
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...developerTools,
    ],
  };

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const help: MenuItemConstructorOptions = { role: 'help', submenu: [{ role: 'about', label: `About ${options.appName}` }] };

  return mac ? [appMenu, file, edit, view, { role: 'windowMenu' }] : [file, edit, view, help];
}
