import { recommend } from '../src/domain/recommend/recommend';
import { decodeAnswers } from '../src/domain/share/urlCodec';
import { expect, test } from './fixtures';

const LINK = 'v=2&done=5&p=chat&dom=legal&gpu=rtx-4090';
const decision = recommend(decodeAnswers(LINK).answers).decision;

test('a shared link shows its decision before the app has loaded, then the page shows one', async ({
  page,
}) => {
  // Hold the app (React, the router, the pages) back until the first paint has been seen.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/main-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/recommendation#${LINK}`);
  const first = page.locator('#first-paint');
  await expect(first.locator('.decision-sentence')).toHaveText(decision);
  await expect(first).toContainText('Your recommendation');
  await expect(page.getByRole('navigation', { name: 'Wizard steps' })).toHaveCount(0);

  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Your recommendation' })).toBeVisible();
  await expect(page.locator('#first-paint')).toHaveCount(0);
  await expect(page.locator('.decision-sentence')).toHaveCount(1);
  await expect(page.locator('#root .decision-sentence')).toHaveText(decision);
});

test('with answers saved in the browser, a link paints nothing first: the app decides', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.localStorage.setItem('tunewise:answers', '{"state":{},"version":0}');
    const seen = new MutationObserver(() => {
      if (document.getElementById('first-paint'))
        (window as unknown as { firstPainted: boolean }).firstPainted = true;
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  await page.goto(`/recommendation#${LINK}`);
  await expect(page.locator('#root .decision-sentence')).toHaveText(decision);
  const painted = await page.evaluate(
    () => (window as unknown as { firstPainted?: boolean }).firstPainted ?? false,
  );
  expect(painted).toBe(false);
});
