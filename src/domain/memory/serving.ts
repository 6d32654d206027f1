import { countParametersCached } from './cache';
import { overheadBytes } from './overhead';
import { resolveServing, type ResolvedServing } from './resolve';
import { cacheGroups, recurrentStateBytes } from './cacheLayers';
import type { ModelSpec } from './spec';
import { storedWeightBytes, storedWeightsNote } from './storage';
import type { MemoryEstimate, ServingOptions } from './types';
import { weightBytes, type WeightFormat } from './weights';

function servingFormat(o: ResolvedServing): WeightFormat {
  if (o.weightBits === 16) return 'bf16';
  if (o.weightBits === 8) return 'int8';
  return o.weightFormat;
}

/**
 * KV cache bytes: keys and values for every attention block, KV head and cached token (sliding
 * blocks at most their window; latent blocks the latent), plus the fixed recurrent state of
 * linear-attention and Mamba blocks. Grouped-query and multi-query attention cache only the KV
 * heads. With tensor parallelism each GPU holds its heads (a KV head is replicated when there are
 * fewer KV heads than GPUs); a latent cache has no heads to split and every GPU holds all of it.
 */
export function kvCacheBytes(model: ModelSpec, o: ResolvedServing): number {
  let bytes = 0;
  for (const group of cacheGroups(model)) {
    const split =
      group.kvHeads === null || o.gpus === 1
        ? 1
        : Math.max(1, group.kvHeads / o.gpus) / group.kvHeads;
    const tokens =
      group.window === null ? o.contextLength : Math.min(o.contextLength, group.window);
    bytes += group.layers * group.elementsPerToken * split * (o.kvBits / 8) * tokens * o.batchSize;
  }
  return bytes + recurrentStateBytes(model, o.batchSize, o.gpus);
}

/**
 * Working memory of one forward pass over a prefill chunk: the widest block temporaries (MLP
 * branches, attention inputs), the unfused attention matrix when attention is not fused, and the
 * fp32 logits of the last position of each sequence.
 */
function workingBytes(model: ModelSpec, o: ResolvedServing): number {
  const tokens = Math.min(o.contextLength * o.batchSize, o.prefillChunk);
  const moe = model.moe;
  const width = moe
    ? moe.expertsPerToken * moe.expertIntermediateSize + moe.sharedIntermediateSize
    : model.intermediateSize;
  const block = tokens * (4 * model.hiddenSize + (model.gatedMlp ? 3 : 2) * width) * 2;
  const attention = o.flashAttention ? 0 : tokens * model.numHeads * o.contextLength * 4;
  // Encoders and embedding models (no output head) return hidden states, not vocabulary logits.
  const logits =
    model.kind === 'encoder' || model.outputHead === false
      ? 0
      : o.batchSize * model.vocabSize * 4 * 2;
  return (block + attention) / o.gpus + logits;
}

/** Shared by every estimate without notes (the common case in a sweep); never mutated. */
const NO_NOTES: string[] = [];
const notesOf = (note: string | null): string[] => (note ? [note] : NO_NOTES);

/**
 * GPU memory to serve a model, per GPU: weights (16-bit, 8-bit, or 4-bit GPTQ/AWQ/NF4 linear
 * layers with embeddings and head in 16-bit; a quantised checkpoint as stored when that is
 * smaller, see storedWeightBytes), the KV cache for `contextLength` tokens in each of
 * `batchSize` concurrent sequences (with the fixed state of linear-attention and Mamba
 * blocks), the working memory of a prefill chunk, and overhead.
 * Defaults and units: see ServingOptions. All results are bytes, finite and non-negative.
 */
export function estimateServingMemory(model: ModelSpec, options: ServingOptions): MemoryEstimate {
  const o = resolveServing(options);
  const counts = countParametersCached(model);
  // A quantised checkpoint (MXFP4, FP8, GPTQ/AWQ, bitsandbytes) is served as stored, as vLLM and
  // SGLang load it, unless the plan quantises it further.
  const planned = weightBytes(counts, servingFormat(o));
  const weights = (model.storage ? Math.min(planned, storedWeightBytes(model)) : planned) / o.gpus;
  const kvCache = kvCacheBytes(model, o);
  const activations = workingBytes(model, o);
  const allocated = weights + kvCache + activations;
  const overhead = overheadBytes(allocated);
  return {
    allocatedBytes: allocated,
    reservedBytes: allocated + overhead.total,
    cudaContextBytes: overhead.cudaContext,
    peakPhase: 'serving',
    breakdown: {
      weights,
      gradients: 0,
      optimizer: 0,
      activations,
      logits: 0,
      kvCache,
      overhead: overhead.total,
    },
    parameters: { total: counts.total, trainable: 0, active: counts.active },
    notes: notesOf(storedWeightsNote(model, 'serving')),
  };
}
