import type { CatalogModel } from '../schema';
import { QWEN3_5_CARD_SRC, qwenThinkingFigures } from './sources/qwen-thinking-figures';
import { periodicLayerTypes } from './sources/layer-types';
import { QWEN3_5_NOTE as NOTE, QWEN3_5_SRC } from './sources/qwen3-5';

/**
 * Qwen3.5-4B (Qwen, 2026), base and post-trained: the small dense hybrid of the family, between
 * the 0.8B and 9B entries of qwen3-5.ts. Its config.json was read only in a third-party comparison
 * that quotes the text fields; the two fields it leaves out are settled by keras-hub's exact count.
 */

const SRC = {
  ...QWEN3_5_SRC,
  CONFIG_4B:
    'https://huggingface.co/Qwen/Qwen3.5-4B/blob/main/config.json (read in a third-party comparison of the Qwen3.5-4B and 27B files, not in the file itself: 32 layers, hidden 2,560, intermediate 9,216, 16 heads, 4 KV heads of 256, 16 QK / 32 V linear heads, full attention every 4th block, max_position_embeddings 262144, vocabulary 248,320, vision encoder of 24 layers and width 1,024; unverified)',
} as const;

/** Qwen3.5-4B: the quoted text fields and tower size; tied embeddings and the tower's MLP from the count. */
const QWEN3_5_4B_CONFIG = {
  architectures: ['Qwen3_5ForConditionalGeneration'],
  model_type: 'qwen3_5',
  text_config: {
    attention_bias: false,
    attn_output_gate: true,
    full_attention_interval: 4,
    head_dim: 256,
    hidden_act: 'silu',
    hidden_size: 2560,
    intermediate_size: 9216,
    layer_types: periodicLayerTypes(32, 4, 'linear_attention'),
    linear_conv_kernel_dim: 4,
    linear_key_head_dim: 128,
    linear_num_key_heads: 16,
    linear_num_value_heads: 32,
    linear_value_head_dim: 128,
    mamba_ssm_dtype: 'float32',
    max_position_embeddings: 262144,
    model_type: 'qwen3_5_text',
    mtp_num_hidden_layers: 1,
    num_attention_heads: 16,
    num_hidden_layers: 32,
    num_key_value_heads: 4,
    partial_rotary_factor: 0.25,
    rms_norm_eps: 1e-6,
    tie_word_embeddings: true,
    vocab_size: 248320,
  },
  tie_word_embeddings: true,
  vision_config: {
    depth: 24,
    hidden_act: 'gelu_pytorch_tanh',
    hidden_size: 1024,
    in_channels: 3,
    intermediate_size: 4096,
    model_type: 'qwen3_5_vision',
    num_heads: 16,
    num_position_embeddings: 2304,
    out_hidden_size: 2560,
    patch_size: 16,
    spatial_merge_size: 2,
    temporal_patch_size: 2,
  },
};

const PARAMETERS = {
  total: 4539265536,
  precision: 'exact',
  status: 'secondary',
  source: `${SRC.KERAS_QWEN3_5} (qwen3_5_4b_base and qwen3_5_4b); equal to the count computed from this config`,
} as const;

const CONTEXT = {
  native: 262144,
  status: 'unverified',
  source: SRC.CONFIG_4B,
  note: 'max_position_embeddings 262144 with mRoPE, as quoted from the config (not read in the file itself); the Qwen3.5 cards (not re-read) describe extension beyond it with YaRN.',
} as const;

const LANGUAGES = {
  coverage: 'multilingual',
  stated: 'Multilingual (Qwen series); the language list of the Qwen3.5 cards was not read',
} as const;

const NOTES = [
  "Config unverified: the text fields and the tower's depth and width are as a third-party comparison quotes the published file; tied embeddings and the tower's MLP of 4,096 with 16 heads are not quoted; with them the count equals keras-hub's exact 4,539,265,536, while untied embeddings or the 27B tower miss it. Rope settings and token ids were not confirmed and do not change the memory.",
  '32 blocks of 2,560 (MLP 9,216): 24 Gated DeltaNet blocks (16 QK / 32 V linear heads of 128) and 8 gated-attention blocks (16 query / 4 KV heads of 256); tied embeddings over 248,320 tokens.',
  NOTE.HYBRID,
  NOTE.VISION,
  NOTE.MTP,
  NOTE.KERNELS,
  NOTE.LICENSE_UNVERIFIED,
  NOTE.RELEASED_UNVERIFIED,
];

export const qwen35_4bModels: CatalogModel[] = [
  {
    id: 'Qwen/Qwen3.5-4B-Base',
    name: 'Qwen3.5-4B-Base',
    family: 'Qwen3.5',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: QWEN3_5_4B_CONFIG,
    configStatus: 'unverified',
    parameters: PARAMETERS,
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['general', 'multilingual', 'long-context'],
    license: { id: 'apache-2.0', status: 'unverified', source: SRC.QWEN3_README },
    benchmarks: [],
    released: '2026-03',
    sources: [SRC.CONFIG_4B, SRC.KERAS_QWEN3_5, SRC.QWEN3_README],
    notes: [
      "Pretrained checkpoint of Qwen3.5-4B; the repository id follows keras-hub's qwen3_5_4b_base preset and the family's -Base naming, and was not confirmed on the Hub.",
      ...NOTES,
    ],
  },
  {
    id: 'Qwen/Qwen3.5-4B',
    name: 'Qwen3.5-4B',
    family: 'Qwen3.5',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: QWEN3_5_4B_CONFIG,
    configStatus: 'unverified',
    parameters: PARAMETERS,
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['general', 'reasoning', 'multilingual', 'long-context', 'tool-use'],
    license: { id: 'apache-2.0', status: 'unverified', source: SRC.QWEN3_README },
    benchmarks: qwenThinkingFigures({
      mmluPro: 79.1,
      gpqa: 76.2,
      ifEval: 89.8,
      liveCodeBench: 55.8,
      where: 'Language table of the Qwen3.5-4B model card (column Qwen3.5-4B)',
      source: QWEN3_5_CARD_SRC.SMALL,
    }),
    released: '2026-03',
    sources: [QWEN3_5_CARD_SRC.SMALL, SRC.CONFIG_4B, SRC.KERAS_QWEN3_5, SRC.QWEN3_README],
    notes: [
      'Post-trained (chat) Qwen3.5-4B.',
      'Benchmarks: the card\u2019s Language table in thinking mode, the default (Qwen\u2019s evaluation; the same setting as the Qwen3-2507 Thinking cards, whose figures the Qwen3.5 cards reprint). MMLU-Redux is not a catalog benchmark.',
      ...NOTES,
    ],
  },
];
