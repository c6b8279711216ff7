import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { desk, openDesk } from './support/desk.js';
import { serveCopy, type ServedSite } from './support/serve.js';

let served: ServedSite;
let foreign: Server;
let foreignOrigin: string;
test.beforeAll(async () => {
  served = await serveCopy();
  // Another site on this computer, as a page the user happens to have open.
  foreign = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end('<!doctype html><title>elsewhere</title>');
  });
  await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
  foreignOrigin = `http://localhost:${(foreign.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await served?.stop();
  await new Promise((resolve) => foreign?.close(resolve));
});

test('the address’s token becomes a cookie scripts cannot read, and leaves the address bar', async ({ page, context }) => {
  await openDesk(page, served);
  expect(page.url()).toBe(`${served.origin}/`);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  const [cookie] = await context.cookies(served.origin);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2);
});

test('without the token the page shows no app and the API answers 401', async ({ page }) => {
  const response = await page.goto(`${served.origin}/`);
  expect(response?.status()).toBe(401);
  await expect(desk.postings(page)).toHaveCount(0);
  const status = await page.evaluate(async () => (await fetch('/api/listPostings', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status);
  expect(status).toBe(401);
});

test('a page of another site cannot call the API, even with the user’s cookie in the browser', async ({ page }) => {
  await openDesk(page, served);
  await page.goto(foreignOrigin);
  const outcome = await page.evaluate(async (target) => {
    const attempts: string[] = [];
    for (const init of [
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'include' as const },
      { method: 'POST', mode: 'no-cors' as const, headers: { 'Content-Type': 'text/plain' }, credentials: 'include' as const },
    ]) {
      try {
        const response = await fetch(`${target}/api/newPosting`, { ...init, body: JSON.stringify({ title: 'Injected Posting' }) });
        attempts.push(`${response.type} ${response.status}`);
      } catch (error) {
        attempts.push(`refused: ${(error as Error).message}`);
      }
    }
    return attempts;
  }, served.origin);
  // The CORS request fails its preflight; the no-cors one is refused by the server and its answer withheld
  // by Cross-Origin-Resource-Policy (or at best opaque): the page learns nothing and nothing is created.
  expect(outcome[0]).toMatch(/^refused/);
  expect(outcome[1]).toMatch(/^(refused|opaque 0)/);
  expect(existsSync(join(served.site, 'content/careers/injected-posting.md'))).toBe(false);
});

test('the app runs under a strict Content-Security-Policy', async ({ page }) => {
  const response = await page.goto(served.url);
  const policy = (await response?.request().redirectedFrom()?.response())?.headers()['content-security-policy'] ?? response?.headers()['content-security-policy'];
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
  // Scripts the page itself would run from strings: an inline script element and a string timer.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.head.append(script);
    window.setTimeout('window.__evaluated = true' as unknown as () => void, 0);
  });
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => [(window as unknown as { __inline?: boolean }).__inline ?? false, (window as unknown as { __evaluated?: boolean }).__evaluated ?? false])).toEqual([false, false]);
});
