// Renders public/favicon.svg to the PNG icons the web app manifest lists, with the Chromium the
// e2e tests use (no image tools needed). Run after changing the SVG: node scripts/make-icons.mjs
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChromium } from './browser.mjs';

const svg = await readFile(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: findChromium()?.executablePath,
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  const path = new URL(`../public/icon-${size}.png`, import.meta.url).pathname;
  await page.screenshot({ path, omitBackground: true });
  console.log(`wrote ${path}`);
  await page.close();
}
await browser.close();
