import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has focus (proving it is reachable by keyboard), at most `limit` times. */
export async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, 'reachable with the Tab key').toBeFocused();
}

/** Tabs to a button or link and presses Enter. */
export async function activate(page: Page, target: Locator) {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}
