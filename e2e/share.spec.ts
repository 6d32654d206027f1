import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { exportSchema } from '../src/domain/export';
import { expect, test } from './fixtures';
import { readPdf } from './pdf';
import { completeWizard, recommendationFingerprint } from './wizard-helpers';

test('a copied link reproduces the same recommendation in a fresh browser', async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await completeWizard(page, async (p) => {
    await p.getByRole('radio', { name: /Similarity/ }).check();
    await p.getByRole('radio', { name: /Several languages/ }).check();
    await p.getByRole('textbox', { name: /Project name/ }).fill('RAG | "search" & more');
  });
  const original = await recommendationFingerprint(page);
  const methodTable = await page
    .getByRole('figure', { name: /Memory by method/ })
    .locator('table')
    .innerText();

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/recommendation#v=2&/);
  // The answers stay out of the address the host sees.
  expect(new URL(link).search).toBe('');
  expect(link.length).toBeLessThan(2000);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other).toHaveTitle('Your recommendation – Tunewise');
  expect(await recommendationFingerprint(other)).toEqual(original);
  expect(
    await other
      .getByRole('figure', { name: /Memory by method/ })
      .locator('table')
      .innerText(),
  ).toBe(methodTable);
  await fresh.close();
});

test('without a clipboard, the link is shown to copy by hand', async ({ page }) => {
  await completeWizard(page);
  await page.evaluate(() =>
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }),
  );
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: /copy this link by hand/ });
  await expect(field).toBeVisible();
  await expect(field).toHaveValue(/\/recommendation#v=2/);
});

test('a version-1 link with two bad fields says which, keeps the rest, and moves to the fragment', async ({
  page,
}) => {
  await page.goto(
    '/recommendation?v=1&done=5&p=reranking&lang=multilingual&gpu=gtx-9999&seq=-5&n=2',
  );
  await expect(page).toHaveTitle('Your recommendation – Tunewise');
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'Some settings in this link were not used' });
  await expect(notice).toContainText('gpu ("gtx-9999" is not a known GPU)');
  await expect(notice).toContainText('seq ("-5"');
  await expect(page.getByText(/Cross-encoder \(reranker\)/).first()).toBeVisible();
  // The valid fields are kept: reranking, several languages, two GPUs (of the default kind).
  await expect(page).toHaveURL(/lang=multilingual/);
  await expect(page).toHaveURL(/n=2/);
  await expect(page).not.toHaveURL(/gtx-9999/);
  await expect(page).toHaveURL(/\/recommendation#v=2&done=5&/);
  expect(new URL(page.url()).search).toBe('');
});

test('a shared link asks before it replaces different saved answers', async ({ page }) => {
  await completeWizard(page);
  const mine = page.url();
  await page.goto('/recommendation#v=2&done=5&p=reranking&gpu=a100-80gb');
  await expect(page.getByRole('heading', { name: 'Open the answers in this link?' })).toBeFocused();
  const table = page.getByRole('table', { name: 'Saved answers that the link would replace' });
  await expect(table.getByRole('row', { name: /Purpose/ })).toContainText('Reranking');
  await page.getByRole('button', { name: 'Keep my saved answers' }).click();
  await expect(page).toHaveTitle('Your recommendation – Tunewise');
  await expect(page).toHaveURL(mine);
  await page.reload();
  await expect(page).toHaveTitle('Your recommendation – Tunewise');
  await expect(page.getByRole('heading', { name: 'Open the answers in this link?' })).toHaveCount(
    0,
  );
});

test('the summary prints as a document: no navigation, charts drawn, a PDF with the top model', async ({
  page,
}) => {
  await completeWizard(page);
  const top = (
    await page
      .getByRole('region', { name: 'Shortlist' })
      .locator('.candidate h3')
      .first()
      .innerText()
  ).trim();
  await page.getByRole('link', { name: 'Printable summary' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Change task' })).toBeVisible();

  const obligation = page.locator('.license-table details li').first();
  await expect(obligation).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  // On paper the license obligations are printed, not folded away behind a click.
  await expect(obligation).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Wizard steps' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  for (const name of [/Memory by method/, /Memory against context length/]) {
    const figure = page.getByRole('figure', { name });
    await expect(figure.locator('svg.recharts-surface')).toBeVisible();
    await expect(figure.locator('svg.recharts-surface path').first()).toBeAttached();
  }

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const { pages, text } = await readPdf(pdf);
  expect(pages).toBeGreaterThanOrEqual(2);
  // Eleven A4 pages today: the answers, the plan, time and cost, evidence, serving per engine, and
  // the shortlist's serving column.
  expect(pages).toBeLessThanOrEqual(12);
  expect(text.replace(/\s+/g, ' ')).toContain(top.replace(/^\d+\.\s*/, ''));
  const letter = await readPdf(await page.pdf({ format: 'Letter' }));
  expect(letter.pages).toBeGreaterThanOrEqual(2);
});

test('the JSON and Markdown exports match the page and the published schema', async ({ page }) => {
  await completeWizard(page);
  const { decision, shortlist } = await recommendationFingerprint(page);

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  expect(json.suggestedFilename()).toMatch(/\.json$/);
  const document = exportSchema.parse(JSON.parse(await readFile((await json.path())!, 'utf8')));
  expect(document.recommendation.decision.text).toBe(decision);
  expect(document.recommendation.shortlist.map((c) => c.name)).toEqual(
    shortlist.map((s) => s.replace(/^\d+\.\s*/, '')),
  );

  const [markdown] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export Markdown' }).click(),
  ]);
  const text = await readFile((await markdown.path())!, 'utf8');
  expect(text).toContain(decision);
  expect(text).toMatch(/^\| .*Model.* \|/m);
  expect(text).toContain(page.url().split('#')[1]!.slice(0, 10));

  const [python] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Training script/ }).click(),
  ]);
  expect(await readFile((await python.path())!, 'utf8')).toContain('SFTTrainer');
});

test('the summary is accessible, and the app makes no requests beyond its own origin', async ({
  page,
  baseURL,
}) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (
      !request.url().startsWith(baseURL!) &&
      !request.url().startsWith('blob:') &&
      !request.url().startsWith('data:')
    ) {
      foreign.push(request.url());
    }
  });
  await completeWizard(page);
  await page.goto(page.url().replace('/recommendation', '/summary'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self'");
  expect(foreign).toEqual([]);
});
