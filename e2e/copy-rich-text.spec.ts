import { expect, test } from '@playwright/test';
import { openDesk, selectPosting } from './support/desk.js';
import { serveCopyForTests } from './support/serve.js';

const served = serveCopyForTests();

test('Copy as rich text puts HTML and plain text on the clipboard where the async clipboard is refused, as in the desktop app', async ({ page }) => {
  // The desktop app denies every permission: navigator.clipboard.write rejects there.
  await page.addInitScript(() => {
    navigator.clipboard.write = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  // What the copy event put on the clipboard, seen by a listener that runs after the app's.
  await page.addInitScript(() => {
    window.addEventListener('copy', (event) => {
      const data = (event as ClipboardEvent).clipboardData;
      (window as unknown as { copied: Record<string, string> }).copied = { html: data?.getData('text/html') ?? '', plain: data?.getData('text/plain') ?? '' };
    });
  });
  await openDesk(page, served());
  await selectPosting(page, 'Data Analyst');
  await page.getByRole('button', { name: 'Copy as rich text', exact: true }).click();
  await expect(page.getByText('Copied, with its formatting', { exact: false })).toBeVisible();
  const copied = await page.evaluate(() => (window as unknown as { copied?: Record<string, string> }).copied);
  expect(copied?.html).toMatch(/<h2[^>]*>About the role<\/h2>/);
  expect(copied?.plain).toContain('About the role');
  expect(copied?.plain).not.toContain('<h2');
});
