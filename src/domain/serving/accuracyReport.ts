import { ENGINE_LABELS, type Engine } from './types';
import { VLLM_GENERATIONS, type VllmGenerationId } from './vllmGenerations';

/** Rows an engine needs before a median and p90 mean anything. */
export const ENOUGH_ROWS = 5;

/** One published measurement against its prediction: error = predicted / measured − 1. */
export interface AccuracyRow {
  engine: Engine;
  /** The vLLM generation that measured the row; vLLM rows are reported per generation. */
  generation?: VllmGenerationId;
  label: string;
  error: number;
}

export interface EngineAccuracy {
  engine: Engine;
  generation: VllmGenerationId | null;
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

/** The report's lines: vLLM once per generation (current first), the other engines once each. */
const LINES: readonly { engine: Engine; generation: VllmGenerationId | null }[] = [
  { engine: 'vllm', generation: 'current' },
  { engine: 'vllm', generation: 'legacy' },
  ...ENGINES.filter((e) => e !== 'vllm').map((engine) => ({ engine, generation: null })),
];

/** Per engine (and vLLM generation): how many rows, and the median and p90 of their |error|. */
export function engineAccuracy(rows: readonly AccuracyRow[]): EngineAccuracy[] {
  return LINES.map(({ engine, generation }) => {
    const errors = rows
      .filter((r) => r.engine === engine && (generation === null || r.generation === generation))
      .map((r) => Math.abs(r.error));
    return {
      engine,
      generation,
      rows: errors.length,
      median: errors.length ? quantile(errors, 0.5) : null,
      p90: errors.length ? quantile(errors, 0.9) : null,
      enough: errors.length >= ENOUGH_ROWS,
    };
  });
}

/** "vLLM 0.21 and later (…)" for a vLLM generation, else the engine's label. */
export function accuracyLineLabel(line: Pick<EngineAccuracy, 'engine' | 'generation'>): string {
  return line.generation ? VLLM_GENERATIONS[line.generation].versions : ENGINE_LABELS[line.engine];
}

const percent = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);

/** The report as the README's Markdown table. */
export function accuracyTable(report: readonly EngineAccuracy[]): string {
  const lines = report.map(
    (r) =>
      `| ${accuracyLineLabel(r)} | ${r.rows} | ${percent(r.median)} | ${percent(r.p90)} | ${r.enough ? 'yes' : 'too few rows'} |`,
  );
  return [
    '| Engine | Rows | Median \\|error\\| | p90 \\|error\\| | Claimed |',
    '| --- | ---: | ---: | ---: | --- |',
    ...lines,
  ].join('\n');
}
