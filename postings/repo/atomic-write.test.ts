import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempFolder, removeTempFolders } from '../test-support/temp-site.js';
import { createFileAtomic, isTemporaryFileOf, removeStaleTemporaryFiles, STALE_TEMPORARY_MS, writeFileAtomic } from './atomic-write.js';

let folder: string;

beforeEach(() => {
  folder = makeTempFolder();
});

afterEach(removeTempFolders);

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('writeFileAtomic', () => {
  it('creates a file that did not exist, readable by others as usual (0644)', async () => {
    const file = join(folder, 'new.md');
    await writeFileAtomic(file, bytes('+++\ntitle = "New"\n+++\n'));
    expect(readFileSync(file, 'utf8')).toBe('+++\ntitle = "New"\n+++\n');
    expect(statSync(file).mode & 0o777).toBe(0o644 & ~process.umask());
    expect(readdirSync(folder)).toEqual(['new.md']);
  });

  it('replaces a file, keeping its permissions and leaving no temporary file', async () => {
    const file = join(folder, 'posting.md');
    writeFileSync(file, 'old', { mode: 0o600 });
    await writeFileAtomic(file, bytes('new'));
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder)).toEqual(['posting.md']);
  });

  it('fails without leaving anything when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(folder, 'missing', 'posting.md'), bytes('x'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('leftover temporary files of a killed save', () => {
  it('are recognised by name: a dot, the file name, 12 hex digits, .tmp', () => {
    expect(isTemporaryFileOf('.posting.md.0123456789ab.tmp', 'posting.md')).toBe(true);
    expect(isTemporaryFileOf('.posting.md.0123456789ab.tmp', 'other.md')).toBe(false);
    expect(isTemporaryFileOf('.posting.md.xyz.tmp', 'posting.md')).toBe(false);
    expect(isTemporaryFileOf('posting.md.0123456789ab.tmp', 'posting.md')).toBe(false);
    expect(isTemporaryFileOf('.posting.md.0123456789ab.tmp.md', 'posting.md')).toBe(false);
  });

  it('are removed by the next save of the same file once stale, and only those', async () => {
    const file = join(folder, 'posting.md');
    writeFileSync(file, 'old');
    const old = new Date(Date.now() - STALE_TEMPORARY_MS - 60_000);
    const files = {
      stale: '.posting.md.aaaaaaaaaaaa.tmp',
      young: '.posting.md.bbbbbbbbbbbb.tmp',
      otherPosting: '.other.md.cccccccccccc.tmp',
      lookalike: '.posting.md.backup.tmp',
    };
    for (const name of Object.values(files)) writeFileSync(join(folder, name), 'partial');
    for (const name of [files.stale, files.otherPosting, files.lookalike]) utimesSync(join(folder, name), old, old);
    await writeFileAtomic(file, bytes('new'));
    expect(readdirSync(folder).sort()).toEqual([files.otherPosting, files.lookalike, files.young, 'posting.md'].sort());
  });

  it('cleaning never fails, even when the folder cannot be read', async () => {
    await expect(removeStaleTemporaryFiles(join(folder, 'missing', 'posting.md'))).resolves.toBeUndefined();
    mkdirSync(join(folder, '.posting.md.dddddddddddd.tmp'));
    await expect(removeStaleTemporaryFiles(join(folder, 'posting.md'), Date.now() + 2 * STALE_TEMPORARY_MS)).resolves.toBeUndefined();
    expect(readdirSync(folder)).toEqual(['.posting.md.dddddddddddd.tmp']);
  });
});

describe('createFileAtomic', () => {
  it('creates a file whole, with the permissions a plain create gives, leaving no temporary file', async () => {
    const file = join(folder, 'new.md');
    expect(await createFileAtomic(file, bytes('+++\ntitle = "New"\n+++\n'))).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('+++\ntitle = "New"\n+++\n');
    expect(statSync(file).mode & 0o777).toBe(0o666 & ~process.umask());
    expect(statSync(file).nlink).toBe(1);
    expect(readdirSync(folder)).toEqual(['new.md']);
  });

  it.each([
    ['a file', (path: string) => writeFileSync(path, 'taken', { mode: 0o600 })],
    ['a folder', (path: string) => mkdirSync(path)],
    ['a symbolic link to nowhere', (path: string) => symlinkSync(join(folder, 'nowhere.md'), path)],
  ])('never replaces %s of that name, answers false and leaves no temporary file', async (_what, take) => {
    const file = join(folder, 'taken.md');
    take(file);
    const before = lstatSync(file);
    expect(await createFileAtomic(file, bytes('new'))).toBe(false);
    const after = lstatSync(file);
    expect([after.ino, after.mode, after.size, after.mtimeMs]).toEqual([before.ino, before.mode, before.size, before.mtimeMs]);
    if (after.isFile()) expect(readFileSync(file, 'utf8')).toBe('taken');
    expect(existsSync(join(folder, 'nowhere.md'))).toBe(false);
    expect(readdirSync(folder)).toEqual(['taken.md']);
  });

  it('fails without leaving anything when the folder does not exist', async () => {
    await expect(createFileAtomic(join(folder, 'missing', 'posting.md'), bytes('x'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(folder)).toEqual([]);
  });
});
