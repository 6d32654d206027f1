import { DEFAULT_PREFILL_CHUNK } from './constants';
import { LORA_TARGETS, type LoraTarget, type ServingOptions, type TrainingOptions } from './types';

export type ResolvedTraining = Required<Omit<TrainingOptions, 'loraTargets'>> & {
  loraTargets: readonly LoraTarget[];
  /** Bit i set when LORA_TARGETS[i] has an adapter: a cheap membership test in the hot path. */
  targetMask: number;
};
export type ResolvedServing = Required<ServingOptions>;

const ALL_TARGETS_MASK = (1 << LORA_TARGETS.length) - 1;

/** Bit of each LoRA target in `targetMask`: LORA_TARGETS[i] is bit i. */
export const TARGET_BITS: Readonly<Record<LoraTarget, number>> = {
  q: 1,
  k: 2,
  v: 4,
  o: 8,
  gate: 16,
  up: 32,
  down: 64,
};

/** The mask of a list of targets; unknown names are ignored. */
export function targetMaskOf(targets: readonly LoraTarget[]): number {
  let mask = 0;
  for (const target of targets) if (Object.hasOwn(TARGET_BITS, target)) mask |= TARGET_BITS[target];
  return mask;
}

/** A whole number within [min, max]; NaN, Infinity and fractions are clamped so results stay finite. */
function whole(value: number | undefined, fallback: number, min = 1, max = 1e9): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(value)));
}

function targetsOf(targets: readonly LoraTarget[] | undefined): [readonly LoraTarget[], number] {
  if (!targets) return [LORA_TARGETS, ALL_TARGETS_MASK];
  const mask = targetMaskOf(targets);
  return [LORA_TARGETS.filter((target) => mask & TARGET_BITS[target]), mask];
}

/** Fills every default of TrainingOptions (see its JSDoc) and clamps counts to sane ranges. */
export function resolveTraining(options: TrainingOptions): ResolvedTraining {
  const [loraTargets, targetMask] = targetsOf(options.loraTargets);
  return {
    method: options.method,
    quantBits: options.quantBits ?? 4,
    precision: options.precision ?? 'bf16',
    optimizer: options.optimizer ?? 'adamw',
    loraRank: whole(options.loraRank, 16, 1, 65_536),
    loraTargets,
    targetMask,
    batchSize: whole(options.batchSize, 1),
    seqLen: whole(options.seqLen, 1),
    gradientCheckpointing: options.gradientCheckpointing ?? false,
    flashAttention: options.flashAttention ?? true,
    gpus: whole(options.gpus, 1, 1, 100_000),
    sharding: options.sharding ?? 'none',
    doubleQuant: options.doubleQuant ?? true,
    loraDropout: Math.max(0, options.loraDropout ?? 0) || 0,
    chunkedLoss: options.chunkedLoss ?? false,
  };
}

/** Fills every default of ServingOptions (see its JSDoc). */
export function resolveServing(options: ServingOptions): ResolvedServing {
  return {
    weightBits: options.weightBits ?? 16,
    weightFormat: options.weightFormat ?? 'gptq',
    kvBits: options.kvBits ?? 16,
    contextLength: whole(options.contextLength, 1),
    batchSize: whole(options.batchSize, 1),
    flashAttention: options.flashAttention ?? true,
    gpus: whole(options.gpus, 1, 1, 100_000),
    prefillChunk: whole(options.prefillChunk, DEFAULT_PREFILL_CHUNK),
  };
}

export function isTraining(options: TrainingOptions | ServingOptions): options is TrainingOptions {
  return 'method' in options;
}
