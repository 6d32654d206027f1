import { ownObject, type RawConfig } from './configFields';

/**
 * The nested objects of a config.json the memory model reads, with the fields it reads in each:
 * the quantisation of the checkpoint, the vision and audio towers, and Kimi-Linear's linear-attention
 * plan.
 * A reduced config (stored and shared as flat values) keeps them as dotted keys,
 * "vision_config.hidden_size", which `expandNestedFields` turns back into objects.
 */
export const NESTED_FIELDS = {
  quantization_config: [
    'quant_method',
    'bits',
    'w_bit',
    'group_size',
    'q_group_size',
    'weight_block_size',
    'load_in_4bit',
    'load_in_8bit',
    'bnb_4bit_use_double_quant',
  ],
  vision_config: [
    'model_type',
    'hidden_size',
    'num_hidden_layers',
    'depth',
    'intermediate_size',
    'num_attention_heads',
    'head_dim',
    'patch_size',
    'image_size',
    'num_channels',
    'in_channels',
    'temporal_patch_size',
    'num_position_embeddings',
    'position_embedding_size',
    'out_hidden_size',
    'spatial_merge_size',
    'deepstack_visual_indexes',
    'standardize',
    'projector_input_dim',
    'projector_output_dim',
    'vision_output_dim',
    'multi_modal_projector_bias',
    'use_clipped_linears',
    'vocab_size',
  ],
  // Gemma 3n and Gemma 4 audio towers (audioTowers.ts).
  audio_config: [
    'model_type',
    'hidden_size',
    'num_hidden_layers',
    'num_attention_heads',
    'conv_kernel_size',
    'output_proj_dims',
    'use_clipped_linears',
    'subsampling_conv_channels',
    'conf_num_hidden_layers',
    'conf_num_attention_heads',
    'conf_conv_kernel_size',
    'input_feat_size',
    'vocab_size',
    'sscp_conv_channel_size',
  ],
  linear_attn_config: ['num_heads', 'head_dim', 'short_conv_kernel_size', 'kda_layers'],
} as const satisfies Record<string, readonly string[]>;

type Nested = keyof typeof NESTED_FIELDS;
const NESTED = Object.keys(NESTED_FIELDS) as Nested[];

/** The read fields of each nested object, as dotted keys (values not yet checked). */
export function flattenNestedFields(config: RawConfig): [string, unknown][] {
  const entries: [string, unknown][] = [];
  for (const name of NESTED) {
    const inner = ownObject(config[name]);
    if (!inner) continue;
    for (const field of NESTED_FIELDS[name]) entries.push([`${name}.${field}`, inner[field]]);
  }
  return entries;
}

/**
 * A config with its dotted keys ("quantization_config.quant_method") gathered back into nested
 * objects, unless the config already has the object itself.
 */
export function expandNestedFields(config: RawConfig): RawConfig {
  for (const name of NESTED) {
    if (config[name] !== undefined) continue;
    const prefix = `${name}.`;
    const inner: RawConfig = Object.create(null) as RawConfig;
    for (const key of Object.keys(config)) {
      if (key.startsWith(prefix)) inner[key.slice(prefix.length)] = config[key];
    }
    if (Object.keys(inner).length > 0) config[name] = inner;
  }
  return config;
}
