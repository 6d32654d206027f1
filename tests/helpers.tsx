import { render, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../src/app/router';
import { normalizeAnswers, type Answers } from '../src/domain/recommend';
import { resetLinkStatus } from '../src/app/wizard/linkState';
import { useWizard } from '../src/state/store';

type DeepPartial<T> = { [K in keyof T]?: Partial<T[K]> };

/**
 * Renders the app at `path` with a fresh store: `answers` (partial, normalised like any input) and
 * `completed` steps. Returns the router (to read the location) and a user-event instance.
 */
export async function renderApp(path: string, answers: DeepPartial<Answers> = {}, completed = 0) {
  useWizard.getState().load(normalizeAnswers(answers).answers, completed);
  resetLinkStatus();
  // The wizard reads a share link's fragment from the page's address, as in a browser.
  window.history.replaceState(null, '', path);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  render(<RouterProvider router={router} />);
  // Wizard routes load lazily: wait for the page's heading.
  await screen.findByRole('heading', { level: 1 });
  // Parts that load after the first paint (the share and export buttons) mark their place.
  await waitFor(() => expect(document.querySelector('[data-pending]')).toBeNull());
  return { router, user };
}

export function wizardState() {
  return useWizard.getState();
}
