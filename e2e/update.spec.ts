import { expect, test } from './fixtures';

// This spec is about the service worker or runs with it, so it may register (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

test('a new deploy offers "A new version is ready — reload", and reloading drops the old cache', async ({
  page,
  context,
}) => {
  // The first visit gets an older deploy's worker: the same files under another cache name.
  const current = await (await context.request.get('/sw.js')).text();
  const newCache = /const CACHE = "(tunewise-[0-9a-f]+)";/.exec(current)![1]!;
  await context.route('**/sw.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: current.replace(newCache, 'tunewise-olddeploy'),
    }),
  );
  await page.goto('/task');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  expect(await page.evaluate(() => caches.keys())).toEqual(['tunewise-olddeploy']);

  // Then the host serves the new deploy, and the browser checks for an update.
  await context.unrouteAll();
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  const notice = page.getByRole('status').filter({ hasText: 'A new version is ready' });
  await expect(notice).toBeVisible();
  // The open page keeps its version until the user chooses.
  expect(await page.evaluate(() => caches.keys())).toContain('tunewise-olddeploy');

  await Promise.all([
    page.waitForEvent('load'),
    notice.getByRole('button', { name: 'reload' }).click(),
  ]);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(notice).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([newCache]);
});
