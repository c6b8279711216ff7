import { describe, expect, it } from 'vitest';
import type { PostingDeskApi } from '../../postings/api/api.js';
import type { RegistryWindow } from './repository-windows.js';
import { RepositoryWindows } from './repository-windows.js';

class PlainWindow implements RegistryWindow {
  readonly log: string[] = [];
  constructor(
    readonly webContents: { id: number },
    private minimized = false,
  ) {}
  focus(): void {
    this.log.push('focus');
  }
  show(): void {
    this.log.push('show');
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
    this.log.push('restore');
  }
}

const api = (name: string) => ({ name }) as unknown as PostingDeskApi;

describe('one window per repository', () => {
  it('focuses the repository’s window instead of opening another, restoring it when minimised', () => {
    const windows = new RepositoryWindows<PlainWindow>();
    const careers = new PlainWindow({ id: 1 }, true);
    windows.add('/home/hr/careers', careers, api('careers'));
    expect(windows.focus('/home/hr/careers')).toBe(careers);
    expect(careers.log).toEqual(['restore', 'show', 'focus']);
    expect(windows.focus('/home/hr/other')).toBeUndefined();
    expect(() => windows.add('/home/hr/careers', new PlainWindow({ id: 2 }), api('again'))).toThrow(/already has a window/);
  });

  it('finds each page’s own repository API, and none once the window closed', () => {
    const windows = new RepositoryWindows<PlainWindow>();
    const careers = new PlainWindow({ id: 1 });
    const jobs = new PlainWindow({ id: 2 });
    windows.add('/careers', careers, api('careers'));
    windows.add('/jobs', jobs, api('jobs'));
    expect(windows.apiFor(2)).toEqual({ name: 'jobs' });
    expect(windows.apiFor(3)).toBeUndefined();
    expect(windows.rootOf(careers)).toBe('/careers');
    windows.remove(jobs);
    expect(windows.apiFor(2)).toBeUndefined();
    expect(windows.size).toBe(1);
    expect(windows.focusLatest()).toBe(careers);
  });
});
