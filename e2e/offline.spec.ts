import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { completeWizard } from './wizard-helpers';

// This spec is about the service worker or runs with it, so it may register (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

const DIST = join(process.cwd(), 'dist');

/** Waits until the service worker has cached the build and answers this page's requests. */
async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

test('after one visit, a deep link reloads offline with its answers and charts', async ({
  page,
  context,
  consoleErrors,
}) => {
  await completeWizard(page);
  await waitForServiceWorker(page);
  const deepLink = page.url();

  await context.setOffline(true);
  // The network is really gone: what the worker has not cached fails. (The browser logs that
  // failure as a console error, so it is taken back out of the list the fixture checks.)
  expect(
    await page.evaluate(() =>
      fetch('/not-cached.txt').then(
        () => 'loaded',
        () => 'failed',
      ),
    ),
  ).toBe('failed');
  expect(consoleErrors).toEqual(['Failed to load resource: net::ERR_FAILED']);
  consoleErrors.length = 0;

  await page.goto(deepLink);
  await expect(page).toHaveTitle('Your recommendation – Tunewise');
  const chart = page.getByRole('figure', { name: /Memory by method/ });
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('svg.recharts-surface')).toBeVisible();

  await page.goto('/scale');
  await expect(
    page.getByRole('heading', { name: 'How big a model, trained how?', level: 1 }),
  ).toBeVisible();
  await context.setOffline(false);
});

test('the service worker precaches every file the build serves, under a hashed cache name', async ({
  page,
  request,
}) => {
  const sw = await (await request.get('/sw.js')).text();
  const precache = JSON.parse(/const PRECACHE = (\[.*?\]);/s.exec(sw)![1]!) as string[];
  const cacheName = /const CACHE = "(tunewise-[0-9a-f]{16})";/.exec(sw)?.[1];
  expect(cacheName).toBeDefined();

  const entries = await readdir(DIST, { recursive: true, withFileTypes: true });
  const served = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(DIST.length + 1))
    // Source maps, the host's header rules, the worker itself and the GitHub Pages fallback copy
    // of index.html are never needed offline.
    .filter((file) => !/\.map$|^_headers$|^sw\.js$|^404\.html$/.test(file))
    .sort();
  expect(served).toContain('index.html');
  expect(served).toContain('manifest.webmanifest');
  expect(served.filter((file) => file.startsWith('assets/')).length).toBeGreaterThan(5);
  expect(precache).toEqual(served);

  await page.goto('/');
  await waitForServiceWorker(page);
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const requests = await (await caches.open(keys[0]!)).keys();
    return { keys, count: requests.length };
  });
  expect(cached).toEqual({ keys: [cacheName], count: precache.length });
});

test('the web app manifest names the app and its icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ name: 'Tunewise', display: 'standalone', start_url: './' });
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const response = await request.get(new URL(icon.src, new URL(href!, page.url())).href);
    expect(response.headers()['content-type']).toContain(icon.type);
  }
});
