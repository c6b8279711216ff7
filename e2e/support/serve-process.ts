import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { userDataFolder } from '../../postings/cli/user-data/data-folder.js';
import { isInside } from '../../postings/repo/path-guard.js';
import { CLI } from './paths.js';

/** A running `posting-desk serve` started by a spec. */
export interface ServeProcess {
  child: ChildProcess;
  /** The printed address, token included. */
  url: string;
  /** Everything serve wrote on stderr so far (for failure messages). */
  log(): string;
}

/** A writable copy of a site, without Hugo's output folders. */
export function copySiteWritable(source: string, site: string): void {
  cpSync(source, site, { recursive: true, filter: (path) => !/[\\/](public|resources)$/.test(path) });
  makeWritable(site);
}

/**
 * The environment of a serve a spec starts in its own temp folder: HOME and
 * each system's user data setting point inside it, so crash-recovery entries,
 * copies for Undo delete and the freedesktop trash stay there and never
 * reach the user's own data folder (~/.local/share/posting-desk, Application
 * Support, APPDATA). Checked, not assumed: throws when serve would still
 * pick a data folder outside.
 */
export function isolatedServeEnv(folder: string): NodeJS.ProcessEnv {
  const env = { ...process.env, NO_COLOR: '1', HOME: folder, USERPROFILE: folder, XDG_DATA_HOME: join(folder, 'data'), APPDATA: join(folder, 'AppData', 'Roaming') };
  const data = userDataFolder({ platform: process.platform, env, home: folder });
  if (!isInside(folder, data)) throw new Error(`serve would keep its user data in ${data}, outside the spec's folder ${folder}`);
  return env;
}

/** Starts the built serve on a site, its user data inside folder; resolves once it printed its address line. */
export async function startServe(site: string, folder: string): Promise<ServeProcess> {
  const child = spawn(process.execPath, [CLI, 'serve', site, '--no-open', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: isolatedServeEnv(folder) });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const log = (): string => stderr;
  return { child, url: await firstLine(child, log), log };
}

/** SIGINT, as Ctrl-C; SIGKILL after 5 s. */
export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGINT');
  });
}

function firstLine(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no address within 20 s:\n${stderr()}`)), 20_000);
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      clearTimeout(timer);
      if (!/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/.test(line)) reject(new Error(`serve printed an unexpected line: ${line}\n${stderr()}`));
      else resolve(line);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${code}) before printing its address:\n${stderr()}`));
    });
  });
}

function makeWritable(path: string): void {
  const info = lstatSync(path);
  if (info.isSymbolicLink()) return;
  chmodSync(path, (info.mode & 0o7777) | (info.isDirectory() ? 0o700 : 0o600));
  if (info.isDirectory()) for (const name of readdirSync(path)) makeWritable(join(path, name));
}
