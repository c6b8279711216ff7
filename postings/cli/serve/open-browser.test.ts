import { describe, expect, it } from 'vitest';
import { browserCommand, openBrowser } from './open-browser.js';

const url = 'http://127.0.0.1:4000/?token=abc&x=1';

describe('opening the browser', () => {
  it('uses each system’s opener', () => {
    expect(browserCommand('linux', url)).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserCommand('darwin', url)).toEqual({ command: 'open', args: [url] });
    // cmd would split the address at "&" without the caret.
    expect(browserCommand('win32', url)).toEqual({ command: 'cmd', args: ['/c', 'start', '""', 'http://127.0.0.1:4000/?token=abc^&x=1'] });
  });

  it('reports an opener that fails or does not exist, so serve can point at the printed address', async () => {
    expect(await openBrowser(url, 'linux', { command: 'false', args: [] })).toBe(false);
    expect(await openBrowser(url, 'linux', { command: '/nonexistent/xdg-open', args: [] })).toBe(false);
    expect(await openBrowser(url, 'linux', { command: 'true', args: [] })).toBe(true);
  });

  it('counts an opener still running after a moment as opened', async () => {
    expect(await openBrowser(url, 'linux', { command: 'sleep', args: ['5'] })).toBe(true);
  });
});
