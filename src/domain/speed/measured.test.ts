import { describe, expect, it } from 'vitest';
import { quantile } from '../memory/accuracy';
import { referenceConfigs } from '../memory/fixtures/referenceConfigs';
import { compareSpeed, type SpeedComparison } from './accuracy';
import { fitCalibration, fitObjective, heldOutBySource } from './fit';
import { excludedSpeed, measuredSpeed } from './fixtures/measuredSpeed';
import { GPUS_WITH_PEAK } from './gpuPeak';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const summary = (comparisons: readonly SpeedComparison[]) => {
  const errors = comparisons.map((c) => Math.abs(c.relativeError));
  return { n: errors.length, median: quantile(errors, 0.5), p90: quantile(errors, 0.9) };
};

describe('speed model against published measured throughput', () => {
  const comparisons = measuredSpeed.map((m) => compareSpeed(m));
  const overall = summary(comparisons);
  const sources = [...new Set(measuredSpeed.map((m) => m.source))];

  it('keeps 25+ usable rows from 4+ sources, each naming a known model, GPU and source', () => {
    expect(measuredSpeed.length).toBeGreaterThanOrEqual(25);
    expect(sources.length).toBeGreaterThanOrEqual(4);
    expect(new Set(measuredSpeed.map((m) => m.id)).size).toBe(measuredSpeed.length);
    for (const m of measuredSpeed) {
      expect(Object.hasOwn(referenceConfigs, m.model), m.id).toBe(true);
      expect(GPUS_WITH_PEAK, m.id).toContain(m.gpu);
      expect(m.reference, m.id).toMatch(/^(https:\/\/|github:\S+\/\S+ \S+ @[0-9a-f]{7,40})/);
      expect(m.value, m.id).toBeGreaterThan(0);
    }
    for (const e of excludedSpeed) expect(e.reason.length, e.rows).toBeGreaterThan(20);
  });

  it('keeps the median error under 20% and the 90th percentile under 35%', () => {
    const bySource = sources.map((source) => {
      const s = summary(comparisons.filter((c) => c.measurement.source === source));
      return `  ${source}: n = ${s.n}, median ${pct(s.median)}, p90 ${pct(s.p90)}`;
    });
    const worst = [...comparisons]
      .sort((a, b) => Math.abs(b.relativeError) - Math.abs(a.relativeError))
      .slice(0, 5)
      .map(
        (c) =>
          `  ${c.measurement.id}: measured ${c.measurement.value} (${c.measurement.metric}), estimated ${c.estimated.toFixed(1)}, ${pct(c.relativeError)}`,
      );
    console.info(
      [
        `Speed model vs published throughput: n = ${overall.n}, median |error| ${pct(overall.median)}, p90 ${pct(overall.p90)}`,
        ...bySource,
        'Largest errors:',
        ...worst,
      ].join('\n'),
    );
    expect(overall.median).toBeLessThan(0.2);
    expect(overall.p90).toBeLessThan(0.35);
  });

  it('carries to a source it was not fitted on: held-out median under 25%', () => {
    const folds = heldOutBySource(measuredSpeed);
    const heldOut = summary(folds.flatMap((f) => f.comparisons));
    console.info(
      [
        `Held out by source (every constant refitted on the other sources): n = ${heldOut.n}, median ${pct(heldOut.median)}, p90 ${pct(heldOut.p90)}`,
        ...folds.map((f) => {
          const s = summary(f.comparisons);
          return `  ${f.source}: peakShare ${f.calibration.peakShare.toFixed(3)}, n = ${s.n}, median ${pct(s.median)}, p90 ${pct(s.p90)}`;
        }),
      ].join('\n'),
    );
    expect(heldOut.median).toBeLessThan(0.25);
  }, 60_000);

  it('ships constants the fit cannot improve by more than rounding', () => {
    const shipped = fitObjective(comparisons);
    const refitted = fitObjective(
      measuredSpeed.map((m) => compareSpeed(m, fitCalibration(measuredSpeed))),
    );
    expect(refitted).toBeGreaterThan(shipped - 0.02);
  }, 60_000);
});
