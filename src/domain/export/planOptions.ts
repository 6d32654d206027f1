import type { LoraTarget, TrainingOptions } from '../memory';
import { resolveTraining } from '../memory/resolve';

/** Launchers and optimizers as the memory plan names them (src/domain/memory/types.ts). */
export type PlanLauncher = 'single' | 'ddp' | 'fsdp2' | 'zero2' | 'zero3';
export type PlanOptimizer = 'adamw' | 'adamw-foreach' | 'adamw-8bit' | 'paged-adamw-8bit' | 'sgd';
export type PlanLossKernel = 'plain' | 'chunked' | 'liger' | 'cce';
export type PlanCpuOffload = 'none' | 'optimizer' | 'optimizer+params';

/**
 * Every field of the training plan with its default filled: the one value the memory estimate
 * and every export read. Names are TrainingOptions' own.
 */
export interface PlanOptions {
  method: TrainingOptions['method'];
  quantBits: 4 | 8;
  precision: 'bf16' | 'mixed' | 'fp32';
  optimizer: PlanOptimizer;
  loraRank: number;
  loraTargets: readonly LoraTarget[];
  loraOnExperts: boolean;
  batchSize: number;
  seqLen: number;
  gradientCheckpointing: boolean;
  activationOffload: boolean;
  flashAttention: boolean;
  gpus: number;
  launcher: PlanLauncher;
  cpuOffload: PlanCpuOffload;
  doubleQuant: boolean;
  loraDropout: number;
  lossKernel: PlanLossKernel;
  kbitUpcast: boolean;
  quantizeExperts: boolean;
  packing: boolean;
  textsPerExample: number;
  /** 0 without GradCache. */
  gradCacheMiniBatch: number;
}

/** The plan fields the estimate engine adds; optional here so either side of a merge reads them. */
type PlanFields = Partial<Omit<PlanOptions, keyof TrainingOptions>> & Partial<PlanOptions>;

const wholeAtLeast = (value: number | undefined, fallback: number, min: number) =>
  value === undefined || !Number.isFinite(value) ? fallback : Math.max(min, Math.floor(value));

/**
 * The plan's options with every default as the memory engine resolves them (`resolveTraining`),
 * plus the fields it documents with their defaults: loss kernel 'chunked' (TRL's SFTTrainer
 * default), launcher 'ddp' on several GPUs, `kbitUpcast` with QLoRA, one text per example and no
 * GradCache.
 */
export function resolvePlanOptions(options: TrainingOptions): PlanOptions {
  const resolved = resolveTraining(options);
  const fields = options as TrainingOptions & PlanFields;
  const gpus = resolved.gpus;
  const gradientCheckpointing = resolved.gradientCheckpointing;
  return {
    method: resolved.method,
    quantBits: resolved.quantBits,
    precision: resolved.precision,
    optimizer: fields.optimizer ?? 'adamw',
    loraRank: resolved.loraRank,
    loraTargets: resolved.loraTargets,
    loraOnExperts: fields.loraOnExperts ?? true,
    batchSize: resolved.batchSize,
    seqLen: resolved.seqLen,
    gradientCheckpointing,
    activationOffload: (fields.activationOffload ?? false) && gradientCheckpointing,
    flashAttention: resolved.flashAttention,
    gpus,
    // Plans from before the launcher field said `sharding: 'fsdp'`.
    launcher:
      fields.launcher ??
      ((options as { sharding?: string }).sharding === 'fsdp'
        ? 'fsdp2'
        : gpus > 1
          ? 'ddp'
          : 'single'),
    cpuOffload: fields.cpuOffload ?? 'none',
    doubleQuant: resolved.doubleQuant,
    loraDropout: resolved.loraDropout,
    lossKernel: fields.lossKernel ?? 'chunked',
    kbitUpcast: fields.kbitUpcast ?? resolved.method === 'qlora',
    quantizeExperts: fields.quantizeExperts ?? false,
    packing: fields.packing ?? false,
    textsPerExample: wholeAtLeast(fields.textsPerExample, 1, 1),
    gradCacheMiniBatch: wholeAtLeast(fields.gradCacheMiniBatch, 0, 0),
  };
}
