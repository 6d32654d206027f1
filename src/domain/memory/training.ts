import { activationBytes } from './activations';
import { recurrentStateBytes } from './cacheLayers';
import { ADAM_8BIT_BYTES_PER_PARAM, LOGIT_BYTES_CHUNKED, LOGIT_BYTES_UNCHUNKED } from './constants';
import { loraParametersForMask } from './lora';
import { overheadBytes } from './overhead';
import { derived } from './cache';
import { resolveTraining, type ResolvedTraining } from './resolve';
import type { ModelSpec } from './spec';
import { storedWeightsNote } from './storage';
import type { MemoryEstimate, TrainingOptions } from './types';
import { linearWeightBytes, weightBytes, type WeightFormat } from './weights';

function baseFormat(o: ResolvedTraining): WeightFormat {
  if (o.method === 'qlora') return o.quantBits === 8 ? 'int8' : o.doubleQuant ? 'nf4-dq' : 'nf4';
  if (o.method === 'lora') return o.precision === 'fp32' ? 'fp32' : 'bf16';
  return o.precision === 'bf16' ? 'bf16' : 'fp32';
}

/** Bytes of optimizer state per trained parameter. */
function optimizerStateBytes(o: ResolvedTraining, masterBytes: number): number {
  if (o.optimizer === 'sgd') return 0;
  if (o.optimizer === 'adamw-8bit') return ADAM_8BIT_BYTES_PER_PARAM;
  return 2 * masterBytes;
}

/** Bytes of logits at the loss: b × s × vocabulary elements (decoders only). */
function logitBytes(model: ModelSpec, o: ResolvedTraining): number {
  if (model.kind === 'encoder') return 0;
  const perElement = o.chunkedLoss ? LOGIT_BYTES_CHUNKED : LOGIT_BYTES_UNCHUNKED;
  return o.batchSize * o.seqLen * model.vocabSize * perElement;
}

/**
 * Peak GPU memory of a fine-tuning run, per GPU.
 *
 * Weights by method: full fine-tuning holds every weight in the training precision; LoRA holds
 * the frozen base in bf16 (fp32 with precision 'fp32') plus adapters; QLoRA holds the base's
 * linear layers in NF4 (4.127 bits with double quantisation) or 8-bit, the rest in 16-bit.
 * Gradients and optimizer states exist for trained parameters only (AdamW: two states, 8-bit
 * AdamW: two bytes, SGD: none). The peak is the larger of two moments: the start of backward
 * (weights, optimizer states, every kept activation and the logits with the loss's fp32 copies)
 * and the optimizer step (weights, all gradients, states and the update's temporary). With FSDP,
 * weights, gradients and states are divided across GPUs and one gathered block is added.
 * Defaults and units: see TrainingOptions. All results are bytes, finite and non-negative.
 */
export function estimateTrainingMemory(model: ModelSpec, options: TrainingOptions): MemoryEstimate {
  const o = resolveTraining(options);
  const { counts, largestProjection, blocks } = derived(model);
  const computeBytes = o.precision === 'fp32' ? 4 : 2;
  const masterBytes = o.precision === 'bf16' ? 2 : 4;
  const adapterParameters =
    o.method === 'full' ? 0 : loraParametersForMask(model, o.loraRank, o.targetMask);
  const trainable = o.method === 'full' ? counts.total - model.visionParameters : adapterParameters;
  const shards = o.sharding === 'fsdp' ? o.gpus : 1;

  const base = weightBytes(counts, baseFormat(o));
  const blockBytes = linearWeightBytes(counts, baseFormat(o)) / Math.max(1, blocks);
  // FSDP gathers the block it computes and prefetches the next; never more than the whole model.
  const gathered = shards > 1 ? Math.min(2 * blockBytes, base - base / shards) : 0;
  const weights = (base + adapterParameters * masterBytes) / shards + gathered;
  // Mixed precision keeps fp32 weights; autocast holds a bf16 copy of each for backward.
  const castCopies =
    o.method === 'full' && o.precision === 'mixed' ? (counts.total * 2) / shards : 0;

  const gradients = (trainable * masterBytes) / shards;
  const states = (trainable * optimizerStateBytes(o, masterBytes)) / shards;
  // torch's foreach AdamW materialises one state-sized temporary during the update.
  const update = o.optimizer === 'adamw' ? (trainable * masterBytes) / shards : 0;
  // Linear-attention and Mamba blocks also hold their recurrent state for each sequence.
  const activations =
    activationBytes(model, o, computeBytes) + recurrentStateBytes(model, o.batchSize);
  const logits = logitBytes(model, o);
  // Backward starts with the output head's gradient and the top block's weight gradients (full
  // fine-tuning) while nearly every activation is still alive; LoRA's adapter gradients are small.
  const headGradient = (counts.lmHead || model.vocabSize * model.hiddenSize) * masterBytes;
  const blockGradient =
    ((counts.total - counts.embedding - counts.lmHead) / Math.max(1, blocks)) * masterBytes;
  const earlyGradients = o.method === 'full' ? (headGradient + blockGradient) / shards : gradients;

  // QLoRA dequantises each 4-bit weight to the compute dtype for its matmul: one layer at a time.
  const dequantised = o.method === 'qlora' ? largestProjection * computeBytes : 0;

  const forwardBackward =
    weights + castCopies + states + activations + logits + earlyGradients + dequantised;
  const optimizerStep = weights + gradients + states + update;
  const atStep = optimizerStep > forwardBackward;
  const allocated = Math.max(forwardBackward, optimizerStep);
  const overhead = overheadBytes(allocated);

  return {
    allocatedBytes: allocated,
    reservedBytes: allocated + overhead.total,
    cudaContextBytes: overhead.cudaContext,
    peakPhase: atStep ? 'optimizer-step' : 'forward-backward',
    breakdown: {
      weights: weights + (atStep ? 0 : castCopies + dequantised),
      gradients: atStep ? gradients : earlyGradients,
      optimizer: atStep ? states + update : states,
      activations: atStep ? 0 : activations,
      logits: atStep ? 0 : logits,
      kvCache: 0,
      overhead: overhead.total,
    },
    parameters: { total: counts.total, trainable, active: counts.active },
    notes: [storedWeightsNote(model, 'training')].filter((note) => note !== null),
  };
}
