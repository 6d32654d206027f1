import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, wizardState } from './helpers';

/** Types into a field, then tries Next so that the step shows its messages. */
async function typeAndSubmit(
  label: string,
  text: string,
  next: string,
  path: string,
  completed: number,
) {
  const { user } = await renderApp(path, { hardware: { gpuId: 'custom' } }, completed);
  const field = screen.getByRole('textbox', { name: label });
  await user.clear(field);
  if (text !== '') await user.type(field, text);
  await user.click(screen.getByRole('button', { name: next }));
  return screen.getByRole('alert');
}

describe('number fields read what people type, and say when they cannot', () => {
  it('refuses "1,5" GB instead of reading 15, and says what it could mean', async () => {
    const alert = await typeAndSubmit('GPU memory', '1,5', 'Next: Scale', '/hardware', 1);
    expect(alert).toHaveTextContent('GPU memory: “1,5” could mean 1.5 or 15.');
    expect(wizardState().hardware.customGpuGb).not.toBe(15);
  });

  it('refuses "1.000" held-out examples instead of reading 1', async () => {
    const alert = await typeAndSubmit(
      'Held-out examples',
      '1.000',
      'See the recommendation',
      '/baseline',
      4,
    );
    expect(alert).toHaveTextContent('Held-out examples: “1.000” could mean 1000 or 1.');
    // Next is blocked until the number is clear.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'What will you measure first?',
    );
  });

  it('reads "12,000" held-out examples as twelve thousand', async () => {
    const { user } = await renderApp('/baseline', {}, 4);
    await user.type(screen.getByRole('textbox', { name: 'Held-out examples' }), '12,000');
    expect(wizardState().baseline.heldOutSize).toBe(12_000);
  });

  it.each(['0x40', '1e3'])('refuses %j as a number of GPUs', async (text) => {
    const alert = await typeAndSubmit('Number of GPUs', text, 'Next: Scale', '/hardware', 1);
    expect(alert).toHaveTextContent('Number of GPUs must be a number written in digits, such as 1');
    expect(wizardState().hardware.gpuCount).not.toBe(64);
    expect(wizardState().hardware.gpuCount).not.toBe(1000);
  });

  it('gives the field’s own limit for a number past the safe range', async () => {
    const alert = await typeAndSubmit(
      'Number of GPUs',
      '9007199254740993',
      'Next: Scale',
      '/hardware',
      1,
    );
    expect(alert).toHaveTextContent('Number of GPUs must be at most 64');
    expect(alert).not.toHaveTextContent('9,007,199,254,740,991');
  });

  it('names an empty field as the user sees it', async () => {
    const alert = await typeAndSubmit('Number of GPUs', '', 'Next: Scale', '/hardware', 1);
    expect(alert).toHaveTextContent('Enter the number of GPUs');
  });

  it('keeps the capitals of a label that starts with a name', async () => {
    const alert = await typeAndSubmit('GPU memory', '', 'Next: Scale', '/hardware', 1);
    expect(alert).toHaveTextContent('Enter the GPU memory');
  });
});
