import { ENGINE_LABELS, type Engine } from './types';

/** Rows an engine needs before a median and p90 mean anything. */
export const ENOUGH_ROWS = 5;

/** One published measurement against its prediction: error = predicted / measured − 1. */
export interface AccuracyRow {
  engine: Engine;
  label: string;
  error: number;
}

export interface EngineAccuracy {
  engine: Engine;
  rows: number;
  /** Median and 90th percentile of |error|; null without rows. */
  median: number | null;
  p90: number | null;
  enough: boolean;
}

const ENGINES: readonly Engine[] = ['vllm', 'sglang', 'transformers', 'llama.cpp', 'mlx'];

/** The q-quantile of `values`, interpolated linearly between order statistics. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = sorted[Math.floor(at)] ?? 0;
  const high = sorted[Math.ceil(at)] ?? 0;
  return low + (high - low) * (at - Math.floor(at));
}

/** Per engine: how many rows, and the median and p90 of their |error|. */
export function engineAccuracy(rows: readonly AccuracyRow[]): EngineAccuracy[] {
  return ENGINES.map((engine) => {
    const errors = rows.filter((r) => r.engine === engine).map((r) => Math.abs(r.error));
    return {
      engine,
      rows: errors.length,
      median: errors.length ? quantile(errors, 0.5) : null,
      p90: errors.length ? quantile(errors, 0.9) : null,
      enough: errors.length >= ENOUGH_ROWS,
    };
  });
}

const percent = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);

/** The report as the README's Markdown table. */
export function accuracyTable(report: readonly EngineAccuracy[]): string {
  const lines = report.map(
    (r) =>
      `| ${ENGINE_LABELS[r.engine]} | ${r.rows} | ${percent(r.median)} | ${percent(r.p90)} | ${r.enough ? 'yes' : 'too few rows'} |`,
  );
  return [
    '| Engine | Rows | Median \\|error\\| | p90 \\|error\\| | Claimed |',
    '| --- | ---: | ---: | ---: | --- |',
    ...lines,
  ].join('\n');
}
