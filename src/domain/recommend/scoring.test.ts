import { describe, expect, it } from 'vitest';
import { catalogModels, findModel } from '../catalog/models';
import type { CatalogModel } from '../catalog/schema';
import { comparableKey } from './rankingBenchmarks';
import { PRIOR_FIT, sizePrior } from './scoring';

const releasedIn = (model: CatalogModel, released: string) => ({ ...model, released });

describe('the size and recency prior', () => {
  const model = findModel('Qwen/Qwen3-8B')!;

  it('keeps rising past 2024, by month, up to the catalog review date', () => {
    const priors = ['2023-06', '2024-06', '2025-06', '2026-06'].map((month) =>
      sizePrior(releasedIn(model, month)),
    );
    for (let i = 1; i < priors.length; i++)
      expect(priors[i]).toBeCloseTo(priors[i - 1]! + PRIOR_FIT.perYear, 6);
    expect(sizePrior(releasedIn(model, '2026-07'))).toBeCloseTo(
      sizePrior(releasedIn(model, '2026-01')) + PRIOR_FIT.perYear / 2,
      6,
    );
  });

  it('does not reward a release date after the review', () => {
    expect(sizePrior(releasedIn(model, '2027-06'))).toBe(sizePrior(releasedIn(model, '2026-12')));
  });

  it('ranks bigger above smaller of the same month', () => {
    const small = findModel('Qwen/Qwen3-4B')!;
    expect(sizePrior(releasedIn(model, '2025-04'))).toBeGreaterThan(
      sizePrior(releasedIn(small, '2025-04')),
    );
  });
});

/** Least squares by the normal equations, for the three-term fit below. */
function leastSquares(rows: number[][], ys: number[]): number[] {
  const k = rows[0]!.length;
  const a = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => rows.reduce((s, r) => s + r[i]! * r[j]!, 0)),
  );
  const b = Array.from({ length: k }, (_, i) => rows.reduce((s, r, n) => s + r[i]! * ys[n]!, 0));
  for (let p = 0; p < k; p++) {
    for (let r = p + 1; r < k; r++) {
      const f = a[r]![p]! / a[p]![p]!;
      for (let q = p; q < k; q++) a[r]![q]! -= f * a[p]![q]!;
      b[r]! -= f * b[p]!;
    }
  }
  const w = new Array<number>(k).fill(0);
  for (let p = k - 1; p >= 0; p--) {
    let s = b[p]!;
    for (let q = p + 1; q < k; q++) s -= a[p]![q]! * w[q]!;
    w[p] = s / a[p]![p]!;
  }
  return w;
}

describe('the prior is the catalog’s own fit of MMLU (5-shot) on size and release month', () => {
  const rows: number[][] = [];
  const ys: number[] = [];
  for (const m of catalogModels) {
    for (const figure of m.benchmarks) {
      if (comparableKey(figure) !== 'MMLU||en|5' || !m.released) continue;
      const years =
        Number(m.released.slice(0, 4)) - 2019 + (Number(m.released.slice(5, 7)) - 1) / 12;
      rows.push([1, Math.log10(m.parameters.total / 1e8), years]);
      ys.push(figure.value);
    }
  }
  const [intercept, perDecade, perYear] = leastSquares(rows, ys) as [number, number, number];

  it('rests on at least 40 models, and its terms match a refit to within half a point', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(Math.abs(perDecade - PRIOR_FIT.perDecade)).toBeLessThan(0.5);
    expect(Math.abs(perYear - PRIOR_FIT.perYear)).toBeLessThan(0.5);
    expect(Math.abs(intercept - PRIOR_FIT.intercept)).toBeLessThan(1.5);
  });

  it('predicts the group within 6 points (root mean square)', () => {
    const residuals = rows.map(
      (r, i) => ys[i]! - (intercept + perDecade * r[1]! + perYear * r[2]!),
    );
    const rms = Math.sqrt(residuals.reduce((s, e) => s + e * e, 0) / residuals.length);
    expect(rms).toBeLessThan(6);
  });
});
