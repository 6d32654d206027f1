import { CURRENT_STACK, type StackDefaults } from '../stack/profile';
import { DEFAULT_PREFILL_CHUNK } from './constants';
import {
  LORA_TARGETS,
  type CpuOffload,
  type Launcher,
  type LoraTarget,
  type ServingOptions,
  type TrainingOptions,
} from './types';

export type ResolvedTraining = Required<
  Omit<TrainingOptions, 'loraTargets' | 'gradCacheMiniBatch'>
> & {
  /** 0 without GradCache. */
  gradCacheMiniBatch: number;
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

/**
 * Resolved targets by the list they came from: the searches estimate one plan's options at many
 * lengths and batches, all with the same list, so each list is resolved once. Callers never
 * mutate a target list (it is read-only in TrainingOptions).
 */
const resolvedTargets = new WeakMap<readonly LoraTarget[], [readonly LoraTarget[], number]>();

function targetsOf(targets: readonly LoraTarget[] | undefined): [readonly LoraTarget[], number] {
  if (!targets) return [LORA_TARGETS, ALL_TARGETS_MASK];
  let resolved = resolvedTargets.get(targets);
  if (!resolved) {
    const mask = targetMaskOf(targets);
    resolved = [LORA_TARGETS.filter((target) => mask & TARGET_BITS[target]), mask];
    resolvedTargets.set(targets, resolved);
  }
  return resolved;
}

/**
 * The CPU offload a launcher can do: none without sharding; ZeRO-2 offloads the optimizer only;
 * FSDP2's CPUOffloadPolicy always moves parameters, gradients and the optimizer together.
 */
function offloadFor(launcher: Launcher, offload: CpuOffload): CpuOffload {
  if (launcher === 'single' || launcher === 'ddp' || offload === 'none') return 'none';
  if (launcher === 'zero2') return 'optimizer';
  if (launcher === 'fsdp2') return 'optimizer+params';
  return offload;
}

/** Fills every default of TrainingOptions (see its JSDoc) and clamps counts to sane ranges. */
export function resolveTraining(
  options: TrainingOptions,
  defaults: StackDefaults = CURRENT_STACK.defaults,
): ResolvedTraining {
  const [loraTargets, targetMask] = targetsOf(options.loraTargets);
  const gpus = whole(options.gpus, 1, 1, 100_000);
  const gradientCheckpointing = options.gradientCheckpointing ?? false;
  const launcher = gpus > 1 ? (options.launcher ?? defaults.multiGpuLauncher) : 'single';
  return {
    method: options.method,
    quantBits: options.quantBits ?? 4,
    precision: options.precision ?? 'bf16',
    optimizer: options.optimizer ?? defaults.optimizer,
    loraRank: whole(options.loraRank, 16, 1, 65_536),
    loraTargets,
    targetMask,
    batchSize: whole(options.batchSize, 1),
    seqLen: whole(options.seqLen, 1),
    gradientCheckpointing,
    flashAttention: options.flashAttention ?? true,
    gpus,
    launcher,
    cpuOffload: offloadFor(launcher, options.cpuOffload ?? defaults.cpuOffload),
    doubleQuant: options.doubleQuant ?? true,
    loraDropout: Math.max(0, options.loraDropout ?? 0) || 0,
    lossKernel: options.lossKernel ?? defaults.lossKernel,
    loraOnExperts: options.loraOnExperts ?? true,
    activationOffload: (options.activationOffload ?? false) && gradientCheckpointing,
    kbitUpcast: options.method === 'qlora' && (options.kbitUpcast ?? defaults.kbitUpcast),
    quantizeExperts: options.quantizeExperts ?? defaults.quantizeExperts,
    packing: options.packing ?? false,
    textsPerExample: whole(options.textsPerExample, 1, 1, 1_024),
    gradCacheMiniBatch: whole(options.gradCacheMiniBatch, 0, 0),
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
