import { durationText, tokenCountText, trainedTokens, usdText } from '../../domain/cost';
import type { ComparedModel, Comparison } from '../../domain/compare';
import type { MemoryEstimate } from '../../domain/memory';
import type { Recommendation } from '../../domain/recommend';
import { LAUNCHER_NAMES } from '../../domain/recommend/planWords';
import { ENGINE_NAMES } from '../../domain/recommend/servingWords';
import { METHOD_NAMES, gib, tokens } from '../format';
import { licenseWords } from './words';

/** One line of a comparison table: what it is, and its text for each model in order. */
export interface CompareRow {
  label: string;
  values: string[];
}

/** One table of the comparison. Sections are independent: a new one (cost) is one more entry. */
export interface CompareSection {
  id: string;
  title: string;
  rows: CompareRow[];
  note?: string;
}

const NONE = '—';
const percent = (share: number) => `${Math.round(share * 100)}%`;

const row = (
  label: string,
  models: readonly ComparedModel[],
  value: (model: ComparedModel) => string,
): CompareRow => ({ label, values: models.map(value) });

function settings(models: readonly ComparedModel[]): CompareSection {
  const plan = (model: ComparedModel) => model.candidate.training.plan;
  return {
    id: 'settings',
    title: 'Best method and settings',
    rows: [
      row('Method', models, (m) => {
        const p = plan(m);
        return p ? METHOD_NAMES[p.method] : 'Nothing fits';
      }),
      row('Batch × sequence', models, (m) => {
        const p = plan(m);
        return p ? `${p.options.batchSize} × ${tokens(p.options.seqLen)} tokens` : NONE;
      }),
      row('LoRA', models, (m) => {
        const p = plan(m);
        if (!p) return NONE;
        return p.method === 'full'
          ? 'Not used'
          : `Rank ${p.options.loraRank} on ${p.options.loraTargets?.join(', ')}`;
      }),
      row('Gradient checkpointing', models, (m) => {
        const p = plan(m);
        return p ? (p.options.gradientCheckpointing ? 'On' : 'Off') : NONE;
      }),
      row('GPUs', models, (m) => {
        const p = plan(m);
        if (!p) return NONE;
        const gpus = p.options.gpus ?? 1;
        return gpus > 1 ? `${gpus}, ${LAUNCHER_NAMES[p.options.launcher ?? 'ddp']}` : '1';
      }),
      row('Changed to fit', models, (m) => plan(m)?.adjustments.join(' ') || 'Nothing'),
    ],
  };
}

const BREAKDOWN: { key: keyof MemoryEstimate['breakdown']; label: string }[] = [
  { key: 'weights', label: 'Weights' },
  { key: 'gradients', label: 'Gradients' },
  { key: 'optimizer', label: 'Optimizer state' },
  { key: 'activations', label: 'Activations' },
  { key: 'logits', label: 'Logits' },
  { key: 'overhead', label: 'Runtime overhead' },
];

function memory(models: readonly ComparedModel[], comparison: Comparison): CompareSection {
  const estimate = (m: ComparedModel) => m.candidate.training.plan?.estimate ?? null;
  return {
    id: 'memory',
    title: 'Training memory per GPU',
    rows: [
      ...BREAKDOWN.map(({ key, label }) =>
        row(label, models, (m) => {
          const e = estimate(m);
          return e ? gib(e.breakdown[key]) : NONE;
        }),
      ),
      row('Total reserved', models, (m) => {
        const e = estimate(m);
        return e ? `${gib(e.reservedBytes)} of ${gib(comparison.trainingCapacityBytes)}` : NONE;
      }),
      row('Fit and headroom', models, (m) =>
        m.headroom === null
          ? (m.candidate.whyNot[0] ?? 'Does not fit')
          : `Fits, ${percent(m.headroom)} free`,
      ),
    ],
  };
}

function serving(models: readonly ComparedModel[], rec: Recommendation): CompareSection {
  const plan = (m: ComparedModel) => m.candidate.serving.plan;
  return {
    id: 'serving',
    title: `Serving on the ${rec.hardware.serving.name}`,
    rows: [
      row('Engine', models, (m) => ENGINE_NAMES[m.candidate.serving.engine]),
      row('Weights', models, (m) => plan(m).weightFormat),
      row(
        `Memory at ${tokens(rec.answers.scale.contextWindow)} tokens × ${rec.answers.scale.concurrency}`,
        models,
        (m) =>
          `${gib(plan(m).neededBytes)} of ${gib(plan(m).capacityBytes)}${m.candidate.serving.fits ? '' : ' (does not fit)'}`,
      ),
      row(
        'Largest context that fits',
        models,
        (m) => `${tokens(m.candidate.serving.maxContext)} tokens`,
      ),
      row('Model’s own window', models, (m) => `${tokens(m.candidate.contextTokens)} tokens`),
    ],
    note:
      rec.hardware.serving.kind === 'gpu'
        ? 'As vLLM plans each model: it takes 0.92 of the GPU at start-up; the memory is what the weights, profile run, CUDA graphs and KV cache need of it.'
        : undefined,
  };
}

function license(models: readonly ComparedModel[]): CompareSection {
  return {
    id: 'license',
    title: 'Licence',
    rows: [row('Verdict for your answers', models, (m) => licenseWords(m.candidate))],
    note: 'Plain-language summaries, not legal advice.',
  };
}

function benchmarks(comparison: Comparison): CompareSection {
  const { rows, unshared } = comparison.benchmarks;
  const left =
    unshared > 0
      ? ` ${unshared} figure${unshared === 1 ? '' : 's'} published by only one of these models in its setting ${unshared === 1 ? 'is' : 'are'} left out.`
      : '';
  return {
    id: 'benchmarks',
    title: 'Published benchmarks',
    rows: rows.map((r) => ({
      label: r.ranking ? `${r.label} (ranks this purpose)` : r.label,
      values: r.figures.map((figure) => (figure ? String(figure.value) : NONE)),
    })),
    note: `A row holds figures in one identical setting (benchmark, variant, language and shots) only.${left}`,
  };
}

function speed(models: readonly ComparedModel[], rec: Recommendation): CompareSection {
  const figure = (
    m: ComparedModel,
    text: (s: Extract<ComparedModel['speed'], { ok: true }>['speed']) => string,
  ) => (m.speed.ok ? text(m.speed.speed) : NONE);
  const reasons = [...new Set(models.flatMap((m) => (m.speed.ok ? [] : [m.speed.reason])))];
  const gpus = rec.hardware.gpuCount > 1 ? `${rec.hardware.gpuCount} × ` : '';
  return {
    id: 'speed',
    title: `Training speed on ${gpus}${rec.hardware.training.name}`,
    rows: [
      row('Trained tokens per second', models, (m) =>
        figure(m, (s) => Math.round(s.tokensPerSecond).toLocaleString('en-US')),
      ),
      row('Time per million trained tokens', models, (m) =>
        figure(m, (s) => duration(s.secondsPerMillionTokens)),
      ),
      row('Share of the GPU’s peak reached', models, (m) =>
        figure(m, (s) => percent(s.achievedFraction)),
      ),
      row(
        `Time for your dataset (${tokenCountText(trainedTokens(rec.answers.scale))})`,
        models,
        (m) => (m.cost ? durationText(m.cost.hours) : NONE),
      ),
      row('Cost of the run', models, (m) =>
        m.cost && m.cost.costUsd !== null && m.cost.price
          ? `${usdText(m.cost.costUsd)} at ${usdText(m.cost.price.usdPerGpuHour)} per GPU-hour`
          : NONE,
      ),
    ],
    note: ['Estimates from the speed model for each plan’s own settings.', ...reasons].join(' '),
  };
}

/** Seconds as "42 s", "3.5 min" or "2.1 h". */
export function duration(seconds: number): string {
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${(seconds / 60).toFixed(1)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

/** The comparison as tables of text, in reading order. */
export function compareSections(comparison: Comparison, rec: Recommendation): CompareSection[] {
  const models = comparison.models;
  return [
    settings(models),
    memory(models, comparison),
    serving(models, rec),
    license(models),
    benchmarks(comparison),
    speed(models, rec),
  ];
}
