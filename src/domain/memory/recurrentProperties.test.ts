import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelSpecFromConfig } from './config';
import { gemma4_31b } from './fixtures/configs2026/gemma4';
import { kimiLinear48b } from './fixtures/configs2026/kimiLinear';
import { nemotron3Nano30b } from './fixtures/configs2026/nemotronH';
import { qwen35_0_8b } from './fixtures/configs2026/qwen35';
import { qwen3Next80b } from './fixtures/configs2026/qwen3Next';
import { estimateServingMemory } from './serving';
import type { ModelSpec } from './spec';
import { estimateTrainingMemory } from './training';

const { linear_num_value_heads: _dropped, ...qwenAllAttention } = qwen3Next80b.config;
const gemmaText = gemma4_31b.config.text_config as Record<string, unknown>;

/** Each hybrid model beside the same model with every mixer block on full attention. */
const pairs: [string, ModelSpec, ModelSpec][] = [
  ['Qwen3-Next', modelSpecFromConfig(qwen3Next80b.config), modelSpecFromConfig(qwenAllAttention)],
  [
    'Nemotron-3-Nano',
    modelSpecFromConfig(nemotron3Nano30b.config),
    modelSpecFromConfig({
      ...nemotron3Nano30b.config,
      hybrid_override_pattern: String(nemotron3Nano30b.config.hybrid_override_pattern).replace(
        /M/g,
        '*',
      ),
    }),
  ],
  [
    'Gemma 4',
    modelSpecFromConfig(gemma4_31b.config),
    modelSpecFromConfig({
      ...gemma4_31b.config,
      text_config: { ...gemmaText, layer_types: Array(60).fill('full_attention') },
    }),
  ],
];

const hybrids = [
  ...pairs.map(([, hybrid]) => hybrid),
  modelSpecFromConfig(qwen35_0_8b.config),
  modelSpecFromConfig(kimiLinear48b.config),
];

const serving = (spec: ModelSpec, contextLength: number, batchSize: number) =>
  estimateServingMemory(spec, { contextLength, batchSize }).reservedBytes;

describe('linear-attention, state-space and sliding models', () => {
  it.each(pairs)(
    '%s grows more slowly with context than the same model on full attention',
    (_, hybrid, full) => {
      fc.assert(
        fc.property(
          fc.integer({ min: 2048, max: 500_000 }),
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

  it('their estimates are finite, never NaN, and monotonic in context and batch', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...hybrids),
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
