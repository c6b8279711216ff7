import { chmodSync, lstatSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PostingError } from '../file/posting-error.js';
import { editPosting, readPostingBytes } from '../posting/posting.js';
import { hashBytes } from './version.js';
import { runCli } from '../test-support/cli.js';
import { CAREERS_CRUNCH, makeTempFolder, removeTempFolders } from '../test-support/temp-site.js';
import { savePosting } from './save-posting.js';

const ORIGINAL = readFileSync(join(CAREERS_CRUNCH, 'content', 'jobs', 'account-executive.md'));
const LONG_AGO = new Date('2020-01-01T00:00:00Z');

let folder: string;
let file: string;

beforeEach(() => {
  folder = makeTempFolder();
  file = join(folder, 'account-executive.md');
  writeFileSync(file, ORIGINAL);
  utimesSync(file, LONG_AGO, LONG_AGO);
});

afterEach(removeTempFolders);

function edited(bytes: Buffer, title: string): string {
  return editPosting(readPostingBytes(bytes), [{ op: 'set', path: ['title'], value: { type: 'string', value: title } }]);
}

async function conflictOf(promise: Promise<unknown>): Promise<PostingError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PostingError) return error;
    throw error;
  }
  throw new Error('the save was not refused');
}

describe('savePosting', () => {
  it('writes the new text over the version it was edited from and returns the new version', async () => {
    const text = edited(ORIGINAL, 'Senior Account Executive');
    const result = await savePosting(file, hashBytes(ORIGINAL), text);
    expect(result.written).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(result.hash).toBe(hashBytes(readFileSync(file)));
    expect(readdirSync(folder)).toEqual(['account-executive.md']);
  });

  it('chains saves with the hash each one returns', async () => {
    const first = await savePosting(file, hashBytes(ORIGINAL), edited(ORIGINAL, 'First'));
    const second = await savePosting(file, first.hash, edited(readFileSync(file), 'Second'));
    expect(second.written).toBe(true);
    expect(readPostingBytes(readFileSync(file)).frontMatter?.root.entries.get('title')).toEqual({ type: 'string', value: 'Second' });
  });

  it('refuses a save over a version that changed on disk since it was read, and writes nothing', async () => {
    const mine = edited(ORIGINAL, 'My Title');
    const theirs = Buffer.from(edited(ORIGINAL, 'Their Title'));
    writeFileSync(file, theirs);
    utimesSync(file, LONG_AGO, LONG_AGO);
    const error = await conflictOf(savePosting(file, hashBytes(ORIGINAL), mine));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/changed .* since it was opened; nothing was saved/);
    expect(readFileSync(file)).toEqual(theirs);
    expect(statSync(file).mtimeMs).toBe(LONG_AGO.getTime());
    expect(readdirSync(folder)).toEqual(['account-executive.md']);
  });

  it('refuses a stale version after its own earlier save (the hash moved on)', async () => {
    await savePosting(file, hashBytes(ORIGINAL), edited(ORIGINAL, 'First'));
    const afterFirst = readFileSync(file);
    const error = await conflictOf(savePosting(file, hashBytes(ORIGINAL), edited(ORIGINAL, 'Second')));
    expect(error.code).toBe('conflict');
    expect(readFileSync(file)).toEqual(afterFirst);
  });

  it('refuses when the file was deleted since it was read, and does not recreate it', async () => {
    rmSync(file);
    const error = await conflictOf(savePosting(file, hashBytes(ORIGINAL), edited(ORIGINAL, 'Ghost')));
    expect(error.code).toBe('not-found');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('writes nothing when the text is what is already on disk (mtime unchanged)', async () => {
    const result = await savePosting(file, hashBytes(ORIGINAL), ORIGINAL.toString('utf8'));
    expect(result).toEqual({ written: false, hash: hashBytes(ORIGINAL) });
    expect(statSync(file).mtimeMs).toBe(LONG_AGO.getTime());
    expect(readdirSync(folder)).toEqual(['account-executive.md']);
  });

  it('refuses to replace a read-only file (even for root, who could), and writes nothing', async () => {
    chmodSync(file, 0o444);
    const error = await conflictOf(savePosting(file, hashBytes(ORIGINAL), edited(ORIGINAL, 'Not Allowed')));
    expect(error.code).toBe('io');
    expect(error.message).toContain('read-only');
    expect(readFileSync(file)).toEqual(ORIGINAL);
    expect(readdirSync(folder)).toEqual(['account-executive.md']);
  });

  it('keeps the file’s permissions', async () => {
    chmodSync(file, 0o640);
    await savePosting(file, hashBytes(ORIGINAL), edited(ORIGINAL, 'Kept Mode'));
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('saving through a symbolic link writes the real file and keeps the link', async () => {
    const link = join(folder, 'link.md');
    symlinkSync('account-executive.md', link);
    await savePosting(link, hashBytes(ORIGINAL), edited(ORIGINAL, 'Through the Link'));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('account-executive.md');
    expect(readFileSync(file, 'utf8')).toContain('title = "Through the Link"');
  });
});

describe('set through the command line', () => {
  it('with no effective edit reports “unchanged” and does not touch the file', () => {
    const result = runCli(['set', 'account-executive.md', '--field', 'title=Account Executive', '--field', 'weight=200', '--unset', 'not_there'], { cwd: folder });
    expect(result).toEqual({ code: 0, stdout: 'unchanged account-executive.md\n', stderr: '' });
    expect(readFileSync(file)).toEqual(ORIGINAL);
    expect(statSync(file).mtimeMs).toBe(LONG_AGO.getTime());
    expect(readdirSync(folder)).toEqual(['account-executive.md']);
  });
});
