import {
  estimateTrainingMemory,
  maxBatchSize,
  maxContextLength,
  type MemoryEstimate,
  type ModelSpec,
  type TrainingMethod,
} from '../memory';
import type { Purpose } from '../catalog/schema';
import type { ScaleAnswers } from './answers';
import { planOptions, type PlanOptions } from './planOptions';
import { budgetOf } from './budget';
import type { HardwarePlan } from './hardware';

export { budgetOf, DEFAULT_HEADROOM_PERCENT } from './budget';

/** Below this, a training sequence is too short to be useful: the method counts as not fitting. */
export const MIN_USEFUL_SEQ_LEN = 256;

/** A batch this small (or smaller) leaves most of a GPU idle; checkpointing is worth it to grow it. */
const SMALL_BATCH = 2;

export interface TrainingPlan {
  method: TrainingMethod;
  /** Every setting of the run: the estimate's input and every export's. */
  options: PlanOptions;
  estimate: MemoryEstimate;
  /** Longest sequence that fits with these settings at batch 1. */
  maxSeqLen: number;
  /** What changed from the request to make it fit, one sentence each. */
  adjustments: string[];
}

export interface MethodAttempt {
  method: TrainingMethod;
  /** Bytes needed at the requested sequence length, batch 1 (with checkpointing when allowed). */
  neededBytes: number | null;
  /** Why the method was not used: does not fit, or is unavailable on the hardware. */
  reason: string;
}

export interface TrainingFit {
  plan: TrainingPlan | null;
  attempts: MethodAttempt[];
}

const GIB = 2 ** 30;
export const gib = (bytes: number) => bytes / GIB;
const fmt = (bytes: number) => `${gib(bytes).toFixed(1)} GiB`;

function checkpointChoices(scale: ScaleAnswers): boolean[] {
  if (scale.gradientCheckpointing === 'on' || scale.gradientCheckpointing === 'offload') {
    return [true];
  }
  if (scale.gradientCheckpointing === 'off') return [false];
  return [false, true];
}

/** Methods to try, best first: the user's choice, or full → LoRA → QLoRA. */
export function methodOrder(scale: ScaleAnswers): TrainingMethod[] {
  return scale.method === 'auto' ? ['full', 'lora', 'qlora'] : [scale.method];
}

/**
 * The best training method and settings that fit one device: the first method (full → LoRA →
 * QLoRA, or the user's) that fits the requested sequence length, then the largest batch up to the
 * requested one. When no method fits the requested length, the method that fits the longest
 * sequence (at least 256 tokens) is used with that shorter length.
 */
export function fitTraining(
  spec: ModelSpec,
  scale: ScaleAnswers,
  hardware: HardwarePlan,
  modelContext: number,
  purpose: Purpose = 'chat',
): TrainingFit {
  const optionsFor = (method: TrainingMethod, seqLen: number, checkpointing: boolean) =>
    planOptions({ method, scale, hardware, purpose, seqLen, checkpointing });
  const capacity = budgetOf(hardware.training, scale.headroomPercent);
  const wanted = Math.min(scale.trainingSeqLen, modelContext);
  const attempts: MethodAttempt[] = [];
  const adjustments: string[] = [];
  if (wanted < scale.trainingSeqLen) {
    adjustments.push(
      `Sequences capped at the model’s ${modelContext.toLocaleString('en-US')}-token context window, shorter than the sequence length you asked for.`,
    );
  }
  const available = methodOrder(scale).filter((method) => {
    if (method === 'qlora' && !hardware.training.capabilities.bitsandbytes4bit) {
      attempts.push({
        method,
        neededBytes: null,
        reason:
          'QLoRA (bitsandbytes 4-bit) is unavailable on this hardware; on Apple silicon use MLX LoRA.',
      });
      return false;
    }
    return true;
  });

  // First pass: the requested length, the method that fits at batch 1. Without checkpointing
  // where that is allowed, unless that leaves a batch of 1–2 and checkpointing reaches a larger
  // one: checkpointing costs about a third more compute, a batch of 1–2 wastes far more of the GPU.
  for (const method of available) {
    let smallest = Infinity;
    let chosen: { options: PlanOptions; batch: number } | null = null;
    for (const checkpointing of checkpointChoices(scale)) {
      const options = optionsFor(method, wanted, checkpointing);
      const estimate = estimateTrainingMemory(spec, options);
      smallest = Math.min(smallest, estimate.reservedBytes);
      if (estimate.reservedBytes > capacity) continue;
      const batch = maxBatchSize(spec, options, capacity, scale.batchSize);
      if (!chosen || batch > chosen.batch) chosen = { options, batch };
      if (batch >= Math.min(scale.batchSize, SMALL_BATCH + 1)) break;
    }
    if (chosen) {
      return {
        plan: finishPlan(spec, chosen.options, capacity, scale, adjustments, modelContext),
        attempts,
      };
    }
    attempts.push({
      method,
      neededBytes: smallest,
      reason: `Needs ${fmt(smallest)} at ${wanted.toLocaleString('en-US')} tokens, over the ${fmt(capacity)} budget (${100 - scale.headroomPercent}% of the GPU).`,
    });
  }

  // Second pass: the longest sequence any method fits, with checkpointing where allowed.
  let best: { options: PlanOptions; seqLen: number } | null = null;
  for (const method of available) {
    const checkpointing = checkpointChoices(scale).at(-1) as boolean;
    const options = optionsFor(method, wanted, checkpointing);
    const seqLen = roundedSeqLen(maxContextLength(spec, options, capacity, wanted));
    if (seqLen >= MIN_USEFUL_SEQ_LEN && (!best || seqLen > best.seqLen)) best = { options, seqLen };
  }
  if (!best) return { plan: null, attempts };
  adjustments.push(
    `Sequence length reduced from ${wanted.toLocaleString('en-US')} to ${best.seqLen.toLocaleString('en-US')} tokens to fit.`,
  );
  return {
    plan: finishPlan(
      spec,
      { ...best.options, seqLen: best.seqLen },
      capacity,
      scale,
      adjustments,
      modelContext,
    ),
    attempts,
  };
}

/** A sequence length cut to fit, rounded down to a multiple of 64 (kernels and packing like it). */
export function roundedSeqLen(tokens: number): number {
  return tokens >= 128 ? Math.floor(tokens / 64) * 64 : tokens;
}

/**
 * The batch per step: the largest that fits and divides the requested batch, so that batch ×
 * gradient accumulation is exactly the batch asked for (8 → 4 × 2, never 3 × 3 = 9).
 */
export function stepBatch(fitting: number, requested: number): number {
  for (let batch = Math.min(fitting, requested); batch > 1; batch -= 1) {
    if (requested % batch === 0) return batch;
  }
  return 1;
}

function finishPlan(
  spec: ModelSpec,
  options: PlanOptions,
  capacity: number,
  scale: ScaleAnswers,
  adjustments: string[],
  modelContext: number,
): TrainingPlan {
  const fitting = Math.max(1, maxBatchSize(spec, options, capacity, scale.batchSize));
  let final: PlanOptions;
  if (options.textsPerExample > 1 && fitting < scale.batchSize) {
    // Contrastive losses compare each example with the rest of its batch: accumulation would
    // shrink the set of negatives. GradCache keeps the whole batch and encodes it in mini-batches.
    final = { ...options, batchSize: scale.batchSize, gradCacheMiniBatch: fitting };
    adjustments.push(
      `GradCache: the ${scale.batchSize} examples of each batch stay one set of in-batch negatives, encoded ${fitting} at a time (about 20% more compute), since gradient accumulation would shrink the negatives.`,
    );
  } else {
    const batchSize = stepBatch(fitting, scale.batchSize);
    if (batchSize < scale.batchSize) {
      const steps = scale.batchSize / batchSize;
      adjustments.push(
        `Batch ${batchSize} per step with ${steps} steps of gradient accumulation: the batch of ${scale.batchSize} you asked for, in ${steps} passes.`,
      );
    }
    final = { ...options, batchSize };
  }
  if (options.gradientCheckpointing && scale.gradientCheckpointing === 'auto') {
    adjustments.push('Gradient checkpointing turned on to fit.');
  }
  return {
    method: options.method,
    options: final,
    estimate: estimateTrainingMemory(spec, final),
    maxSeqLen: maxContextLength(
      spec,
      { ...final, batchSize: 1, gradCacheMiniBatch: 0 },
      capacity,
      modelContext,
    ),
    adjustments,
  };
}
