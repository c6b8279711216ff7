import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SAMPLE_SITE } from './paths.js';
import { copySiteWritable, startServe, stopProcess, type ServeProcess } from './serve-process.js';

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
  copySiteWritable(SAMPLE_SITE, site);
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
  // Every start's log, a killed one's too: a restart's failure often lies in what went before.
  const started: ServeProcess[] = [];
  const start = async (): Promise<void> => {
    started.push(await startServe(site, folder));
  };
  const running = (): ServeProcess | undefined => started[started.length - 1];
  await start();
  const file = (path: string): string => join(site, ...path.split('/'));
  return {
    site,
    dataFolder,
    url: () => running()?.url ?? '',
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
      const child = running()?.child;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      });
    },
    restart: start,
    log: () => started.map((serve) => serve.log()).join(''),
    stop: async () => {
      const child = running()?.child;
      if (child) await stopProcess(child);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
