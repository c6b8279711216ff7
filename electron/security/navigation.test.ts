import { describe, expect, it } from 'vitest';
import { decideNavigation, decideWindowOpen } from './navigation.js';

const PAGE = 'app://posting-desk/index.html';

function recorder(): { opened: string[]; open: (url: string) => void } {
  const opened: string[] = [];
  return { opened, open: (url) => void opened.push(url) };
}

describe('navigation', () => {
  it('allows moving within the app page (a #fragment)', () => {
    const external = recorder();
    expect(decideNavigation(`${PAGE}#warnings`, true, PAGE, external.open)).toBe(true);
    expect(external.opened).toEqual([]);
  });

  it('never leaves the page, even for another app page or a full reload of it', () => {
    const external = recorder();
    expect(decideNavigation('app://posting-desk/other.html', false, PAGE, external.open)).toBe(false);
    expect(decideNavigation(PAGE, false, PAGE, external.open)).toBe(false);
    expect(decideNavigation('app://posting-desk/other.html#x', true, PAGE, external.open)).toBe(false);
    expect(external.opened).toEqual([]);
  });

  it('sends a clicked https: or mailto: link to the system instead of loading it', () => {
    const external = recorder();
    expect(decideNavigation('https://example.com/apply', false, PAGE, external.open)).toBe(false);
    expect(decideNavigation('mailto:jobs@example.com', false, PAGE, external.open)).toBe(false);
    expect(external.opened).toEqual(['https://example.com/apply', 'mailto:jobs@example.com']);
  });

  it.each(['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x', 'chrome://settings'])('drops %s without opening anything', (url) => {
    const external = recorder();
    expect(decideNavigation(url, false, PAGE, external.open)).toBe(false);
    expect(external.opened).toEqual([]);
  });
});

describe('new windows', () => {
  it.each(['https://example.com', 'mailto:jobs@example.com', 'http://example.com', 'file:///etc/passwd', 'app://posting-desk/index.html', 'about:blank', 'javascript:alert(1)'])('never opens a window for %s', (url) => {
    const external = recorder();
    expect(decideWindowOpen({ url }, external.open)).toEqual({ action: 'deny' });
  });

  it('hands only https: and mailto: links to the system', () => {
    const external = recorder();
    for (const url of ['https://example.com', 'mailto:jobs@example.com', 'http://example.com', 'file:///etc/passwd', 'about:blank']) decideWindowOpen({ url }, external.open);
    expect(external.opened).toEqual(['https://example.com', 'mailto:jobs@example.com']);
  });
});
