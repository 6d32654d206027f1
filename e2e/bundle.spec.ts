import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';

const DIST = join(process.cwd(), 'dist');
const BUDGET_BYTES = 110 * 1000;

test('the landing page loads under 110 kB of gzipped JavaScript and CSS, without the charts', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');

  const assets = requested.filter((path) => /\.(js|css)$/.test(path));
  expect(
    assets.some((path) => /recharts|MemoryBy/i.test(path)),
    `chart code on the landing page: ${assets}`,
  ).toBe(false);
  let gzipped = 0;
  for (const path of assets)
    gzipped += gzipSync(await readFile(join(DIST, path)), { level: 9 }).length;
  console.info(
    `Landing page: ${assets.length} files, ${(gzipped / 1000).toFixed(1)} kB gzipped (budget 110 kB)`,
  );
  expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
});

test('chart code loads when a chart scrolls into view', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/task');
  await page.getByRole('button', { name: 'Next: Hardware' }).click();
  await page.getByRole('button', { name: 'Next: Scale' }).click();
  await expect(page.getByRole('figure', { name: /Memory by method/ })).toBeAttached();
  await page.getByRole('figure', { name: /Memory by method/ }).scrollIntoViewIfNeeded();
  await expect(
    page.getByRole('figure', { name: /Memory by method/ }).locator('svg.recharts-surface'),
  ).toBeVisible();
  expect(requested.some((path) => /MemoryByMethodChart/.test(path))).toBe(true);
});
