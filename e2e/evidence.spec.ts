import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { completeWizard } from './wizard-helpers';

/** A legal assistant with strict JSON answers: the task step as an expert would fill it in. */
async function legalJson(page: Page) {
  await page.getByRole('combobox', { name: 'Domain' }).selectOption('legal');
  await page.getByRole('radio', { name: /A strict output format/ }).check();
}

test('at 360 px the cards state their score basis and the licence table stacks without clipping', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await completeWizard(page, legalJson);
  const cards = page.getByRole('region', { name: 'Shortlist' }).locator('.candidate');
  const bases = cards.locator('.candidate-basis');
  await expect(bases).toHaveCount(await cards.count());
  for (const basis of await bases.allInnerTexts()) {
    expect(basis).toMatch(
      /^(Ranked on [^,]+.* [\d.]+, against the \d+ other|No comparable figure)/,
    );
    expect(basis).not.toMatch(/HumanEval|LiveCodeBench/);
  }
  expect(
    (await bases.allInnerTexts()).some((b) =>
      b.startsWith('Ranked on IFEval (strict prompt, 0-shot)'),
    ),
  ).toBe(true);
  await expect(page.getByRole('region', { name: 'What works for this task' })).toContainText(
    'constrained decoding',
  );

  const table = page.getByRole('table', { name: 'Every license family, for your answers' });
  await expect(table).toBeVisible();
  // Still a table to assistive technology, with its column names on every cell.
  await expect(table.getByRole('columnheader', { name: 'What it asks of you' })).toBeAttached();
  const clipped = await table.evaluate((element) => {
    const box = element.parentElement as HTMLElement;
    const cells = Array.from(element.querySelectorAll<HTMLElement>('tbody th, tbody td')).filter(
      (cell) => cell.offsetParent !== null,
    );
    return {
      box: box.scrollWidth - box.clientWidth,
      cells: cells.filter((cell) => cell.scrollWidth > cell.clientWidth + 1).length,
    };
  });
  expect(clipped).toEqual({ box: 0, cells: 0 });
});

test('at 360 px the summary charts fit the screen; in print they keep one fixed size', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await completeWizard(page);
  await page.getByRole('link', { name: 'Printable summary' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const charts = page.locator('.fixed-chart svg.recharts-surface');
  await expect(charts).toHaveCount(2);
  for (const chart of await charts.all()) {
    const width = Number(await chart.getAttribute('width'));
    expect(width).toBeGreaterThanOrEqual(280);
    expect(width).toBeLessThanOrEqual(360);
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'What works for this task' })).toBeVisible();
  const widths = await charts.evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('width')));
  expect(new Set(widths).size).toBe(1);
});

test('chart axes end on a round tick', async ({ page }) => {
  await completeWizard(page);
  for (const name of [/Memory by method/, /Memory against context length/]) {
    const figure = page.getByRole('figure', { name });
    await figure.scrollIntoViewIfNeeded();
    const ticks = figure.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value');
    await expect(ticks.first()).toBeAttached();
    const values = await ticks.evaluateAll((texts) => texts.map((t) => Number(t.textContent)));
    const step = values[1]! - values[0]!;
    expect(values[0]).toBe(0);
    values.forEach((value, i) => expect(value).toBeCloseTo(i * step, 6));
    expect(
      [1, 2, 2.5, 5].some((s) =>
        Number.isInteger(step / s / 10 ** Math.floor(Math.log10(step / s))),
      ),
    ).toBe(true);
    // The top tick sits at the top of the plot: the grid's highest line.
    const topTick = await ticks.last().evaluate((el) => el.getBoundingClientRect().top);
    const gridTop = await figure
      .locator('.recharts-cartesian-grid-horizontal line')
      .evaluateAll((lines) => Math.min(...lines.map((l) => l.getBoundingClientRect().top)));
    expect(Math.abs(topTick - gridTop)).toBeLessThan(12);
  }
});
