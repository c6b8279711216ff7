import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { desk, openDesk, selectPosting } from './support/desk.js';
import { PROJECT_ROOT } from './support/paths.js';
import { serveCopy, type ServedSite } from './support/serve.js';

let served: ServedSite;
test.beforeAll(async () => {
  served = await serveCopy();
});
test.afterAll(async () => {
  await served?.stop();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the main screen, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    // The list's warning counts are counted in the background; the page shows them once it lists again.
    await expect(async () => {
      await openDesk(page, served);
      await expect(desk.postings(page).getByText(/\d+ warnings?/).first()).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 25_000 });
    // A posting without a pay range, so the Warnings show what the app is for.
    await selectPosting(page, 'Onboarding Specialist, Libraries');
    await expect(desk.warnings(page).getByText(/pay range/i).first()).toBeVisible();
    await expect(desk.preview(page).getByRole('heading').first()).toBeVisible();
    await page.screenshot({ path: join(PROJECT_ROOT, 'docs', 'screenshots', `main-${colorScheme}.png`) });
  });
}
