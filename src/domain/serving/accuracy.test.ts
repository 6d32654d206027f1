import { describe, expect, it } from 'vitest';
import { modelSpecFromConfig } from '../memory';
import { estimateServingMemory } from '../memory/serving';
import { PUBLISHED_GGUF, publishedBytes } from './fixtures/ggufSizes';
import { SERVING_MEASUREMENTS, type ServingMeasurement } from './fixtures/servingMeasurements';
import { ggufSize } from './gguf';
import { kvBytes } from './kv';
import { mlxWeightBytes } from './mlx';
import { catalogSpec, request } from './testSupport';
import type { Engine } from './types';

/** Rows an engine needs before a median and p90 mean anything. */
const ENOUGH_ROWS = 5;

function predict(row: ServingMeasurement): number {
  const model = row.config ? modelSpecFromConfig(row.config) : catalogSpec(row.modelId);
  const q = row.quantity;
  switch (q.kind) {
    case 'weights-per-gpu':
      return estimateServingMemory(model, {
        weightBits: q.weightBits,
        weightFormat: 'awq',
        contextLength: 1,
        gpus: q.gpus,
      }).breakdown.weights;
    case 'kv-tokens-from-memory': {
      const block = kvBytes(model, q.blockTokens, 1, 2, q.blockTokens, q.gpus);
      return Math.floor(q.availableBytes / block) * q.blockTokens;
    }
    case 'kv-pool-bytes':
      return kvBytes(model, q.tokens, 1, 2, 1, q.gpus);
    case 'gguf-file':
      return ggufSize(model, q.mix).fileBytes;
    case 'mlx-weights':
      return mlxWeightBytes({ ...request(row.modelId), model }, q.bits);
  }
}

const rows = [
  ...SERVING_MEASUREMENTS.map((row) => ({
    engine: row.engine,
    label: row.label,
    error: predict(row) / row.measured - 1,
  })),
  ...PUBLISHED_GGUF.map((row) => ({
    engine: 'llama.cpp' as Engine,
    label: `GGUF ${row.mix}, ${row.modelId}`,
    error: ggufSize(catalogSpec(row.modelId), row.mix).fileBytes / publishedBytes(row) - 1,
  })),
];

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return (sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (at - low);
}

const ENGINES: Engine[] = ['vllm', 'sglang', 'transformers', 'llama.cpp', 'mlx'];
const report = ENGINES.map((engine) => {
  const errors = rows.filter((r) => r.engine === engine).map((r) => Math.abs(r.error));
  return {
    engine,
    rows: errors.length,
    median: errors.length ? quantile(errors, 0.5) : null,
    p90: errors.length ? quantile(errors, 0.9) : null,
  };
});

describe('serving accuracy against published measurements, per engine', () => {
  it.each(rows)('$engine · $label: within 5%', (row) => {
    expect(Math.abs(row.error)).toBeLessThan(0.05);
  });

  it('meets median < 5% and p90 < 10% for every engine with enough rows (llama.cpp)', () => {
    const enough = report.filter((r) => r.rows >= ENOUGH_ROWS);
    expect(enough.map((r) => r.engine)).toEqual(['llama.cpp']);
    for (const r of enough) {
      expect(r.median!).toBeLessThan(0.05);
      expect(r.p90!).toBeLessThan(0.1);
    }
  });

  it('names the engines with too few rows to claim a figure', () => {
    const few = report.filter((r) => r.rows < ENOUGH_ROWS).map((r) => `${r.engine} (${r.rows})`);
    expect(few).toEqual(['vllm (3)', 'sglang (1)', 'transformers (0)', 'mlx (1)']);
    console.info(
      report
        .map(
          (r) =>
            `${r.engine}: ${r.rows} rows, median ${r.median === null ? '–' : (r.median * 100).toFixed(2) + '%'}, p90 ${r.p90 === null ? '–' : (r.p90 * 100).toFixed(2) + '%'}`,
        )
        .join('\n'),
    );
    console.info(
      rows.map((r) => `${r.engine} ${r.label}: ${(r.error * 100).toFixed(2)}%`).join('\n'),
    );
  });
});
