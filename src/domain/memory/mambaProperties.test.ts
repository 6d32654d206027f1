import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelSpecFromConfig } from './config';
import { falconH1_0_5b } from './fixtures/configs2026/falconH1';
import { gemma2_9b } from './fixtures/configs2026/gemma2';
import { graniteHTiny } from './fixtures/configs2026/graniteH';
import { jamba15Mini } from './fixtures/configs2026/jamba';
import { estimateServingMemory } from './serving';
import type { ModelSpec } from './spec';
import { estimateTrainingMemory } from './training';

const allAttention = (config: Record<string, unknown>, layers: number) =>
  modelSpecFromConfig({ ...config, layer_types: Array(layers).fill('attention') });

/** Each model beside a model of similar size with full attention in every block. */
const pairs: [string, ModelSpec, ModelSpec][] = [
  [
    'Jamba',
    modelSpecFromConfig(jamba15Mini.config),
    modelSpecFromConfig({ ...jamba15Mini.config, attn_layer_period: 1, attn_layer_offset: 0 }),
  ],
  [
    'Granite 4.0-H',
    modelSpecFromConfig(graniteHTiny.config),
    allAttention(graniteHTiny.config, 40),
  ],
  // Falcon-H1 without its Mamba half is a Llama of the same attention shape.
  [
    'Falcon-H1',
    modelSpecFromConfig(falconH1_0_5b.config),
    modelSpecFromConfig({ ...falconH1_0_5b.config, model_type: 'llama' }),
  ],
  [
    'Gemma 2',
    modelSpecFromConfig(gemma2_9b.config),
    modelSpecFromConfig({ ...gemma2_9b.config, sliding_window: null }),
  ],
];

const serving = (spec: ModelSpec, contextLength: number, batchSize: number) =>
  estimateServingMemory(spec, { contextLength, batchSize }).reservedBytes;

describe('Jamba, Granite 4.0-H, Falcon-H1 and Gemma 2', () => {
  it.each(pairs.filter(([name]) => name !== 'Falcon-H1'))(
    '%s grows more slowly with context than the same model on full attention',
    (_, hybrid, full) => {
      fc.assert(
        fc.property(
          fc.integer({ min: 4096, max: 500_000 }),
          fc.integer({ min: 1, max: 100_000 }),
          fc.integer({ min: 1, max: 8 }),
          (context, more, batch) => {
            const hybridGrowth =
              serving(hybrid, context + more, batch) - serving(hybrid, context, batch);
            const fullGrowth = serving(full, context + more, batch) - serving(full, context, batch);
            expect(hybridGrowth).toBeGreaterThanOrEqual(0);
            expect(hybridGrowth).toBeLessThan(fullGrowth);
          },
        ),
        { numRuns: 100 },
      );
    },
  );

  it('Falcon-H1 attends in every block: its cache grows as fast as the attention-only model, plus a fixed state', () => {
    const [, hybrid, attention] = pairs[2]!;
    const growth = (spec: ModelSpec) => serving(spec, 20_000, 2) - serving(spec, 10_000, 2);
    expect(growth(hybrid)).toBe(growth(attention));
    const state = (spec: ModelSpec) =>
      estimateServingMemory(spec, { contextLength: 1000, batchSize: 2 }).breakdown.kvCache;
    expect(state(hybrid) - state(attention)).toBe(2 * 36 * (24 * 64 * 128 + 1792 * 3) * 2);
  });

  it('their estimates are finite, never NaN, and monotonic in context and batch', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs.map(([, hybrid]) => hybrid)),
        fc.integer({ min: 1, max: 262_144 }),
        fc.integer({ min: 1, max: 50_000 }),
        fc.integer({ min: 1, max: 16 }),
        fc.constantFrom('full' as const, 'lora' as const, 'qlora' as const),
        (spec, context, more, batch, method) => {
          const at = serving(spec, context, batch);
          expect(Number.isFinite(at)).toBe(true);
          expect(serving(spec, context + more, batch)).toBeGreaterThanOrEqual(at);
          expect(serving(spec, context, batch + 1)).toBeGreaterThan(at);
          const train = (seqLen: number, batchSize: number) =>
            estimateTrainingMemory(spec, { method, seqLen, batchSize }).reservedBytes;
          const trained = train(Math.min(context, 32_768), batch);
          expect(Number.isFinite(trained)).toBe(true);
          expect(train(Math.min(context, 32_768) + more, batch)).toBeGreaterThanOrEqual(trained);
          expect(train(Math.min(context, 32_768), batch + 1)).toBeGreaterThanOrEqual(trained);
        },
      ),
      { numRuns: 150 },
    );
  });
});
