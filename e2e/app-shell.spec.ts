import { expect, test } from './fixtures';

test('the app loads with its title and the first step', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Tunewise');
  await expect(page.getByRole('banner')).toContainText('Tunewise');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Task' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
});

test('a deep link to an unknown page shows the not-found page', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found – Tunewise');
  await page.getByRole('link', { name: 'Go to the start' }).click();
  await expect(page).toHaveURL('/');
});
