import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, wizardState } from './helpers';

describe('Task step', () => {
  it('opens with its title, a focused heading and the defaults selected', async () => {
    await renderApp('/task');
    const heading = screen.getByRole('heading', { level: 1, name: 'What should the model do?' });
    await waitFor(() => expect(heading).toHaveFocus());
    await waitFor(() => expect(document.title).toBe('Step 1 of 5: Task – Tunewise'));
    expect(screen.getByRole('radio', { name: /^Chat/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /English only/ })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Domain' })).toHaveValue('general');
    const stepper = screen.getByRole('navigation', { name: 'Wizard steps' });
    expect(within(stepper).getByRole('link', { name: /Task/ })).toHaveAttribute(
      'aria-current',
      'step',
    );
  });

  it('explains each purpose’s architecture and objective on its card', async () => {
    await renderApp('/task');
    const card = screen.getByRole('radio', { name: /Multi-label classification/ });
    expect(card).toHaveAccessibleDescription(/binary cross-entropy per label/);
  });

  it('writes answers to the store as they change', async () => {
    const { user } = await renderApp('/task');
    await user.click(screen.getByRole('radio', { name: /Reranking/ }));
    await user.click(screen.getByRole('radio', { name: /Several languages/ }));
    expect(wizardState().task).toMatchObject({ purpose: 'reranking', languages: 'multilingual' });
    // An encoder purpose brings encoder-sized defaults for the scale step.
    expect(wizardState().scale.contextWindow).toBe(512);
  });

  it('asks for the number of labels for classification, and validates it before Next', async () => {
    const { user, router } = await renderApp('/task');
    await user.click(screen.getByRole('radio', { name: /Multi-class classification/ }));
    const labels = screen.getByRole('textbox', { name: 'Number of labels' });
    await user.clear(labels);
    await user.type(labels, '1');
    await user.click(screen.getByRole('button', { name: 'Next: Hardware' }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    await waitFor(() => expect(summary).toHaveFocus());
    const link = within(summary).getByRole('link', { name: 'Number of labels must be at least 2' });
    expect(labels).toHaveAttribute('aria-invalid', 'true');
    expect(labels).toHaveAccessibleDescription(/must be at least 2/);
    await user.click(link);
    expect(labels).toHaveFocus();
    expect(router.state.location.pathname).toBe('/task');
    expect(wizardState().completed).toBe(0);

    await user.clear(labels);
    await user.type(labels, '12');
    await user.click(screen.getByRole('button', { name: 'Next: Hardware' }));
    await screen.findByRole('heading', { level: 1, name: 'What will you train and serve on?' });
    expect(router.state.location.pathname).toBe('/hardware');
    expect(wizardState().task.labelCount).toBe(12);
    // The arriving page records the step it came from once it has rendered.
    await waitFor(() => expect(wizardState().completed).toBe(1));
  });

  it('asks what fine-tuning changes for decoders only', async () => {
    const { user } = await renderApp('/task');
    expect(
      screen.getByRole('group', { name: 'What will fine-tuning change?' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Similarity/ }));
    expect(
      screen.queryByRole('group', { name: 'What will fine-tuning change?' }),
    ).not.toBeInTheDocument();
  });
});
