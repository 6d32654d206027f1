import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, wizardState } from './helpers';

const LLAMA_3B = JSON.stringify({
  architectures: ['LlamaForCausalLM'],
  model_type: 'llama',
  hidden_size: 3072,
  intermediate_size: 8192,
  num_hidden_layers: 28,
  num_attention_heads: 24,
  num_key_value_heads: 8,
  vocab_size: 128256,
  tie_word_embeddings: true,
  torch_dtype: 'bfloat16',
});

function configBox() {
  return screen.getByRole('textbox', { name: 'config.json' });
}

describe('Scale step', () => {
  it('shows the defaults, the suggested band and the live recommendation', async () => {
    await renderApp('/scale', {}, 2);
    await waitFor(() => expect(document.title).toBe('Step 3 of 5: Scale – Tunewise'));
    expect(screen.getByRole('textbox', { name: 'Training sequence length' })).toHaveValue('2048');
    expect(screen.getByRole('radio', { name: /Suggest for me/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /7B–8B.*Suggested/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'So far' })).toHaveTextContent(/with (LoRA|QLoRA)/);
    expect(screen.getByRole('meter')).toHaveAccessibleName(/Training memory of/);
  });

  it('updates the store and the live figures as the sequence length changes', async () => {
    const { user } = await renderApp('/scale', {}, 2);
    const meter = screen.getByRole('meter');
    const before = Number(meter.getAttribute('aria-valuenow'));
    const seq = screen.getByRole('textbox', { name: 'Training sequence length' });
    await user.clear(seq);
    await user.type(seq, '8192');
    expect(wizardState().scale.trainingSeqLen).toBe(8192);
    await waitFor(() =>
      expect(Number(screen.getByRole('meter').getAttribute('aria-valuenow'))).not.toBe(before),
    );
  });

  it('rejects an out-of-range length and an empty set of LoRA targets', async () => {
    const { user, router } = await renderApp('/scale', {}, 2);
    const seq = screen.getByRole('textbox', { name: 'Training sequence length' });
    await user.clear(seq);
    await user.type(seq, '10');
    for (const name of [
      'Query (q)',
      'Key (k)',
      'Value (v)',
      'Attention output (o)',
      'MLP gate',
      'MLP up',
      'MLP down',
    ]) {
      await user.click(screen.getByRole('checkbox', { name }));
    }
    await user.click(screen.getByRole('button', { name: 'Next: License' }));
    const summary = screen.getByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Training sequence length must be at least 64' }),
    ).toBeInTheDocument();
    expect(
      within(summary).getByRole('link', {
        name: 'Choose at least one projection for the LoRA adapters',
      }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/scale');
    // The store kept the last valid values.
    expect(wizardState().scale.trainingSeqLen).toBe(2048);
    expect(wizardState().scale.loraTargets).toEqual(['down']);
  });

  it('uses a pasted config.json and shows what it read', async () => {
    const { user } = await renderApp('/scale', { task: { projectName: 'Keep me' } }, 2);
    fireEvent.change(configBox(), { target: { value: LLAMA_3B } });
    await user.type(screen.getByRole('textbox', { name: 'Name for this model' }), 'Our 3B');
    await user.click(screen.getByRole('button', { name: 'Use this config' }));
    expect(await screen.findByText('Using “Our 3B”')).toBeInTheDocument();
    expect(
      screen.getByText(/3\.21B parameters · 28 layers · hidden 3072 · 24 heads \(8 KV\)/),
    ).toBeInTheDocument();
    const custom = wizardState().scale.customModel;
    expect(custom?.name).toBe('Our 3B');
    // Only what the memory model reads is kept.
    expect(custom?.config).not.toHaveProperty('torch_dtype');
    expect(wizardState().task.projectName).toBe('Keep me');
  });

  it('explains a config that is not JSON, or misses fields, and loses nothing else', async () => {
    const { user } = await renderApp('/scale', { scale: { loraRank: 32 } }, 2);
    fireEvent.change(configBox(), {
      target: { value: '{"model_type": "llama", "hidden_size": 4096,' },
    });
    await user.click(screen.getByRole('button', { name: 'Use this config' }));
    expect(await screen.findByText(/is not valid JSON/)).toBeInTheDocument();
    expect(configBox()).toHaveAttribute('aria-invalid', 'true');

    fireEvent.change(configBox(), {
      target: { value: '{"model_type": "llama", "hidden_size": 4096}' },
    });
    await user.click(screen.getByRole('button', { name: 'Use this config' }));
    const message = await screen.findByText(/num_hidden_layers is missing/);
    expect(message).toHaveTextContent(/num_attention_heads is missing/);
    expect(message).toHaveTextContent(/vocab_size is missing/);
    expect(wizardState().scale.customModel).toBeNull();
    expect(wizardState().scale.loraRank).toBe(32);
    expect(configBox()).toHaveValue('{"model_type": "llama", "hidden_size": 4096}');
  });

  it('reads an uploaded config.json file', async () => {
    const { user } = await renderApp('/scale', {}, 2);
    const file = new File([LLAMA_3B], 'config.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Or upload config.json'), file);
    await waitFor(() => expect(configBox()).toHaveValue(LLAMA_3B));
    expect(screen.getByRole('status')).toHaveTextContent('Loaded config.json');
  });

  it('draws both charts with table alternatives', async () => {
    await renderApp('/scale', {}, 2);
    expect(screen.getByRole('figure', { name: /Memory by method/ })).toBeInTheDocument();
    expect(
      screen.getByRole('figure', { name: /Memory against context length/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/Show the figures as a table/).length).toBe(2);
  });
});
