import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, wizardState } from './helpers';

describe('Hardware step', () => {
  it('groups GPU presets by class and describes the chosen one', async () => {
    await renderApp('/hardware', {}, 1);
    await waitFor(() => expect(document.title).toBe('Step 2 of 5: Hardware – Tunewise'));
    const select = screen.getByRole('combobox', { name: 'Training GPU' });
    expect(select).toHaveValue('rtx-4090');
    expect(
      within(select).getByRole('group', { name: 'Apple silicon (unified memory)' }),
    ).toBeInTheDocument();
    expect(
      within(select).getByRole('group', { name: 'Data centre and cloud' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Guidance' })).toHaveTextContent(
      '23.99 GiB usable for training',
    );
  });

  it('tells a T4 has no bf16 and switches the store', async () => {
    const { user } = await renderApp('/hardware', {}, 1);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Training GPU' }), 't4');
    expect(wizardState().hardware.gpuId).toBe('t4');
    expect(screen.getByRole('complementary', { name: 'Guidance' })).toHaveTextContent(
      /no bf16, so training runs in fp16/,
    );
  });

  it('asks for the memory of a custom GPU and rejects text that is not a number', async () => {
    const { user, router } = await renderApp('/hardware', {}, 1);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Training GPU' }), 'custom');
    const memory = screen.getByRole('textbox', { name: 'GPU memory' });
    await user.clear(memory);
    await user.type(memory, 'lots');
    await user.click(screen.getByRole('button', { name: 'Next: Scale' }));
    expect(screen.getByRole('alert')).toHaveTextContent('GPU memory must be a number');
    expect(router.state.location.pathname).toBe('/hardware');
    await user.clear(memory);
    await user.type(memory, '48');
    expect(wizardState().hardware.customGpuGb).toBe(48);
    await user.click(screen.getByRole('button', { name: 'Next: Scale' }));
    await screen.findByRole('heading', { level: 1, name: 'How big a model, trained how?' });
  });

  it('asks for the serving GPU only when serving elsewhere, and a memory amount for edge devices', async () => {
    const { user } = await renderApp('/hardware', {}, 1);
    expect(screen.queryByRole('combobox', { name: 'Serving GPU' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /On another GPU/ }));
    expect(screen.getByRole('combobox', { name: 'Serving GPU' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /edge or mobile/ }));
    expect(
      screen.getByRole('textbox', { name: 'Memory of the serving device' }),
    ).toBeInTheDocument();
    expect(wizardState().hardware.deploymentTarget).toBe('edge');
  });

  it('keeps the GPU count between 1 and 64', async () => {
    const { user } = await renderApp('/hardware', {}, 1);
    const count = screen.getByRole('textbox', { name: 'Number of GPUs' });
    await user.clear(count);
    await user.type(count, '65');
    await user.click(screen.getByRole('button', { name: 'Next: Scale' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Number of GPUs must be at most 64');
    // The store keeps the last valid value typed on the way ("6"), never the invalid one.
    expect(wizardState().hardware.gpuCount).toBe(6);
  });
});
