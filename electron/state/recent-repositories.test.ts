import { describe, expect, it } from 'vitest';
import { addRecent, EMPTY_RECENT, MAX_RECENT, parseRecentFile, withoutMissing } from './recent-repositories.js';

describe('recent repositories', () => {
  it('puts the latest first, once', () => {
    let file = addRecent(EMPTY_RECENT, '/a');
    file = addRecent(file, '/b');
    file = addRecent(file, '/a');
    expect(file.repositories).toEqual(['/a', '/b']);
  });

  it(`keeps the ${MAX_RECENT} most recent`, () => {
    let file = EMPTY_RECENT;
    for (let index = 0; index < 15; index += 1) file = addRecent(file, `/site-${index}`);
    expect(file.repositories).toHaveLength(MAX_RECENT);
    expect(file.repositories[0]).toBe('/site-14');
    expect(file.repositories.at(-1)).toBe('/site-5');
  });

  it('drops folders that are gone', () => {
    expect(withoutMissing({ version: 1, repositories: ['/a', '/gone', '/b'] }, (path) => path !== '/gone').repositories).toEqual(['/a', '/b']);
  });

  it('reads its file, and refuses or cleans what is not a list of folders', () => {
    expect(parseRecentFile({ version: 1, repositories: ['/a', '/b'] })).toEqual({ version: 1, repositories: ['/a', '/b'] });
    expect(parseRecentFile({ version: 1, repositories: ['/a', 3, '', '/a', null, '/b'] })).toEqual({ version: 1, repositories: ['/a', '/b'] });
    expect(parseRecentFile({ version: 1 })).toBeUndefined();
    expect(parseRecentFile(['/a'])).toBeUndefined();
    expect(parseRecentFile('nope')).toBeUndefined();
  });
});
