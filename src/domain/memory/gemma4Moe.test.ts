import { describe, expect, it } from 'vitest';
import { modelSpecFromConfig } from './config';
import { gemma4_26b_a4b } from './fixtures/configs2026/gemma4Moe';
import { countParameters } from './parameters';
import { reduceConfig } from './reduce';
import { estimateServingMemory } from './serving';
import { estimateTrainingMemory } from './training';

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

describe('Gemma 4 26B-A4B from its complete config.json', () => {
  const spec = modelSpecFromConfig(gemma4_26b_a4b.config);
  const kvCache = (config: Record<string, unknown>, contextLength: number) =>
    estimateServingMemory(modelSpecFromConfig(config), { contextLength }).breakdown.kvCache;

  it('counts the safetensors total: 25.2B language model and the 27-block vision tower', () => {
    const counts = countParameters(spec);
    expect(counts.total).toBe(gemma4_26b_a4b.published.parameters);
    // The vision tower and its 1,152 → 2,816 embedder; the rest is the card's "25.2B total".
    expect(spec.visionParameters).toBe(572_794_416);
    expect(counts.total - spec.visionParameters).toBe(25_233_141_790);
    // The card's "3.8B active": 8 of 128 experts, without the vision tower.
    expect(counts.active - spec.visionParameters).toBe(3_822_530_590);
    expect(spec.moe).toMatchObject({
      numExperts: 128,
      expertsPerToken: 8,
      expertIntermediateSize: 704,
      sharedIntermediateSize: 2112,
    });
  });

  it('caches 25 sliding blocks up to the 1,024-token window and grows only the 5 full ones', () => {
    expect(spec.slidingLayers).toBe(25);
    expect(spec.fullAttention).toEqual({ headDim: 512, numKvHeads: 2, valuesFromKeys: true });
    const config = gemma4_26b_a4b.config;
    // 5 blocks × 2 × 2 KV heads × 512 × 2 bytes per token past the window.
    expect(kvCache(config, 20_000) - kvCache(config, 10_000)).toBe(10_000 * 5 * 2 * 2 * 512 * 2);
    // Below the window: 25 × 2 × 8 × 256 × 2 + the full blocks.
    expect(kvCache(config, 1000) - kvCache(config, 500)).toBe(
      500 * (25 * 2 * 8 * 256 * 2 + 5 * 2 * 2 * 512 * 2),
    );
  });

  it('the reduced config gives the same count and cache', () => {
    const reduced = reduceConfig(gemma4_26b_a4b.config);
    expect(countParameters(modelSpecFromConfig(reduced)).total).toBe(countParameters(spec).total);
    expect(kvCache(reduced, 50_000)).toBe(kvCache(gemma4_26b_a4b.config, 50_000));
  });

  it('training and serving estimates are finite and grow with the context', () => {
    let served = 0;
    for (const contextLength of [1, 1024, 8192, 65_536, 262_144]) {
      const estimate = estimateServingMemory(spec, { contextLength });
      expect(Number.isFinite(estimate.reservedBytes)).toBe(true);
      expect(estimate.allocatedBytes).toBeGreaterThan(served);
      served = estimate.allocatedBytes;
    }
    for (const method of ['full', 'lora', 'qlora'] as const) {
      const at = (seqLen: number) => estimateTrainingMemory(spec, { method, seqLen });
      const [short, medium, long] = [at(512), at(2048), at(8192)];
      expect([short, medium, long].every((e) => Number.isFinite(e.reservedBytes))).toBe(true);
      // Full fine-tuning peaks at the optimizer step until the activations outgrow it.
      expect(medium.allocatedBytes).toBeGreaterThanOrEqual(short.allocatedBytes);
      expect(long.allocatedBytes).toBeGreaterThan(medium.allocatedBytes);
    }
    // Full fine-tuning trains the language model only: the vision tower stays frozen.
    const full = estimateTrainingMemory(spec, { method: 'full', seqLen: 512 });
    expect(full.parameters.trainable).toBe(25_233_141_790);
  });
});
