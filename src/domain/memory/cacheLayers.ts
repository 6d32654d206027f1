import { attentionLayerCount, type ModelSpec } from './spec';

/** Attention blocks that cache alike: how many, what one token costs, and how far back they look. */
export interface CacheGroup {
  layers: number;
  /** Cached elements per token in one block (keys + values, or the latent). */
  elementsPerToken: number;
  /** KV heads, for splitting across tensor-parallel GPUs; null for a latent cache (not split). */
  kvHeads: number | null;
  /** Tokens a block keeps at most (sliding window); null for the whole context. */
  window: number | null;
}

/**
 * Blocks with a sliding window when the config states neither layer_types nor
 * sliding_window_pattern: Gemma 2 alternates local and global blocks (modeling_gemma2.py: even
 * blocks slide); Gemma 3 has five local per global (every sixth block is global).
 */
function slidingLayers(model: ModelSpec, layers: number): number {
  if (!model.slidingWindow) return 0;
  if (model.slidingLayers !== null) return Math.min(layers, model.slidingLayers);
  if (model.modelType === 'gemma2') return layers - Math.floor(layers / 2);
  if (model.modelType === 'gemma3_text') return layers - Math.floor(layers / 6);
  return 0;
}

/**
 * The KV-cache groups of a model: sliding blocks (at most the window), full blocks (the whole
 * context; Gemma 4's with their own head shape), latent-attention blocks (kv_lora_rank +
 * qk_rope_head_dim per token), an encoder-decoder's self- and cross-attention. Recurrent blocks
 * have no KV cache (see recurrentStateBytes). Empty for encoders.
 */
export function cacheGroups(model: ModelSpec): readonly CacheGroup[] {
  if (model === lastModel && lastGroups) return lastGroups;
  let groups = groupsBySpec.get(model);
  if (!groups) {
    groups = computeCacheGroups(model);
    groupsBySpec.set(model, groups);
  }
  lastModel = model;
  lastGroups = groups;
  return groups;
}

/** The spec asked for last and its groups: a sweep asks for one spec many times in a row. */
let lastModel: ModelSpec | null = null;
let lastGroups: readonly CacheGroup[] | null = null;

/** cacheGroups per spec object: specs are immutable, and a sweep asks for the same one often. */
const groupsBySpec = new WeakMap<ModelSpec, readonly CacheGroup[]>();

function computeCacheGroups(model: ModelSpec): CacheGroup[] {
  if (model.kind === 'encoder') return [];
  const kv = { elementsPerToken: 2 * model.numKvHeads * model.headDim, kvHeads: model.numKvHeads };
  if (model.kind === 'encoder-decoder')
    return [{ layers: 2 * model.numDecoderLayers, ...kv, window: null }];
  const layers = attentionLayerCount(model);
  if (model.mla) {
    const latent = model.mla.kvLoraRank + model.mla.qkRopeHeadDim;
    return [{ layers, elementsPerToken: latent, kvHeads: null, window: null }];
  }
  const sliding = slidingLayers(model, layers);
  const full = model.fullAttention;
  const global = full
    ? { elementsPerToken: 2 * full.numKvHeads * full.headDim, kvHeads: full.numKvHeads }
    : kv;
  // KV-shared blocks (Gemma 3n, Gemma 4 E2B / E4B) read an earlier block's cache: none of their own.
  const shared = model.kvShared ?? { layers: 0, sliding: 0 };
  return [
    { layers: sliding - shared.sliding, ...kv, window: model.slidingWindow },
    { layers: layers - sliding - (shared.layers - shared.sliding), ...global, window: null },
  ].filter((group) => group.layers > 0);
}

/**
 * Bytes of the fixed state that linear-attention and Mamba blocks keep per sequence, whatever the
 * context: the recurrent state (in float32 when the config says so) and the short convolution's
 * last inputs (16-bit), for `sequences` sequences, split across `gpus` tensor-parallel GPUs (the
 * heads are).
 */
export function recurrentStateBytes(model: ModelSpec, sequences: number, gpus = 1): number {
  const mixer = model.recurrent;
  const layers = model.layout?.recurrent ?? 0;
  if (!mixer || layers === 0) return 0;
  const perSequence =
    mixer.stateElements * mixer.stateBytesPerElement + mixer.convStateElements * 2;
  return (layers * perSequence * sequences) / Math.max(1, gpus);
}
