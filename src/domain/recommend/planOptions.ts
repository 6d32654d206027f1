import type { Purpose } from '../catalog/schema';
import type {
  CpuOffload,
  Launcher,
  LossKernel,
  OptimizerName,
  TrainingMethod,
  TrainingOptions,
} from '../memory';
import { CURRENT_STACK } from '../stack/profile';
import type { ScaleAnswers } from './answers';
import type { Device, HardwarePlan } from './hardware';

/**
 * Every field of the plan, written out: what the estimate computes with and what every export
 * writes. Nothing is left to a library's default, so a changed default cannot split them.
 */
export type PlanOptions = Required<
  Omit<TrainingOptions, 'loraTargets' | 'gradCacheMiniBatch' | 'quantBits'>
> &
  Pick<TrainingOptions, 'loraTargets'> & {
    quantBits: 4 | 8;
    /** 0 without GradCache. */
    gradCacheMiniBatch: number;
  };

/** Contrastive purposes: in-batch negatives, so the batch is part of the objective. */
export function isContrastive(purpose: Purpose): boolean {
  return purpose === 'similarity' || purpose === 'reranking';
}

/**
 * Texts a training example encodes. Embeddings: the anchor, its positive and each hard negative.
 * Rerankers (sentence-transformers' cross-encoder MultipleNegativesRankingLoss): one pair for
 * the positive and one per negative, `num_negatives` = 4 by default. Everything else: one.
 */
export function textsPerExample(purpose: Purpose, hardNegatives: number | null): number {
  if (purpose === 'similarity') return 2 + (hardNegatives ?? 0);
  if (purpose === 'reranking') return 1 + (hardNegatives ?? RERANKER_NEGATIVES);
  return 1;
}

/**
 * sentence-transformers' cross-encoder MultipleNegativesRankingLoss default `num_negatives`
 * (sentence_transformers/cross_encoder/losses/multiple_negatives_ranking.py @v6.0.1).
 */
export const RERANKER_NEGATIVES = 4;

/** Triton kernels (Liger, Cut Cross-Entropy) run on NVIDIA and AMD GPUs only. */
function hasTriton(device: Device): boolean {
  return device.kind === 'gpu';
}

function lossKernelOf(scale: ScaleAnswers, device: Device): LossKernel {
  const wanted = scale.lossKernel === 'auto' ? CURRENT_STACK.defaults.lossKernel : scale.lossKernel;
  if ((wanted === 'liger' || wanted === 'cce') && !hasTriton(device)) return 'chunked';
  return wanted;
}

function optimizerOf(scale: ScaleAnswers, device: Device): OptimizerName {
  const wanted = scale.optimizer === 'auto' ? CURRENT_STACK.defaults.optimizer : scale.optimizer;
  const eightBit = wanted === 'adamw-8bit' || wanted === 'paged-adamw-8bit';
  // bitsandbytes' optimizers need its CUDA/ROCm build; elsewhere the plan keeps fused AdamW.
  if (eightBit && !device.capabilities.bitsandbytes4bit) return 'adamw';
  return wanted;
}

/** The launcher for the GPU count: one process on one GPU; DDP, or FSDP2 when sharding. */
export function launcherOf(scale: ScaleAnswers, hardware: HardwarePlan): Launcher {
  if (hardware.gpuCount <= 1) return 'single';
  if (scale.launcher !== 'auto') return scale.launcher;
  return hardware.sharded ? 'fsdp2' : CURRENT_STACK.defaults.multiGpuLauncher;
}

function offloadOf(scale: ScaleAnswers, launcher: Launcher): CpuOffload {
  if (launcher === 'single' || launcher === 'ddp') return 'none';
  if (launcher === 'zero2' && scale.cpuOffload !== 'none') return 'optimizer';
  if (launcher === 'fsdp2' && scale.cpuOffload !== 'none') return 'optimizer+params';
  return scale.cpuOffload;
}

export interface PlanInput {
  method: TrainingMethod;
  scale: ScaleAnswers;
  hardware: HardwarePlan;
  purpose: Purpose;
  seqLen: number;
  checkpointing: boolean;
  batchSize?: number;
  gradCacheMiniBatch?: number;
}

/**
 * The training plan's options from the answers, the hardware and the current stack profile.
 * Precision is mixed: bf16 autocast (fp16 on GPUs without bf16) over fp32 master weights and
 * optimizer states for what trains; LoRA's frozen base stays bf16.
 */
export function planOptions(input: PlanInput): PlanOptions {
  const { method, scale, hardware, purpose } = input;
  const device = hardware.training;
  const launcher = launcherOf(scale, hardware);
  const decoder = purpose === 'chat' || purpose === 'text-generation';
  return {
    method,
    quantBits: 4,
    doubleQuant: true,
    precision: 'mixed',
    optimizer: optimizerOf(scale, device),
    loraRank: scale.loraRank,
    loraTargets: [...scale.loraTargets],
    // Mixture of experts: adapters on the routed experts only when asked (dense models ignore it).
    loraOnExperts: scale.moeLoraTargets === 'experts',
    loraDropout: 0,
    batchSize: input.batchSize ?? 1,
    seqLen: input.seqLen,
    gradientCheckpointing: input.checkpointing,
    activationOffload: input.checkpointing && scale.gradientCheckpointing === 'offload',
    flashAttention: true,
    gpus: hardware.gpuCount,
    launcher,
    cpuOffload: offloadOf(scale, launcher),
    lossKernel: lossKernelOf(scale, device),
    // FSDP2 and ZeRO-3 flatten parameters of one dtype, so sharded QLoRA skips the fp32 upcast
    // (as Axolotl does): the quantised weights are stored in the compute dtype instead.
    kbitUpcast:
      method === 'qlora' &&
      CURRENT_STACK.defaults.kbitUpcast &&
      launcher !== 'fsdp2' &&
      launcher !== 'zero3',
    quantizeExperts: CURRENT_STACK.defaults.quantizeExperts,
    packing: decoder && scale.packing,
    textsPerExample: textsPerExample(purpose, scale.hardNegatives),
    gradCacheMiniBatch: input.gradCacheMiniBatch ?? 0,
  };
}
