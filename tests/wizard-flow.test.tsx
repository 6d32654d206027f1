import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ANSWERS_STORAGE_KEY } from '../src/app/adapters/storage';
import { useWizard } from '../src/state/store';
import { renderApp, wizardState } from './helpers';

describe('deep links and progress', () => {
  it('opens the first unanswered step, and says why, for a link too far ahead', async () => {
    const { router } = await renderApp('/license', {}, 1);
    expect(router.state.location.pathname).toBe('/hardware');
    expect(screen.getByRole('status')).toHaveTextContent(
      'You opened Step 4 of 5: License, but this step is not answered yet',
    );
  });

  it('sends the recommendation to the first unanswered step until all five are answered', async () => {
    const { router } = await renderApp('/recommendation', {}, 3);
    expect(router.state.location.pathname).toBe('/license');
  });

  it('marks completed steps in text in the stepper', async () => {
    await renderApp('/scale', {}, 2);
    const stepper = screen.getByRole('navigation', { name: 'Wizard steps' });
    expect(
      within(stepper).getByRole('link', { name: /^Task ?\(completed\)$/ }),
    ).toBeInTheDocument();
    expect(within(stepper).getByRole('link', { name: /Scale/ })).toHaveAttribute(
      'aria-current',
      'step',
    );
    expect(
      within(stepper)
        .getByText(/License/)
        .closest('[aria-disabled]'),
    ).not.toBeNull();
  });
});

describe('persistence', () => {
  it('stores the answers with a version, and restores them', async () => {
    await renderApp('/task', { task: { purpose: 'reranking' } }, 1);
    const stored = JSON.parse(localStorage.getItem(ANSWERS_STORAGE_KEY) ?? '{}');
    expect(stored.version).toBe(1);
    expect(stored.state.task.purpose).toBe('reranking');
    useWizard.getState().reset();
    expect(wizardState().task.purpose).toBe('chat');
    localStorage.setItem(ANSWERS_STORAGE_KEY, JSON.stringify(stored));
    await useWizard.persist.rehydrate();
    expect(wizardState().task.purpose).toBe('reranking');
    expect(wizardState().completed).toBe(1);
  });

  it('migrates stored answers of an older version field by field, dropping what is invalid', async () => {
    localStorage.setItem(
      ANSWERS_STORAGE_KEY,
      JSON.stringify({
        version: 0,
        state: { task: { purpose: 'similarity', domain: 'astrology' }, completed: 9 },
      }),
    );
    await useWizard.persist.rehydrate();
    expect(wizardState().task).toMatchObject({ purpose: 'similarity', domain: 'general' });
    expect(wizardState().completed).toBe(5);
  });

  it('ignores storage that is not JSON', async () => {
    localStorage.setItem(ANSWERS_STORAGE_KEY, '{not json');
    await useWizard.persist.rehydrate();
    expect(wizardState().task.purpose).toBeDefined();
  });
});
