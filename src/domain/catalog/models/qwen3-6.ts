import type { CatalogModel } from '../schema';
import { periodicLayerTypes } from './sources/layer-types';
import { QWEN3_5_NOTE, QWEN3_5_SRC } from './sources/qwen3-5';
import {
  QWEN3_5_35B_A3B_CONFIG,
  QWEN3_5_MOE_NOTE as MOE,
  QWEN3_5_MOE_SRC,
} from './sources/qwen3-5-moe';

/**
 * Qwen3.6 (Qwen, 2026): the Qwen3.5 architecture with newer weights. Listed: the dense 27B, whose
 * published config.json is read verbatim, and the 35B-A3B mixture of experts, whose shape is the
 * Qwen3.5-35B-A3B one (a training recipe says the topology is the same; keras-hub gives the same
 * exact count).
 */

const SRC = {
  ...QWEN3_5_MOE_SRC,
  KERAS_MOE: QWEN3_5_SRC.KERAS_QWEN3_5_MOE,
  CONFIG:
    'https://huggingface.co/Qwen/Qwen3.6-27B/blob/main/config.json (verbatim: every published field)',
  COUNT:
    "https://huggingface.co/Qwen/Qwen3.6-27B (sum of the tensor shapes in the checkpoint's safetensors headers: 27,781,427,952, of which the multi-token-prediction module mtp.* holds 424,699,392; the model page rounds to 27.8B)",
  KERAS:
    'github:keras-team/keras-hub keras_hub/src/models/qwen3_5/qwen3_5_presets.py @71453d08f59edc90d276e999319fc51e61cbf82c (qwen3_6_27b: 27,356,728,560, vision included, no MTP head; secondary)',
  QWEN3_README:
    'github:QwenLM/Qwen3 README.md @7a2f61ff (License Agreement: open-weight models under Apache 2.0)',
} as const;

const QWEN3_6_27B_CONFIG = {
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

export const qwen36Models: CatalogModel[] = [
  {
    id: 'Qwen/Qwen3.6-27B',
    name: 'Qwen3.6-27B',
    family: 'Qwen3.6',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: QWEN3_6_27B_CONFIG,
    configStatus: 'verified',
    parameters: {
      total: 27356728560,
      precision: 'exact',
      status: 'verified',
      source: `${SRC.COUNT}. Without the MTP module, which transformers does not load, 27,356,728,560: the count computed from the config, and ${SRC.KERAS}`,
    },
    context: {
      native: 262144,
      status: 'verified',
      source: SRC.CONFIG,
      note: 'max_position_embeddings 262144 with mRoPE and no scaling block. Extension beyond it (YaRN) is described in the Qwen cards, which were not re-read here.',
    },
    languages: {
      coverage: 'multilingual',
      stated: 'Multilingual (Qwen series); the language list of the card was not read',
    },
    strengths: ['general', 'reasoning', 'code', 'multilingual', 'long-context', 'tool-use'],
    license: { id: 'apache-2.0', status: 'unverified', source: SRC.QWEN3_README },
    benchmarks: [],
    released: '2026-04',
    sources: [SRC.CONFIG, SRC.COUNT, SRC.KERAS, SRC.QWEN3_README],
    notes: [
      'Successor of Qwen3.5-27B: the same architecture with newer weights.',
      'Dense hybrid stack: 64 blocks of 5,120 (MLP 17,408), three Gated DeltaNet blocks (16 QK / 48 V linear heads of 128) to one gated full-attention block (24 query / 4 KV heads of 256, RoPE on a quarter of each head); untied embeddings over 248,320 tokens. Only the 16 attention blocks keep a KV cache that grows with the context.',
      'Multimodal checkpoint: the 27-block vision tower of 1,152 and its merger (460,730,096 parameters) are counted and stay frozen when the language model is fine-tuned. Its vision_config says model_type "qwen3_5".',
      'The checkpoint also stores a one-block multi-token-prediction head (424,699,392 parameters) for speculative decoding; transformers does not load it, so it is not counted.',
      'Fine-tuning at speed needs the flash-linear-attention and causal-conv1d kernels.',
      "Licence unverified: Apache 2.0 as for Qwen's other open-weight releases (Qwen3 README); this checkpoint's LICENSE file and card were not read.",
      'The release month was not confirmed in a cited source.',
    ],
  },
  {
    id: 'Qwen/Qwen3.6-35B-A3B',
    name: 'Qwen3.6-35B-A3B',
    family: 'Qwen3.6',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: QWEN3_5_35B_A3B_CONFIG,
    configStatus: 'unverified',
    parameters: {
      total: 35107181936,
      precision: 'exact',
      active: 3901560176,
      status: 'secondary',
      source: `${SRC.KERAS_MOE} (qwen3_6_moe_35b_a3b); equal to the count computed from this config (active: computed)`,
    },
    context: {
      native: 262144,
      status: 'unverified',
      source: SRC.TRANSFORMERS,
      note: 'Assumed as for the other Qwen3.5 / 3.6 files: max_position_embeddings 262144 (not read for this checkpoint).',
    },
    languages: {
      coverage: 'multilingual',
      stated: 'Multilingual (Qwen series); the language list of the card was not read',
    },
    strengths: ['general', 'reasoning', 'code', 'multilingual', 'long-context', 'tool-use'],
    license: { id: 'apache-2.0', status: 'unverified', source: SRC.QWEN3_README },
    benchmarks: [],
    released: '2026-04',
    sources: [SRC.SLIME_36, SRC.SLIME_35B, SRC.TRANSFORMERS, SRC.KERAS_MOE, SRC.QWEN3_README],
    notes: [
      "Newer weights on the Qwen3.5-35B-A3B architecture: a training framework's Qwen3.6-35B-A3B arguments reuse the Qwen3.5-35B-A3B ones, and keras-hub gives both the same exact count.",
      MOE.SHAPE,
      MOE.ACTIVE,
      MOE.MOE_MEMORY,
      QWEN3_5_NOTE.HYBRID,
      QWEN3_5_NOTE.VISION,
      QWEN3_5_NOTE.MTP,
      QWEN3_5_NOTE.KERNELS,
      "Licence unverified: Apache 2.0 as for Qwen's other open-weight releases (Qwen3 README); this checkpoint's LICENSE file and card were not read.",
      'The release month (2026-04, as for Qwen3.6-27B) was not confirmed in a cited source.',
    ],
  },
];
