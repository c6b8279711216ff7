/**
 * The built renderer as app:// serves it, in a real Chromium: every file the
 * page asks for is answered by the app's own protocol handler (through
 * Playwright's routing, since a plain Chromium knows no app: scheme), with
 * the app's CSP. The page must start without one CSP violation or missing
 * file. Electron itself is not needed for this part.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, chromiumAvailable } from '../../e2e/support/chromium.js';
import { createAppProtocolHandler } from './app-protocol.js';

const RENDERER = join(fileURLToPath(new URL('../..', import.meta.url)), 'dist', 'renderer');
const BUILT = existsSync(join(RENDERER, 'index.html'));
const ORIGIN = 'http://posting-desk.invalid';
const SKIP = !chromiumAvailable() ? `no Chromium at ${CHROMIUM} (apt-get install chromium)` : !BUILT ? 'the renderer is not built (npm run build)' : undefined;
if (SKIP !== undefined && process.env.CI === 'true') throw new Error(`The renderer-in-Chromium check cannot run under CI: ${SKIP}`);
if (SKIP !== undefined) console.log(`Skipping the renderer-in-Chromium check: ${SKIP}.`);

describe.skipIf(SKIP !== undefined)('the built renderer served by the app protocol', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts under the app’s CSP with every file it asks for', async () => {
    const serve = createAppProtocolHandler(RENDERER);
    const page = await browser.newPage();
    const problems: string[] = [];
    const served: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      // The API is the host's business (IPC in the app); here it answers that nothing is there.
      if (url.origin !== ORIGIN || url.pathname.startsWith('/api/')) {
        await route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'unavailable', message: 'no host in this test' } }) });
        return;
      }
      const response = await serve(new Request(`app://posting-desk${url.pathname}`, { method: route.request().method() }));
      if (response.status !== 200) problems.push(`${response.status} for ${url.pathname}`);
      served.push(url.pathname);
      await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) });
    });
    await page.goto(`${ORIGIN}/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => ((globalThis as unknown as { document: { querySelector(selector: string): { childElementCount: number } | null } }).document.querySelector('#root')?.childElementCount ?? 0) > 0);
    await page.waitForTimeout(500);
    expect(problems).toEqual([]);
    expect(served[0]).toBe('/index.html');
    expect(served.some((path) => /^\/assets\/.+\.js$/.test(path))).toBe(true);
    await page.close();
  });
});
