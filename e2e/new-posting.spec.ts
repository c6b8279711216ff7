import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { desk, openDesk } from './support/desk.js';
import { serveCopy, type ServedSite } from './support/serve.js';

let served: ServedSite;
test.beforeAll(async () => {
  served = await serveCopy();
});
test.afterAll(async () => {
  await served?.stop();
});

test('a new posting comes from the site’s archetype and opens for editing', async ({ page }) => {
  await openDesk(page, served);
  await desk.newPosting(page).click();
  const dialog = desk.dialog(page);
  await dialog.getByLabel('Title', { exact: true }).fill('Warehouse Coordinator');
  await dialog.getByLabel('Title', { exact: true }).press('Enter');

  const file = join(served.site, 'content/careers/warehouse-coordinator.md');
  await expect.poll(() => existsSync(file)).toBe(true);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('title = "Warehouse Coordinator"');
  expect(text).toContain('draft = true');
  expect(text).toContain('pay_unit = "year"'); // a key only the archetype has
  expect(text).toContain('## How to apply');

  await expect(desk.postings(page).getByText('Warehouse Coordinator', { exact: true })).toBeVisible();
  await expect(desk.title(page)).toHaveValue('Warehouse Coordinator');
  await expect(desk.draft(page)).toBeChecked();
  await expect(desk.text(page)).toHaveValue(/Two or three sentences on the team/);
});

test('a title that is taken is refused in words, creating nothing', async ({ page }) => {
  await openDesk(page, served);
  await desk.newPosting(page).click();
  const dialog = desk.dialog(page);
  await dialog.getByLabel('Title', { exact: true }).fill('Data Analyst');
  await dialog.getByLabel('Title', { exact: true }).press('Enter');
  await expect(page.getByText(/already/i).first()).toBeVisible();
  expect(readFileSync(join(served.site, 'content/careers/data-analyst.md'), 'utf8')).toContain('title = "Data Analyst"');
});
