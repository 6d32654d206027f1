import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function axeClean(page: Page, where: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`,
  );
  expect(found, `axe violations on ${where}`).toEqual([]);
}

const dollars = (text: string) => Number(text.replace(/[^\d.]/g, ''));

test('a dataset and an hourly price give the time and cost, and the chart follows the price', async ({
  page,
}) => {
  await page.goto('/task');
  await page.getByRole('button', { name: 'Next: Hardware' }).click();
  await page.getByRole('button', { name: 'Next: Scale' }).click();

  await page.getByRole('textbox', { name: 'Training examples' }).fill('20000');
  await page.getByRole('textbox', { name: 'Tokens per example' }).fill('700');
  const epochs = page.getByRole('textbox', { name: 'Epochs' });
  await epochs.fill('two');
  await page.getByRole('button', { name: 'Next: License' }).click();
  // A bad value is named and kept; the others stay as typed.
  await expect(page.getByText('Epochs must be a number written in digits').first()).toBeVisible();
  await expect(epochs).toHaveValue('two');
  await expect(page.getByRole('textbox', { name: 'Training examples' })).toHaveValue('20000');
  await epochs.fill('2');
  await expect(page.getByText('20,000 × 700 × 2 = 28.0M tokens to train.')).toBeVisible();
  await axeClean(page, '/scale');
  await page.getByRole('button', { name: 'Next: License' }).click();
  await page.getByRole('button', { name: 'Next: Baseline' }).click();
  await page.getByRole('button', { name: 'See the recommendation' }).click();
  await expect(page).toHaveTitle('Your recommendation – Tunewise');

  const section = page.getByRole('region', { name: 'Time and cost' });
  await expect(section).toContainText('20,000 examples × 700 tokens × 2 epochs: 28.0M tokens');
  await expect(section).toContainText('a default (RTX 4090 24GB in Deploybase');
  await expect(section).toContainText(/±\d+(\.\d)?% typical on \d+ measured runs like this one/);
  const figure = section.getByTestId('cost-figure');
  const before = dollars(await figure.innerText());
  expect(before).toBeGreaterThan(0);

  const chart = section.getByRole('figure', { name: /The same job on other GPUs/ });
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('svg.recharts-surface')).toHaveCount(2);
  const yoursLabel = () =>
    chart.locator('.cost-panel').nth(1).locator('.recharts-label-list text').first().textContent();
  expect(dollars((await yoursLabel()) ?? '')).toBeCloseTo(before, 2);

  const price = section.getByRole('textbox', { name: /Your price for one .* per hour/ });
  await price.fill('1.2');
  // Twice the default $0.60: twice the cost, on the figure, in the chart and in the link.
  await expect.poll(async () => dollars(await figure.innerText())).toBeCloseTo(before * 2, 1);
  await expect.poll(async () => dollars((await yoursLabel()) ?? '')).toBeCloseTo(before * 2, 1);
  await expect(section).toContainText('$1.20 per GPU-hour, your price');
  await expect.poll(() => page.url()).toContain('price=1.2');

  await price.fill('-3');
  await expect(section.getByText('Price per GPU-hour must be between $0 and $1,000')).toBeVisible();
  await expect.poll(async () => dollars(await figure.innerText())).toBeCloseTo(before * 2, 1);

  await price.fill('1.2');
  await expect(page.getByRole('region', { name: 'What to change to fit' })).toBeVisible();
  await axeClean(page, '/recommendation');
});
