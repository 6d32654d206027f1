import { describe, expect, it } from 'vitest';
import { gemma3n_e2b } from '../../memory/fixtures/configs2026/gemma3n';
import { gemma4_31b } from '../../memory/fixtures/configs2026/gemma4';
import { gemma4_e2b } from '../../memory/fixtures/configs2026/gemma4Small';
import { gptOss20b } from '../../memory/fixtures/configs2026/gptOss';
import { llama4Scout } from '../../memory/fixtures/configs2026/llama4';
import { qwen35_0_8b } from '../../memory/fixtures/configs2026/qwen35';
import { qwen36_27b } from '../../memory/fixtures/configs2026/qwen36';
import { qwen3Next80b } from '../../memory/fixtures/configs2026/qwen3Next';
import { findModel } from './index';
import { periodicLayerTypes } from './sources/layer-types';

/**
 * The catalog copies published config.json files that the memory tests keep as fixtures (the
 * catalog may not import test fixtures). These tests prove each copy, layer_types lists built by
 * periodicLayerTypes included, equals its fixture field for field.
 */
describe('catalog configs copied from the published-config fixtures', () => {
  it.each([
    ['google/gemma-4-31B-it', gemma4_31b.config],
    ['google/gemma-4-E2B-it', gemma4_e2b.config],
    ['google/gemma-3n-E2B-it', gemma3n_e2b.config],
    ['openai/gpt-oss-20b', gptOss20b.config],
    ['meta-llama/Llama-4-Scout-17B-16E', llama4Scout.config],
    ['Qwen/Qwen3.5-0.8B-Base', qwen35_0_8b.config],
    ['Qwen/Qwen3.6-27B', qwen36_27b.config],
    ['Qwen/Qwen3-Next-80B-A3B-Instruct', qwen3Next80b.config],
  ])('%s equals its fixture', (id, fixture) => {
    expect(findModel(id)?.config).toEqual(fixture);
  });

  it('builds the periodic layer_types of the published files', () => {
    const text = (config: Record<string, unknown>) => config.text_config as Record<string, unknown>;
    expect(periodicLayerTypes(60, 6, 'sliding_attention')).toEqual(
      text(gemma4_31b.config).layer_types,
    );
    expect(periodicLayerTypes(35, 5, 'sliding_attention')).toEqual(
      text(gemma4_e2b.config).layer_types,
    );
    expect(periodicLayerTypes(64, 4, 'linear_attention')).toEqual(
      text(qwen36_27b.config).layer_types,
    );
    expect(periodicLayerTypes(24, 2, 'sliding_attention')).toEqual(gptOss20b.config.layer_types);
    expect(periodicLayerTypes(4, 4, 'linear_attention')).toEqual([
      'linear_attention',
      'linear_attention',
      'linear_attention',
      'full_attention',
    ]);
  });
});
