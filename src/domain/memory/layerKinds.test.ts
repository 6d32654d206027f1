import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelSpecFromConfig } from './config';
import { deepseekV3 } from './fixtures/configs2026/deepseek';
import { gptOss20b } from './fixtures/configs2026/gptOss';
import { countParameters } from './parameters';
import { estimateServingMemory } from './serving';
import type { ModelSpec } from './spec';
import { estimateTrainingMemory } from './training';

/** The same architecture with every block on full attention (layer_types dropped). */
const slidingModel = modelSpecFromConfig(gptOss20b.config);
const fullModel = modelSpecFromConfig({ ...gptOss20b.config, layer_types: undefined });
const latentModel = modelSpecFromConfig(deepseekV3.config);

const serving = (spec: ModelSpec, contextLength: number, batchSize: number) =>
  estimateServingMemory(spec, { contextLength, batchSize }).reservedBytes;

describe('per-layer attention kinds', () => {
  it('keeps the parameter count when only the attention pattern differs', () => {
    expect(countParameters(slidingModel).total).toBe(countParameters(fullModel).total);
  });

  it('a sliding-window model grows more slowly with context than the full-attention one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 256, max: 500_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 8 }),
        (context, more, batch) => {
          const slidingGrowth =
            serving(slidingModel, context + more, batch) - serving(slidingModel, context, batch);
          const fullGrowth =
            serving(fullModel, context + more, batch) - serving(fullModel, context, batch);
          expect(slidingGrowth).toBeLessThan(fullGrowth);
          expect(slidingGrowth).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('estimates of the new kinds are finite, never NaN, and monotonic in context and batch', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(slidingModel, fullModel, latentModel),
        fc.integer({ min: 1, max: 200_000 }),
        fc.integer({ min: 1, max: 50_000 }),
        fc.integer({ min: 1, max: 16 }),
        (spec, context, more, batch) => {
          const at = serving(spec, context, batch);
          expect(Number.isFinite(at)).toBe(true);
          expect(serving(spec, context + more, batch)).toBeGreaterThanOrEqual(at);
          expect(serving(spec, context, batch + 1)).toBeGreaterThanOrEqual(at);
          const training = estimateTrainingMemory(spec, { method: 'lora', seqLen: context });
          expect(Number.isFinite(training.reservedBytes)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
