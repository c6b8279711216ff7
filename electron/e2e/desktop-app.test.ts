/**
 * The desktop app's main flows in a real Electron, through Playwright's
 * _electron. They run where Electron's binary is installed (a user's or
 * builder's machine after `npm install`) and a display is there (on Linux
 * without one: xvfb-run npm test); elsewhere they skip, saying why.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ElectronApplication, Page } from 'playwright-core';
import { _electron } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { API_OPERATIONS } from '../../postings/api/api.js';
import { copySite, makeTempFolder, removeTempFolders, SAMPLE_SITE } from '../../postings/test-support/temp-site.js';
import { installedElectronBinary, NO_ELECTRON_BINARY } from '../launcher/electron-binary.js';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const BINARY = installedElectronBinary();
const NO_DISPLAY = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const NOT_BUILT = !existsSync(join(PROJECT, 'dist', 'electron', 'main', 'main.js')) || !existsSync(join(PROJECT, 'dist', 'renderer', 'index.html'));
const SKIP = BINARY === undefined ? NO_ELECTRON_BINARY : NO_DISPLAY ? 'no display for Electron’s window (run under xvfb-run)' : NOT_BUILT ? 'the app is not built (npm run build)' : undefined;
if (SKIP !== undefined) console.log(`Skipping the desktop app specs: ${SKIP}.`);

interface Launched {
  app: ElectronApplication;
  page: Page;
  home: string;
}

/** Starts the app from the project folder with its own empty settings and data folders. */
async function launch(repository: string | undefined, home = makeTempFolder('posting-desk-home-')): Promise<Launched> {
  const app = await _electron.launch({
    executablePath: BINARY ?? '',
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '.', ...(repository === undefined ? [] : [repository])],
    cwd: PROJECT,
    env: { ...process.env, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), HOME: home, ELECTRON_ENABLE_LOGGING: '1' },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page, home };
}

const running: ElectronApplication[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((app) => app.close().catch(() => undefined)));
});
afterAll(() => removeTempFolders());

describe.skipIf(SKIP !== undefined)('the desktop app', () => {
  let site: string;
  beforeAll(() => {
    site = copySite(SAMPLE_SITE);
  });

  async function open(repository: string | undefined = site, home?: string): Promise<Launched> {
    const launched = await launch(repository, home);
    running.push(launched.app);
    return launched;
  }

  it('shows the UI from app://, never file://, with exactly the API as window.postingDesk and no Node.js', async () => {
    const { page } = await open();
    expect(page.url()).toMatch(/^app:\/\/posting-desk\//);
    const seen = await page.evaluate(() => {
      const scope = globalThis as unknown as Record<string, unknown>;
      const api = scope.postingDesk as Record<string, unknown>;
      return { keys: Object.keys(api).sort(), require: typeof scope.require, process: typeof scope.process, ipc: 'ipcRenderer' in scope };
    });
    expect(seen).toEqual({ keys: [...API_OPERATIONS].sort(), require: 'undefined', process: 'undefined', ipc: false });
    const listed = await page.evaluate(async () => {
      const api = (globalThis as unknown as { postingDesk: { listPostings(args: object): Promise<{ ok: boolean; value?: { path: string }[] }> } }).postingDesk;
      return api.listPostings({ warningCounts: false });
    });
    expect(listed.ok).toBe(true);
    expect(listed.value?.some((posting) => posting.path.startsWith('content/careers/'))).toBe(true);
  });

  it('runs the page without Node.js, the API reaching it only through the context bridge', async () => {
    const { page } = await open();
    const seen = await page.evaluate(() => {
      const scope = globalThis as unknown as Record<string, unknown> & { postingDesk: Record<string, unknown> };
      return {
        bridged: String(scope.postingDesk.listPostings).includes('[native code]'),
        frozen: Object.isFrozen(scope.postingDesk),
        node: ['require', 'module', 'process', 'Buffer', 'global'].filter((name) => name in scope),
      };
    });
    expect(seen).toEqual({ bridged: true, frozen: true, node: [] });
  });

  it('serves every response with the CSP, and refuses remote content, navigation, new windows and permissions', async () => {
    const { page, app } = await open();
    const refused = await page.evaluate(async () => {
      const scope = globalThis as unknown as { fetch: (url: string) => Promise<unknown>; open: (url: string) => unknown; Notification: { requestPermission(): Promise<string> } };
      const remote = await scope.fetch('https://example.com/').then(() => 'loaded', () => 'refused');
      const popup = scope.open('https://example.com/');
      const notification = await scope.Notification.requestPermission();
      return { remote, popup: popup === null, notification };
    });
    expect(refused).toEqual({ remote: 'refused', popup: true, notification: 'denied' });
    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/posting-desk\//);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  it('refuses a path outside the app’s folder', async () => {
    const { page } = await open();
    const status = await page.evaluate(() => (globalThis as unknown as { fetch: (url: string) => Promise<{ status: number }> }).fetch('app://posting-desk/%2e%2e/package.json').then((response) => response.status));
    expect(status).toBe(404);
  });

  it('has the standard menus, and a menu command reaches the page as a DOM event', async () => {
    const { app, page } = await open();
    const menus = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label.replace('&', '')) ?? []);
    expect(menus).toEqual(expect.arrayContaining(['File', 'Edit', 'View']));
    await page.evaluate(() => {
      const scope = globalThis as unknown as { addEventListener(type: string, listener: (event: { detail: unknown }) => void): void; seen?: unknown[] };
      scope.seen = [];
      scope.addEventListener('posting-desk-command', (event) => scope.seen?.push(event.detail));
    });
    await app.evaluate(({ Menu }) => {
      const file = Menu.getApplicationMenu()?.items.find((item) => item.label.replace('&', '') === 'File');
      file?.submenu?.items.find((item) => item.label === 'Save')?.click();
    });
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { seen: unknown[] }).seen)).toEqual(['save']);
  });

  it('exports a PDF with Electron’s own printToPDF, its pages titled after the posting', async () => {
    const { page } = await open();
    const exported = await page.evaluate(async () => {
      const api = (globalThis as unknown as { postingDesk: { listPostings(args: object): Promise<{ ok: boolean; value: { path: string }[] }>; exportPosting(args: object): Promise<{ ok: boolean; value?: { content: string; encoding: string; fileName: string } }> } }).postingDesk;
      const first = (await api.listPostings({ warningCounts: false })).value[0];
      return api.exportPosting({ path: first?.path ?? '', format: 'pdf' });
    });
    expect(exported.ok).toBe(true);
    expect(exported.value?.encoding).toBe('base64');
    expect(exported.value?.fileName).toMatch(/\.pdf$/);
    expect(Buffer.from(exported.value?.content ?? '', 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('moves a deleted posting to the system trash (shell.trashItem)', async () => {
    const repository = copySite(SAMPLE_SITE);
    const { page, home } = await open(repository);
    const deleted = await page.evaluate(async () => {
      const api = (globalThis as unknown as { postingDesk: Record<string, (args: object) => Promise<{ ok: boolean; value?: { path?: string; version?: string }[] & { path?: string; version?: string } }>> }).postingDesk;
      const path = 'content/careers/data-analyst.md';
      const read = await api.readPosting?.({ path });
      return api.deletePosting?.({ path, baseVersion: read?.value?.version ?? '' });
    });
    expect(deleted?.ok).toBe(true);
    expect(existsSync(join(repository, 'content', 'careers', 'data-analyst.md'))).toBe(false);
    // GIO's home trash follows XDG_DATA_HOME, which the spec points at its own folder.
    if (process.platform === 'linux') expect(existsSync(join(home, 'data', 'Trash', 'files', 'data-analyst.md'))).toBe(true);
  });

  it('opens the user’s own copy of the sample site when no repository is given or remembered', async () => {
    const { page, home } = await open(undefined);
    expect(page.url()).toMatch(/^app:\/\/posting-desk\//);
    expect(existsSync(join(home, 'data', 'posting-desk', 'sample-site', 'hugo.toml'))).toBe(true);
  });

  it('remembers the repository and the window’s place', async () => {
    const home = makeTempFolder('posting-desk-home-');
    const { app } = await open(site, home);
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.setBounds({ x: 40, y: 50, width: 1000, height: 700 }));
    await app.close();
    running.length = 0;
    const config = join(home, 'config', 'Posting Desk');
    const recent = JSON.parse(readFileSync(join(config, 'recent-repositories.json'), 'utf8')) as { repositories: string[] };
    expect(recent.repositories[0]).toBeDefined();
    const state = JSON.parse(readFileSync(join(config, 'window-state.json'), 'utf8')) as { last: { bounds: { width: number; height: number } } };
    expect(state.last.bounds).toMatchObject({ width: 1000, height: 700 });
    const again = await open(undefined, home);
    const bounds = await again.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getBounds());
    expect(bounds).toMatchObject({ width: 1000, height: 700 });
  });

  it('keeps one instance: a second launch opens its repository in the running app and exits', async () => {
    const home = makeTempFolder('posting-desk-home-');
    const { app } = await open(site, home);
    const other = copySite(SAMPLE_SITE);
    const second = spawn(BINARY ?? '', [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '.', other], {
      cwd: PROJECT,
      env: { ...process.env, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), HOME: home },
      stdio: 'ignore',
    });
    const exitCode = await new Promise<number | null>((done) => second.on('exit', done));
    expect(exitCode).toBe(0);
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(2);
  });
});
