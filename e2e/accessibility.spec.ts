import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { desk, openDesk, selectPosting } from './support/desk.js';
import { serveCopy, type ServedSite } from './support/serve.js';

let served: ServedSite;
test.beforeAll(async () => {
  served = await serveCopy();
});
test.afterAll(async () => {
  await served?.stop();
});

/** The serious and critical violations axe finds on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('the start screen has no serious accessibility problem', async ({ page }) => {
      await openDesk(page, served);
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('a posting open for editing, with warnings, has no serious accessibility problem', async ({ page }) => {
      await openDesk(page, served);
      await selectPosting(page, 'Senior Backend Engineer');
      await expect(desk.warnings(page)).toBeVisible();
      await expect(desk.preview(page).getByRole('heading').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the new posting dialog has no serious accessibility problem', async ({ page }) => {
      await openDesk(page, served);
      await desk.newPosting(page).click();
      await expect(desk.dialog(page)).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
