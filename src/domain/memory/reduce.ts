import type { RawConfig } from './configFields';
import { flattenNestedFields } from './nestedFields';

/**
 * The config.json fields the memory model reads (names and aliases). Everything else in a pasted
 * config (tokenizer ids, rope details, dtype, _name_or_path, …) is dropped before storing or
 * sharing it, which keeps share links short and the stored answers free of unrelated text.
 */
export const CONFIG_FIELDS = [
  'model_type',
  'architectures',
  'hidden_size',
  'n_embd',
  'd_model',
  'n_embed',
  'dim',
  'model_dim',
  'num_hidden_layers',
  'n_layer',
  'num_layers',
  'n_layers',
  'num_decoder_layers',
  'num_attention_heads',
  'n_head',
  'num_heads',
  'n_heads',
  'num_key_value_heads',
  'num_kv_heads',
  'n_head_kv',
  'multi_query_group_num',
  'multi_query',
  'new_decoder_architecture',
  'parallel_attn',
  'head_dim',
  'd_kv',
  'kv_channels',
  'attention_head_dim',
  'intermediate_size',
  'n_inner',
  'd_ff',
  'ffn_dim',
  'hidden_dim',
  'ffn_hidden_size',
  'vocab_size',
  'padded_vocab_size',
  'n_vocab',
  'tie_word_embeddings',
  'max_position_embeddings',
  'n_positions',
  'n_ctx',
  'max_sequence_length',
  'type_vocab_size',
  'hidden_act',
  'activation_function',
  'hidden_activation',
  'feed_forward_proj',
  'attention_bias',
  'mlp_bias',
  'bias',
  'qkv_proj_bias',
  'mlp_fc1_bias',
  'no_bias',
  'num_local_experts',
  'num_experts',
  'n_routed_experts',
  'moe_num_experts',
  'num_experts_per_tok',
  'moe_topk',
  'top_k',
  'moe_intermediate_size',
  'shared_expert_intermediate_size',
  'n_shared_experts',
  'first_k_dense_replace',
  'decoder_sparse_step',
  'mlp_only_layers',
  'kv_lora_rank',
  'q_lora_rank',
  'qk_nope_head_dim',
  'qk_rope_head_dim',
  'v_head_dim',
  'num_nextn_predict_layers',
  'sliding_window',
  'layer_types',
  'position_biased_input',
  'relative_attention',
  'position_buckets',
  'max_relative_positions',
  'norm_rel_ebd',
  'relative_attention_num_buckets',
  'num_labels',
  // jina-embeddings-v3: rotary positions and the stored task adapters (taskAdapters.ts).
  'position_embedding_type',
  'lora_adaptations',
  'lora_rank',
  // Hybrid and linear-attention stacks (recurrent.ts, hybrid.ts), Gemma 4's full attention.
  'linear_num_key_heads',
  'linear_num_value_heads',
  'linear_key_head_dim',
  'linear_value_head_dim',
  'linear_conv_kernel_dim',
  'full_attention_interval',
  'attn_output_gate',
  'mamba_ssm_dtype',
  'mamba_ssm_cache_dtype',
  'mtp_num_hidden_layers',
  'hybrid_override_pattern',
  'mamba_num_heads',
  'mamba_n_heads',
  'mamba_head_dim',
  'mamba_d_head',
  'n_groups',
  'mamba_n_groups',
  'ssm_state_size',
  'mamba_d_state',
  'conv_kernel',
  'mamba_d_conv',
  'use_bias',
  'mamba_proj_bias',
  'use_conv_bias',
  'mamba_conv_bias',
  'num_experts_per_token',
  'top_k_experts',
  // Gemma 4: without it num_experts is a dense model (moeConfig.ts).
  'enable_moe_block',
  'num_shared_experts',
  'moe_shared_expert_intermediate_size',
  'global_head_dim',
  'num_global_key_value_heads',
  'attention_k_eq_v',
  'sliding_window_pattern',
  'intermediate_size_mlp',
  'interleave_moe_layer_step',
  'moe_layers',
  'no_rope_layers',
  'attention_chunk_size',
  'spatial_merge_size',
  'multimodal_projector_bias',
  // Jamba, Granite 4.0-H and Falcon-H1 (hybridMamba.ts, recurrent.ts).
  'attn_layer_period',
  'attn_layer_offset',
  'expert_layer_period',
  'expert_layer_offset',
  'mamba_dt_rank',
  'mamba_expand',
  'mamba_d_ssm',
  'mamba_rms_norm',
  'projectors_bias',
  'shared_intermediate_size',
  // Gemma 3n, Gemma 4 E2B / E4B (perLayerInputs.ts).
  'hidden_size_per_layer_input',
  'vocab_size_per_layer_input',
  'num_kv_shared_layers',
  'use_double_wide_mlp',
  'altup_num_inputs',
  'laurel_rank',
] as const;

type Value = number | string | boolean | (number | string)[];

function keep(value: unknown): value is Value {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return value.length <= 64;
  if (typeof value === 'boolean') return true;
  return (
    Array.isArray(value) &&
    value.length <= 256 &&
    value.every(
      (v) =>
        (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.length <= 64),
    )
  );
}

/**
 * A config.json reduced to the fields the memory model reads. A multimodal config's text_config
 * is flattened into it (its fields win); the vision tower, the quantisation and Kimi-Linear's
 * linear_attn_config stay as dotted keys (see NESTED_FIELDS); a classification config's label
 * count is kept as num_labels. So the reduced config gives the same estimate as the original.
 */
export function reduceConfig(config: RawConfig): Record<string, Value> {
  const text = config.text_config;
  const source: RawConfig =
    typeof text === 'object' && text !== null && !Array.isArray(text)
      ? { ...config, ...(text as RawConfig) }
      : config;
  const reduced: Record<string, Value> = {};
  for (const field of CONFIG_FIELDS) {
    const value = source[field];
    if (keep(value)) reduced[field] = value;
  }
  for (const [key, value] of flattenNestedFields(source)) if (keep(value)) reduced[key] = value;
  const labels = source.id2label;
  if (reduced.num_labels === undefined && typeof labels === 'object' && labels !== null) {
    reduced.num_labels = Object.keys(labels).length;
  }
  return reduced;
}
