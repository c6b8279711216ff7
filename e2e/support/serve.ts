import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { CLI, SAMPLE_SITE } from './paths.js';

export interface ServedSite {
  /** The printed address, token included. */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The temp copy being served. */
  site: string;
  read(path: string): Buffer;
  write(path: string, text: string | Buffer): void;
  /** Everything serve wrote on stderr so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

/**
 * A writable temp copy of a site served by the built `posting-desk serve`,
 * as a user starts it; resolves once it printed its address line.
 */
export async function serveCopy(source: string = SAMPLE_SITE, prepare?: (site: string) => void): Promise<ServedSite> {
  const folder = mkdtempSync(join(tmpdir(), 'posting-desk-e2e-'));
  const site = join(folder, 'site');
  cpSync(source, site, { recursive: true, filter: (path) => !/[\\/](public|resources)$/.test(path) });
  makeWritable(site);
  prepare?.(site);
  // Crash recovery and Undo delete keep their files in the user data folder: a temp one, not the user's.
  const env = { ...process.env, NO_COLOR: '1', XDG_DATA_HOME: join(folder, 'data') };
  const child = spawn(process.execPath, [CLI, 'serve', site, '--no-open', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const url = await firstLine(child, () => stderr);
  return {
    url,
    origin: new URL(url).origin,
    site,
    read: (path) => readFileSync(join(site, path)),
    write: (path, text) => writeFileSync(join(site, path), text),
    log: () => stderr,
    stop: async () => {
      await stopProcess(child);
      rmSync(folder, { recursive: true, force: true });
    },
  };
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

function stopProcess(child: ChildProcess): Promise<void> {
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

function makeWritable(path: string): void {
  const info = lstatSync(path);
  if (info.isSymbolicLink()) return;
  chmodSync(path, (info.mode & 0o7777) | (info.isDirectory() ? 0o700 : 0o600));
  if (info.isDirectory()) for (const name of readdirSync(path)) makeWritable(join(path, name));
}
