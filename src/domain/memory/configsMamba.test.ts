import { describe, expect, it } from 'vitest';
import { recurrentStateBytes } from './cacheLayers';
import { modelSpecFromConfig } from './config';
import { falconH1_0_5b } from './fixtures/configs2026/falconH1';
import { gemma2_9b } from './fixtures/configs2026/gemma2';
import { graniteHTiny } from './fixtures/configs2026/graniteH';
import { jamba15Mini } from './fixtures/configs2026/jamba';
import { countParameters } from './parameters';
import { reduceConfig } from './reduce';
import { estimateServingMemory } from './serving';

const relativeError = (a: number, b: number) => Math.abs(a - b) / b;
const kvCache = (config: Record<string, unknown>, contextLength: number, batchSize = 1) =>
  estimateServingMemory(modelSpecFromConfig(config), { contextLength, batchSize }).breakdown
    .kvCache;

describe('Mamba hybrids and Gemma 2 from their published config.json', () => {
  it('Jamba 1.5 Mini: 4 attention + 28 Mamba-1 blocks, experts in every second block', () => {
    const spec = modelSpecFromConfig(jamba15Mini.config);
    expect(spec.layout).toEqual({ attention: 4, recurrent: 28, feedForward: 32 });
    expect(spec.moe).toMatchObject({ numExperts: 16, expertsPerToken: 2, denseLayers: 16 });
    expect(spec.recurrent).toMatchObject({
      kind: 'mamba1',
      // in_proj 4,096 → 16,384, x_proj 8,192 → 256 + 32, dt_proj 256 → 8,192, out_proj 8,192 → 4,096
      linearParameters: 4096 * 16384 + 8192 * 288 + 256 * 8192 + 8192 * 4096,
      // conv 8,192 × 4 + bias, dt_proj bias, A_log 8,192 × 16, D, dt/B/C norms 256 + 16 + 16
      otherParameters: 8192 * 5 + 8192 + 8192 * 16 + 8192 + 288,
      stateElements: 8192 * 16,
      stateBytesPerElement: 4,
    });
    const counts = countParameters(spec);
    expect(counts.total).toBe(51_570_323_328);
    expect(relativeError(counts.total, jamba15Mini.published.parameters)).toBeLessThan(0.005);
    // Model card: 12B active.
    expect(relativeError(counts.active, 12e9)).toBeLessThan(0.01);
  });

  it('Jamba: only the 4 attention blocks grow with context; 28 Mamba blocks keep 0.6 MB each', () => {
    const growth = kvCache(jamba15Mini.config, 20_000) - kvCache(jamba15Mini.config, 10_000);
    expect(growth).toBe(10_000 * 4 * 2 * 8 * 128 * 2);
    const spec = modelSpecFromConfig(jamba15Mini.config);
    // 8,192 × 16 fp32 scan state + 8,192 × 3 bf16 conv inputs per block.
    expect(recurrentStateBytes(spec, 2)).toBe(2 * 28 * (8192 * 16 * 4 + 8192 * 3 * 2));
  });

  it('Granite-4.0-H-Tiny: 36 Mamba-2 + 4 attention blocks, 64 experts and a shared MLP in each', () => {
    const spec = modelSpecFromConfig(graniteHTiny.config);
    expect(spec.layout).toEqual({ attention: 4, recurrent: 36, feedForward: 40 });
    expect(spec.moe).toMatchObject({
      numExperts: 64,
      expertsPerToken: 6,
      expertIntermediateSize: 512,
      sharedIntermediateSize: 1024,
      denseLayers: 0,
    });
    expect(spec.recurrent).toMatchObject({
      kind: 'mamba2',
      // in_proj 1,536 → 3,072 + 3,328 + 48, out_proj 3,072 → 1,536
      linearParameters: 1536 * 6448 + 3072 * 1536,
      // conv 3,328 × 4 + bias, A_log, dt_bias, D (48 each), gated norm 3,072
      otherParameters: 3328 * 5 + 3 * 48 + 3072,
    });
    expect(spec.tiedEmbeddings).toBe(true);
    const counts = countParameters(spec);
    expect(counts.total).toBe(6_939_037_248);
    expect(counts.total).toBe(graniteHTiny.published.parameters);
  });

  it('Granite 4.0-H without experts (num_local_experts 0) keeps only its shared MLP', () => {
    const dense = modelSpecFromConfig({
      ...graniteHTiny.config,
      num_local_experts: 0,
      num_experts_per_tok: 0,
      intermediate_size: 4096,
      shared_intermediate_size: 4096,
    });
    expect(dense.moe).toBeNull();
    expect(dense.intermediateSize).toBe(4096);
    const moe = countParameters(modelSpecFromConfig(graniteHTiny.config)).total;
    // 40 blocks lose their router and experts and gain a 4,096-wide MLP for the 1,024 one.
    expect(countParameters(dense).total).toBe(
      moe - 40 * (1536 * 64 + 64 * 3 * 1536 * 512) + 40 * 3 * 1536 * (4096 - 1024),
    );
  });

  it('Falcon-H1-0.5B: attention and Mamba-2 side by side in all 36 blocks', () => {
    const spec = modelSpecFromConfig(falconH1_0_5b.config);
    expect(spec.layout).toEqual({ attention: 36, recurrent: 36, feedForward: 36 });
    expect(spec.recurrent).toMatchObject({
      kind: 'mamba2',
      // in_proj 1,024 → 1,536 + 1,792 + 24, out_proj 1,536 → 1,024
      linearParameters: 1024 * 3352 + 1536 * 1024,
      // conv 1,792 × 4 + bias, A_log, dt_bias, D; mamba_rms_norm false: no gated norm
      otherParameters: 1792 * 5 + 3 * 24,
      stateElements: 24 * 64 * 128,
    });
    const counts = countParameters(spec);
    expect(counts.total).toBe(521_411_104);
    expect(counts.total).toBe(falconH1_0_5b.published.parameters);
    // Every block caches 2 KV heads × 64 per token.
    expect(kvCache(falconH1_0_5b.config, 2000) - kvCache(falconH1_0_5b.config, 1000)).toBe(
      1000 * 36 * 2 * 2 * 64 * 2,
    );
    expect(recurrentStateBytes(spec, 1)).toBe(36 * (24 * 64 * 128 + 1792 * 3) * 2);
  });

  it('Gemma 2 9B: exact count; only the 21 global blocks grow past the 4,096-token window', () => {
    const spec = modelSpecFromConfig(gemma2_9b.config);
    expect(countParameters(spec).total).toBe(gemma2_9b.published.parameters);
    const growth = kvCache(gemma2_9b.config, 20_000) - kvCache(gemma2_9b.config, 10_000);
    expect(growth).toBe(10_000 * 21 * 2 * 8 * 256 * 2);
  });

  it.each([
    ['Jamba', jamba15Mini.config],
    ['Granite 4.0-H', graniteHTiny.config],
    ['Falcon-H1', falconH1_0_5b.config],
    ['Gemma 2', gemma2_9b.config],
  ])('%s: the reduced config that is stored and shared gives the same spec', (_, config) => {
    const original = modelSpecFromConfig(config);
    const reduced = modelSpecFromConfig(reduceConfig(config));
    expect(countParameters(reduced).total).toBe(countParameters(original).total);
    expect(reduced.layout).toEqual(original.layout);
    expect(reduced.recurrent).toEqual(original.recurrent);
  });
});
