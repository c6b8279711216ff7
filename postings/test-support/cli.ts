import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout this file lives in. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The built JavaScript (`npm run build`, which `npm test` runs first).
 * POSTING_DESK_DIST points the tests at another build of the same sources.
 */
export const DIST = process.env.POSTING_DESK_DIST ?? join(PROJECT_ROOT, 'dist');

export const CLI = join(DIST, 'postings', 'cli', 'main.js');

/** Path of a built module, e.g. builtModule('postings/repo/save-posting.js'). */
export function builtModule(path: string): string {
  const file = join(DIST, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run “npm run build” before the tests`);
  return file;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real, built `posting-desk` command in a child process. */
export function runCli(args: readonly string[], options: { cwd: string; input?: string }): CliResult {
  const result = spawnSync(process.execPath, [builtModule('postings/cli/main.js'), ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    input: options.input ?? '',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
