import { describe, expect, it } from 'vitest';
import { LORA_TARGETS } from '../memory';
import { ALL_LINEAR, loraModuleNames, modelTypeOf } from './loraModules';

describe('loraModuleNames', () => {
  it('names each projection for Llama-style families', () => {
    for (const type of ['llama', 'qwen2', 'qwen3', 'mistral', 'gemma2', 'gemma3_text']) {
      expect(loraModuleNames(type, LORA_TARGETS)).toEqual([
        'q_proj',
        'k_proj',
        'v_proj',
        'o_proj',
        'gate_proj',
        'up_proj',
        'down_proj',
      ]);
    }
    expect(loraModuleNames('llama', ['q', 'v'])).toEqual(['q_proj', 'v_proj']);
  });

  it('uses the fused Phi-3 projections once each', () => {
    expect(loraModuleNames('phi3', LORA_TARGETS)).toEqual([
      'qkv_proj',
      'o_proj',
      'gate_up_proj',
      'down_proj',
    ]);
    expect(loraModuleNames('phi3', ['q', 'v'])).toEqual(['qkv_proj']);
  });

  it('falls back to all-linear for unknown families and MoE experts', () => {
    expect(loraModuleNames('bert', LORA_TARGETS)).toBe(ALL_LINEAR);
    expect(loraModuleNames(null, ['q'])).toBe(ALL_LINEAR);
    expect(loraModuleNames('mixtral', LORA_TARGETS)).toBe(ALL_LINEAR);
    expect(loraModuleNames('mixtral', ['q', 'k', 'v', 'o'])).toEqual([
      'q_proj',
      'k_proj',
      'v_proj',
      'o_proj',
    ]);
  });

  it('reads the model type from the catalog', () => {
    expect(modelTypeOf('meta-llama/Llama-3.1-8B-Instruct')).toBe('llama');
    expect(modelTypeOf('microsoft/Phi-3.5-mini-instruct')).toBe('phi3');
    expect(modelTypeOf('no/such-model')).toBeNull();
  });
});

describe('loraModuleNames with model types named after Object.prototype', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'falls back to all-linear for %s',
    (type) => {
      expect(loraModuleNames(type, LORA_TARGETS)).toBe(ALL_LINEAR);
    },
  );
});
