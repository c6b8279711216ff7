import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { desk, openDesk, replaceOnce, selectPosting, typeAtEnd } from './support/desk.js';
import { CLI } from './support/paths.js';
import { serveCopyForTests } from './support/serve.js';


const served = serveCopyForTests();

const ANALYST = 'content/careers/data-analyst.md';
const WRITER = 'content/careers/technical-writer/index.md';

test('opening a site shows its name and its postings in Hugo’s order', async ({ page }) => {
  await openDesk(page, served());
  await expect(page.getByText('Careers at Kestrel Row').first()).toBeVisible();
  const listed = spawnSync(process.execPath, [CLI, 'list', served().site, '--json'], { encoding: 'utf8' });
  const titles = (JSON.parse(listed.stdout) as { title: string }[]).map((posting) => posting.title);
  expect(titles).toHaveLength(8);
  const list = desk.postings(page);
  const positions = await Promise.all(titles.map(async (title) => (await list.getByText(title, { exact: true }).boundingBox())?.y ?? Number.NaN));
  expect(positions.every((y, index) => index === 0 || y > (positions[index - 1] as number)), `list order ${titles.join(' / ')}`).toBe(true);
  await expect(list.getByText('Draft', { exact: true }).first()).toBeVisible();
  await expect(list.getByText('Expired', { exact: true }).first()).toBeVisible();
});

test('the list shows each posting’s warning count', async ({ page }) => {
  await openDesk(page, served());
  // Onboarding Specialist and Product Designer have no pay range: one warning each, as `posting-desk lint` says.
  for (const title of ['Onboarding Specialist, Libraries', 'Product Designer']) {
    await expect(desk.postings(page).getByRole('listitem').filter({ hasText: title }).getByText('1 warning', { exact: true })).toBeVisible({ timeout: 15_000 });
  }
});

test('search and the filters narrow the list', async ({ page }) => {
  await openDesk(page, served());
  const list = desk.postings(page);
  await page.getByRole('searchbox', { name: 'Search postings' }).fill('engineer');
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByText('Senior Backend Engineer', { exact: true })).toBeVisible();
  await expect(list.getByText('Frontend Engineer (Lisbon)', { exact: true })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search postings' }).fill('');
  await page.getByRole('button', { name: 'Drafts', exact: true }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByText('Product Designer', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Drafts', exact: true }).click();
  await page.getByRole('button', { name: 'Expired', exact: true }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByText('Data Analyst', { exact: true })).toBeVisible();
});

test('selecting a posting shows its details, its text and its preview', async ({ page }) => {
  await openDesk(page, served());
  await selectPosting(page, 'Data Analyst');
  await expect(desk.weight(page)).toHaveValue('50');
  await expect(desk.draft(page)).not.toBeChecked();
  await expect(desk.text(page)).toHaveValue(/Independent bookstores have excellent instincts/);
  await expect(desk.preview(page).getByRole('heading', { name: 'About the role' })).toBeVisible();
});

test('the preview follows the text as it is typed', async ({ page }) => {
  await openDesk(page, served());
  await selectPosting(page, 'Data Analyst');
  await typeAtEnd(page, '\n\n## Working hours\n\nFlexible hours around a shared afternoon.\n');
  await expect(desk.preview(page).getByRole('heading', { name: 'Working hours' })).toBeVisible();
  await expect(desk.preview(page).getByText('Flexible hours around a shared afternoon.')).toBeVisible();
  await expect(desk.saveState(page)).toHaveText('Unsaved changes');
});

test('Ctrl+S saves a text edit, writing only that change, byte for byte', async ({ page }) => {
  const before = served().read(ANALYST).toString('utf8');
  await openDesk(page, served());
  await selectPosting(page, 'Data Analyst');
  await typeAtEnd(page, 'Closing note.');
  await page.keyboard.press('ControlOrMeta+s');
  await expect(desk.saveState(page)).toHaveText('All changes saved');
  expect(served().read(ANALYST).toString('utf8')).toBe(`${before}Closing note.`);
});

test('detail edits are saved as they are made, changing only those values in the file', async ({ page }) => {
  const before = served().read(ANALYST).toString('utf8');
  await openDesk(page, served());
  await selectPosting(page, 'Data Analyst');
  await desk.title(page).fill('Senior Data Analyst');
  await desk.weight(page).fill('45');
  await desk.draft(page).check();
  await desk.weight(page).focus();
  let expected = replaceOnce(before, 'title = "Data Analyst"', 'title = "Senior Data Analyst"');
  expected = replaceOnce(expected, 'weight = 50', 'weight = 45');
  expected = replaceOnce(expected, 'draft = false', 'draft = true');
  await expect.poll(() => served().read(ANALYST).toString('utf8')).toBe(expected);
  await expect(desk.postings(page).getByText('Senior Data Analyst', { exact: true })).toBeVisible();
  await expect(desk.saveState(page)).toHaveText('All changes saved');
});

test('a new publish date keeps the date’s written format', async ({ page }) => {
  const before = served().read(WRITER).toString('utf8');
  await openDesk(page, served());
  await selectPosting(page, 'Technical Writer');
  const field = desk.publishDate(page);
  const type = await field.getAttribute('type');
  // A date-time input takes the local form; a text input takes what is written in the file.
  await field.fill(type === 'datetime-local' ? '2026-09-15T08:00' : type === 'date' ? '2026-09-15' : '2026-09-15T08:00:00-07:00');
  await field.press('Enter');
  await expect.poll(() => served().read(WRITER).toString('utf8')).toBe(replaceOnce(before, 'date = 2026-09-08T08:00:00-07:00', 'date = 2026-09-15T08:00:00-07:00'));
});

test('Tab leaves the text for the next control, except in a list, where it indents', async ({ page }) => {
  await openDesk(page, served());
  await selectPosting(page, 'Product Designer');
  const editor = desk.text(page);
  const before = await editor.inputValue();
  await typeAtEnd(page, '\n\nA plain line');
  await page.keyboard.press('Tab');
  await expect(editor).not.toBeFocused();
  await expect(editor).toHaveValue(`${before}\n\nA plain line`);
  await typeAtEnd(page, '\n- first\n');
  // Enter in a list may continue it with a new bullet, as editors do.
  if (!(await editor.inputValue()).endsWith('- ')) await page.keyboard.type('- ');
  await page.keyboard.type('second');
  await page.keyboard.press('Tab');
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue(/\n- first\n\s+- second$/);
});
