import { estimateTrainingMemory, type ModelSpec } from '../memory';
import { estimateTrainingSpeed } from '../speed';
import { hasSpeedFigures, type JobAnswers, trainedTokens } from '../cost/trainingCost';
import { changesFor } from './fitChanges';
import type { Device } from './hardware';
import type { PlanOptions } from './planOptions';

/** One change to a run that does not fit, with what it saves and what it costs. */
export interface FitLever {
  id: string;
  /** The change, in a few words: "QLoRA: the frozen base in 4-bit". */
  label: string;
  /** The plan options it changes (with `modelName`, the model too). */
  change: Partial<PlanOptions>;
  /** The other model the change is to, if it is one. */
  modelName: string | null;
  /** Bytes per GPU with the change. */
  neededBytes: number;
  /** The run's bytes minus `neededBytes`: the difference of two estimates. */
  savedBytes: number;
  /** Within the budget on its own. */
  fits: boolean;
  /** Tokens per second with the change ÷ without, from the speed model; null where it has no figures. */
  speedRatio: number | null;
  /** What it costs in quality or convenience, in a sentence. */
  quality: string;
  /** Change of the whole job's price in US dollars; null without speed figures or a price. */
  costDeltaUsd: number | null;
}

export interface FitAdvice {
  modelName: string;
  /** 'no-fit': no method fits; 'cut': it fits only by shortening the sequences or the batch asked for. */
  situation: 'no-fit' | 'cut';
  /** The run as asked: its bytes per GPU and the budget the headroom leaves. */
  neededBytes: number;
  budgetBytes: number;
  /** Changes that save memory, the largest saving first. */
  levers: FitLever[];
  /** Bytes with every change to the settings together (not the model, not the GPU count). */
  combinedBytes: number;
  /** No change alone makes it fit, and all the settings together do not either. */
  nothingFits: boolean;
}

export interface FitAdviceInput {
  modelName: string;
  spec: ModelSpec;
  /** The run as asked: method, length and batch. */
  wanted: PlanOptions;
  situation: FitAdvice['situation'];
  device: Device;
  budgetBytes: number;
  job: JobAnswers;
  /** US dollars per GPU-hour, or null. */
  price: number | null;
  /** The next smaller model of the same family that serves the purpose, if any. */
  smaller: { name: string; spec: ModelSpec } | null;
}

/** Tokens per second of a run on the device, or null where the speed model has no figures. */
function speedOf(spec: ModelSpec, options: PlanOptions, device: Device): number | null {
  return hasSpeedFigures(device.id)
    ? estimateTrainingSpeed(spec, options, device.id).tokensPerSecond
    : null;
}

/**
 * What would make a run fit: each change with the memory it saves (the run's estimate minus the
 * estimate with the change, from the same memory model), its speed from the speed model, its
 * price for the whole job, and its cost in quality; the largest saving first. Says when nothing
 * does, even all the settings changed together.
 */
export function whatToChange(input: FitAdviceInput): FitAdvice {
  const { spec, wanted, device, budgetBytes } = input;
  const needed = estimateTrainingMemory(spec, wanted).reservedBytes;
  const baseSpeed = speedOf(spec, wanted, device);
  const tokens = trainedTokens(input.job);
  const gpuHours = (tps: number, gpus: number) => (tokens / tps / 3600) * gpus;
  const changes = changesFor(input);
  const levers: FitLever[] = [];
  for (const change of changes) {
    const options = { ...wanted, ...change.options };
    const changedSpec = change.spec ?? spec;
    const bytes = estimateTrainingMemory(changedSpec, options).reservedBytes;
    if (bytes >= needed) continue;
    const speed = baseSpeed === null ? null : speedOf(changedSpec, options, device);
    levers.push({
      id: change.id,
      label: change.label,
      change: change.options,
      modelName: change.modelName ?? null,
      neededBytes: bytes,
      savedBytes: needed - bytes,
      fits: bytes <= budgetBytes,
      speedRatio: speed !== null && baseSpeed !== null ? speed / baseSpeed : null,
      quality: change.quality,
      costDeltaUsd:
        speed !== null && baseSpeed !== null && input.price !== null
          ? (gpuHours(speed, options.gpus) - gpuHours(baseSpeed, wanted.gpus)) * input.price
          : null,
    });
  }
  levers.sort((a, b) => b.savedBytes - a.savedBytes || a.id.localeCompare(b.id));
  const together = changes
    .filter((c) => !c.spec && c.options.gpus === undefined && c.options.launcher === undefined)
    .reduce<PlanOptions>((options, c) => ({ ...options, ...c.options }), wanted);
  const combinedBytes = estimateTrainingMemory(spec, together).reservedBytes;
  return {
    modelName: input.modelName,
    situation: input.situation,
    neededBytes: needed,
    budgetBytes,
    levers,
    combinedBytes,
    nothingFits: !levers.some((l) => l.fits) && combinedBytes > budgetBytes,
  };
}
