import type { CatalogModel } from '../schema';
import { periodicLayerTypes } from './layerPatterns';

/**
 * Qwen3.5 (Qwen, 2026): natively multimodal hybrid models. The language model stacks three Gated
 * DeltaNet (linear-attention) blocks to one gated full-attention block, with a 262,144-token
 * window; a ViT with a patch merger reads images and video. The config is the published
 * multimodal one (text_config + vision_config): the memory model counts the vision tower, keeps it
 * frozen, and leaves out the multi-token-prediction head that transformers does not load.
 *
 * Only the sizes whose config could be read or settled by an exact count are listed: 0.8B (base
 * and post-trained) and 27B. The 2B, 4B and 9B dense models (keras-hub lists exact counts, but no
 * copy of their config.json was found) and the 35B-A3B, 122B-A10B and 397B-A17B mixtures of
 * experts are published too but are not catalogued yet: the memory model does not yet read a
 * qwen3_5_moe text_config, which has no intermediate_size (every block is MoE).
 */

const SRC = {
  CONFIG_0_8B:
    'https://huggingface.co/Qwen/Qwen3.5-0.8B-Base/blob/main/config.json (as transformers 5.7 writes it back: every published field, plus the defaults transformers fills in)',
  COUNT_0_8B:
    "https://huggingface.co/Qwen/Qwen3.5-0.8B-Base (sum of the tensor shapes in the checkpoint's safetensors headers: 873,438,784, of which the multi-token-prediction module mtp.* holds 20,452,864; the model page rounds to 0.9B)",
  KERAS_QWEN3_5:
    'github:keras-team/keras-hub keras_hub/src/models/qwen3_5/qwen3_5_presets.py @71453d08f59edc90d276e999319fc51e61cbf82c (exact stored-parameter counts of the converted weights, vision tower included, no MTP head: qwen3_5_0.8b_base and qwen3_5_0.8b 852,985,920; qwen3_5_27b 27,356,728,560; secondary)',
  CONFIG_3_6_27B:
    'https://huggingface.co/Qwen/Qwen3.6-27B/blob/main/config.json (verbatim: every published field)',
  SLIME_3_5_27B:
    'github:THUDM/slime scripts/models/qwen3.5-27B.sh (Megatron arguments of Qwen3.5-27B: 64 layers, hidden 5120, FFN 17408, 24 heads, 4 query groups, kv-channels 256, rotary 0.25, base 10,000,000, vocab 248320, untied, gated attention output; secondary)',
  QWEN3_README:
    'github:QwenLM/Qwen3 README.md @7a2f61ff (License Agreement: open-weight models under Apache 2.0)',
} as const;

const NOTE = {
  HYBRID:
    'Hybrid stack: three Gated DeltaNet blocks (linear attention with a fixed-size recurrent state and a short causal convolution) to one gated full-attention block (RoPE on a quarter of each 256-wide head). Only the full-attention quarter keeps a KV cache that grows with the context.',
  MTP: 'The checkpoint also stores a one-block multi-token-prediction head for speculative decoding; transformers does not load it and fine-tuning does not train it, so parameters.total leaves it out.',
  VISION:
    'Multimodal checkpoint (Qwen3_5ForConditionalGeneration): the count includes the vision tower and patch merger, which stay frozen when the language model is fine-tuned.',
  KERNELS:
    'Fine-tuning at speed needs the flash-linear-attention and causal-conv1d kernels; without them transformers falls back to a slow PyTorch path for the DeltaNet blocks.',
  LICENSE_UNVERIFIED:
    "Licence unverified: Apache 2.0 as for Qwen's other open-weight releases (Qwen3 README); this checkpoint's own LICENSE file and card were not read.",
  RELEASED_UNVERIFIED: 'The release month was not confirmed in a cited source.',
} as const;

const QWEN3_5_0_8B_CONFIG = {
  architectures: ['Qwen3_5ForConditionalGeneration'],
  image_token_id: 248056,
  model_type: 'qwen3_5',
  text_config: {
    attention_bias: false,
    attention_dropout: 0,
    attn_output_gate: true,
    bos_token_id: null,
    dtype: 'bfloat16',
    eos_token_id: 248044,
    full_attention_interval: 4,
    head_dim: 256,
    hidden_act: 'silu',
    hidden_size: 1024,
    initializer_range: 0.02,
    intermediate_size: 3584,
    layer_types: periodicLayerTypes(24, 4, 'linear_attention'),
    linear_conv_kernel_dim: 4,
    linear_key_head_dim: 128,
    linear_num_key_heads: 16,
    linear_num_value_heads: 16,
    linear_value_head_dim: 128,
    mamba_ssm_dtype: 'float32',
    max_position_embeddings: 262144,
    mlp_only_layers: [],
    model_type: 'qwen3_5_text',
    mtp_num_hidden_layers: 1,
    mtp_use_dedicated_embeddings: false,
    num_attention_heads: 8,
    num_hidden_layers: 24,
    num_key_value_heads: 2,
    pad_token_id: null,
    partial_rotary_factor: 0.25,
    rms_norm_eps: 1e-6,
    rope_parameters: {
      mrope_interleaved: true,
      mrope_section: [11, 11, 10],
      partial_rotary_factor: 0.25,
      rope_theta: 10000000,
      rope_type: 'default',
    },
    tie_word_embeddings: true,
    use_cache: true,
    vocab_size: 248320,
  },
  tie_word_embeddings: true,
  transformers_version: '5.7.0',
  video_token_id: 248057,
  vision_config: {
    deepstack_visual_indexes: [],
    depth: 12,
    hidden_act: 'gelu_pytorch_tanh',
    hidden_size: 768,
    in_channels: 3,
    initializer_range: 0.02,
    intermediate_size: 3072,
    model_type: 'qwen3_5_vision',
    num_heads: 12,
    num_position_embeddings: 2304,
    out_hidden_size: 1024,
    patch_size: 16,
    spatial_merge_size: 2,
    temporal_patch_size: 2,
  },
  vision_end_token_id: 248054,
  vision_start_token_id: 248053,
};

/** Qwen3.5-27B: the Qwen3.6-27B file's shape, which the Qwen3.5-27B count and arguments match. */
const QWEN3_5_27B_CONFIG = {
  architectures: ['Qwen3_5ForConditionalGeneration'],
  image_token_id: 248056,
  language_model_only: false,
  model_type: 'qwen3_5',
  text_config: {
    attention_bias: false,
    attention_dropout: 0,
    attn_output_gate: true,
    bos_token_id: 248044,
    dtype: 'bfloat16',
    eos_token_id: 248044,
    full_attention_interval: 4,
    head_dim: 256,
    hidden_act: 'silu',
    hidden_size: 5120,
    initializer_range: 0.02,
    intermediate_size: 17408,
    layer_types: periodicLayerTypes(64, 4, 'linear_attention'),
    linear_conv_kernel_dim: 4,
    linear_key_head_dim: 128,
    linear_num_key_heads: 16,
    linear_num_value_heads: 48,
    linear_value_head_dim: 128,
    mamba_ssm_dtype: 'float32',
    max_position_embeddings: 262144,
    model_type: 'qwen3_5_text',
    mtp_num_hidden_layers: 1,
    mtp_use_dedicated_embeddings: false,
    num_attention_heads: 24,
    num_hidden_layers: 64,
    num_key_value_heads: 4,
    output_gate_type: 'swish',
    pad_token_id: null,
    partial_rotary_factor: 0.25,
    rms_norm_eps: 1e-6,
    rope_parameters: {
      mrope_interleaved: true,
      mrope_section: [11, 11, 10],
      partial_rotary_factor: 0.25,
      rope_theta: 10000000,
      rope_type: 'default',
    },
    tie_word_embeddings: false,
    use_cache: true,
    vocab_size: 248320,
  },
  tie_word_embeddings: false,
  transformers_version: '4.57.1',
  video_token_id: 248057,
  vision_config: {
    deepstack_visual_indexes: [],
    depth: 27,
    hidden_act: 'gelu_pytorch_tanh',
    hidden_size: 1152,
    in_channels: 3,
    initializer_range: 0.02,
    intermediate_size: 4304,
    model_type: 'qwen3_5',
    num_heads: 16,
    num_position_embeddings: 2304,
    out_hidden_size: 5120,
    patch_size: 16,
    spatial_merge_size: 2,
    temporal_patch_size: 2,
  },
  vision_end_token_id: 248054,
  vision_start_token_id: 248053,
};

const CONTEXT = {
  native: 262144,
  status: 'secondary',
  source: SRC.CONFIG_0_8B,
  note: 'max_position_embeddings 262144 with mRoPE and no scaling block; the Qwen3.5 cards (not re-read here) describe extension beyond that with YaRN.',
} as const;

const LANGUAGES = {
  coverage: 'multilingual',
  stated: 'Multilingual (Qwen series); the language list of the Qwen3.5 cards was not read',
} as const;

export const qwen35Models: CatalogModel[] = [
  {
    id: 'Qwen/Qwen3.5-0.8B-Base',
    name: 'Qwen3.5-0.8B-Base',
    family: 'Qwen3.5',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: QWEN3_5_0_8B_CONFIG,
    configStatus: 'verified',
    parameters: {
      total: 852985920,
      precision: 'exact',
      status: 'verified',
      source: `${SRC.COUNT_0_8B}. Without the MTP module, 852,985,920 (752,393,024 language model + 100,592,896 vision): the count computed from the config, and ${SRC.KERAS_QWEN3_5}`,
    },
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['general', 'multilingual', 'long-context'],
    license: { id: 'apache-2.0', status: 'unverified', source: SRC.QWEN3_README },
    benchmarks: [],
    released: '2026-03',
    sources: [SRC.CONFIG_0_8B, SRC.COUNT_0_8B, SRC.KERAS_QWEN3_5, SRC.QWEN3_README],
    notes: [
      'Pretrained checkpoint: the smallest Qwen3.5, for edge devices and task-specific fine-tuning.',
      '24 blocks of 1,024 (MLP 3,584), 8 query / 2 KV heads in the attention blocks, 16 + 16 linear heads of 128 in the DeltaNet blocks; tied embeddings over a 248,320-token vocabulary (a quarter of the parameters).',
      NOTE.HYBRID,
      NOTE.VISION,
      NOTE.MTP,
      NOTE.KERNELS,
      NOTE.LICENSE_UNVERIFIED,
      NOTE.RELEASED_UNVERIFIED,
    ],
  },
  {
    id: 'Qwen/Qwen3.5-0.8B',
    name: 'Qwen3.5-0.8B',
    family: 'Qwen3.5',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: QWEN3_5_0_8B_CONFIG,
    configStatus: 'secondary',
    parameters: {
      total: 852985920,
      precision: 'exact',
      status: 'secondary',
      source: SRC.KERAS_QWEN3_5,
    },
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['general', 'multilingual'],
    license: { id: 'apache-2.0', status: 'unverified', source: SRC.QWEN3_README },
    benchmarks: [],
    released: '2026-03',
    sources: [SRC.KERAS_QWEN3_5, SRC.CONFIG_0_8B, SRC.QWEN3_README],
    notes: [
      "Post-trained (chat) sibling of Qwen3.5-0.8B-Base. Config: the base checkpoint's file; keras-hub converts both to the same exact count, so the shape is the same (secondary). This checkpoint's own config.json was not read.",
      NOTE.HYBRID,
      NOTE.VISION,
      NOTE.MTP,
      NOTE.KERNELS,
      NOTE.LICENSE_UNVERIFIED,
      NOTE.RELEASED_UNVERIFIED,
    ],
  },
  {
    id: 'Qwen/Qwen3.5-27B',
    name: 'Qwen3.5-27B',
    family: 'Qwen3.5',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: QWEN3_5_27B_CONFIG,
    configStatus: 'secondary',
    parameters: {
      total: 27356728560,
      precision: 'exact',
      status: 'secondary',
      source: `${SRC.KERAS_QWEN3_5}; equal to the count computed from this config`,
    },
    context: { ...CONTEXT, source: SRC.CONFIG_3_6_27B },
    languages: LANGUAGES,
    strengths: ['general', 'reasoning', 'code', 'multilingual', 'long-context', 'tool-use'],
    license: { id: 'apache-2.0', status: 'unverified', source: SRC.QWEN3_README },
    benchmarks: [],
    released: '2026-02',
    sources: [SRC.KERAS_QWEN3_5, SRC.SLIME_3_5_27B, SRC.CONFIG_3_6_27B, SRC.QWEN3_README],
    notes: [
      "Config: the published Qwen3.6-27B file, whose text geometry a training framework's Qwen3.5-27B arguments repeat (64 blocks of 5,120, MLP 17,408, 24 / 4 heads of 256, untied 248,320 vocabulary) and whose count keras-hub gives for Qwen3.5-27B too (27,356,728,560). Qwen3.5-27B's own config.json was not read (secondary).",
      'Dense: every block has a full MLP; 48 DeltaNet blocks (16 QK / 48 V linear heads of 128) and 16 gated-attention blocks.',
      NOTE.HYBRID,
      NOTE.VISION,
      NOTE.MTP,
      NOTE.KERNELS,
      'Superseded by Qwen3.6-27B, the same architecture with newer weights.',
      NOTE.LICENSE_UNVERIFIED,
      NOTE.RELEASED_UNVERIFIED,
    ],
  },
];
