import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { durationText, usdText } from '../src/domain/cost';
import { recommend } from '../src/domain/recommend';
import { renderApp, wizardState } from './helpers';

const GIB = 2 ** 30;

describe('time, cost and what to change, on the results', () => {
  it('shows the plan’s time and cost at the default price, then at the price typed', async () => {
    const answers = { hardware: { gpuId: 'rtx-4090' }, scale: { datasetExamples: 30_000 } };
    const { user } = await renderApp('/recommendation', answers, 5);
    const expected = recommend(answers).cost!.rows[0]!;
    const section = screen.getByRole('region', { name: 'Time and cost' });
    expect(within(section).getByTestId('cost-figure')).toHaveTextContent(
      usdText(expected.costUsd!),
    );
    expect(section).toHaveTextContent(durationText(expected.hours));
    expect(section).toHaveTextContent(
      /a default \(RTX 4090 24GB in Deploybase.*as of 2026-03-10; secondary\)/,
    );
    const table = within(section).getByRole('table', { name: 'Time and cost by GPU' });
    expect(within(table).getAllByRole('row')).toHaveLength(
      1 + recommend(answers).cost!.rows.length,
    );

    const price = within(section).getByRole('textbox', {
      name: /Your price for one .*4090.* per hour/,
    });
    await user.clear(price);
    await user.type(price, '2');
    await waitFor(() => expect(wizardState().scale.gpuHourPrice).toBe(2));
    expect(within(section).getByTestId('cost-figure')).toHaveTextContent(
      usdText(expected.gpuHours * 2),
    );
    await user.type(price, 'x');
    expect(
      within(section).getByText('Price per GPU-hour must be a number in US dollars, such as 1.25'),
    ).toBeInTheDocument();
    // The bad draft costs nothing: the store keeps the last good price.
    expect(wizardState().scale.gpuHourPrice).toBe(2);

    // Another GPU's price is the user's to set too: the H100 row follows it.
    await user.click(within(section).getByText('Prices of the other GPUs'));
    const h100 = within(section).getByRole('textbox', { name: /Price for one .*H100.* per hour/ });
    await user.type(h100, '4');
    await waitFor(() => expect(wizardState().scale.gpuPrices).toEqual(['h100-80gb:4']));
    const row = recommend({
      ...answers,
      scale: { ...answers.scale, gpuHourPrice: 2, gpuPrices: ['h100-80gb:4'] },
    }).cost!.rows.find((r) => r.gpuId === 'h100-80gb')!;
    expect(within(table).getByRole('row', { name: /H100/ })).toHaveTextContent(
      usdText(row.costUsd!),
    );
  });

  it('lists the changes by memory saved and says plainly when none makes the model fit', async () => {
    const answers = { hardware: { gpuId: 'custom', customGpuGb: 2 } };
    await renderApp('/recommendation', answers, 5);
    const advice = recommend(answers).fitAdvice!;
    const section = screen.getByRole('region', { name: 'What to change to fit' });
    const rows = within(within(section).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(advice.levers.length);
    expect(rows[0]).toHaveTextContent(advice.levers[0]!.label);
    expect(rows[0]).toHaveTextContent(`${(advice.levers[0]!.savedBytes / GIB).toFixed(1)} GiB`);
    // 2 GB holds no chat model, even with every setting changed: the page says so.
    expect(advice.nothingFits).toBe(true);
    expect(section).toHaveTextContent('Nothing here makes it fit on this GPU');
    expect(within(section).queryAllByRole('cell', { name: 'Yes' })).toHaveLength(0);
  });

  it('marks the changes that fit when one does', async () => {
    const answers = { hardware: { gpuId: 'custom', customGpuGb: 3 } };
    await renderApp('/recommendation', answers, 5);
    const advice = recommend(answers).fitAdvice!;
    const section = screen.getByRole('region', { name: 'What to change to fit' });
    expect(advice.nothingFits).toBe(false);
    expect(section).not.toHaveTextContent('Nothing here makes it fit');
    expect(within(section).getAllByRole('cell', { name: 'Yes' })).toHaveLength(
      advice.levers.filter((l) => l.fits).length,
    );
  });

  it('carries the evidence under the memory breakdown', async () => {
    await renderApp('/recommendation', { hardware: { gpuId: 'a100-80gb' } }, 5);
    const evidence = recommend({ hardware: { gpuId: 'a100-80gb' } }).evidence!.memory!;
    const region = screen.getByRole('region', { name: 'Memory breakdown' });
    expect(region).toHaveTextContent(`typical on ${evidence.n} measured runs like this one`);
    expect(region).toHaveTextContent(`Nearest measured run: ${evidence.nearest.setup}`);
  });
});
