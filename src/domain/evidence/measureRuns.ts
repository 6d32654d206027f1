import { compare, specOf } from '../memory/accuracy';
import { measurements } from '../memory/fixtures/measurements';
import { measurements2026 } from '../memory/fixtures/measurements2026';
import { countParameters } from '../memory/parameters';
import type { TrainingMethod, TrainingOptions } from '../memory';
import { compareSpeed } from '../speed/accuracy';
import { measuredSpeed } from '../speed/fixtures/measuredSpeed';
import { sourceUrl } from './sourceUrl';

/** One published run the models were checked against, with our estimate for it. */
export interface MeasuredRun {
  id: string;
  model: string;
  method: TrainingMethod;
  /** Total parameters of the run's model, as the memory model counts them. */
  parameters: number;
  seqLen: number;
  /** Several GPUs (DDP, FSDP, ZeRO) or one. */
  multiGpu: boolean;
  /** Catalog GPU id, where the source names one. */
  gpu: string | null;
  /** '2023-24' or '2025-26' for memory rows; speed rows ran on their own stacks. */
  stack: string | null;
  /** What the source printed, and our estimate of the same thing, in `unit`. */
  measured: number;
  estimated: number;
  unit: 'GiB' | 'tokens/s' | 's/step';
  /** (estimated − measured) ÷ measured on the figure shown (throughput for speed). */
  error: number;
  source: string;
  url: string | null;
  /** The run's conditions in a line. */
  setup: string;
}

const GIB = 2 ** 30;
const METHOD_WORDS = { full: 'full fine-tuning', lora: 'LoRA', qlora: 'QLoRA' } as const;

const parameterCache = new Map<string, number>();
function parametersOf(model: string, overrides?: Record<string, unknown>): number {
  const key = `${model}|${JSON.stringify(overrides ?? {})}`;
  let total = parameterCache.get(key);
  if (total === undefined) {
    total = countParameters(specOf(model, overrides)).total;
    parameterCache.set(key, total);
  }
  return total;
}

function setupOf(model: string, options: TrainingOptions, gpus = options.gpus ?? 1): string {
  const method = METHOD_WORDS[options.method];
  const rank = options.method === 'full' ? '' : ` r=${options.loraRank ?? 8}`;
  const batch = `batch ${options.batchSize ?? 1} × ${(options.seqLen ?? 512).toLocaleString('en-US')} tokens`;
  const ckpt = options.gradientCheckpointing ? ', checkpointing' : '';
  const many = gpus > 1 ? `, ${gpus} GPUs (${options.launcher ?? 'ddp'})` : '';
  return `${model}, ${method}${rank}, ${batch}${ckpt}${many}`;
}

/**
 * The published training-memory runs (both stack generations) with our estimate of each, computed
 * from the fixtures. Tests only: the app reads the same rows from `runTable.json`.
 */
export function computeMemoryRuns(): MeasuredRun[] {
  return [...measurements, ...measurements2026].flatMap((m) => {
    if (m.kind !== 'training') return [];
    const comparison = compare(m);
    return [
      {
        id: `memory-${m.stack ?? '2023-24'}-${m.row}`,
        model: m.model,
        method: m.options.method,
        parameters: parametersOf(m.model, m.configOverrides),
        seqLen: m.options.seqLen ?? 512,
        multiGpu: (m.options.gpus ?? 1) > 1,
        gpu: null,
        stack: m.stack ?? '2023-24',
        measured: m.bytes / GIB,
        estimated: comparison.estimatedBytes / GIB,
        unit: 'GiB' as const,
        error: comparison.relativeError,
        source: m.source,
        url: sourceUrl(m.source),
        setup: setupOf(m.model, m.options),
      },
    ];
  });
}

/** The published throughput runs the speed model is calibrated on, with our estimate of each (tests only). */
export function computeSpeedRuns(): MeasuredRun[] {
  return measuredSpeed.map((m) => {
    const comparison = compareSpeed(m);
    return {
      id: m.id,
      model: m.model,
      method: m.options.method,
      parameters: parametersOf(m.model),
      seqLen: m.options.seqLen ?? 512,
      multiGpu: (m.options.gpus ?? 1) > 1,
      gpu: m.gpu,
      stack: null,
      measured: m.value,
      estimated: comparison.estimated,
      unit: m.metric === 'seconds-per-step' ? ('s/step' as const) : ('tokens/s' as const),
      error: comparison.relativeError,
      source: m.reference,
      url: sourceUrl(m.reference),
      setup: `${setupOf(m.model, m.options)}; ${m.conditions}`,
    };
  });
}
