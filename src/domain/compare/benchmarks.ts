import type { Benchmark } from '../catalog/schema';
import type { Answers, Candidate } from '../recommend';
import { benchmarkLabel, comparableKey, rankingBenchmarks } from '../recommend/rankingBenchmarks';

/** One published figure compared like with like: same benchmark, variant, language and shots. */
export interface BenchmarkRow {
  /** `comparableKey` of the figures in the row. */
  key: string;
  /** "MMLU-Pro (5-shot)". */
  label: string;
  /** True for a benchmark the ranking reads for these answers. */
  ranking: boolean;
  /** One per compared model, in order: its figure, or null when it publishes none in this setting. */
  figures: (Benchmark | null)[];
}

export interface SharedBenchmarks {
  rows: BenchmarkRow[];
  /** Figures published by only one of the compared models in their setting: left out. */
  unshared: number;
}

/**
 * The compared models' published figures in rows of identical settings (`comparableKey`, the
 * ranking's own rule), kept only where at least two models publish one: a figure alone compares
 * nothing. The ranking's benchmarks for these answers come first, in its order; then the rows
 * most models share.
 */
export function sharedBenchmarks(models: readonly Candidate[], answers: Answers): SharedBenchmarks {
  const rows = new Map<string, BenchmarkRow>();
  models.forEach((model, index) => {
    for (const figure of model.benchmarks) {
      const key = comparableKey(figure);
      const row = rows.get(key) ?? {
        key,
        label: benchmarkLabel(figure),
        ranking: false,
        figures: models.map(() => null),
      };
      // A model's first figure in a setting counts, as in the ranking.
      row.figures[index] ??= figure;
      rows.set(key, row);
    }
  });
  const wanted = rankingBenchmarks(answers);
  const rank = (row: BenchmarkRow) => {
    const figure = row.figures.find((f) => f !== null) as Benchmark;
    const at = wanted.findIndex(
      (w) => w.name === figure.name && (!w.language || w.language === figure.language),
    );
    return at === -1 ? wanted.length : at;
  };
  const count = (row: BenchmarkRow) => row.figures.filter((f) => f !== null).length;
  const all = [...rows.values()];
  const shared = all
    .filter((row) => count(row) >= 2)
    .map((row) => ({ ...row, ranking: rank(row) < wanted.length }))
    .sort((a, b) => rank(a) - rank(b) || count(b) - count(a) || a.label.localeCompare(b.label));
  const unshared = all.filter((row) => count(row) === 1).length;
  return { rows: shared, unshared };
}
