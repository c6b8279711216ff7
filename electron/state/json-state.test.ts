import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readJsonState, writeJsonState } from './json-state.js';
import { EMPTY_RECENT, parseRecentFile } from './recent-repositories.js';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'posting-desk-state-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('the app’s state files', () => {
  it('start empty when there is no file yet', async () => {
    expect(await readJsonState(join(folder, 'recent-repositories.json'), parseRecentFile, EMPTY_RECENT)).toEqual(EMPTY_RECENT);
  });

  it('read back what was written, in a folder made on the way', async () => {
    const file = join(folder, 'Posting Desk', 'recent-repositories.json');
    await writeJsonState(file, { version: 1, repositories: ['/home/hr/careers'] });
    expect(await readJsonState(file, parseRecentFile, EMPTY_RECENT)).toEqual({ version: 1, repositories: ['/home/hr/careers'] });
    expect(readdirSync(join(folder, 'Posting Desk'))).toEqual(['recent-repositories.json']);
  });

  it.each([['broken JSON', '{"version": 1, "repos'], ['another shape', '{"version": 9}']])('set a file with %s aside, keep it, and start afresh', async (_name, text) => {
    const file = join(folder, 'recent-repositories.json');
    writeFileSync(file, text);
    expect(await readJsonState(file, parseRecentFile, EMPTY_RECENT, 1234)).toEqual(EMPTY_RECENT);
    expect(readFileSync(`${file}.unreadable-1234`, 'utf8')).toBe(text);
    expect(readdirSync(folder)).toEqual(['recent-repositories.json.unreadable-1234']);
  });
});
