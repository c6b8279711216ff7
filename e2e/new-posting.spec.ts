import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { desk, openDesk } from './support/desk.js';
import { serveCopyForTests } from './support/serve.js';

const served = serveCopyForTests();

test('a new posting comes from the site’s archetype and opens for editing', async ({ page }) => {
  await openDesk(page, served());
  await desk.newPosting(page).click();
  const dialog = desk.dialog(page);
  await dialog.getByLabel('Title', { exact: true }).fill('Warehouse Coordinator');
  await dialog.getByLabel('Title', { exact: true }).press('Enter');

  const file = join(served().site, 'content/careers/warehouse-coordinator.md');
  // Wait for the whole file: the name may be claimed before the text lands.
  await expect.poll(() => (existsSync(file) ? readFileSync(file, 'utf8') : '')).toContain('## How to apply');
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

test('a title whose file name is taken gets a fresh file name, leaving the existing posting untouched', async ({ page }) => {
  const existing = served().read('content/careers/data-analyst.md');
  const before = new Set(readdirSync(join(served().site, 'content/careers')));
  await openDesk(page, served());
  await desk.newPosting(page).click();
  const dialog = desk.dialog(page);
  await dialog.getByLabel('Title', { exact: true }).fill('Data Analyst');
  await dialog.getByLabel('Title', { exact: true }).press('Enter');
  await expect(desk.draft(page)).toBeChecked();
  const added = readdirSync(join(served().site, 'content/careers')).filter((name) => !before.has(name));
  expect(added).toHaveLength(1);
  expect(added[0]).toMatch(/^data-analyst-.+\.md$/);
  expect(readFileSync(join(served().site, 'content/careers', added[0] as string), 'utf8')).toContain('title = "Data Analyst"');
  expect(served().read('content/careers/data-analyst.md').equals(existing)).toBe(true);
});

test('a new posting needs a title', async ({ page }) => {
  const before = readdirSync(join(served().site, 'content/careers')).length;
  await openDesk(page, served());
  await desk.newPosting(page).click();
  await desk.dialog(page).getByRole('button', { name: 'Create posting' }).click();
  await expect(desk.dialog(page).getByText('Please give the posting a title.')).toBeVisible();
  expect(readdirSync(join(served().site, 'content/careers'))).toHaveLength(before);
});
