import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { recommend } from '../src/domain/recommend';
import { sizeText } from '../src/results/format';
import { renderApp, wizardState } from './helpers';

const candidates = (region: HTMLElement) =>
  within(region)
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('candidate'));

describe('what the cards say about the evidence', () => {
  it('states each candidate’s score basis in its card', async () => {
    const answers = { task: { domain: 'legal', changeKind: 'output-format' } } as const;
    await renderApp('/recommendation', answers, 5);
    const expected = recommend(answers);
    const cards = candidates(screen.getByRole('region', { name: 'Shortlist' }));
    expect(
      cards.some((card) =>
        /Ranked on IFEval \(strict prompt, 0-shot\) \d/.test(card.textContent ?? ''),
      ),
    ).toBe(true);
    cards.forEach((card, index) => {
      expect(card).toHaveTextContent(expected.shortlist[index]!.basis!.sentence);
    });
  });

  it('shows a mixture of experts’ active parameters beside its total, in the card and the summary', async () => {
    const answers = {
      hardware: { gpuId: 'h100-80gb' },
      scale: { sizeBand: '14-32b', method: 'lora' },
    } as const;
    const rec = recommend(answers);
    const moe = [...rec.shortlist, ...rec.nearMisses].find((c) => c.activeParameters !== null);
    expect(moe, 'a mixture of experts among the cards').toBeDefined();
    const size = sizeText(moe!);
    expect(size).toMatch(/^\d+(\.\d)?B total, \d+(\.\d)?B active$/);
    await renderApp('/recommendation', answers, 5);
    expect(screen.getAllByText(size).length).toBeGreaterThan(0);
    if (rec.shortlist.includes(moe!)) {
      await renderApp('/summary', answers, 5);
      expect(screen.getAllByText(new RegExp(size)).length).toBeGreaterThan(0);
    }
  });

  it('gives the advice for the task on the recommendation and the summary', async () => {
    await renderApp('/recommendation', { task: { purpose: 'similarity' } }, 5);
    expect(screen.getByRole('region', { name: 'What works for this task' })).toHaveTextContent(
      /hard negatives/,
    );
    await renderApp('/summary', { task: { purpose: 'multi-label-classification' } }, 5);
    expect(screen.getByRole('region', { name: 'What works for this task' })).toHaveTextContent(
      /threshold for each label/,
    );
  });
});

describe('the mixture-of-experts LoRA choice on the scale step', () => {
  it('defaults to attention only and stores the experts choice', async () => {
    const { user } = await renderApp('/scale', {}, 2);
    const group = screen.getByRole('group', { name: /Mixture-of-experts models/ });
    expect(within(group).getByRole('radio', { name: /LoRA on attention only/ })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: /On the experts too/ }));
    expect(wizardState().scale.moeLoraTargets).toBe('experts');
  });
});

describe('leaving a step with a value the field cannot take', () => {
  it(
    'holds the stepper and shows the range error instead of keeping the last valid value',
    { timeout: 40_000 },
    async () => {
      const { user, router } = await renderApp('/scale', {}, 3);
      const field = screen.getByRole('textbox', { name: 'Training sequence length' });
      await user.clear(field);
      await user.type(field, '1000000');
      const steps = screen.getByRole('navigation', { name: 'Wizard steps' });
      await user.click(within(steps).getByRole('link', { name: /Hardware/ }));
      expect(router.state.location.pathname).toBe('/scale');
      expect(await screen.findByRole('alert')).toHaveTextContent(
        /Training sequence length must be at most 262,144/,
      );
      await user.clear(field);
      await user.type(field, '4096');
      await user.click(within(steps).getByRole('link', { name: /Hardware/ }));
      expect(router.state.location.pathname).toBe('/hardware');
      expect(wizardState().scale.trainingSeqLen).toBe(4096);
    },
  );
});
