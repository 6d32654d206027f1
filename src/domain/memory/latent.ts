import { LIMITS, type FieldReader } from './configFields';
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
