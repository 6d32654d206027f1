import { LIMITS, type FieldReader, type RawConfig } from './configFields';
import type { FullAttentionSpec } from './spec';

/**
 * Gemma 3n (transformers models/gemma3n/modeling_gemma3n.py, 5.18.0: Gemma3nTextModel) and the
 * small Gemma 4 models E2B / E4B (models/gemma4/modeling_gemma4.py, 5.18.0: Gemma4TextModel) add
 * to every block what a Gemma 3 block lacks, and drop from the KV-shared blocks what they reuse.
 */
const FAMILIES = new Set(['gemma3n_text', 'gemma4_text']);

/**
 * The blocks that reuse an earlier block's keys and values: the last num_kv_shared_layers, each
 * reading the cache of the last unshared block of its kind (sliding or full). They have no
 * k_proj, v_proj or k_norm and add no KV cache. Gemma 3n shares only when some block is left
 * unshared (layer_idx >= first > 0), Gemma 4 from block 0 on (>= 0). Null when none share.
 */
export function kvSharingOf(
  raw: RawConfig,
  modelType: string | null,
  layers: number,
): { layers: number; sliding: number } | null {
  if (!modelType || !FAMILIES.has(modelType)) return null;
  const shared = raw.num_kv_shared_layers;
  if (typeof shared !== 'number' || !Number.isInteger(shared) || shared <= 0) return null;
  const first = layers - shared;
  if (first < 0 || (modelType === 'gemma3n_text' && first === 0)) return null;
  const types = raw.layer_types;
  const pattern = typeof raw.sliding_window_pattern === 'number' ? raw.sliding_window_pattern : 0;
  let sliding = 0;
  for (let i = first; i < layers; i++) {
    const type = Array.isArray(types)
      ? types[i]
      : pattern > 0 && (i + 1) % pattern === 0
        ? 'full_attention'
        : 'sliding_attention';
    if (type === 'sliding_attention') sliding++;
  }
  return { layers: layers - first, sliding };
}

/**
 * Gemma 3n's per-block MLP widths (intermediate_size is a list, one per block, for MatFormer
 * slicing). Null when intermediate_size is a single number.
 */
export function mlpWidthsOf(raw: RawConfig): number[] | null {
  const widths = raw.intermediate_size;
  if (!Array.isArray(widths) || widths.length === 0) return null;
  if (!widths.every((w) => typeof w === 'number' && Number.isInteger(w) && w > 0)) return null;
  return widths as number[];
}

export interface BlockShape {
  hiddenSize: number;
  numLayers: number;
  vocabSize: number;
  numKvHeads: number;
  headDim: number;
  /** The width countParameters gives every block's MLP. */
  intermediateSize: number;
  fullAttention: FullAttentionSpec | null;
  qkvBias: boolean;
}

/**
 * What Gemma 3n / Gemma 4 E2B–E4B blocks have beyond the regular count (linear layers apart from
 * norms, scales and tables):
 * - per-layer inputs (hidden_size_per_layer_input > 0): a vocab_size_per_layer_input ×
 *   (layers × hidden_size_per_layer_input) embedding, its projection from the hidden state and
 *   norm, and in every block per_layer_input_gate, per_layer_projection and their norm;
 * - Gemma 3n's AltUp (altup_num_inputs n): n − 1 input and n − 1 output h × h projections, and in
 *   every block a modality router (n × h), its norm, correction (n²) and prediction (n³)
 *   coefficients and the output scale; its LAuReL (laurel_rank r): two rank-r projections and a
 *   norm per block;
 * - Gemma 3n's per-block MLP widths beyond intermediateSize;
 * - Gemma 4's use_double_wide_mlp: KV-shared blocks have a twice-as-wide MLP;
 * - less k_proj, v_proj and k_norm in KV-shared blocks (v_norm has no weight).
 * activation_sparsity_pattern changes no parameter (a top-k of the gate activations).
 */
export function perLayerBlockExtras(
  fields: FieldReader,
  modelType: string | null,
  shape: BlockShape,
  shared: { layers: number; sliding: number } | null,
  widths: number[] | null,
): { linear: number; other: number } | null {
  if (!modelType || !FAMILIES.has(modelType)) return null;
  const h = shape.hiddenSize;
  const layers = shape.numLayers;
  let linear = 0;
  let other = 0;

  const perLayer = fields.optionalInt(
    ['hidden_size_per_layer_input'],
    { min: 0, max: LIMITS.hiddenSize.max },
    0,
  );
  if (perLayer > 0) {
    const vocab = fields.optionalInt(['vocab_size_per_layer_input'], LIMITS.vocab, shape.vocabSize);
    other += vocab * layers * perLayer + perLayer;
    linear += layers * perLayer * h;
    linear += layers * 2 * perLayer * h;
    other += layers * h;
  }

  if (modelType === 'gemma3n_text') {
    const n = fields.optionalInt(['altup_num_inputs'], { min: 1, max: 64 }, 4);
    linear += 2 * (n - 1) * h * h;
    linear += layers * n * h;
    other += layers * (2 * h + n * n + n * n * n);
    const rank = fields.optionalInt(['laurel_rank'], { min: 0, max: LIMITS.hiddenSize.max }, 64);
    linear += layers * 2 * h * rank;
    other += layers * h;
    if (widths) {
      for (const width of widths.slice(0, layers))
        linear += 3 * h * (width - shape.intermediateSize);
    }
  }

  if (shared) {
    const full = shared.layers - shared.sliding;
    const kv = shape.numKvHeads * shape.headDim;
    linear -= shared.sliding * 2 * h * kv;
    other -= shared.sliding * (shape.headDim + (shape.qkvBias ? 2 * kv : 0));
    const g = shape.fullAttention;
    const fullKv = g ? g.numKvHeads * g.headDim : kv;
    const fullValues = g?.valuesFromKeys ? 0 : fullKv;
    const fullHead = g ? g.headDim : shape.headDim;
    linear -= full * h * (fullKv + fullValues);
    other -= full * (fullHead + (shape.qkvBias ? fullKv + fullValues : 0));
    // The MLP widens only when some block is left unshared (modeling_gemma4.py: first > 0).
    const widens = layers - shared.layers > 0 && fields.bool(['use_double_wide_mlp'], false);
    if (modelType === 'gemma4_text' && widens)
      linear += shared.layers * 3 * h * shape.intermediateSize;
  }
  return { linear, other };
}
