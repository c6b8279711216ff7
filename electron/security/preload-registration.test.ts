import { isAbsolute } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPreloadRegistration } from './preload-registration.js';

describe('the preload registration', () => {
  it('runs the bundled preload in the app’s own pages and nowhere else', () => {
    const registration = appPreloadRegistration('/opt/Posting Desk/resources/app.asar/dist/electron/preload.cjs');
    expect(registration).toEqual({
      id: 'posting-desk-api',
      type: 'frame',
      filePath: '/opt/Posting Desk/resources/app.asar/dist/electron/preload.cjs',
      matches: ['app://posting-desk/*'],
    });
    expect(isAbsolute(registration.filePath)).toBe(true);
  });
});
