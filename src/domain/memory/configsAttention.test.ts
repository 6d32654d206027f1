import { describe, expect, it } from 'vitest';
import { modelSpecFromConfig } from './config';
import { gemma3_4b } from './fixtures/configs2026/gemma3';
import { gemma4_31b } from './fixtures/configs2026/gemma4';
import { glm47Flash } from './fixtures/configs2026/glm47Flash';
import { kimiK2 } from './fixtures/configs2026/kimiK2';
import { llama4Scout } from './fixtures/configs2026/llama4';
import { llama4Maverick } from './fixtures/configs2026/llama4Maverick';
import { mistralSmall31 } from './fixtures/configs2026/mistralSmall';
import { countParameters } from './parameters';
import { reduceConfig } from './reduce';
import { estimateServingMemory } from './serving';
import { storedWeightBytes } from './storage';

const kvCache = (config: Record<string, unknown>, contextLength: number) =>
  estimateServingMemory(modelSpecFromConfig(config), { contextLength }).breakdown.kvCache;

describe('sliding, latent and mixture-of-experts attention from their published config.json', () => {
  it('Gemma 3 4B: a five-field text_config read with Gemma3TextConfig defaults, SigLIP apart', () => {
    const spec = modelSpecFromConfig(gemma3_4b.config);
    expect(spec).toMatchObject({ vocabSize: 262_208, numHeads: 8, numKvHeads: 4, headDim: 256 });
    expect(spec.slidingLayers).toBe(29);
    expect(spec.slidingWindow).toBe(1024);
    // SigLIP: patch conv, 64² positions, 27 blocks, post-norm; projector 1,152 × 2,560 + its norm.
    expect(spec.visionParameters).toBe(416_866_032 + 2_950_272);
    const counts = countParameters(spec);
    expect(counts.total).toBe(4_300_079_472);
    expect(Math.abs(counts.total / gemma3_4b.published.parameters - 1)).toBeLessThan(0.005);
    expect(spec.assumptions.join(' ')).toMatch(/class defaults/);
    // Past the window only the 5 global blocks grow: 2 × 4 × 256 × 2 bytes each per token.
    expect(kvCache(gemma3_4b.config, 20_000) - kvCache(gemma3_4b.config, 10_000)).toBe(
      10_000 * 5 * 2 * 4 * 256 * 2,
    );
  });

  it('Gemma 4 31B: 50 sliding + 10 full blocks of their own head shape, and the vision tower', () => {
    const spec = modelSpecFromConfig(gemma4_31b.config);
    expect(spec.slidingLayers).toBe(50);
    expect(spec.fullAttention).toEqual({ headDim: 512, numKvHeads: 4, valuesFromKeys: true });
    // 27 ViT blocks of 1,152, the 2 × 10,240 position table, patch projection, standardisation,
    // and the 1,152 → 5,376 embedder.
    expect(spec.visionParameters).toBe(575_743_536);
    expect(countParameters(spec).total).toBe(gemma4_31b.published.parameters);
    expect(spec.assumptions.join(' ')).toMatch(/1\.8% of the model/);
  });

  it('Gemma 4: past the 1,024-token window only the 10 full blocks grow', () => {
    const growth = kvCache(gemma4_31b.config, 20_000) - kvCache(gemma4_31b.config, 10_000);
    // 10 blocks × 2 × 4 KV heads × 512 × 2 bytes per token.
    expect(growth).toBe(10_000 * 10 * 2 * 4 * 512 * 2);
    // Below the window every block grows: 50 × 2 × 16 × 256 × 2 + the full blocks.
    expect(kvCache(gemma4_31b.config, 1000) - kvCache(gemma4_31b.config, 500)).toBe(
      500 * (50 * 2 * 16 * 256 * 2 + 10 * 2 * 4 * 512 * 2),
    );
  });

  it('Kimi K2: latent attention, 384 experts, one dense block: the checkpoint less its FP8 scales', () => {
    const spec = modelSpecFromConfig(kimiK2.config);
    expect(spec.moe).toMatchObject({ numExperts: 384, expertsPerToken: 8, denseLayers: 1 });
    const counts = countParameters(spec);
    // 62,495,192 weight_scale_inv entries and 26,456 buffers sit beside the weights.
    expect(counts.total).toBe(1_026_408_209_408);
    expect(counts.total + 62_495_192 + 26_456).toBe(kimiK2.published.parameters);
    // Model card: 32B activated.
    expect(counts.active).toBeGreaterThan(32e9);
    expect(counts.active).toBeLessThan(33e9);
    expect(spec.storage).toMatchObject({ method: 'fp8', scope: 'linear' });
    expect(storedWeightBytes(spec)).toBeLessThan(counts.total * 1.1);
  });

  it('GLM-4.7-Flash: latent attention with shared + routed experts, the checkpoint less MTP', () => {
    const spec = modelSpecFromConfig(glm47Flash.config);
    expect(spec.mla).toEqual({
      qLoraRank: 768,
      kvLoraRank: 512,
      qkNopeHeadDim: 192,
      qkRopeHeadDim: 64,
      vHeadDim: 256,
    });
    const counts = countParameters(spec);
    expect(counts.total).toBe(29_943_390_976);
    // The MTP layer (1,278,094,592) and 47 × 64 router bias buffers are in the safetensors.
    expect(counts.total + 1_278_094_592 + 47 * 64).toBe(glm47Flash.published.parameters);
    expect(spec.assumptions.join(' ')).toMatch(/multi-token-prediction/);
    expect(kvCache(glm47Flash.config, 2000) - kvCache(glm47Flash.config, 1000)).toBe(
      1000 * 47 * 576 * 2,
    );
  });

  it('Llama 4 Scout: 16 experts + a shared expert in every block, the vision encoder apart', () => {
    const spec = modelSpecFromConfig(llama4Scout.config);
    expect(spec.intermediateSize).toBe(16384);
    expect(spec.moe).toMatchObject({
      numExperts: 16,
      expertsPerToken: 1,
      expertIntermediateSize: 8192,
      sharedIntermediateSize: 8192,
      denseLayers: 0,
    });
    // 34 ViT blocks of 1,408, 577 positions, the pixel-shuffle adapter and the 4,096 → 5,120 projector.
    expect(spec.visionParameters).toBe(871_932_416);
    const counts = countParameters(spec);
    expect(counts.total).toBe(108_641_793_536);
    expect(Math.abs(counts.total / llama4Scout.published.parameters - 1)).toBeLessThan(0.005);
    // Model card: 17B active, counted (as for gpt-oss) without the input embedding.
    expect(Math.abs((counts.active - counts.embedding) / 17e9 - 1)).toBeLessThan(0.01);
  });

  it('Llama 4 Maverick: 128 experts in every second block, dense MLPs of 16,384 between', () => {
    const spec = modelSpecFromConfig(llama4Maverick.config);
    expect(spec.moe).toMatchObject({
      numExperts: 128,
      expertsPerToken: 1,
      expertIntermediateSize: 8192,
      sharedIntermediateSize: 8192,
      denseLayers: 24,
    });
    expect(spec.visionParameters).toBe(871_932_416);
    const counts = countParameters(spec);
    // Equal to the safetensors total the model page lists; 0.4% over the card's rounded 400B.
    expect(counts.total).toBe(401_583_781_376);
    expect(Math.abs(counts.total / llama4Maverick.published.parameters - 1)).toBeLessThan(0.005);
    expect(Math.abs((counts.active - counts.embedding) / 17e9 - 1)).toBeLessThan(0.01);
    // Same attention as Scout: 36 chunked blocks, 12 that cache the whole context.
    expect(spec.slidingLayers).toBe(36);
    expect(kvCache(llama4Maverick.config, 100_000) - kvCache(llama4Maverick.config, 50_000)).toBe(
      50_000 * 12 * 2 * 8 * 128 * 2,
    );
  });

  it('Llama 4 Scout: the 36 chunked blocks cache at most 8,192 tokens, the 12 NoPE blocks all', () => {
    const spec = modelSpecFromConfig(llama4Scout.config);
    expect(spec.slidingWindow).toBe(8192);
    expect(spec.slidingLayers).toBe(36);
    const growth = kvCache(llama4Scout.config, 100_000) - kvCache(llama4Scout.config, 50_000);
    // 12 blocks × 2 × 8 KV heads × 128 × 2 bytes per token.
    expect(growth).toBe(50_000 * 12 * 2 * 8 * 128 * 2);
  });

  it('Mistral Small 3.1: the Pixtral encoder and the patch-merging projector are 1.8% of 24B', () => {
    const spec = modelSpecFromConfig(mistralSmall31.config);
    // Patch conv 3 × 14² → 1,024, 24 blocks, projector norm, merger 4,096 → 1,024, 1,024 → 5,120 → 5,120.
    expect(spec.visionParameters).toBe(403_305_472 + 35_652_608);
    const counts = countParameters(spec);
    expect(counts.total).toBe(24_011_361_280);
    expect(Math.abs(counts.total / mistralSmall31.published.parameters - 1)).toBeLessThan(0.005);
    expect(spec.assumptions.join(' ')).toMatch(/1\.8% of the model/);
  });

  it.each([
    ['Gemma 3', gemma3_4b.config],
    ['Mistral Small 3.1', mistralSmall31.config],
    ['Llama 4 Scout', llama4Scout.config],
    ['Llama 4 Maverick', llama4Maverick.config],
    ['Gemma 4', gemma4_31b.config],
    ['Kimi K2', kimiK2.config],
    ['GLM-4.7-Flash', glm47Flash.config],
  ])('%s: the reduced config gives the same count, cache and storage', (_, config) => {
    const original = modelSpecFromConfig(config);
    const reduced = modelSpecFromConfig(reduceConfig(config));
    expect(countParameters(reduced).total).toBe(countParameters(original).total);
    expect(reduced.storage).toEqual(original.storage);
    expect(kvCache(reduceConfig(config), 50_000)).toBe(kvCache(config, 50_000));
  });
});

describe('OLMo 3 (model_type olmo3)', () => {
  // OLMo 2 7B's shape (Olmo2Config): q/k norms over all heads, norms after attention and MLP.
  const shape = {
    hidden_size: 4096,
    intermediate_size: 11008,
    num_hidden_layers: 32,
    num_attention_heads: 32,
    num_key_value_heads: 32,
    vocab_size: 100278,
    max_position_embeddings: 65536,
    tie_word_embeddings: false,
  };

  it('counts the q/k norms of OLMo 2, not a Llama without them', () => {
    const olmo3 = countParameters(modelSpecFromConfig({ model_type: 'olmo3', ...shape })).total;
    const olmo2 = countParameters(modelSpecFromConfig({ model_type: 'olmo2', ...shape })).total;
    const llama = countParameters(modelSpecFromConfig({ model_type: 'llama', ...shape })).total;
    expect(olmo3).toBe(olmo2);
    expect(olmo3 - llama).toBe(32 * 2 * 4096);
    expect(olmo3).toBe(7_298_011_136);
  });

  it('without layer_types, three of every four blocks slide over 4,096 tokens, as Olmo3Config does', () => {
    const spec = modelSpecFromConfig({ model_type: 'olmo3', ...shape });
    expect(spec.slidingLayers).toBe(24);
    expect(spec.slidingWindow).toBe(4096);
    const growth =
      kvCache({ model_type: 'olmo3', ...shape }, 60_000) -
      kvCache({ model_type: 'olmo3', ...shape }, 30_000);
    // Only the 8 full blocks grow past the window: 2 × 32 KV heads × 128 × 2 bytes per token.
    expect(growth).toBe(30_000 * 8 * 2 * 32 * 128 * 2);
  });
});
