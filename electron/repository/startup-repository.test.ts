import { describe, expect, it } from 'vitest';
import { requestedRepository, startupRepository } from './startup-repository.js';

describe('the repository named at launch', () => {
  it('packaged: the first operand', () => {
    expect(requestedRepository(['/opt/Posting Desk/posting-desk', 'careers'], '/home/hr', false)).toBe('/home/hr/careers');
    expect(requestedRepository(['/opt/Posting Desk/posting-desk', '/srv/site'], '/home/hr', false)).toBe('/srv/site');
  });

  it('unpackaged: the operand after the app folder, whatever switches Chromium or Playwright add', () => {
    expect(requestedRepository(['electron', '.', '../site'], '/work/main', true)).toBe('/work/site');
    expect(requestedRepository(['electron', '--inspect=0', '--remote-debugging-port=0', '.', '/srv/site'], '/work', true)).toBe('/srv/site');
    expect(requestedRepository(['electron', '--no-sandbox', '.'], '/work', true)).toBeUndefined();
  });

  it('none when only switches follow', () => {
    expect(requestedRepository(['/opt/posting-desk', '--allow-file-access-from-files', '--enable-logging'], '/home', false)).toBeUndefined();
    expect(requestedRepository(['/opt/posting-desk'], '/home', false)).toBeUndefined();
  });
});

describe('what opens first', () => {
  const folders = new Set(['/home/hr/careers', '/home/hr/jobs']);
  const isFolder = (path: string) => folders.has(path);

  it('the repository asked for, even over the remembered ones', () => {
    expect(startupRepository('/srv/site', ['/home/hr/careers'], isFolder)).toEqual({ kind: 'folder', path: '/srv/site' });
  });

  it('else the most recent repository that is still there', () => {
    expect(startupRepository(undefined, ['/gone', '/home/hr/jobs', '/home/hr/careers'], isFolder)).toEqual({ kind: 'folder', path: '/home/hr/jobs' });
  });

  it('else the sample site', () => {
    expect(startupRepository(undefined, [], isFolder)).toEqual({ kind: 'sample' });
    expect(startupRepository(undefined, ['/gone'], isFolder)).toEqual({ kind: 'sample' });
  });
});
