import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from './app-origin.js';

describe('the app’s own origin', () => {
  it.each([APP_ENTRY_URL, 'app://posting-desk/', 'app://posting-desk/assets/index-3f9a1c2b.js', 'app://posting-desk/index.html#warnings'])('%s is the app', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each(['app://posting-desk.evil/', 'app://evil/posting-desk/', 'app://user@posting-desk/', 'app://posting-desk:8080/', 'https://posting-desk/', 'file:///posting-desk/index.html', 'app:posting-desk', 'devtools://devtools/', 'not a url', ''])('%s is not', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});
