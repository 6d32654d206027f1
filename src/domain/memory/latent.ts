import { LIMITS, type FieldReader, type RawConfig } from './configFields';
import type { FullAttentionSpec, MlaSpec } from './spec';

/**
 * Multi-head latent attention from a DeepSeek-V2/V3-style config (kv_lora_rank, q_lora_rank,
 * qk_nope_head_dim, qk_rope_head_dim, v_head_dim), or null when the config has no kv_lora_rank.
 * Field meanings from transformers' models/deepseek_v3/configuration_deepseek_v3.py (transformers 5.18.0).
 */
export function latentAttentionOf(fields: FieldReader): MlaSpec | null {
  if (!fields.has(['kv_lora_rank'])) return null;
  return {
    kvLoraRank: fields.int(['kv_lora_rank'], LIMITS.headDim),
    // q_lora_rank: null (DeepSeek-V2-Lite) projects queries with one q_proj.
    qLoraRank: fields.optionalInt(['q_lora_rank'], LIMITS.hiddenSize, 0),
    qkNopeHeadDim: fields.int(['qk_nope_head_dim'], LIMITS.headDim),
    qkRopeHeadDim: fields.int(['qk_rope_head_dim'], LIMITS.headDim),
    vHeadDim: fields.int(['v_head_dim'], LIMITS.headDim),
  };
}

/**
 * Blocks with sliding-window attention, counted from `layer_types` (transformers ≥ 4.53 writes it
 * for Gemma 2/3/4, gpt-oss, Qwen3, SmolLM3): "sliding_attention" entries among the first
 * `layers`. Older Gemma 3 configs say sliding_window_pattern N instead: every Nth block is global
 * (configuration_gemma3.py). Llama 4's chunked blocks count too: a block attending within its
 * chunk caches at most attention_chunk_size tokens, as a sliding block its window
 * (modeling_llama4.py). Null when the config says none of these.
 */
export function slidingLayerCount(raw: RawConfig, layers: number): number | null {
  const types = raw.layer_types;
  if (Array.isArray(types))
    return types.slice(0, layers).filter((type) => type === 'sliding_attention').length;
  // Llama 4: the RoPE blocks (no_rope_layers 1) attend within attention_chunk_size chunks.
  if (Array.isArray(raw.no_rope_layers) && typeof raw.attention_chunk_size === 'number')
    return raw.no_rope_layers.slice(0, layers).filter((uses) => uses === 1).length;
  const pattern = raw.sliding_window_pattern;
  if (typeof pattern === 'number' && Number.isInteger(pattern) && pattern >= 1)
    return layers - Math.floor(layers / pattern);
  return null;
}

/**
 * Gemma 4's full-attention blocks (configuration_gemma4.py, v5.7): global_head_dim wide heads,
 * num_global_key_value_heads of them, and with attention_k_eq_v no v_proj (values are the keys).
 * Null when the config has no global_head_dim.
 */
export function fullAttentionOf(fields: FieldReader, kvHeads: number): FullAttentionSpec | null {
  if (!fields.has(['global_head_dim'])) return null;
  return {
    headDim: fields.int(['global_head_dim'], LIMITS.headDim),
    numKvHeads: fields.optionalInt(['num_global_key_value_heads'], LIMITS.heads, kvHeads),
    valuesFromKeys: fields.bool(['attention_k_eq_v'], false),
  };
}

/**
 * Tokens a limited-attention block caches at most: sliding_window, or Llama 4's
 * attention_chunk_size; null when the config states neither.
 */
export function attentionWindowOf(raw: RawConfig): number | null {
  for (const value of [raw.sliding_window, raw.attention_chunk_size]) {
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  }
  return null;
}
