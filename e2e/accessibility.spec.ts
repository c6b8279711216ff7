import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { desk, openDesk, selectPosting, typeAtEnd } from './support/desk.js';
import { serveCopyForTests } from './support/serve.js';

const served = serveCopyForTests();

/** The serious and critical violations axe finds on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
}

// Each theme edits its own posting, so one theme's conflict leaves the other's file alone.
const CONFLICTED = { light: { file: 'content/careers/data-analyst.md', title: 'Data Analyst' }, dark: { file: 'content/careers/product-designer.md', title: 'Product Designer' } };

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('the start screen has no serious accessibility problem', async ({ page }) => {
      await openDesk(page, served());
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('a posting open for editing, with warnings, has no serious accessibility problem', async ({ page }) => {
      await openDesk(page, served());
      await selectPosting(page, 'Senior Backend Engineer');
      await expect(desk.warnings(page)).toBeVisible();
      await expect(desk.preview(page).getByRole('heading').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the new posting dialog has no serious accessibility problem', async ({ page }) => {
      await openDesk(page, served());
      await desk.newPosting(page).click();
      await expect(desk.dialog(page)).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the unsaved-changes guard and the conflict choice, comparing, have no serious accessibility problem', async ({ page }) => {
      const { file, title } = CONFLICTED[colorScheme];
      await openDesk(page, served());
      await selectPosting(page, title);
      await typeAtEnd(page, 'An edit.');
      await desk.postings(page).getByText('Technical Writer', { exact: true }).click();
      await expect(desk.dialog(page)).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await desk.dialog(page).getByRole('button', { name: 'Keep editing' }).click();
      served().write(file, served().read(file).toString('utf8').replace(/^weight = (\d+)$/m, (_line, weight: string) => `weight = ${Number(weight) + 1}`));
      await desk.save(page).click();
      await desk.dialog(page).getByRole('button', { name: 'Compare', exact: true }).click();
      await expect(page.getByRole('region', { name: 'Yours' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
