import { CURRENT_STACK, type StackDefaults } from '../stack/profile';
import { activationBytes } from './activations';
import { recurrentStateBytes } from './cacheLayers';
import { ADAM_8BIT_BYTES_PER_PARAM } from './constants';
import { routedExpertParameters } from './experts';
import { loraParametersFor } from './lora';
import { lossBytes } from './loss';
import { overheadBytes } from './overhead';
import { derived, type Derived } from './cache';
import { resolveTraining, type ResolvedTraining } from './resolve';
import type { ModelSpec } from './spec';
import { storedWeightsNote } from './storage';
import type { MemoryEstimate, TrainingOptions } from './types';
import { linearWeightBytes, weightBytes, type WeightFormat } from './weights';
import { shardingOf } from './sharding';

/** Shared by every estimate without notes (the common case in a sweep); never mutated. */
const NO_NOTES: string[] = [];

function baseFormat(o: ResolvedTraining): WeightFormat {
  if (o.method === 'qlora') return o.quantBits === 8 ? 'int8' : o.doubleQuant ? 'nf4-dq' : 'nf4';
  if (o.method === 'lora') return o.precision === 'fp32' ? 'fp32' : 'bf16';
  return o.precision === 'bf16' ? 'bf16' : 'fp32';
}

/** Bytes of optimizer state per trained parameter. */
function optimizerStateBytes(o: ResolvedTraining, masterBytes: number): number {
  if (o.optimizer === 'sgd') return 0;
  if (o.optimizer === 'adamw-8bit' || o.optimizer === 'paged-adamw-8bit') {
    return ADAM_8BIT_BYTES_PER_PARAM;
  }
  return 2 * masterBytes;
}

/**
 * Bytes of the frozen base: the method's format for the blocks' linear layers, with two
 * corrections for QLoRA on today's stack. Routed experts stay bf16 unless quantised (transformers 5
 * keeps them as fused 3-D tensors that bitsandbytes skips), and PEFT's
 * prepare_model_for_kbit_training casts every unquantised weight (embeddings, head, norms) to fp32.
 */
function baseWeightBytes(model: ModelSpec, o: ResolvedTraining, counts: Derived['counts']): number {
  const format = baseFormat(o);
  let bytes = weightBytes(counts, format);
  if (o.method !== 'qlora') return bytes;
  const experts = o.quantizeExperts ? 0 : routedExpertParameters(model);
  const perQuantised = linearWeightBytes(counts, format) / Math.max(1, counts.linear);
  bytes += experts * (2 - perQuantised);
  if (o.kbitUpcast) bytes += (counts.total - counts.linear) * 2;
  return bytes;
}

/**
 * The sequences one forward pass encodes: the micro-batch, times the texts of each example for
 * contrastive training; with GradCache only the mini-batch runs with gradients at once.
 */
function sequencesPerPass(o: ResolvedTraining): number {
  const examples =
    o.gradCacheMiniBatch > 0 ? Math.min(o.gradCacheMiniBatch, o.batchSize) : o.batchSize;
  return examples * o.textsPerExample;
}

/**
 * Peak GPU memory of a fine-tuning run, per GPU.
 *
 * Weights by method: full fine-tuning holds every weight in the training precision; LoRA holds
 * the frozen base in bf16 (fp32 with precision 'fp32') plus adapters; QLoRA holds the base's
 * linear layers in NF4 (4.127 bits with double quantisation) or 8-bit, the rest in 16-bit (fp32
 * after prepare_model_for_kbit_training), MoE experts in bf16 unless quantised. Gradients and
 * optimizer states exist for trained parameters only (AdamW: two states, 8-bit AdamW: two bytes,
 * SGD: none). The loss holds the logits as its kernel keeps them (see lossBytes). The peak is the
 * larger of two moments: the start of backward (weights, optimizer states, every kept activation
 * and the loss) and the optimizer step (weights, all gradients, states and the update's
 * temporary). The launcher decides what is sharded and which buffers it adds (see shardingOf).
 * Defaults follow `stack` (the current stack profile unless given); units: see TrainingOptions. All results are bytes, finite and non-negative.
 */
export function estimateTrainingMemory(
  model: ModelSpec,
  options: TrainingOptions,
  stack: StackDefaults = CURRENT_STACK.defaults,
): MemoryEstimate {
  const o = resolveTraining(options, stack);
  const spec = derived(model);
  const { counts, largestProjection, blocks } = spec;
  const computeBytes = o.precision === 'fp32' ? 4 : 2;
  const masterBytes = o.precision === 'bf16' ? 2 : 4;
  const adapterParameters =
    o.method === 'full'
      ? 0
      : loraParametersFor(model, o.loraRank, o.targetMask, o.loraOnExperts, spec);
  const trainable = o.method === 'full' ? counts.total - model.visionParameters : adapterParameters;

  const base = baseWeightBytes(model, o, counts);
  const blockBytes = linearWeightBytes(counts, baseFormat(o)) / Math.max(1, blocks);
  const shard = shardingOf(o, {
    baseBytes: base,
    blockBytes,
    trainable,
    masterBytes,
    hiddenSize: model.hiddenSize,
  });
  const adapters = shard.paramsOnCpu ? 0 : (adapterParameters * masterBytes) / shard.states;
  const weights = shard.weights + adapters;
  // Mixed precision keeps fp32 weights; autocast holds a bf16 copy of each for backward.
  const castCopies =
    o.method === 'full' && o.precision === 'mixed' ? (counts.total * 2) / shard.weightShards : 0;

  const gradients = (trainable * masterBytes) / shard.gradients;
  const states = shard.statesOnCpu
    ? 0
    : (trainable * optimizerStateBytes(o, masterBytes)) / shard.states;
  // torch's foreach AdamW materialises one state-sized temporary during the update; fused does not.
  const update =
    o.optimizer === 'adamw-foreach' && !shard.statesOnCpu
      ? (trainable * masterBytes) / shard.states
      : 0;
  const passSequences = sequencesPerPass(o);
  // Linear-attention and Mamba blocks also hold their recurrent state for each sequence.
  const activations =
    activationBytes(model, o, computeBytes, passSequences) +
    recurrentStateBytes(model, passSequences);
  // GradCache keeps every example's embedding and its gradient in fp32 between the two passes.
  const embeddingCache =
    o.gradCacheMiniBatch > 0 ? o.batchSize * o.textsPerExample * model.hiddenSize * 4 * 2 : 0;
  const logits = lossBytes(model, o, passSequences * o.seqLen);
  // Backward starts with the output head's gradient and the top block's weight gradients (full
  // fine-tuning) while nearly every activation is still alive; LoRA's adapter gradients are small.
  const headGradient = (counts.lmHead || model.vocabSize * model.hiddenSize) * masterBytes;
  const blockGradient =
    ((counts.total - counts.embedding - counts.lmHead) / Math.max(1, blocks)) * masterBytes;
  const earlyGradients =
    o.method === 'full' ? (headGradient + blockGradient) / shard.gradients : gradients;

  // QLoRA dequantises each 4-bit weight to the compute dtype for its matmul: one layer at a time.
  const dequantised = o.method === 'qlora' ? largestProjection * computeBytes : 0;

  const forwardBackward =
    weights +
    castCopies +
    states +
    activations +
    embeddingCache +
    logits +
    earlyGradients +
    dequantised +
    shard.buffers;
  const optimizerStep = weights + gradients + states + update + shard.buffers + shard.stepBuffers;
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
      gradients: (atStep ? gradients + shard.stepBuffers : earlyGradients) + shard.buffers,
      optimizer: atStep ? states + update : states,
      activations: atStep ? 0 : activations + embeddingCache,
      logits: atStep ? 0 : logits,
      kvCache: 0,
      overhead: overhead.total,
    },
    parameters: { total: counts.total, trainable, active: counts.active },
    notes: model.storage ? [storedWeightsNote(model, 'training') as string] : NO_NOTES,
  };
}
