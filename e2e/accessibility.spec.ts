import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PAGES = [
  '/',
  '/task',
  '/hardware',
  '/scale',
  '/license',
  '/baseline',
  '/recommendation',
  '/summary',
];

/** Answers every step with its defaults, so that every page can be opened. */
async function completeWizard(page: Page) {
  await page.goto('/task');
  for (const next of [
    'Next: Hardware',
    'Next: Scale',
    'Next: License',
    'Next: Baseline',
    'See the recommendation',
  ]) {
    await page.getByRole('button', { name: next }).click();
  }
  await expect(page).toHaveTitle('Your recommendation – Tunewise');
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.1 A/AA violations in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await completeWizard(page);
    for (const path of PAGES) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');
      // Charts load when scrolled into view; let them render before the scan.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(300);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const summary = results.violations.map(
        (v) => `${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`,
      );
      expect(summary, `axe violations on ${path}`).toEqual([]);
    }
  });
}

test('a 360 px wide phone has no horizontal scrolling on any page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await completeWizard(page);
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
});
