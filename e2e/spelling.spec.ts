import { expect, test } from '@playwright/test';
import { desk, openDesk, selectPosting, typeAtEnd } from './support/desk.js';
import { serveCopyForTests } from './support/serve.js';

const served = serveCopyForTests();

test('a typed misspelling is underlined, listed, and its suggestion fixes it', async ({ page }) => {
  await openDesk(page, served());
  await selectPosting(page, 'Technical Writer');
  await typeAtEnd(page, '\n\nYou will recieve a laptop on your first day.\n');

  const warning = desk.warnings(page).getByRole('listitem').filter({ hasText: 'recieve' });
  await expect(warning).toBeVisible();
  // The underline is drawn in the text area, over the word itself.
  const underline = page.locator('.warning-underline').filter({ hasText: /^recieve$/ });
  await expect(underline).toHaveCount(1);
  expect(await underline.evaluate((element) => getComputedStyle(element).textDecorationStyle)).toBe('wavy');
  const word = await underline.boundingBox();
  const editor = await desk.text(page).boundingBox();
  expect(word && editor && word.y >= editor.y && word.y <= editor.y + editor.height).toBe(true);

  await warning.getByRole('button', { name: 'Replace with “receive”', exact: true }).click();
  await expect(desk.text(page)).toHaveValue(/You will receive a laptop/);
  await expect(desk.text(page)).not.toHaveValue(/recieve/);
  await expect(desk.warnings(page).getByRole('listitem').filter({ hasText: 'recieve' })).toHaveCount(0);
});

test('clicking a warning selects its place in the text', async ({ page }) => {
  await openDesk(page, served());
  await selectPosting(page, 'Technical Writer');
  await typeAtEnd(page, '\n\nA definately useful note.\n');
  const warning = desk.warnings(page).getByRole('listitem').filter({ hasText: 'definately' });
  await warning.getByRole('button').first().click();
  const selected = await desk.text(page).evaluate((element) => {
    const area = element as HTMLTextAreaElement;
    return area.value.slice(area.selectionStart, area.selectionEnd);
  });
  expect(selected).toBe('definately');
});

test('Add to dictionary accepts the word from then on, writing it to the site’s settings', async ({ page }) => {
  const settings = '.posting-desk.toml';
  const before = served().read(settings).toString('utf8');
  await openDesk(page, served());
  await selectPosting(page, 'Customer Support Specialist (Part-Time)');
  await typeAtEnd(page, '\n\nOur Bookwyrm integration is new.\n');
  const warning = desk.warnings(page).getByRole('listitem').filter({ hasText: 'Bookwyrm' });
  await warning.getByRole('button', { name: 'Add to dictionary' }).click();
  await expect(desk.warnings(page).getByRole('listitem').filter({ hasText: 'Bookwyrm' })).toHaveCount(0);
  await expect(page.locator('.warning-underline').filter({ hasText: /^Bookwyrm$/ })).toHaveCount(0);
  await expect.poll(() => served().read(settings).toString('utf8')).toContain('"Bookwyrm"');
  // Only the word list changed; the comments and other settings stay as written.
  const after = served().read(settings).toString('utf8');
  expect(after.replace(/, "Bookwyrm"|"Bookwyrm", /, '')).toBe(before);
});
