import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changedPaths, copySite, makeTempFolder, removeTempFolders, SAMPLE_SITE, snapshotFolder } from '../../test-support/temp-site.js';
import { userDataFolder } from './data-folder.js';
import { ensureSampleCopy } from './sample-copy.js';

afterAll(removeTempFolders);

describe('the user data folder', () => {
  it('follows XDG_DATA_HOME on Linux, else ~/.local/share', () => {
    expect(userDataFolder({ platform: 'linux', env: { XDG_DATA_HOME: '/data/me' }, home: '/home/me' })).toBe('/data/me/posting-desk');
    expect(userDataFolder({ platform: 'linux', env: {}, home: '/home/me' })).toBe('/home/me/.local/share/posting-desk');
    expect(userDataFolder({ platform: 'linux', env: { XDG_DATA_HOME: 'relative' }, home: '/home/me' })).toBe('/home/me/.local/share/posting-desk');
  });

  it('is Application Support on macOS and APPDATA on Windows', () => {
    expect(userDataFolder({ platform: 'darwin', env: {}, home: '/Users/me' })).toBe('/Users/me/Library/Application Support/Posting Desk');
    expect(userDataFolder({ platform: 'win32', env: { APPDATA: 'C:\\Users\\me\\AppData\\Roaming' }, home: 'C:\\Users\\me' })).toContain('Posting Desk');
  });
});

describe('the sample site copy', () => {
  it('copies the bundled site once, without build output, leaving the bundled one as it was', () => {
    const bundled = copySite(SAMPLE_SITE);
    mkdirSync(join(bundled, 'public'));
    writeFileSync(join(bundled, 'public', 'index.html'), 'built');
    const before = snapshotFolder(bundled);
    const data = join(makeTempFolder(), 'posting-desk');
    const first = ensureSampleCopy(bundled, data);
    expect(first).toEqual({ path: join(data, 'sample-site'), created: true });
    expect(existsSync(join(first.path, 'public'))).toBe(false);
    expect(readFileSync(join(first.path, 'hugo.toml'), 'utf8')).toBe(readFileSync(join(bundled, 'hugo.toml'), 'utf8'));
    expect(readFileSync(join(first.path, '.posting-desk.toml'), 'utf8')).toBe(readFileSync(join(bundled, '.posting-desk.toml'), 'utf8'));
    expect(changedPaths(before, snapshotFolder(bundled))).toEqual([]);
  });

  it('keeps the user’s edited copy on the next start', () => {
    const bundled = copySite(SAMPLE_SITE);
    const data = makeTempFolder();
    const { path } = ensureSampleCopy(bundled, data);
    writeFileSync(join(path, 'hugo.toml'), 'title = "Mine"\n');
    expect(ensureSampleCopy(bundled, data)).toEqual({ path, created: false });
    expect(readFileSync(join(path, 'hugo.toml'), 'utf8')).toBe('title = "Mine"\n');
  });
});
