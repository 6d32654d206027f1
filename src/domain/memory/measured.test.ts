import { describe, expect, it } from 'vitest';
import { compare, quantile, specOf, stackOf } from './accuracy';
import { excluded, measurements, outOfMemory } from './fixtures/measurements';
import { countParameters } from './parameters';
import { estimateTrainingMemory } from './training';

const CSV_ROWS = 154;
const gb = (bytes: number) => (bytes / 1e9).toFixed(2);

describe('accuracy against published measurements', () => {
  const comparisons = measurements.map(compare);
  const errors = comparisons.map((c) => Math.abs(c.relativeError));
  const median = quantile(errors, 0.5);
  const p90 = quantile(errors, 0.9);

  it('accounts for every row of the measurements file', () => {
    const seen = new Set<number>([
      ...measurements.map((m) => m.row),
      ...outOfMemory.flatMap((m) => (m.row === null ? [] : [m.row])),
      ...excluded.flatMap((e) => e.rows),
    ]);
    const missing = Array.from({ length: CSV_ROWS }, (_, row) => row).filter(
      (row) => !seen.has(row),
    );
    expect(missing).toEqual([]);
  });

  it('keeps the median error at or under 15% and the 90th percentile at or under 35%', () => {
    const worst = [...comparisons]
      .sort((a, b) => Math.abs(b.relativeError) - Math.abs(a.relativeError))
      .slice(0, 8)
      .map(
        (c) =>
          `  row ${c.measurement.row} ${c.measurement.model} (${c.measurement.kind}, ${c.measurement.metric}): ` +
          `measured ${gb(c.measurement.bytes)} GB, estimated ${gb(c.estimatedBytes)} GB, ` +
          `${(c.relativeError * 100).toFixed(1)}%`,
      );
    console.info(
      [
        `Memory model vs published measurements: n = ${comparisons.length}, ` +
          `median |error| = ${(median * 100).toFixed(1)}%, p90 = ${(p90 * 100).toFixed(1)}%, ` +
          `mean signed = ${((comparisons.reduce((s, c) => s + c.relativeError, 0) / comparisons.length) * 100).toFixed(1)}%`,
        'Worst cases:',
        ...worst,
      ].join('\n'),
    );
    expect(comparisons.length).toBeGreaterThanOrEqual(60);
    expect(median).toBeLessThanOrEqual(0.15);
    expect(p90).toBeLessThanOrEqual(0.35);
  });

  it.each(outOfMemory.map((m) => [m.row ?? 'README', m.model, m] as const))(
    'row %s: %s ran out of memory, and the estimate exceeds the GPU too',
    (_row, model, oom) => {
      const estimate = estimateTrainingMemory(
        specOf(model, oom.configOverrides),
        oom.options,
        stackOf(oom).defaults,
      );
      expect(estimate.reservedBytes).toBeGreaterThan(oom.gpuBytes);
    },
  );

  it('beats the rule of thumb "weights × 1.2" that simple calculators use, by a wide margin', () => {
    // Weights in the method's format, times 1.2 for "overhead": no activations, KV cache or logits.
    const ruleOfThumb = comparisons.map(({ measurement }) => {
      const counts = countParameters(specOf(measurement.model, measurement.configOverrides));
      const bits =
        measurement.kind === 'training'
          ? { full: 16, lora: 16, qlora: 4 }[measurement.options.method]
          : (measurement.options.weightBits ?? 16);
      const bytes = ((counts.total * bits) / 8) * 1.2;
      return Math.abs(bytes - measurement.bytes) / measurement.bytes;
    });
    const ruleMedian = quantile(ruleOfThumb, 0.5);
    const ruleP90 = quantile(ruleOfThumb, 0.9);
    console.info(
      `Rule of thumb (weights × 1.2) on the same rows: median |error| = ${(ruleMedian * 100).toFixed(1)}%, p90 = ${(ruleP90 * 100).toFixed(1)}%`,
    );
    expect(median).toBeLessThan(ruleMedian / 2);
  });

  it('row 140: bert-base-cased loads 413.68 MiB in fp32, as its parameter count says', () => {
    const bytes = countParameters(specOf('bert-base-cased')).total * 4;
    expect(bytes / 2 ** 20).toBeCloseTo(413.68, -1);
  });
});
