import { expect, test, type Browser, type Page } from '@playwright/test';
import { desk, selectPosting, typeAtEnd } from './support/desk.js';
import { serveKillable, type KillableSite } from './support/killable-serve.js';

// Files over time through serve in Chromium, the disk changed by the test itself. Each detection is timed
// from the moment the disk changed to the moment the page shows it; the times are printed for the report.

test.describe.configure({ mode: 'serial' });

const ANALYST = 'content/careers/data-analyst.md';
const DESIGNER = 'content/careers/product-designer.md';
const WRITER = 'content/careers/frontend-engineer-lisbon.md';

let served: KillableSite;
test.beforeAll(async () => {
  served = await serveKillable({ git: true });
});
test.afterAll(async () => {
  await served?.stop();
});

const timings: string[] = [];
test.afterAll(() => {
  if (timings.length > 0) console.log(`files-over-time detection times:\n${timings.map((line) => `  ${line}`).join('\n')}`);
});

/**
 * Milliseconds from now until the page shows what check looks for, asked every 20 ms (an expect's own
 * retries back off to a second, which would blur the figure).
 */
async function timed(what: string, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  pollAnswered = undefined;
  await expect.poll(check, { intervals: [20], timeout: 5_000 }).toBe(true);
  const ms = Date.now() - started;
  const feed = pollAnswered === undefined ? '' : ` (the change feed answered after ${pollAnswered - started} ms)`;
  timings.push(`${what}: ${ms} ms${feed}`);
  test.info().annotations.push({ type: 'detection', description: `${what}: ${ms} ms${feed}` });
  return ms;
}

/** When the long poll last brought changes: the host's part of a detection, without the page's. */
let pollAnswered: number | undefined;
test.beforeEach(({ page }) => {
  page.on('response', (response) => {
    if (response.url().endsWith('/api/pollChanges')) {
      void response.json().then(
        (body: { ok?: boolean; value?: { changes?: unknown[] } }) => {
          if (body.ok && (body.value?.changes?.length ?? 0) > 0) pollAnswered ??= Date.now();
        },
        () => undefined,
      );
    }
  });
});

async function open(page: Page): Promise<void> {
  await page.goto(served.url());
  await expect(desk.postings(page)).toBeVisible();
}

const banner = (page: Page) => page.getByRole('alert').filter({ hasText: 'was changed outside Posting Desk' });

test('a posting without unsaved changes reloads silently when another program changes it', async ({ page }) => {
  await open(page);
  await selectPosting(page, 'Data Analyst');
  const theirs = served.read(ANALYST).replace('title = "Data Analyst"', 'title = "Data Analyst II"');
  served.write(ANALYST, theirs);
  await timed('changed outside, no unsaved changes (silent reload)', async () => (await desk.title(page).inputValue()) === 'Data Analyst II');
  await expect(banner(page)).toHaveCount(0);
  // The list follows too.
  await expect(desk.postings(page).getByText('Data Analyst II', { exact: true })).toBeVisible();
});

test('with unsaved changes a banner offers Reload, Keep mine and Compare; Reload takes theirs', async ({ page }) => {
  await open(page);
  await selectPosting(page, 'Data Analyst II');
  await typeAtEnd(page, 'My unsaved words.');
  const theirs = `${served.read(ANALYST)}Their words.\n`;
  served.write(ANALYST, theirs);
  await timed('changed outside, with unsaved changes (banner)', () => banner(page).isVisible());
  for (const name of ['Reload', 'Keep mine', 'Compare']) await expect(banner(page).getByRole('button', { name, exact: true })).toBeVisible();
  await expect(desk.text(page)).toHaveValue(/My unsaved words\.$/);
  expect(served.read(ANALYST)).toBe(theirs);
  await banner(page).getByRole('button', { name: 'Reload', exact: true }).click();
  await expect(desk.text(page)).toHaveValue(/Their words\.\n?$/);
  await expect(banner(page)).toHaveCount(0);
});

test('Keep mine keeps the unsaved text and the next save replaces theirs knowingly', async ({ page }) => {
  await open(page);
  await selectPosting(page, 'Data Analyst II');
  await typeAtEnd(page, 'Mine wins.');
  served.write(ANALYST, served.read(ANALYST).replace('Their words.', 'Their second words.'));
  await expect(banner(page)).toBeVisible({ timeout: 3_000 });
  await banner(page).getByRole('button', { name: 'Keep mine', exact: true }).click();
  await expect(banner(page)).toHaveCount(0);
  await desk.save(page).click();
  await expect.poll(() => served.read(ANALYST)).toMatch(/Their words\.\n?Mine wins\.$/);
});

test('Compare shows both texts and saves the side picked per change', async ({ page }) => {
  await open(page);
  await selectPosting(page, 'Data Analyst II');
  await typeAtEnd(page, '\nA line of mine.');
  const theirs = served.read(ANALYST).replace('title = "Data Analyst II"', 'title = "Data Analyst III"');
  served.write(ANALYST, theirs);
  await expect(banner(page)).toBeVisible({ timeout: 3_000 });
  await banner(page).getByRole('button', { name: 'Compare', exact: true }).click();
  const compare = page.getByRole('dialog', { name: /Compare/ });
  await expect(compare).toBeVisible();
  await expect(compare.getByText('title = "Data Analyst III"')).toBeVisible();
  await expect(compare.getByText('A line of mine.')).toBeVisible();
  // Difference 1 is their title (keep theirs, the default), difference 2 my new line: keep mine.
  await compare.getByRole('group', { name: 'Difference 2' }).getByLabel('Mine').check();
  await compare.getByRole('button', { name: 'Save this version' }).click();
  await expect(compare).toHaveCount(0);
  await expect.poll(() => served.read(ANALYST)).toContain('title = "Data Analyst III"');
  expect(served.read(ANALYST)).toMatch(/A line of mine\.$/);
  await expect(desk.title(page)).toHaveValue('Data Analyst III');
});

test('a posting deleted outside says so and its text can be saved as a new posting', async ({ page }) => {
  await open(page);
  await selectPosting(page, 'Product Designer');
  await typeAtEnd(page, 'Kept after the delete.');
  served.remove(DESIGNER);
  const gone = page.getByRole('alert').filter({ hasText: 'was deleted or moved outside Posting Desk' });
  await timed('deleted outside (banner)', () => gone.isVisible());
  await expect(desk.postings(page).getByText('Product Designer', { exact: true })).toHaveCount(0);
  await gone.getByRole('button', { name: 'Save as new posting' }).click();
  await expect.poll(() => served.exists(DESIGNER) && served.read(DESIGNER)).toMatch(/Kept after the delete\.$/);
});

test('a posting moved outside is followed to its new name, unsaved changes kept', async ({ page }) => {
  await open(page);
  await selectPosting(page, 'Frontend Engineer (Lisbon)');
  await typeAtEnd(page, 'Typed before the move.');
  served.git('mv', WRITER, 'content/careers/frontend-engineer-porto.md');
  await timed('moved outside (editor follows)', () => page.getByRole('status').filter({ hasText: 'frontend-engineer-porto.md' }).isVisible());
  await expect(desk.text(page)).toHaveValue(/Typed before the move\.$/);
  await desk.save(page).click();
  await expect.poll(() => served.read('content/careers/frontend-engineer-porto.md')).toMatch(/Typed before the move\.$/);
  served.git('add', '-A');
  served.git('commit', '-q', '-m', 'Porto');
});

test('git checkout of a file reloads it, badges follow git, and Discard my changes restores the commit', async ({ page }) => {
  await open(page);
  await selectPosting(page, 'Senior Backend Engineer');
  const file = 'content/careers/senior-backend-engineer.md';
  const committed = served.read(file);
  served.write(file, committed.replace('title = "Senior Backend Engineer"', 'title = "Staff Backend Engineer"'));
  await expect(desk.title(page)).toHaveValue('Staff Backend Engineer', { timeout: 3_000 });
  const item = desk.postings(page).getByRole('listitem').filter({ hasText: 'Staff Backend Engineer' }).or(desk.postings(page).getByRole('option').filter({ hasText: 'Staff Backend Engineer' }));
  await expect(item.getByText('Changed', { exact: true })).toBeVisible();
  served.git('checkout', '--', file);
  await timed('git checkout of the open posting (silent reload)', async () => (await desk.title(page).inputValue()) === 'Senior Backend Engineer');
  await expect(desk.postings(page).getByText('Changed', { exact: true })).toHaveCount(0);
  // Changed again, then discarded from the app, with a confirmation first.
  served.write(file, committed.replace('title = "Senior Backend Engineer"', 'title = "Principal Backend Engineer"'));
  await expect(desk.title(page)).toHaveValue('Principal Backend Engineer', { timeout: 3_000 });
  await page.getByRole('button', { name: 'Discard my changes', exact: true }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toBeVisible();
  expect(served.read(file)).toContain('Principal Backend Engineer');
  await confirm.getByRole('button', { name: 'Discard my changes', exact: true }).click();
  await expect.poll(() => served.read(file)).toBe(committed);
  await expect(desk.title(page)).toHaveValue('Senior Backend Engineer');
});

test('two windows editing one posting: the second save is a conflict, never an overwrite', async ({ browser }) => {
  const [first, second] = await Promise.all([newPage(browser), newPage(browser)]);
  for (const page of [first, second]) {
    await open(page);
    await selectPosting(page, 'Customer Support Specialist (Part-Time)');
  }
  const file = 'content/careers/part-time-customer-support-specialist.md';
  await typeAtEnd(first, 'From the first window.');
  await typeAtEnd(second, 'From the second window.');
  await desk.save(first).click();
  await expect.poll(() => served.read(file)).toMatch(/From the first window\.$/);
  const afterFirst = served.read(file);
  await desk.save(second).click();
  const choice = desk.dialog(second).or(banner(second));
  await expect(choice.first()).toBeVisible();
  await expect(choice.first().getByRole('button', { name: 'Keep mine', exact: true })).toBeVisible();
  expect(served.read(file)).toBe(afterFirst);
  await Promise.all([first.context().close(), second.context().close()]);
});

test('Rename makes the file name follow the title, Duplicate makes a draft copy, Delete asks and can be undone', async ({ page }) => {
  await open(page);
  await selectPosting(page, 'Onboarding Specialist, Libraries');
  const file = 'content/careers/onboarding-specialist-libraries.md';
  await desk.title(page).fill('Onboarding Lead');
  await desk.title(page).blur();
  await expect.poll(() => served.read(file)).toContain('title = "Onboarding Lead"');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Renamed to content/careers/onboarding-lead.md' })).toBeVisible();
  expect(served.exists('content/careers/onboarding-lead.md')).toBe(true);
  expect(served.exists(file)).toBe(false);
  // Our own rename is no news from outside.
  await expect(page.getByText('was moved outside Posting Desk')).toHaveCount(0);

  await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Duplicated as a draft' })).toBeVisible();
  await expect(desk.draft(page)).toBeChecked();
  await expect(desk.postings(page).getByText(/Onboarding Lead/)).toHaveCount(2);

  await selectPosting(page, 'Onboarding Lead');
  const text = served.read('content/careers/onboarding-lead.md');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'));
  await expect(dialog).toBeVisible();
  expect(served.exists('content/careers/onboarding-lead.md')).toBe(true);
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect.poll(() => served.exists('content/careers/onboarding-lead.md')).toBe(false);
  await page.getByRole('status').getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => served.exists('content/careers/onboarding-lead.md')).toBe(true);
  expect(served.read('content/careers/onboarding-lead.md')).toBe(text);
});

test('serve killed with SIGKILL while typing: after a restart the typed text comes back', async ({ page }) => {
  await open(page);
  await selectPosting(page, 'Account Executive, Bookstores and Libraries');
  const file = 'content/careers/account-executive.md';
  const onDisk = served.read(file);
  // Typed without a pause right up to the kill: what was typed more than a second before it must come back.
  const early = ' Typed before the crash, word by word.';
  const late = ' And these last keystrokes, still going when the process died.';
  await typeAtEnd(page, '');
  await page.keyboard.type(early, { delay: 25 });
  const lateStarted = Date.now();
  await page.keyboard.type(late, { delay: 25 });
  const lateMs = Date.now() - lateStarted;
  expect(lateMs).toBeGreaterThan(1_000);
  await served.kill();
  await served.restart();
  expect(served.read(file)).toBe(onDisk);
  await open(page);
  // On the next start the window says which postings have unsaved changes kept, and opens one on request.
  const offer = page.getByRole('region', { name: 'Unsaved changes kept' });
  await offer.getByRole('button', { name: `Open ${file}` }).click();
  await expect(desk.title(page)).toHaveValue('Account Executive, Bookstores and Libraries');
  await expect(offer.getByText(/Restore unsaved changes from /)).toBeVisible();
  await expect(offer.getByLabel('Kept text')).toContainText(early);
  await offer.getByRole('button', { name: 'Restore', exact: true }).click();
  const restored = await desk.text(page).inputValue();
  const tail = restored.slice(restored.indexOf(early) + early.length);
  expect(late.startsWith(tail)).toBe(true);
  const lostChars = late.length - tail.length;
  const lostMs = Math.round((lostChars * lateMs) / late.length);
  timings.push(`SIGKILL while typing: lost the last ${lostChars} of ${late.length} characters typed in ${lateMs} ms, about ${lostMs} ms of typing`);
  expect(lostMs).toBeLessThanOrEqual(1_100);
  await desk.save(page).click();
  await expect.poll(() => served.read(file)).toContain(early + tail);
  // Saved: nothing is offered any more.
  await open(page);
  await selectPosting(page, 'Account Executive, Bookstores and Libraries');
  await expect(page.getByText(/Restore unsaved changes from /)).toHaveCount(0);
});

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}
