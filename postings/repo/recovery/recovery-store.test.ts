import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempFolder, removeTempFolders } from '../../test-support/temp-site.js';
import { recoveryFolderFor } from './data-folder.js';
import { RecoveryStore, type RecoveryEntry } from './recovery-store.js';

afterEach(removeTempFolders);

const entry = (path: string, text: string, savedAt = '2026-12-01T10:00:00.000Z'): RecoveryEntry => ({ path, text, baseVersion: 'a'.repeat(64), savedAt });

describe('RecoveryStore', () => {
  it('keeps one entry per posting: the last text written wins', async () => {
    const store = new RecoveryStore(join(makeTempFolder(), 'recovery'));
    await store.write(entry('content/careers/chef.md', 'first'));
    await store.write(entry('content/careers/chef.md', 'second'));
    expect(await store.read('content/careers/chef.md')).toEqual(entry('content/careers/chef.md', 'second'));
    expect(await store.list()).toHaveLength(1);
  });

  it('lands writes in the order they were made even when they overlap', async () => {
    const store = new RecoveryStore(join(makeTempFolder(), 'recovery'));
    await Promise.all(Array.from({ length: 20 }, (_, index) => store.write(entry('a.md', `text ${index}`))));
    expect((await store.read('a.md'))?.text).toBe('text 19');
  });

  it('lists entries newest first and keeps text exactly, CRLF and all', async () => {
    const store = new RecoveryStore(join(makeTempFolder(), 'recovery'));
    await store.write(entry('a.md', '+++\r\ntitle = "Ä"\r\n+++\r\n', '2026-12-01T10:00:00.000Z'));
    await store.write(entry('b.md', 'b', '2026-12-01T11:00:00.000Z'));
    const listed = await store.list();
    expect(listed.map((e) => e.path)).toEqual(['b.md', 'a.md']);
    expect(listed[1]?.text).toBe('+++\r\ntitle = "Ä"\r\n+++\r\n');
  });

  it('removes an entry on discard, and reading it then finds nothing', async () => {
    const store = new RecoveryStore(join(makeTempFolder(), 'recovery'));
    await store.write(entry('a.md', 'text'));
    await store.discard('a.md');
    expect(await store.read('a.md')).toBeUndefined();
    expect(await store.list()).toEqual([]);
    await store.discard('never-written.md');
  });

  it('answers an empty list when nothing was ever written, and skips a damaged entry', async () => {
    const folder = join(makeTempFolder(), 'recovery');
    const store = new RecoveryStore(folder);
    expect(await store.list()).toEqual([]);
    await store.write(entry('a.md', 'text'));
    writeFileSync(join(folder, `${'0'.repeat(40)}.json`), '{"path": "b.md", "te');
    expect((await store.list()).map((e) => e.path)).toEqual(['a.md']);
  });

  it('leaves no temporary files behind after writing', async () => {
    const folder = join(makeTempFolder(), 'recovery');
    const store = new RecoveryStore(folder);
    await store.write(entry('a.md', 'text'));
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('where recovery entries live', () => {
  it('gives two repositories two folders, and one repository always the same', () => {
    const a = makeTempFolder();
    const b = makeTempFolder();
    expect(recoveryFolderFor('/data', a)).not.toBe(recoveryFolderFor('/data', b));
    expect(recoveryFolderFor('/data', a)).toBe(recoveryFolderFor('/data', `${a}/`));
    expect(recoveryFolderFor('/data', a).startsWith('/data/recovery/')).toBe(true);
  });
});
