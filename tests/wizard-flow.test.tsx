import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ANSWERS_STORAGE_KEY } from '../src/app/adapters/storage';
import { normalizeAnswers } from '../src/domain/recommend';
import { useWizard } from '../src/state/store';
import { TaskStep } from '../src/steps/task/TaskStep';
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

describe('links between steps', () => {
  // In a browser the location catches up with an edit a moment after the store does (UrlSync's
  // replace renders in a transition); a click in between must still carry the edit, or a reload of
  // the next step would bring the old answers back. Without UrlSync here, the location never
  // catches up, so only the store can be the source.
  async function renderTaskStepBehindTheStore() {
    useWizard.getState().load(normalizeAnswers({ task: { purpose: 'reranking' } }).answers, 0);
    const router = createMemoryRouter(
      [
        { path: '/task', element: <TaskStep /> },
        { path: '*', element: <h1>Elsewhere</h1> },
      ],
      { initialEntries: ['/task#v=2'] },
    );
    render(<RouterProvider router={router} />);
    await screen.findByRole('heading', { level: 1, name: 'What should the model do?' });
    return { router, user: userEvent.setup() };
  }

  it('Next carries the answers in the store, not the fragment the location still has', async () => {
    const { router, user } = await renderTaskStepBehindTheStore();
    await user.click(screen.getByRole('button', { name: 'Next: Hardware' }));
    expect(router.state.location.pathname).toBe('/hardware');
    expect(router.state.location.search).toBe('');
    const query = new URLSearchParams(router.state.location.hash.slice(1));
    expect(query.get('p')).toBe('reranking');
    // The pushed URL already counts the step: reloading it at once does not send the user back.
    expect(query.get('done')).toBe('1');
  });

  it('Back carries them too', async () => {
    await renderTaskStepBehindTheStore();
    const back = screen.getByRole('link', { name: 'Back' });
    const href = new URL(back.getAttribute('href') ?? '', 'http://x');
    expect(href.search).toBe('');
    expect(new URLSearchParams(href.hash.slice(1)).get('p')).toBe('reranking');
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
