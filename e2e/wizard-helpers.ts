import { expect, type Page } from '@playwright/test';

/** Answers every step (the task step as given) and lands on the recommendation. */
export async function completeWizard(page: Page, setup?: (page: Page) => Promise<void>) {
  await page.goto('/task');
  if (setup) await setup(page);
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

/** What a recommendation page shows that must match elsewhere: the decision and the shortlist. */
export async function recommendationFingerprint(page: Page) {
  const decision = await page.locator('.decision-sentence').innerText();
  const shortlist = await page
    .getByRole('region', { name: 'Shortlist' })
    .locator('.candidate h3')
    .allInnerTexts();
  return { decision, shortlist };
}
