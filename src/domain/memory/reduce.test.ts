import { describe, expect, it } from 'vitest';
import { modelSpecFromConfig } from './config';
import { referenceConfigs } from './fixtures/referenceConfigs';
import { countParameters } from './parameters';
import { reduceConfig } from './reduce';

describe('reduceConfig', () => {
  it('keeps what the memory model reads: every reference model counts the same after reduction', () => {
    for (const [name, reference] of Object.entries(referenceConfigs)) {
      const reduced = reduceConfig(reference.config);
      expect(countParameters(modelSpecFromConfig(reduced)).total, name).toBe(reference.parameters);
    }
  });

  it('drops unrelated fields and over-long text', () => {
    const reduced = reduceConfig({
      model_type: 'llama',
      hidden_size: 4096,
      _name_or_path: '/home/someone/checkpoints/private-model',
      torch_dtype: 'bfloat16',
      architectures: ['LlamaForCausalLM'],
      hidden_act: 'x'.repeat(500),
    });
    expect(reduced).toEqual({
      model_type: 'llama',
      hidden_size: 4096,
      architectures: ['LlamaForCausalLM'],
    });
  });

  it('flattens a multimodal text_config and keeps the label count of a classifier', () => {
    expect(
      reduceConfig({
        model_type: 'gemma3',
        text_config: { model_type: 'gemma3_text', hidden_size: 2560 },
      }),
    ).toMatchObject({
      model_type: 'gemma3_text',
      hidden_size: 2560,
    });
    expect(
      reduceConfig({ model_type: 'bert', id2label: { 0: 'a', 1: 'b', 2: 'c' } }).num_labels,
    ).toBe(3);
  });
});
