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

  it('shows the suggestion in the "Suggest for me" card, even while another band is chosen', async () => {
    await renderApp('/scale', { scale: { sizeBand: '70b' } }, 2);
    const suggest = screen.getByRole('radio', { name: /Suggest for me/ });
    expect(suggest).toHaveAccessibleDescription(/^4\.5B–10B \(the 7B–8B class\): /);
    expect(suggest).not.toHaveAccessibleDescription(/You chose/);
  });

  it('updates the store and the live figures as the sequence length changes', async () => {
    const { user } = await renderApp('/scale', {}, 2);
    const summary = screen.getByRole('region', { name: 'So far' });
    expect(summary).toHaveTextContent(/× 2,048 tokens/);
    const before = screen.getByRole('meter').getAttribute('aria-valuetext');
    const seq = screen.getByRole('textbox', { name: 'Training sequence length' });
    await user.clear(seq);
    await user.type(seq, '8192');
    expect(wizardState().scale.trainingSeqLen).toBe(8192);
    // The plan is remade for 8,192 tokens (a smaller batch fills about the same memory).
    await waitFor(() => expect(summary).toHaveTextContent(/× 8,192 tokens/));
    expect(screen.getByRole('meter').getAttribute('aria-valuetext')).not.toBe(before);
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
    expect(await screen.findByText(/the text is not valid JSON/)).toBeInTheDocument();
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

  it('tells valid JSON that is not an object, and an out-of-range number, from a missing field', async () => {
    const { user } = await renderApp('/scale', {}, 2);
    fireEvent.change(configBox(), { target: { value: '"config"' } });
    await user.click(screen.getByRole('button', { name: 'Use this config' }));
    expect(
      await screen.findByText(/the text is valid JSON,? but a string, not an object/),
    ).toBeInTheDocument();

    const huge = LLAMA_3B.replace(/"num_hidden_layers":\s*\d+/, '"num_hidden_layers": 1e309');
    fireEvent.change(configBox(), { target: { value: huge } });
    await user.click(screen.getByRole('button', { name: 'Use this config' }));
    const message = await screen.findByText(/num_hidden_layers .*between 1 and 1,024/);
    expect(message).not.toHaveTextContent('missing');
    expect(wizardState().scale.customModel).toBeNull();
  });

  it('accepts a config with Python’s Infinity and NaN words', async () => {
    const { user } = await renderApp('/scale', {}, 2);
    const withInfinity = LLAMA_3B.replace(/}\s*$/, ', "time_step_limit": [0.0, Infinity]}');
    fireEvent.change(configBox(), { target: { value: withInfinity } });
    await user.click(screen.getByRole('button', { name: 'Use this config' }));
    expect(await screen.findByText(/3\.21B parameters/)).toBeInTheDocument();
  });

  it('refuses pasted text over 512 KB, keeping the box and every other answer as they were', async () => {
    const { user } = await renderApp('/scale', { task: { projectName: 'Keep me' } }, 2);
    fireEvent.change(configBox(), { target: { value: LLAMA_3B } });
    fireEvent.change(configBox(), { target: { value: LLAMA_3B + ' '.repeat(600 * 1024) } });
    expect(screen.getByRole('alert')).toHaveTextContent(
      /The pasted text is 60\d KB; a config.json is a few KB, and the limit is 512 KB/,
    );
    expect(configBox()).toHaveValue(LLAMA_3B);
    expect(wizardState().task.projectName).toBe('Keep me');
    await user.click(screen.getByRole('button', { name: 'Use this config' }));
    expect(await screen.findByText(/3\.21B parameters/)).toBeInTheDocument();
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

describe('Scale step: training stack levers', () => {
  it('shows each loss kernel with the memory it needs, and choosing one changes the plan', async () => {
    const { user } = await renderApp('/scale', {}, 2);
    const loss = screen.getByRole('group', { name: 'Loss kernel' });
    const plain = within(loss).getByRole('radio', { name: /^Plain cross-entropy/ });
    // Whole fp32 logits cost more than TRL's chunked loss the plan uses.
    expect(plain).toHaveAccessibleDescription(/GiB per GPU, \d+\.\d GiB more/);
    const chunked = within(loss).getByRole('radio', { name: /^TRL’s chunked loss/ });
    expect(chunked).toHaveAccessibleDescription(/\(the plan now\)/);
    await user.click(within(loss).getByRole('radio', { name: /Liger fused/ }));
    expect(wizardState().scale.lossKernel).toBe('liger');
    await waitFor(() =>
      expect(within(loss).getByRole('radio', { name: /Liger fused/ })).toHaveAccessibleDescription(
        /\(the plan now\)/,
      ),
    );
  });

  it('offers CPU offload of the block inputs, and the launcher only with several GPUs', async () => {
    const { user } = await renderApp('/scale', {}, 2);
    expect(screen.queryByRole('group', { name: 'Launcher' })).not.toBeInTheDocument();
    const checkpointing = screen.getByRole('group', { name: 'Gradient checkpointing' });
    await user.click(within(checkpointing).getByRole('radio', { name: /offloaded to the CPU/ }));
    expect(wizardState().scale.gradientCheckpointing).toBe('offload');
  });

  it('asks for hard negatives on a reranker, defaulting to sentence-transformers’ 4', async () => {
    await renderApp('/scale', { task: { purpose: 'reranking' } }, 2);
    const negatives = screen.getByRole('combobox', { name: 'Hard negatives per example' });
    expect(negatives).toHaveDisplayValue('Default (4)');
    fireEvent.change(negatives, { target: { value: '7' } });
    expect(wizardState().scale.hardNegatives).toBe(7);
    expect(screen.queryByRole('group', { name: 'Loss kernel' })).not.toBeInTheDocument();
  });
});
