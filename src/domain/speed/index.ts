/**
 * The training speed model: FLOPs per token from the architecture, divided by the GPU's dense
 * peak times an achieved share calibrated on published measured runs. Other modules import from
 * here only.
 */
import type { ModelSpec, TrainingOptions } from '../memory';
import { resolveTraining } from '../memory/resolve';
import { gpuPeak } from './gpuPeak';
import { stepTiming } from './timing';

export interface TrainingSpeed {
  /** Trained tokens per second over all GPUs of the run (contrastive: every text of an example). */
  tokensPerSecond: number;
  /** One optimizer step of batchSize × seqLen tokens per GPU, without gradient accumulation. */
  secondsPerStep: number;
  /** FLOPs the GPUs do per second ÷ their dense peak: the model's achieved utilisation (0–1). */
  achievedFraction: number;
}

/**
 * Estimated training speed of a plan on `options.gpus` (default 1) GPUs of one catalog kind.
 *
 * One step is one forward and backward of `batchSize` sequences of `seqLen` tokens on each GPU,
 * followed by the optimizer update; with gradient accumulation, a caller multiplies the micro-step
 * part itself (the update then comes once per accumulated step, so this is slightly pessimistic).
 * Assumes FlashAttention-style fused attention, packed or equal-length sequences, bf16 (fp16 on
 * T4/V100) matmuls unless `precision` is 'fp32', and eager PyTorch (no torch.compile, no FP8).
 *
 * @throws Error for a GPU id without throughput figures (unknown ids, "custom", Apple silicon).
 */
export function estimateTrainingSpeed(
  model: ModelSpec,
  options: TrainingOptions,
  gpuId: string,
): TrainingSpeed {
  const peak = gpuPeak(gpuId);
  const plan = resolveTraining(options);
  const timing = stepTiming(model, plan, peak);
  const secondsPerStep = timing.microStepSeconds + timing.updateSeconds;
  return {
    tokensPerSecond: (plan.gpus * timing.microStepTokens) / secondsPerStep,
    secondsPerStep,
    achievedFraction: timing.microStepFlops / (secondsPerStep * timing.peakFlops),
  };
}
