import { LIMITS, type FieldReader, type RawConfig } from './configFields';
import type { MlaSpec } from './spec';

/**
 * Multi-head latent attention from a DeepSeek-V2/V3-style config (kv_lora_rank, q_lora_rank,
 * qk_nope_head_dim, qk_rope_head_dim, v_head_dim), or null when the config has no kv_lora_rank.
 * Field meanings from transformers' models/deepseek_v3/configuration_deepseek_v3.py (v4.57).
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
 * for Gemma 2/3, gpt-oss, Qwen3, SmolLM3): "sliding_attention" entries among the first
 * `layers`. Null when the config has no layer_types.
 */
export function slidingLayerCount(raw: RawConfig, layers: number): number | null {
  const types = raw.layer_types;
  if (!Array.isArray(types)) return null;
  return types.slice(0, layers).filter((type) => type === 'sliding_attention').length;
}
