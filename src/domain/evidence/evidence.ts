import { quantile } from '../memory/accuracy';
import type { TrainingMethod } from '../memory';
import { memoryRuns, speedRuns, type MeasuredRun } from './runs';

/** The run an estimate is about, in the terms the fixtures are compared on. */
export interface RunQuery {
  method: TrainingMethod;
  /** Total parameters of the model. */
  parameters: number;
  seqLen: number;
  gpus: number;
  /** Catalog GPU id of the run, for the nearest speed run. */
  gpuId?: string;
}

/** What one figure rests on: the error of runs like it and the nearest one. */
export interface FigureEvidence {
  figure: 'memory' | 'speed';
  /** Median |error| of the like runs (0.08 = 8%). */
  typicalError: number;
  /** Like runs the median is over. */
  n: number;
  /** What "like this one" meant, as a phrase: "LoRA runs of 3–24B models on the 2025–26 stack". */
  likeness: string;
  nearest: MeasuredRun;
}

/** Fewer like runs than this and the next, wider, likeness is used. */
export const MIN_LIKE_RUNS = 3;
/** A model "like" another is within this factor of its parameter count. */
const SIZE_FACTOR = 3;

const METHOD_WORDS = { full: 'full fine-tuning', lora: 'LoRA', qlora: 'QLoRA' } as const;

const billions = (n: number) => {
  const b = n / 1e9;
  return b >= 10
    ? `${Math.round(b)}B`
    : b >= 1
      ? `${b.toFixed(1).replace(/\.0$/, '')}B`
      : `${Math.round(n / 1e6)}M`;
};

const sameSize = (run: MeasuredRun, q: RunQuery) =>
  run.parameters >= q.parameters / SIZE_FACTOR && run.parameters <= q.parameters * SIZE_FACTOR;

interface Tier {
  test: (run: MeasuredRun) => boolean;
  words: string;
}

/** Likeness from the strictest to the widest: the first with enough runs is used. */
function tiers(q: RunQuery, figure: FigureEvidence['figure'], stack: string): Tier[] {
  const method = METHOD_WORDS[q.method];
  const size = `${billions(q.parameters / SIZE_FACTOR)}–${billions(q.parameters * SIZE_FACTOR)} models`;
  const multi = q.gpus > 1;
  const third =
    figure === 'memory'
      ? {
          test: (r: MeasuredRun) => r.stack === stack,
          words: `on the ${stack.replace('-', '–')} stack`,
        }
      : {
          test: (r: MeasuredRun) => r.multiGpu === multi,
          words: multi ? 'on several GPUs' : 'on one GPU',
        };
  return [
    {
      test: (r) => r.method === q.method && sameSize(r, q) && third.test(r),
      words: `${method} runs of ${size} ${third.words}`,
    },
    { test: (r) => r.method === q.method && sameSize(r, q), words: `${method} runs of ${size}` },
    { test: (r) => r.method === q.method, words: `${method} runs of any size` },
    { test: () => true, words: 'training runs of every kind' },
  ];
}

/** Distance between a run and the query: size and length on a log scale, then GPU and count. */
function distance(run: MeasuredRun, q: RunQuery): number {
  return (
    Math.abs(Math.log(run.parameters / q.parameters)) +
    0.5 * Math.abs(Math.log(run.seqLen / q.seqLen)) +
    (run.method === q.method ? 0 : 2) +
    (run.multiGpu === q.gpus > 1 ? 0 : 0.5) +
    (q.gpuId && run.gpu && run.gpu !== q.gpuId ? 0.3 : 0)
  );
}

function evidenceOver(
  runs: readonly MeasuredRun[],
  q: RunQuery,
  figure: FigureEvidence['figure'],
  stack: string,
): FigureEvidence | null {
  for (const tier of tiers(q, figure, stack)) {
    const like = runs.filter(tier.test);
    if (like.length < MIN_LIKE_RUNS) continue;
    const nearest = like.reduce((best, run) => (distance(run, q) < distance(best, q) ? run : best));
    return {
      figure,
      typicalError: quantile(
        like.map((run) => Math.abs(run.error)),
        0.5,
      ),
      n: like.length,
      likeness: tier.words,
      nearest,
    };
  }
  return null;
}

/**
 * The evidence behind a training-memory estimate: the median error of the published runs most
 * like it (same method, a model within 3× the size, the same stack generation; widened step by
 * step until at least three runs qualify) and the nearest of them. `stack` is the generation the
 * estimate assumes ('2025-26' for today's defaults).
 */
export function memoryEvidence(q: RunQuery, stack = '2025-26'): FigureEvidence | null {
  return evidenceOver(memoryRuns(), q, 'memory', stack);
}

/**
 * The evidence behind a speed estimate: the median error of the calibration runs most like it
 * (same method, a model within 3× the size, one GPU or several; widened until at least three
 * qualify) and the nearest of them, preferring the same GPU.
 */
export function speedEvidence(q: RunQuery): FigureEvidence | null {
  return evidenceOver(speedRuns(), q, 'speed', '');
}
