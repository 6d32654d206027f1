import { describe, expect, it } from 'vitest';
import { modelSpecFromConfig } from './config';
import { deepseekV3 } from './fixtures/configs2026/deepseek';
import { gptOss20b } from './fixtures/configs2026/gptOss';
import { smollm3 } from './fixtures/configs2026/smollm3';
import { countParameters } from './parameters';
import { reduceConfig } from './reduce';
import { estimateServingMemory } from './serving';
import { MXFP4_BITS, storedWeightBytes } from './storage';
import { estimateTrainingMemory } from './training';

const relativeError = (a: number, b: number) => Math.abs(a - b) / b;

describe('2025–26 architectures from their published config.json', () => {
  it('DeepSeek-V3: latent attention and 256 experts give the published 671B (without MTP)', () => {
    const spec = modelSpecFromConfig(deepseekV3.config);
    expect(spec.mla).toEqual({
      qLoraRank: 1536,
      kvLoraRank: 512,
      qkNopeHeadDim: 128,
      qkRopeHeadDim: 64,
      vHeadDim: 128,
    });
    const counts = countParameters(spec);
    // Per block: q_a 7168×1536 + 1536 norm, q_b 1536×128×192, kv_a 7168×576 + 512 norm,
    // kv_b 512×128×256, o 128×128×7168, 2 RMSNorms; 3 dense MLPs of 18,432; 58 MoE layers of
    // 256 + 1 shared experts of 2,048 and a 256-way router; embeddings and head of 129,280.
    expect(counts.total).toBe(671_026_404_352);
    expect(relativeError(counts.total, deepseekV3.published.parameters)).toBeLessThan(0.005);
    // README_WEIGHTS.md: 36.6B activated, including the 0.9B head (so without the input embedding).
    expect(relativeError(counts.active - counts.embedding, 36.6e9)).toBeLessThan(0.005);
    expect(spec.assumptions.join(' ')).toMatch(/multi-token-prediction/);
    expect(countParameters(modelSpecFromConfig(reduceConfig(deepseekV3.config))).total).toBe(
      counts.total,
    );
  });

  it('DeepSeek-V3 caches the 576-wide latent per token and layer, not 128 heads of keys and values', () => {
    const spec = modelSpecFromConfig(deepseekV3.config);
    const at = (contextLength: number) =>
      estimateServingMemory(spec, { contextLength, weightBits: 16, kvBits: 16, gpus: 8 }).breakdown
        .kvCache;
    // 61 layers × (512 + 64) × 2 bytes = 70,272 bytes per token, on every GPU.
    expect(at(2000) - at(1000)).toBe(1000 * 61 * 576 * 2);
  });

  it('SmolLM3: tied embeddings when the config omits tie_word_embeddings', () => {
    const spec = modelSpecFromConfig(smollm3.config);
    expect(spec.tiedEmbeddings).toBe(true);
    // Embedding 128,256 × 2,048 + 36 × (attention 10,485,760 + MLP 67,633,152 + 2 norms) + norm.
    expect(countParameters(spec).total).toBe(3_075_098_624);
    expect(relativeError(countParameters(spec).total, smollm3.published.parameters)).toBeLessThan(
      0.03,
    );
  });

  it('gpt-oss-20b: sinks, biased router and experts give the published 20.91B total, 3.61B active', () => {
    const spec = modelSpecFromConfig(gptOss20b.config);
    const counts = countParameters(spec);
    // Per block: q/k/v/o with biases 26,542,080 + 7,936, 64 sinks, router 32 × 2,880 + 32, 32
    // experts of 3 × 2,880² + 3 × 2,880 biases, 2 norms; embeddings and head of 201,088 × 2,880.
    expect(counts.total).toBe(20_914_757_184);
    expect(relativeError(counts.total, gptOss20b.published.parameters)).toBeLessThan(0.0005);
    // The model card counts active parameters without the input embedding (the head is counted).
    expect(relativeError(counts.active - counts.embedding, 3.61e9)).toBeLessThan(0.005);
    expect(spec.slidingLayers).toBe(12);
    expect(spec.storage).toEqual({ method: 'mxfp4', bitsPerWeight: 4.25, scope: 'experts' });
    // 24 × 32 × 3 × 2,880² expert weights at 4.25 bits; the other 1.80B parameters in bf16.
    const experts = 24 * 32 * 3 * 2880 * 2880;
    expect(storedWeightBytes(spec)).toBe((experts * MXFP4_BITS) / 8 + (counts.total - experts) * 2);
  });

  it('gpt-oss-20b: the sliding layers stop caching at 128 tokens', () => {
    const spec = modelSpecFromConfig(gptOss20b.config);
    const cache = (contextLength: number) =>
      estimateServingMemory(spec, { contextLength }).breakdown.kvCache;
    // Past the window only the 12 full layers grow: 12 × 2 × 8 × 64 × 2 bytes per token.
    expect(cache(20_000) - cache(10_000)).toBe(10_000 * 12 * 2 * 8 * 64 * 2);
    const full = modelSpecFromConfig({ ...gptOss20b.config, layer_types: undefined });
    expect(estimateServingMemory(full, { contextLength: 65536 }).breakdown.kvCache).toBeGreaterThan(
      cache(65536),
    );
  });

  it('DeepSeek-V3: FP8 block-wise weights are sized at 8 bits plus a scale per 128 × 128 block', () => {
    const spec = modelSpecFromConfig(deepseekV3.config);
    expect(spec.storage).toEqual({ method: 'fp8', bitsPerWeight: 8 + 32 / 16384, scope: 'linear' });
    const counts = countParameters(spec);
    expect(storedWeightBytes(spec)).toBeCloseTo(
      (counts.linear * (8 + 32 / 16384)) / 8 + (counts.total - counts.linear) * 2,
      0,
    );
  });

  it.each([
    ['gpt-oss-20b', gptOss20b.config],
    ['DeepSeek-V3', deepseekV3.config],
    ['SmolLM3', smollm3.config],
  ])('%s: training and serving estimates are finite and grow with context', (_, config) => {
    const spec = modelSpecFromConfig(config);
    let previous = 0;
    for (const tokens of [1, 1024, 8192, 65536]) {
      const serving = estimateServingMemory(spec, { contextLength: tokens }).reservedBytes;
      const training = estimateTrainingMemory(spec, {
        method: 'qlora',
        seqLen: tokens,
      }).reservedBytes;
      expect(Number.isFinite(serving) && Number.isFinite(training)).toBe(true);
      expect(serving).toBeGreaterThan(previous);
      previous = serving;
    }
  });
});
