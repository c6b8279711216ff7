import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSite } from '../../test-support/make-site.js';
import { makeTempFolder, removeTempFolders } from '../../test-support/temp-site.js';
import { hashBytes } from '../../repo/version.js';
import { API_OPERATIONS } from '../api.js';
import { API_VALIDATORS } from '../validate.js';
import { FILES_OVER_TIME_OPERATIONS } from './api.js';
import { createFilesOverTimeHandlers, withUndoableTrash, type FilesOverTimeHandlers } from './handlers.js';

const posting = (title: string): string => `+++\ntitle = "${title}"\ndate = 2026-01-05\n+++\n\nBody of ${title}.\n`;
const version = (text: string): string => hashBytes(Buffer.from(text));
const hasGit = spawnSync('git', ['--version']).status === 0;

const opened: FilesOverTimeHandlers[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((handlers) => handlers.close()));
  removeTempFolders();
});

function setUp(files: Record<string, string> = { 'content/careers/chef.md': posting('Chef') }, withData = true) {
  const root = makeSite({ 'hugo.toml': 'title = "Careers"\n', ...files });
  const dataFolder = join(makeTempFolder(), 'data');
  const handlers = createFilesOverTimeHandlers(root, withData ? { trash: async () => undefined, dataFolder } : { trash: async () => undefined });
  opened.push(handlers);
  return { root, dataFolder, handlers };
}

describe('the files-over-time operations in the API', () => {
  it('are listed in API_OPERATIONS and have validators, so both transports carry them', () => {
    for (const name of FILES_OVER_TIME_OPERATIONS) {
      expect(API_OPERATIONS).toContain(name);
      expect(typeof API_VALIDATORS[name]).toBe('function');
    }
  });
});

describe('pollChanges', () => {
  it('answers a waiting caller with the change another program made, and numbers it', async () => {
    const { root, handlers } = setUp();
    const first = await handlers.pollChanges({});
    if (!first.ok) throw new Error(first.error.message);
    const waiting = handlers.pollChanges({ since: first.value.sequence, epoch: first.value.epoch, waitMs: 5_000 });
    const started = Date.now();
    writeFileSync(join(root, 'content/careers/chef.md'), posting('Head chef'));
    const answer = await waiting;
    expect(answer).toEqual({
      ok: true,
      value: {
        epoch: first.value.epoch,
        sequence: 1,
        missed: false,
        changes: [{ kind: 'changed', path: 'content/careers/chef.md', version: version(posting('Head chef')), sequence: 1, at: expect.any(Number) }],
      },
    });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('reports a rename by another program as one change', async () => {
    const { root, handlers } = setUp();
    const first = await handlers.pollChanges({});
    if (!first.ok) throw new Error(first.error.message);
    renameSync(join(root, 'content/careers/chef.md'), join(root, 'content/careers/cook.md'));
    const answer = await handlers.pollChanges({ since: first.value.sequence, waitMs: 5_000 });
    expect(answer.ok && answer.value.changes).toEqual([expect.objectContaining({ kind: 'renamed', from: 'content/careers/chef.md', path: 'content/careers/cook.md' })]);
  });

  it('answers a waiting long poll at once when the host shuts down', async () => {
    const { handlers } = setUp();
    const first = await handlers.pollChanges({});
    if (!first.ok) throw new Error(first.error.message);
    const waiting = handlers.pollChanges({ since: first.value.sequence, epoch: first.value.epoch, waitMs: 25_000 });
    const started = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await handlers.close();
    expect(await waiting).toMatchObject({ ok: true, value: { changes: [] } });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('tells a caller from before a restart that it missed changes', async () => {
    const { handlers } = setUp();
    expect(await handlers.pollChanges({ since: 12, epoch: 'an-old-epoch' })).toMatchObject({ ok: true, value: { missed: true, changes: [] } });
  });

  it('refuses a wait longer than 25 seconds and unknown arguments', async () => {
    const { handlers } = setUp();
    expect(await handlers.pollChanges({ waitMs: 60_000 })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await handlers.pollChanges({ sinse: 1 } as never)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});

describe('crash recovery', () => {
  it('keeps unsaved text outside the repository and gives it back with the version on disk', async () => {
    const { root, dataFolder, handlers } = setUp();
    const base = version(posting('Chef'));
    const written = await handlers.writeRecovery({ path: 'content/careers/chef.md', text: posting('Chef, typed'), baseVersion: base });
    expect(written.ok).toBe(true);
    expect(readFileSync(join(root, 'content/careers/chef.md'), 'utf8')).toBe(posting('Chef'));
    expect(spawnSync('grep', ['-rl', 'Chef, typed', dataFolder]).stdout.toString()).not.toBe('');
    expect(spawnSync('grep', ['-rl', 'Chef, typed', root]).stdout.toString()).toBe('');
    const listed = await handlers.listRecovery({});
    expect(listed).toEqual({
      ok: true,
      value: [{ path: 'content/careers/chef.md', text: posting('Chef, typed'), baseVersion: base, savedAt: expect.any(String), diskVersion: base }],
    });
    expect(await handlers.readRecovery({ path: 'content/careers/chef.md' })).toEqual({ ok: true, value: listed.ok ? listed.value[0] : null });
  });

  it('drops an entry once the text on disk equals it (saved since)', async () => {
    const { root, handlers } = setUp();
    await handlers.writeRecovery({ path: 'content/careers/chef.md', text: posting('Saved'), baseVersion: version(posting('Chef')) });
    writeFileSync(join(root, 'content/careers/chef.md'), posting('Saved'));
    expect(await handlers.listRecovery({})).toEqual({ ok: true, value: [] });
    expect(await handlers.readRecovery({ path: 'content/careers/chef.md' })).toEqual({ ok: true, value: null });
  });

  it('keeps the text of a posting deleted since, saying it is gone', async () => {
    const { root, handlers } = setUp();
    await handlers.writeRecovery({ path: 'content/careers/chef.md', text: posting('Mine'), baseVersion: version(posting('Chef')) });
    rmSync(join(root, 'content/careers/chef.md'));
    expect(await handlers.listRecovery({})).toMatchObject({ ok: true, value: [{ text: posting('Mine'), diskVersion: null }] });
  });

  it('forgets an entry on discard', async () => {
    const { handlers } = setUp();
    await handlers.writeRecovery({ path: 'content/careers/chef.md', text: posting('Mine'), baseVersion: version(posting('Chef')) });
    expect(await handlers.discardRecovery({ path: 'content/careers/chef.md' })).toEqual({ ok: true, value: { discarded: true } });
    expect(await handlers.discardRecovery({ path: 'content/careers/chef.md' })).toEqual({ ok: true, value: { discarded: false } });
    expect(await handlers.listRecovery({})).toEqual({ ok: true, value: [] });
  });

  it('refuses a path outside the repository', async () => {
    const { handlers } = setUp();
    expect(await handlers.writeRecovery({ path: '../x.md', text: 'x', baseVersion: version('x') })).toMatchObject({ ok: false, error: { code: 'outside-repository' } });
  });

  it('is unavailable, clearly, on a host that gives no data folder', async () => {
    const { handlers } = setUp(undefined, false);
    expect(await handlers.listRecovery({})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});

describe('Undo for delete', () => {
  it('puts a trashed posting back from the token the trash gave', async () => {
    const root = makeSite({ 'hugo.toml': '', 'content/careers/chef.md': posting('Chef') });
    const dataFolder = join(makeTempFolder(), 'data');
    const trashFolder = makeTempFolder();
    // The host's trash: a real move out of the repository, as the system trash does.
    const host = withUndoableTrash(root, { dataFolder, trash: async (file) => renameSync(file, join(trashFolder, 'chef.md')) });
    const trashed = await host.trash(join(root, 'content/careers/chef.md'));
    expect(existsSync(join(root, 'content/careers/chef.md'))).toBe(false);
    const undoToken = trashed && trashed.undoToken;
    if (!undoToken) throw new Error('no undo token');
    const handlers = createFilesOverTimeHandlers(root, { ...host, dataFolder });
    opened.push(handlers);
    expect(await handlers.undoDelete({ undoToken })).toEqual({ ok: true, value: { path: 'content/careers/chef.md' } });
    expect(readFileSync(join(root, 'content/careers/chef.md'), 'utf8')).toBe(posting('Chef'));
    expect(await handlers.undoDelete({ undoToken })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('keeps no copy when the trash fails, and passes the failure on', async () => {
    const root = makeSite({ 'hugo.toml': '', 'content/careers/chef.md': posting('Chef') });
    const dataFolder = join(makeTempFolder(), 'data');
    const host = withUndoableTrash(root, { dataFolder, trash: async () => Promise.reject(new Error('no trash here')) });
    await expect(host.trash(join(root, 'content/careers/chef.md'))).rejects.toThrow('no trash here');
    expect(spawnSync('find', [dataFolder, '-name', 'manifest.json']).stdout.toString()).toBe('');
  });
});

describe.skipIf(!hasGit)('git status and Discard my changes', () => {
  const git = (cwd: string, ...args: string[]): void => {
    const result = spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { cwd });
    if (result.status !== 0) throw new Error(result.stderr.toString());
  };

  it('badges a changed posting and discards the change on request', async () => {
    const { root, handlers } = setUp();
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'first');
    writeFileSync(join(root, 'content/careers/chef.md'), posting('Mine'));
    expect(await handlers.gitStatus({})).toEqual({ ok: true, value: { available: true, changes: { 'content/careers/chef.md': 'changed' } } });
    expect(await handlers.discardChanges({ path: 'content/careers/chef.md', baseVersion: version(posting('Mine')) })).toEqual({
      ok: true,
      value: { path: 'content/careers/chef.md', version: version(posting('Chef')) },
    });
    expect(await handlers.gitStatus({})).toEqual({ ok: true, value: { available: true, changes: {} } });
  });

  it('answers "not available" without an error outside git', async () => {
    const { handlers } = setUp();
    expect(await handlers.gitStatus({})).toEqual({ ok: true, value: { available: false, reason: expect.any(String) } });
  });
});
