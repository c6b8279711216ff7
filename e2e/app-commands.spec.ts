import { expect, test, type Page } from '@playwright/test';
import { desk, openDesk, selectPosting, typeAtEnd } from './support/desk.js';
import { serveCopyForTests } from './support/serve.js';

// The desktop menu's commands arrive as this event on window (electron/preload raises it); here the page raises it itself.
async function command(page: Page, name: string): Promise<void> {
  await page.evaluate((detail) => window.dispatchEvent(new CustomEvent('posting-desk-command', { detail })), name);
}

async function selectedText(page: Page): Promise<string> {
  return desk.text(page).evaluate((element) => {
    const area = element as HTMLTextAreaElement;
    return area.value.slice(area.selectionStart, area.selectionEnd);
  });
}

const served = serveCopyForTests();

test('New posting from the menu opens the New posting dialog', async ({ page }) => {
  await openDesk(page, served());
  await command(page, 'new-posting');
  await expect(desk.dialog(page).getByLabel('Title', { exact: true })).toBeVisible();
});

test('Save from the menu saves the text to the file, and saving again changes nothing', async ({ page }) => {
  await openDesk(page, served());
  await selectPosting(page, 'Data Analyst');
  await typeAtEnd(page, '\nSaved from the menu.');
  await command(page, 'save');
  await expect.poll(() => served().read('content/careers/data-analyst.md').toString('utf8')).toContain('Saved from the menu.');
  const saved = served().read('content/careers/data-analyst.md');
  await command(page, 'save');
  await expect(desk.saveState(page)).toHaveText(/saved/i);
  expect(served().read('content/careers/data-analyst.md').equals(saved)).toBe(true);
});

test('Export from the menu opens the Export menu', async ({ page }) => {
  await openDesk(page, served());
  await selectPosting(page, 'Data Analyst');
  await command(page, 'export');
  await expect(page.getByRole('menu', { name: 'Export as' })).toBeVisible();
  await expect(desk.export(page)).toHaveAttribute('aria-expanded', 'true');
});

test('Find from the menu searches the posting text, stepping through the matches', async ({ page }) => {
  await openDesk(page, served());
  await selectPosting(page, 'Data Analyst');
  await command(page, 'find');
  const find = page.getByRole('searchbox', { name: 'Find in the text' });
  await expect(find).toBeFocused();
  await find.fill('insights team');
  await find.press('Enter');
  await expect(page.getByRole('search', { name: 'Find in the text' }).getByRole('status')).toHaveText(/^1 of \d+$/);
  expect((await selectedText(page)).toLowerCase()).toBe('insights team');
  const first = await desk.text(page).evaluate((element) => (element as HTMLTextAreaElement).selectionStart);
  await expect(find).toBeFocused();
  await find.press('Enter');
  await expect(page.getByRole('search', { name: 'Find in the text' }).getByRole('status')).toHaveText(/^2 of \d+$/);
  const second = await desk.text(page).evaluate((element) => (element as HTMLTextAreaElement).selectionStart);
  expect(second).toBeGreaterThan(first);
  await find.press('Escape');
  await expect(find).toBeHidden();
  await expect(desk.text(page)).toBeFocused();
  expect((await selectedText(page)).toLowerCase()).toBe('insights team');

  await command(page, 'find');
  await page.getByRole('searchbox', { name: 'Find in the text' }).fill('no such words here');
  await expect(page.getByRole('search', { name: 'Find in the text' }).getByRole('status')).toHaveText('No match');
});

test('Toggle preview hides and shows the Preview, and the choice is remembered', async ({ page }) => {
  await openDesk(page, served());
  await selectPosting(page, 'Data Analyst');
  await expect(desk.preview(page)).toBeVisible();
  await command(page, 'toggle-preview');
  await expect(desk.preview(page)).toHaveCount(0);
  await expect(desk.warnings(page)).toBeVisible();
  await page.reload();
  await selectPosting(page, 'Data Analyst');
  await expect(desk.warnings(page)).toBeVisible();
  await expect(desk.preview(page)).toHaveCount(0);
  await command(page, 'toggle-preview');
  await expect(desk.preview(page)).toBeVisible();
});
