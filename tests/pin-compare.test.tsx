import { NEAR_MISS_REQUEST } from '../src/domain/recommend/nearMiss.testing';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareModels } from '../src/domain/compare';
import { normalizeAnswers, recommend } from '../src/domain/recommend';
import { gib } from '../src/results/format';
import { renderApp, wizardState } from './helpers';
import { PASTED_3B } from '../src/domain/recommend/pastedModel.testing';

const OWN_MODEL = { name: 'My 3B', config: PASTED_3B };

const BASE = { scale: NEAR_MISS_REQUEST };
const ranking = recommend(BASE);

// The wizard's routes load lazily; on a busy machine their first transform can outlast the
// heading's wait, so load them once before the journeys.
beforeAll(async () => {
  await Promise.all([
    import('../src/app/wizard/routes'),
    import('../src/app/wizard/WizardShell'),
    import('../src/app/wizard/linkState'),
  ]);
}, 60_000);
const nearMiss = ranking.nearMisses.find((candidate) => candidate.training.plan)!;

describe('Pinning on the recommendation page', () => {
  it('makes a near miss the plan, keeps focus on the button, and goes back to the ranking', async () => {
    const { user } = await renderApp('/recommendation', BASE, 5);
    expect(screen.getByText(ranking.decision)).toBeInTheDocument();
    const near = screen.getByRole('region', { name: 'Near misses' });
    const use = within(near).getByRole('button', { name: `Use this model: ${nearMiss.name}` });
    await user.click(use);

    const pinned = recommend({ scale: { ...NEAR_MISS_REQUEST, pinnedModel: nearMiss.id } });
    expect(wizardState().scale.pinnedModel).toBe(nearMiss.id);
    expect(screen.getByText(pinned.decision)).toBeInTheDocument();
    expect(pinned.decision).toContain(`${nearMiss.name} (your choice`);
    expect(
      screen
        .getAllByRole('status')
        .some((s) => s.textContent?.includes(`Your choice: ${nearMiss.name}`)),
    ).toBe(true);
    expect(
      screen.getByRole('table', { name: new RegExp(`^Training ${nearMiss.name}`) }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Deployment' })).toHaveTextContent(
      `Serving ${nearMiss.name}`,
    );
    const back = within(near).getByRole('button', {
      name: `Back to the ranking instead of ${nearMiss.name}`,
    });
    expect(back).toHaveFocus();

    await user.click(back);
    expect(wizardState().scale.pinnedModel).toBeNull();
    expect(screen.getByText(ranking.decision)).toBeInTheDocument();
  });

  it('gives a pasted config a full card that can become the plan', async () => {
    const { user } = await renderApp(
      '/recommendation',
      { scale: { ...NEAR_MISS_REQUEST, customModel: OWN_MODEL } },
      5,
    );
    const card = screen.getByRole('region', { name: 'Your own model' });
    expect(card).toHaveTextContent('Licence unknown — check it yourself');
    expect(
      within(card).getByRole('meter', { name: 'Training memory of My 3B' }),
    ).toBeInTheDocument();
    const custom = recommend({ scale: { ...NEAR_MISS_REQUEST, customModel: OWN_MODEL } }).custom!;
    expect(card).toHaveTextContent(custom.why.find((line) => line.startsWith('Serves'))!);
    await user.click(within(card).getByRole('button', { name: 'Use this model: My 3B' }));
    expect(wizardState().scale.pinnedModel).toBe('custom');
    expect(screen.getByText(/^Fine-tune My 3B \(your choice/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'License' })).toHaveTextContent(
      'My 3B: licence unknown — check it yourself.',
    );
  });

  it('says why a pin from a link is not used, and forgets it on request', async () => {
    const { user } = await renderApp(
      '/recommendation',
      { scale: { ...NEAR_MISS_REQUEST, pinnedModel: 'acme/no-such-model' } },
      5,
    );
    expect(screen.getByText(ranking.decision)).toBeInTheDocument();
    expect(
      screen.getByText(
        /“acme\/no-such-model” is not a model Tunewise knows; the plan follows the ranking instead\./,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Forget that choice' }));
    expect(wizardState().scale.pinnedModel).toBeNull();
    expect(screen.queryByText(/is not a model Tunewise knows/)).not.toBeInTheDocument();
  });
});

describe('The printable summary', () => {
  it('plans with the pinned model and says it was chosen', async () => {
    await renderApp('/summary', { scale: { ...NEAR_MISS_REQUEST, pinnedModel: nearMiss.id } }, 5);
    const pinned = recommend({ scale: { ...NEAR_MISS_REQUEST, pinnedModel: nearMiss.id } });
    expect(screen.getByText(pinned.decision)).toBeInTheDocument();
    expect(screen.getByText(`Your choice: ${nearMiss.name}`)).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: new RegExp(`^Training ${nearMiss.name}`) }),
    ).toBeInTheDocument();
    expect(screen.getByText('Model you chose for the plan')).toBeInTheDocument();
  });
});

describe('Choosing models to compare', () => {
  it('ticks models on the cards, offers the comparison at two and stops at four', async () => {
    const { user } = await renderApp('/recommendation', BASE, 5);
    const shortlist = screen.getByRole('region', { name: 'Shortlist' });
    const [first, second] = ranking.shortlist;
    await user.click(within(shortlist).getByRole('checkbox', { name: `Compare ${first!.name}` }));
    expect(screen.queryByRole('link', { name: /Compare \d models/ })).not.toBeInTheDocument();
    await user.click(within(shortlist).getByRole('checkbox', { name: `Compare ${second!.name}` }));
    expect(screen.getByRole('link', { name: 'Compare 2 models' })).toBeInTheDocument();
    for (const candidate of ranking.shortlist.slice(2, 4)) {
      await user.click(
        within(shortlist).getByRole('checkbox', { name: `Compare ${candidate.name}` }),
      );
    }
    expect(wizardState().scale.compareModels).toEqual(
      ranking.shortlist.slice(0, 4).map((c) => c.id),
    );
    const fifth = within(shortlist).getByRole('checkbox', {
      name: `Compare ${ranking.shortlist[4]!.name}`,
    });
    expect(fifth).toBeDisabled();
    expect(fifth).toHaveAccessibleDescription(
      'Four models are ticked already: untick one to add this one.',
    );
  });
});

describe('The comparison page', () => {
  const ids = [ranking.shortlist[1]!.id, nearMiss.id, 'custom'];
  const answers = normalizeAnswers({
    scale: { ...NEAR_MISS_REQUEST, customModel: OWN_MODEL, compareModels: ids },
  }).answers;
  const rec = recommend(answers);
  const comparison = compareModels(rec);

  it('shows the models side by side with the figures of their plans', async () => {
    await renderApp('/compare', answers, 5);
    await waitFor(() => expect(document.title).toBe('Compare models – Tunewise'));
    const memory = screen.getByRole('table', { name: 'Training memory per GPU, model by model' });
    const headers = within(memory)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(comparison.models.map((m) => m.candidate.name));
    const total = within(memory).getByRole('row', { name: /^Total reserved/ });
    for (const model of comparison.models) {
      expect(total).toHaveTextContent(gib(model.candidate.training.plan!.estimate.reservedBytes));
    }
    const license = screen.getByRole('table', { name: 'Licence, model by model' });
    expect(license).toHaveTextContent('Licence unknown — check it yourself');
    const speed = screen.getByRole('table', { name: /^Training speed on .*, model by model$/ });
    const tokens = within(speed).getByRole('row', { name: /^Trained tokens per second/ });
    const first = comparison.models[0]!.speed;
    expect(first.ok && tokens.textContent).toContain(
      first.ok ? Math.round(first.speed.tokensPerSecond).toLocaleString('en-US') : 'no speed',
    );
    expect(screen.getByRole('region', { name: 'Published benchmarks' })).toHaveTextContent(
      'A row holds figures in one identical setting',
    );
  });

  it('names an id it cannot compare, and asks for a second model', async () => {
    await renderApp(
      '/compare',
      {
        scale: {
          ...NEAR_MISS_REQUEST,
          compareModels: [ranking.shortlist[0]!.id, 'acme/no-such-model'],
        },
      },
      5,
    );
    expect(
      screen.getByText('Left out: “acme/no-such-model” is not a model Tunewise knows.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        `Only ${ranking.shortlist[0]!.name} is chosen. Tick at least one more model below.`,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
