import { execFile } from 'node:child_process';

export interface GitOutput {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
  /** True when git itself could not be started: not installed or not on PATH. */
  missing: boolean;
}

/**
 * Runs git in a folder and never throws. Optional locks are off so a status
 * check never holds the index lock while the user runs git themselves, and
 * prompts are off so a misconfigured repository fails instead of hanging.
 */
export function runGit(cwd: string, args: readonly string[], timeoutMs = 10_000): Promise<GitOutput> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'buffer',
        timeout: timeoutMs,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        const code = (error as NodeJS.ErrnoException | null)?.code;
        resolve({ ok: error === null, stdout, stderr: stderr.toString('utf8').trim(), missing: code === 'ENOENT' });
      },
    );
  });
}
