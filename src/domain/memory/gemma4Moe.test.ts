import { describe, expect, it } from 'vitest';
import { modelSpecFromConfig } from './config';
import { countParameters } from './parameters';
import { estimateServingMemory } from './serving';

/**
 * A tiny Gemma 4 mixture-of-experts text config with every branch of the MoE block (the shapes
 * of the Gemma 4 converter tests of ServiceNow's Fast-LLM, without layer_types so the class
 * default applies). Reference: transformers 5.18.0 builds it on the meta device with 58,792
 * parameters (38,800 with enable_moe_block false); the checkpoint format also stores one
 * layer_scalar per block, which transformers keeps as a buffer and Tunewise counts, as for the
 * published Gemma 4 31B.
 */
const TINY_GEMMA4_MOE = {
  model_type: 'gemma4_text',
  enable_moe_block: true,
  attention_k_eq_v: true,
  hidden_size_per_layer_input: 0,
  num_kv_shared_layers: 0,
  use_double_wide_mlp: false,
  hidden_size: 32,
  intermediate_size: 24,
  moe_intermediate_size: 8,
  num_experts: 4,
  top_k_experts: 2,
  num_hidden_layers: 6,
  num_attention_heads: 4,
  num_key_value_heads: 2,
  num_global_key_value_heads: 1,
  head_dim: 8,
  global_head_dim: 16,
  sliding_window: 16,
  final_logit_softcapping: 30.0,
  tie_word_embeddings: true,
  vocab_size: 128,
  rms_norm_eps: 1e-6,
};
const LAYER_SCALARS = 6;

describe('Gemma 4 mixture of experts', () => {
  it('counts the dense MLP beside the experts, the router scales and the extra norms, as transformers does', () => {
    const spec = modelSpecFromConfig(TINY_GEMMA4_MOE);
    expect(countParameters(spec).total).toBe(58_792 + LAYER_SCALARS);
    expect(spec.moe).toMatchObject({
      numExperts: 4,
      expertsPerToken: 2,
      sharedIntermediateSize: 24,
    });
  });

  it('reads num_experts without enable_moe_block as the dense model it is', () => {
    const spec = modelSpecFromConfig({ ...TINY_GEMMA4_MOE, enable_moe_block: false });
    expect(spec.moe).toBeNull();
    expect(countParameters(spec).total).toBe(38_800 + LAYER_SCALARS);
  });

  it('takes five sliding blocks per full one when layer_types is absent, as Gemma4TextConfig does', () => {
    const spec = modelSpecFromConfig(TINY_GEMMA4_MOE);
    const explicit = modelSpecFromConfig({
      ...TINY_GEMMA4_MOE,
      layer_types: [...Array<string>(5).fill('sliding_attention'), 'full_attention'],
    });
    expect(countParameters(spec).total).toBe(countParameters(explicit).total);
    const at = (contextLength: number) =>
      estimateServingMemory(spec, { contextLength }).breakdown.kvCache;
    // Past the 16-token window only the one full block's cache keeps growing.
    const fullBlockPerToken = 2 * 1 * 16 * 2;
    expect(at(2048) - at(1024)).toBeCloseTo(1024 * fullBlockPerToken, -1);
  });
});
