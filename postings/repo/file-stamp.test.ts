import { renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempFolder, removeTempFolders } from '../test-support/temp-site.js';
import { fileStamp } from './file-stamp.js';

afterEach(removeTempFolders);

describe('fileStamp', () => {
  it('stays while the file is untouched and changes with its size, its time, or a replacement of the same size and time', () => {
    const file = join(makeTempFolder(), 'posting.md');
    writeFileSync(file, 'first');
    const when = new Date('2026-05-04T09:15:00Z');
    utimesSync(file, when, when);
    const first = fileStamp(file);
    expect(fileStamp(file)).toBe(first);
    writeFileSync(file, 'second');
    utimesSync(file, when, when);
    expect(fileStamp(file)).not.toBe(first);
    const resized = fileStamp(file);
    utimesSync(file, when, new Date('2026-05-04T09:16:00Z'));
    expect(fileStamp(file)).not.toBe(resized);
    const touched = fileStamp(file);
    writeFileSync(`${file}.new`, 'SECOND');
    utimesSync(`${file}.new`, when, new Date('2026-05-04T09:16:00Z'));
    renameSync(`${file}.new`, file);
    expect(fileStamp(file)).not.toBe(touched);
  });

  it('gives a missing file a stamp of its own, never one of a file', () => {
    const file = join(makeTempFolder(), 'posting.md');
    expect(fileStamp(file)).toBe('missing');
    writeFileSync(file, '');
    expect(fileStamp(file)).not.toBe('missing');
    rmSync(file);
    expect(fileStamp(file)).toBe('missing');
  });
});
