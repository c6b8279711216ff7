import { expect, test } from '@playwright/test';
import { desk, openDesk, selectPosting, typeAtEnd } from './support/desk.js';
import { serveCopyForTests } from './support/serve.js';

const served = serveCopyForTests();

const ANALYST = 'content/careers/data-analyst.md';

test('switching postings with unsaved changes asks first, and staying keeps the changes', async ({ page }) => {
  const before = served().read(ANALYST);
  await openDesk(page, served());
  await selectPosting(page, 'Data Analyst');
  await typeAtEnd(page, 'Unsaved words.');
  await desk.postings(page).getByText('Product Designer', { exact: true }).click();
  const guard = desk.dialog(page);
  await expect(guard).toBeVisible();
  await guard.getByRole('button', { name: /cancel|keep editing|stay/i }).click();
  await expect(desk.title(page)).toHaveValue('Data Analyst');
  await expect(desk.text(page)).toHaveValue(/Unsaved words\.$/);
  expect(served().read(ANALYST).equals(before)).toBe(true);
});

test('discarding at the guard switches and leaves the file untouched', async ({ page }) => {
  const before = served().read(ANALYST);
  await openDesk(page, served());
  await selectPosting(page, 'Data Analyst');
  await typeAtEnd(page, 'Words to throw away.');
  await desk.postings(page).getByText('Product Designer', { exact: true }).click();
  await desk.dialog(page).getByRole('button', { name: /discard|don.t save/i }).click();
  await expect(desk.title(page)).toHaveValue('Product Designer');
  expect(served().read(ANALYST).equals(before)).toBe(true);
});

test('saving at the guard saves, then switches', async ({ page }) => {
  const before = served().read(ANALYST).toString('utf8');
  await openDesk(page, served());
  await selectPosting(page, 'Data Analyst');
  await typeAtEnd(page, 'Kept words.');
  await desk.postings(page).getByText('Product Designer', { exact: true }).click();
  await desk.dialog(page).getByRole('button', { name: /^save/i }).click();
  await expect(desk.title(page)).toHaveValue('Product Designer');
  expect(served().read(ANALYST).toString('utf8')).toBe(`${before}Kept words.`);
});

test('closing the page with unsaved changes asks the browser to confirm', async ({ page }) => {
  await openDesk(page, served());
  await selectPosting(page, 'Product Designer');
  await typeAtEnd(page, 'Not saved yet.');
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
});
