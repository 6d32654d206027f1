import { describe, expect, it } from 'vitest';
import { compare, errorSummary, stackOf } from './accuracy';
import { measurements } from './fixtures/measurements';
import { excluded2026, measurements2026 } from './fixtures/measurements2026';

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

describe('accuracy per training-stack generation', () => {
  const all = [...measurements, ...measurements2026].map(compare);
  const byStack = new Map<string, typeof all>();
  for (const c of all) {
    const generation = stackOf(c.measurement).generation;
    byStack.set(generation, [...(byStack.get(generation) ?? []), c]);
  }

  it('reports the error of each generation and keeps both within the accuracy bounds', () => {
    const lines = [...byStack].map(([generation, rows]) => {
      const { n, median, p90 } = errorSummary(rows);
      return `  ${generation}: n = ${n}, median |error| = ${pct(median)}, p90 = ${pct(p90)}`;
    });
    console.info(['Memory model by stack generation:', ...lines].join('\n'));
    const old = errorSummary(byStack.get('2023-24') ?? []);
    const current = errorSummary(byStack.get('2025-26') ?? []);
    expect(old.n).toBeGreaterThanOrEqual(60);
    expect(current.n).toBeGreaterThanOrEqual(10);
    expect(old.median).toBeLessThanOrEqual(0.15);
    expect(current.median).toBeLessThanOrEqual(0.15);
    expect(current.p90).toBeLessThanOrEqual(0.35);
  });

  it('labels every 2025–26 row with its stack and a URL or github: source (fixtureSources.test.ts checks them for private citations), and gives each exclusion a reason', () => {
    for (const row of measurements2026) {
      expect(row.stack).toBe('2025-26');
      expect(row.source).toMatch(/^(https:\/\/|github:)/);
    }
    for (const entry of excluded2026) expect(entry.reason.length).toBeGreaterThan(20);
  });
});
