import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { builtModule, runCli } from '../../test-support/cli.js';
import { copySite, makeTempFolder, removeTempFolders, SAMPLE_SITE } from '../../test-support/temp-site.js';

afterAll(removeTempFolders);

interface Served {
  child: ChildProcessWithoutNullStreams;
  url: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** The built `posting-desk serve`, as a user runs it, until it printed its first line. */
function serve(args: string[]): Promise<Served> {
  // Crash recovery keeps files in the user data folder: a temp one, not the user's.
  const env = { ...process.env, NO_COLOR: '1', XDG_DATA_HOME: makeTempFolder() };
  const child = spawn(process.execPath, [builtModule('postings/cli/main.js'), 'serve', ...args], { env });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) resolve({ child, url: stdout.split('\n')[0] as string, stdout: () => stdout, stderr: () => stderr, exited });
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

describe('posting-desk serve', () => {
  it('prints one line with the address and token, serves the API, and stops cleanly on Ctrl+C', async () => {
    const site = copySite(SAMPLE_SITE);
    const served = await serve([site, '--no-open', '--port', '0']);
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
    const { origin, searchParams } = new URL(served.url);
    const response = await fetch(`${origin}/api/listPostings`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Posting-Desk-Token': searchParams.get('token') as string }, body: '{}' });
    const result = (await response.json()) as { ok: boolean; value: { title?: string }[] };
    expect(result.ok).toBe(true);
    expect(result.value.map((posting) => posting.title)).toContain('Data Analyst');
    const refused = await fetch(`${origin}/api/listPostings`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(refused.status).toBe(401);
    served.child.kill('SIGINT');
    expect(await served.exited).toBe(0);
    expect(served.stdout().split('\n').filter((line) => line !== '')).toHaveLength(1);
    expect(served.stderr()).toContain('Press Ctrl+C to stop');
  });

  it('stops on SIGTERM too', async () => {
    const served = await serve([copySite(SAMPLE_SITE), '--no-open']);
    served.child.kill('SIGTERM');
    expect(await served.exited).toBe(0);
  });

  it('refuses a port in use with a message naming --port, exit 2', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = runCli(['serve', copySite(SAMPLE_SITE), '--no-open', '--port', String(port)], { cwd: makeTempFolder() });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });

  it.each([['--port', 'eighty'], ['--port', '70000'], ['--port', '-1']])('refuses %s %s as a usage error', (option, value) => {
    const result = runCli(['serve', copySite(SAMPLE_SITE), '--no-open', option, value], { cwd: makeTempFolder() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--port|Unknown option/);
  });

  it('refuses a folder that is no careers site, before listening', () => {
    const result = runCli(['serve', makeTempFolder(), '--no-open'], { cwd: makeTempFolder() });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^posting-desk: /);
  });
});
