import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { AppCommand } from './app-commands.js';
import { buildMenuTemplate, type MenuOptions } from './menu-template.js';

function build(platform: NodeJS.Platform, overrides: Partial<MenuOptions> = {}) {
  const log: string[] = [];
  const template = buildMenuTemplate({
    platform,
    appName: 'Posting Desk',
    recentRepositories: ['/home/hr/careers', '/home/hr/jobs-site'],
    developerTools: false,
    actions: {
      command: (command: AppCommand, window) => void log.push(`command:${command}:${window === undefined ? 'none' : 'window'}`),
      openRepository: () => void log.push('open'),
      openRecent: (path) => void log.push(`recent:${path}`),
      clearRecent: () => void log.push('clear'),
    },
    ...overrides,
  });
  return { template, log };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function byLabel(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items(template).find((item) => item.label?.replace('&', '') === label);
  if (found === undefined) throw new Error(`no menu item “${label}”`);
  return found;
}

function click(item: MenuItemConstructorOptions, window?: BaseWindow): void {
  (item.click as unknown as (menuItem: unknown, window: BaseWindow | undefined, event: unknown) => void)({}, window, {});
}

const roles = (template: MenuItemConstructorOptions[]) => items(template).map((item) => item.role).filter((role) => role !== undefined);

describe.each(['darwin', 'win32', 'linux'] as const)('the menu on %s', (platform) => {
  it.each([
    ['New Posting', 'CmdOrCtrl+N'],
    ['Open Repository…', 'CmdOrCtrl+O'],
    ['Save', 'CmdOrCtrl+S'],
    ['Export…', 'CmdOrCtrl+E'],
    ['Find…', 'CmdOrCtrl+F'],
    ['Toggle Preview', 'CmdOrCtrl+Shift+P'],
  ])('has %s on %s', (label, accelerator) => {
    expect(byLabel(build(platform).template, label).accelerator).toBe(accelerator);
  });

  it('uses the native roles for editing, zoom, full screen and closing', () => {
    expect(roles(build(platform).template)).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'close', 'quit', 'about']));
  });

  it('sends page commands with the window the menu acted in', () => {
    const { template, log } = build(platform);
    const window = {} as BaseWindow;
    for (const label of ['New Posting', 'Save', 'Export…', 'Find…', 'Toggle Preview']) click(byLabel(template, label), window);
    click(byLabel(template, 'Save'));
    expect(log).toEqual(['command:new-posting:window', 'command:save:window', 'command:export:window', 'command:find:window', 'command:toggle-preview:window', 'command:save:none']);
  });

  it('opens repositories with the folder picker and from the recent list, and clears the list', () => {
    const { template, log } = build(platform);
    click(byLabel(template, 'Open Repository…'));
    click(byLabel(template, '/home/hr/jobs-site'));
    click(byLabel(template, 'Clear Recent Repositories'));
    expect(log).toEqual(['open', 'recent:/home/hr/jobs-site', 'clear']);
    const recent = byLabel(template, 'Recent Repositories').submenu as MenuItemConstructorOptions[];
    expect(recent.map((item) => item.label ?? item.type)).toEqual(['/home/hr/careers', '/home/hr/jobs-site', 'separator', 'Clear Recent Repositories']);
  });

  it('says so when there is no recent repository', () => {
    const { template } = build(platform, { recentRepositories: [] });
    expect(byLabel(template, 'No recent repositories').enabled).toBe(false);
    expect(byLabel(template, 'Clear Recent Repositories').enabled).toBe(false);
  });

  it('shows developer tools only when asked', () => {
    expect(roles(build(platform).template)).not.toContain('toggleDevTools');
    expect(roles(build(platform, { developerTools: true }).template)).toContain('toggleDevTools');
  });
});

describe('system conventions', () => {
  it('macOS: the app menu first, with About, Services, Hide and Quit; a Window menu; no access keys', () => {
    const { template } = build('darwin');
    expect(template.map((menu) => menu.label ?? menu.role)).toEqual(['Posting Desk', 'File', 'Edit', 'View', 'windowMenu']);
    const appMenu = (template[0]?.submenu as MenuItemConstructorOptions[]).map((item) => item.role ?? item.type);
    expect(appMenu).toEqual(['about', 'separator', 'services', 'separator', 'hide', 'hideOthers', 'unhide', 'separator', 'quit']);
    const file = (template[1]?.submenu as MenuItemConstructorOptions[]).map((item) => item.role).filter(Boolean);
    expect(file).toEqual(['close']);
    expect(items(template).some((item) => item.label?.includes('&'))).toBe(false);
  });

  it('Windows: Exit (Alt+F4) ends the File menu, redo is Ctrl+Y, access keys on the menus', () => {
    const { template } = build('win32');
    expect(template.map((menu) => menu.label ?? menu.role)).toEqual(['&File', '&Edit', '&View', 'help']);
    const file = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(file.at(-1)).toMatchObject({ role: 'quit', label: 'E&xit', accelerator: 'Alt+F4' });
    expect(items(template).find((item) => item.role === 'redo')?.accelerator).toBe('CmdOrCtrl+Y');
  });

  it('Linux: Quit (Ctrl+Q) ends the File menu', () => {
    const file = build('linux').template[0]?.submenu as MenuItemConstructorOptions[];
    expect(file.at(-1)).toMatchObject({ role: 'quit', label: '&Quit', accelerator: 'CmdOrCtrl+Q' });
  });

  it.each(['darwin', 'win32', 'linux'] as const)('%s: no accelerator is given twice', (platform) => {
    const accelerators = items(build(platform).template).map((item) => item.accelerator).filter((key) => key !== undefined);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});
