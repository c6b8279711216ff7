import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { CLI, SAMPLE_SITE } from './paths.js';

/**
 * A temp copy of the sample site and a user data folder of its own, served by
 * the built `posting-desk serve` as a separate process that a spec may kill
 * with SIGKILL and start again on the same site and data folder, as after a
 * crash.
 */
export interface KillableSite {
  site: string;
  dataFolder: string;
  /** The address of the running serve, token included. */
  url(): string;
  read(path: string): string;
  write(path: string, text: string): void;
  exists(path: string): boolean;
  remove(path: string): void;
  /** Runs git in the site (committer set), failing loudly. */
  git(...args: string[]): string;
  /** SIGKILL: no shutdown, no flush, as a crash or a dead battery. */
  kill(): Promise<void>;
  /** Starts serve again on the same site and data folder. */
  restart(): Promise<void>;
  log(): string;
  stop(): Promise<void>;
}

export async function serveKillable(options: { git?: boolean } = {}): Promise<KillableSite> {
  const folder = mkdtempSync(join(tmpdir(), 'posting-desk-files-e2e-'));
  const site = join(folder, 'site');
  const dataFolder = join(folder, 'data');
  cpSync(SAMPLE_SITE, site, { recursive: true, filter: (path) => !/[\\/](public|resources)$/.test(path) });
  makeWritable(site);
  mkdirSync(dataFolder);
  const git = (...args: string[]): string => {
    const result = spawnSync('git', ['-c', 'user.name=E2E', '-c', 'user.email=e2e@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: site });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr.toString()}`);
    return result.stdout.toString();
  };
  if (options.git) {
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'Sample site');
  }
  let child: ChildProcess | undefined;
  let url = '';
  let stderr = '';
  const start = async (): Promise<void> => {
    const started = spawn(process.execPath, [CLI, 'serve', site, '--no-open', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // serve keeps recovery data and copies for Undo in the user data folder: this test's own.
      env: { ...process.env, NO_COLOR: '1', XDG_DATA_HOME: dataFolder, HOME: folder },
    });
    started.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child = started;
    url = await firstLine(started, () => stderr);
  };
  await start();
  const file = (path: string): string => join(site, ...path.split('/'));
  return {
    site,
    dataFolder,
    url: () => url,
    read: (path) => readFileSync(file(path), 'utf8'),
    write: (path, text) => {
      mkdirSync(dirname(file(path)), { recursive: true });
      writeFileSync(file(path), text);
    },
    exists: (path) => {
      try {
        lstatSync(file(path));
        return true;
      } catch {
        return false;
      }
    },
    remove: (path) => rmSync(file(path), { recursive: true, force: true }),
    git,
    kill: async () => {
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGKILL');
      });
    },
    restart: start,
    log: () => stderr,
    stop: async () => {
      const running = child;
      if (running && running.exitCode === null && running.signalCode === null) {
        await new Promise<void>((resolve) => {
          const force = setTimeout(() => running.kill('SIGKILL'), 5_000);
          running.once('exit', () => {
            clearTimeout(force);
            resolve();
          });
          running.kill('SIGINT');
        });
      }
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
      resolve(line);
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
