import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { desk, openDesk, typeAtEnd } from './support/desk.js';
import { PROJECT_ROOT } from './support/paths.js';
import { serveCopyForTests } from './support/serve.js';

const served = serveCopyForTests(undefined, (site) => copyFileSync(join(PROJECT_ROOT, 'e2e/fixtures/script-payloads.md'), join(site, 'content/careers/script-payloads.md')));

test('a posting full of script payloads runs none of them and sends nothing out', async ({ page }) => {
  const dialogs: string[] = [];
  const consoleLines: string[] = [];
  const foreignRequests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => consoleLines.push(message.text()));
  page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(served().origin) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) foreignRequests.push(request.url());
  });
  // Count what the Content-Security-Policy had to stop: the sanitizer should have stopped it first.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__blocked', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });

  await openDesk(page, served());
  const item = desk.postings(page).getByText(/Payload Posting/);
  await expect(item).toBeVisible();
  await item.click();
  await expect(desk.title(page)).toHaveValue(/^<img src=x onerror="window.__pwned='title'"><script>.*Payload Posting$/);
  await expect(item).toHaveText(/<img src=x onerror=/);
  const preview = desk.preview(page);
  await expect(preview.getByRole('heading', { name: 'How to apply' })).toBeVisible();

  // Poke at it as a curious reader would: click the links and the div, open the details, type.
  // What the sanitizer kept of them, that is: a dropped element cannot be clicked.
  let poked = 0;
  for (const name of ['A javascript link', 'An encoded one', 'An HTML link', 'A data link', 'Click here', 'More', 'Send']) {
    const target = preview.getByText(name, { exact: true });
    if ((await target.count()) === 0) continue;
    await target.first().click({ force: true, timeout: 2_000 });
    poked += 1;
  }
  expect(poked, 'the link texts stay readable in the preview').toBeGreaterThanOrEqual(3);
  await typeAtEnd(page, '\n\n<img src=y onerror="window.__pwned=\'typed\'">\n');
  await page.waitForTimeout(1_000);

  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
  expect(dialogs).toEqual([]);
  expect(foreignRequests).toEqual([]);
  expect(page.url().startsWith(served().origin)).toBe(true);
  expect(consoleLines.filter((line) => /pwned|alert/i.test(line))).toEqual([]);
  // The preview is sanitized: no script, no handler, no javascript: link, no frame reached the page.
  const dangerous = await preview.evaluate((root) => {
    const found: string[] = [];
    for (const element of root.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed', 'form', 'meta', 'base', 'style'].includes(tag)) found.push(`<${tag}>`);
      for (const attribute of element.attributes) {
        if (attribute.name.startsWith('on')) found.push(`${tag}[${attribute.name}]`);
        if (/^\s*(javascript|data|vbscript):/i.test(attribute.value) && ['href', 'src', 'action', 'xlink:href', 'formaction'].includes(attribute.name)) found.push(`${tag}[${attribute.name}=${attribute.value}]`);
      }
    }
    return found;
  });
  expect(dangerous).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __blocked: string[] }).__blocked.filter((line) => line.startsWith('script')))).toEqual([]);
  // The payloads are shown as the text they are, in the title field and in the source.
  await expect(desk.text(page)).toHaveValue(/<script>window\.__pwned = 'body-script'<\/script>/);
});
