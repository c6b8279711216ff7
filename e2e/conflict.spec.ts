import { expect, test, type Page } from '@playwright/test';
import { desk, openDesk, replaceOnce, selectPosting, typeAtEnd } from './support/desk.js';
import { serveCopy, type ServedSite } from './support/serve.js';

test.describe.configure({ mode: 'serial' });

let served: ServedSite;
test.beforeAll(async () => {
  served = await serveCopy();
});
test.afterAll(async () => {
  await served?.stop();
});

const FILE = 'content/careers/account-executive.md';
const TITLE = 'Account Executive, Bookstores and Libraries';

/** Edits in the app, then changes the same file from outside, then saves: the choice must appear. */
async function conflictingSave(page: Page, theirs: string): Promise<void> {
  await openDesk(page, served);
  await selectPosting(page, TITLE);
  await typeAtEnd(page, 'Mine.');
  served.write(FILE, theirs);
  await desk.save(page).click();
  const choice = desk.dialog(page);
  await expect(choice).toBeVisible();
  for (const name of ['Reload', 'Keep mine', 'Compare']) await expect(choice.getByRole('button', { name, exact: true })).toBeVisible();
  // Nothing was overwritten while the choice is open.
  expect(served.read(FILE).toString('utf8')).toBe(theirs);
}

test('a change on disk is never overwritten silently; Reload shows theirs', async ({ page }) => {
  const theirs = replaceOnce(served.read(FILE).toString('utf8'), 'weight = 20', 'weight = 21');
  await conflictingSave(page, theirs);
  await desk.dialog(page).getByRole('button', { name: 'Reload', exact: true }).click();
  await expect(desk.weight(page)).toHaveValue('21');
  await expect(desk.text(page)).not.toHaveValue(/Mine\.$/);
  expect(served.read(FILE).toString('utf8')).toBe(theirs);
});

test('Compare shows both versions side by side', async ({ page }) => {
  const theirs = replaceOnce(served.read(FILE).toString('utf8'), 'weight = 21', 'weight = 22');
  await conflictingSave(page, theirs);
  await desk.dialog(page).getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByText('weight = 22').first()).toBeVisible();
  await expect(page.getByText(/Mine\./).first()).toBeVisible();
  expect(served.read(FILE).toString('utf8')).toBe(theirs);
});

test('Keep mine writes mine over theirs, only when asked', async ({ page }) => {
  const theirs = replaceOnce(served.read(FILE).toString('utf8'), 'weight = 22', 'weight = 23');
  await conflictingSave(page, theirs);
  const mine = `${served.read(FILE).toString('utf8').replace('weight = 23', 'weight = 22')}Mine.`;
  await desk.dialog(page).getByRole('button', { name: 'Keep mine', exact: true }).click();
  await expect(page.getByText(/unsaved/i)).toHaveCount(0);
  expect(served.read(FILE).toString('utf8')).toBe(mine);
});
