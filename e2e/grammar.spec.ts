import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { desk, openDesk, selectPosting, typeAtEnd } from './support/desk.js';
import { serveCopyForTests } from './support/serve.js';

const SLIP = '\n\nYou will have a another chance to grow.\n';
const GRAMMAR_WARNING = /“a another”: Use .another. on its own/;

/** Whether the page (or its workers) fetched harper's WebAssembly binary. */
function watchWasm(page: Page): () => boolean {
  let fetched = false;
  page.context().on('request', (request) => {
    if (request.url().endsWith('.wasm')) fetched = true;
  });
  return () => fetched;
}

test.describe('grammar on (the default)', () => {
  const served = serveCopyForTests();

  test('grammar warnings appear once harper has loaded in the lint worker, after the first warnings', async ({ page }) => {
    const wasmFetched = watchWasm(page);
    await openDesk(page, served());
    await selectPosting(page, 'Data Analyst');
    await expect(desk.warnings(page)).toBeVisible();
    await typeAtEnd(page, SLIP);
    // harper's 16 MB WebAssembly is fetched and built in the worker after the first lint: seconds on a busy machine.
    await expect(desk.warnings(page).getByText(GRAMMAR_WARNING)).toBeVisible({ timeout: 60_000 });
    expect(wasmFetched()).toBe(true);
  });
});

test.describe('grammar turned off in the settings', () => {
  const served = serveCopyForTests(undefined, (site) => appendFileSync(join(site, '.posting-desk.toml'), '\n[rules]\ngrammar = "off"\n'));

  test('harper is never loaded and no grammar warning appears', async ({ page }) => {
    const wasmFetched = watchWasm(page);
    await openDesk(page, served());
    await selectPosting(page, 'Data Analyst');
    await typeAtEnd(page, `${SLIP}Teh end.\n`);
    // The spelling warning for the same edit shows the lint ran on the typed text.
    await expect(desk.warnings(page).getByText(/Teh/).first()).toBeVisible({ timeout: 15_000 });
    // Long enough for harper to load where it is on (test above); it must not be fetched at all.
    await page.waitForTimeout(5_000);
    expect(wasmFetched()).toBe(false);
    await expect(desk.warnings(page).getByText(GRAMMAR_WARNING)).toHaveCount(0);
  });
});
