import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, wizardState } from './helpers';

function verdictRow(license: RegExp) {
  const table = screen.getByRole('table', { name: /Verdict per license/ });
  return within(table).getByRole('row', { name: license });
}

describe('License step', () => {
  it('gives a verdict per license family with obligations, and follows the answers', async () => {
    const { user } = await renderApp('/license', {}, 3);
    await waitFor(() => expect(document.title).toBe('Step 4 of 5: License – Tunewise'));
    expect(verdictRow(/Creative Commons/)).toHaveTextContent('Not allowed');
    // Anchored: Gemma 4 and gpt-oss rows also name the Apache License.
    expect(verdictRow(/^Apache License 2\.0/)).toHaveTextContent('Allowed');
    // The count of what a license asks reads as English, singular included.
    expect(within(verdictRow(/MIT/)).getByText('1 obligation')).toBeInTheDocument();
    expect(
      within(verdictRow(/^Apache License 2\.0/)).getByText(/^\d+ obligations$/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Research only/ }));
    expect(wizardState().license.intendedUse).toBe('research');
    expect(verdictRow(/Creative Commons/)).not.toHaveTextContent('Not allowed');
    // Llama's 700M clause counts the licensee's users whatever the use.
    await user.click(screen.getByRole('radio', { name: /More than 700 million/ }));
    expect(verdictRow(/Llama 3\.1/)).toHaveTextContent(/Not allowed.*700 million/);
  });

  it('says it is not legal advice', async () => {
    await renderApp('/license', {}, 3);
    expect(screen.getByRole('complementary', { name: 'Guidance' })).toHaveTextContent(
      'Not legal advice',
    );
  });
});

describe('Baseline step', () => {
  it('names the metric for the purpose and the published figures with sources', async () => {
    await renderApp('/baseline', { task: { purpose: 'similarity' } }, 4);
    await waitFor(() => expect(document.title).toBe('Step 5 of 5: Baseline – Tunewise'));
    expect(screen.getByText(/nDCG@10 on your queries/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Published benchmark figures/ });
    expect(within(table).getAllByText(/Source:/).length).toBeGreaterThan(0);
  });

  it('validates the floor and target, and judges the gap', async () => {
    const { user, router } = await renderApp('/baseline', {}, 4);
    const floor = screen.getByRole('textbox', { name: 'Measured floor' });
    await user.type(floor, '150');
    await user.click(screen.getByRole('button', { name: 'See the recommendation' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Measured floor must be at most 100');
    await user.clear(floor);
    await user.type(floor, '61.5');
    await user.type(screen.getByRole('textbox', { name: 'Target' }), '75');
    expect(wizardState().baseline).toMatchObject({ floor: 61.5, target: 75 });
    expect(screen.getByText(/13\.5-point gap justifies fine-tuning/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'See the recommendation' }));
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Your recommendation' },
      { timeout: 5000 },
    );
    expect(router.state.location.pathname).toBe('/recommendation');
    // The arriving page records the step it came from once it has rendered.
    await waitFor(() => expect(wizardState().completed).toBe(5));
  });

  it('lets the floor and target stay empty', async () => {
    const { user } = await renderApp('/baseline', {}, 4);
    await user.click(screen.getByRole('button', { name: 'See the recommendation' }));
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Your recommendation' },
      { timeout: 5000 },
    );
    expect(wizardState().baseline.floor).toBeNull();
  });
});
