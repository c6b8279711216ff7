import { expect, test, type Page } from '@playwright/test';
import { desk, openDesk, selectPosting, typeAtEnd } from './support/desk.js';
import { serveCopyForTests } from './support/serve.js';

const served = serveCopyForTests();

/** The file as another program leaves it: its weight raised by one, nothing else changed. */
function theirVersion(text: string): { text: string; weight: string } {
  const match = /^weight = (\d+)$/m.exec(text);
  if (!match) throw new Error('the posting has no weight line');
  const weight = String(Number(match[1]) + 1);
  return { text: text.replace(match[0], `weight = ${weight}`), weight };
}

/**
 * Edits a posting in the app, then changes the same file from outside, then
 * saves: the choice must appear, with nothing overwritten meanwhile.
 * Returns what the app had (mine) and what is on disk (theirs).
 */
async function conflictingSave(page: Page, file: string, title: string): Promise<{ mine: string; theirs: string; weight: string }> {
  const original = served().read(file).toString('utf8');
  await openDesk(page, served());
  await selectPosting(page, title);
  await typeAtEnd(page, 'Mine.');
  const theirs = theirVersion(original);
  served().write(file, theirs.text);
  await desk.save(page).click();
  const choice = desk.dialog(page);
  await expect(choice).toBeVisible();
  for (const name of ['Reload', 'Keep mine', 'Compare']) await expect(choice.getByRole('button', { name, exact: true })).toBeVisible();
  expect(served().read(file).toString('utf8')).toBe(theirs.text);
  return { mine: `${original}Mine.`, theirs: theirs.text, weight: theirs.weight };
}

test('a change on disk is never overwritten silently; Reload shows theirs', async ({ page }) => {
  const file = 'content/careers/account-executive.md';
  const { theirs, weight } = await conflictingSave(page, file, 'Account Executive, Bookstores and Libraries');
  await desk.dialog(page).getByRole('button', { name: 'Reload', exact: true }).click();
  await expect(desk.weight(page)).toHaveValue(weight);
  await expect(desk.text(page)).not.toHaveValue(/Mine\.$/);
  expect(served().read(file).toString('utf8')).toBe(theirs);
});

test('Compare shows both versions side by side, still writing nothing', async ({ page }) => {
  const file = 'content/careers/frontend-engineer-lisbon.md';
  const { theirs, weight } = await conflictingSave(page, file, 'Frontend Engineer (Lisbon)');
  await desk.dialog(page).getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('region', { name: 'On disk now' }).getByText(`weight = ${weight}`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Yours' }).getByText(/Mine\./)).toBeVisible();
  expect(served().read(file).toString('utf8')).toBe(theirs);
});

test('Keep mine writes mine over theirs, only when asked', async ({ page }) => {
  const file = 'content/careers/part-time-customer-support-specialist.md';
  const { mine } = await conflictingSave(page, file, 'Customer Support Specialist (Part-Time)');
  await desk.dialog(page).getByRole('button', { name: 'Keep mine', exact: true }).click();
  await expect.poll(() => served().read(file).toString('utf8')).toBe(mine);
  await expect(desk.dialog(page)).toHaveCount(0);
});
