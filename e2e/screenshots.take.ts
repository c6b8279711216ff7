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
    await openDesk(page, served);
    // A posting without a pay range, so the Warnings show what the app is for.
    await selectPosting(page, 'Onboarding Specialist, Libraries');
    await expect(desk.warnings(page).getByText(/pay range/i).first()).toBeVisible();
    await expect(desk.preview(page).getByRole('heading').first()).toBeVisible();
    await page.screenshot({ path: join(PROJECT_ROOT, 'docs', 'screenshots', `main-${colorScheme}.png`) });
  });
}
