import type { CatalogModel } from '../schema';
import { periodicLayerTypes } from './sources/layer-types';

/**
 * Gemma 3n (Google DeepMind, June 2025): on-device multimodal models (text, image, audio in; text
 * out) under the Gemma Terms of Use. MatFormer-style text model with per-layer embeddings, AltUp
 * over four streams, LAuReL residuals, KV sharing in the last blocks and activation sparsity in
 * the first ten; a conformer audio encoder and a MobileNet-v5 vision encoder.
 */

const SRC = {
  CONFIG_E2B:
    'https://huggingface.co/google/gemma-3n-E2B-it/blob/main/config.json; copy: github:Kuba-csproj/ai-edge-torch ai_edge_torch/generative/examples/gemma3n/gemma3n.py @1d663aa5fe9379f66394ba407afa6b8b719d9163 (get_model_config_e2b: the E2B geometry and its Gemma 3n fields, a trimmed copy); every other field, and the audio and vision configs, from the transformers 5.18 Gemma3n class defaults (secondary)',
  COUNT_E2B:
    'transformers 5.18.0, built on the meta device from this config: language model 4,435,182,688, audio tower 681,348,640, audio embedder 3,345,408, vision embedder 4,460,544; plus the MobileNet-v5-300M tower as timm builds it (github:huggingface/pytorch-image-models timm/models/mobilenetv5.py @aa4b5850, mobilenetv5_300m_enc): 294,126,912',
  CONFIG_E4B:
    'github:Kuba-csproj/ai-edge-torch ai_edge_torch/generative/examples/gemma3n/gemma3n.py @1d663aa5fe9379f66394ba407afa6b8b719d9163 (get_model_config_e4b: 35 blocks of 2,048, MLP 16,384, 8 heads, 2 KV heads of 256, every fifth block global, window 512, vocab 262,400, num_kv_shared_layers 15, activation sparsity in the first 10 blocks; a trimmed copy)',
  KERAS:
    'github:keras-team/keras-hub keras_hub/src/models/gemma3n/gemma3n_presets.py @71453d08f59edc90d276e999319fc51e61cbf82c (exact stored-parameter counts with every tower: gemma3n_e2b(_it) 5,439,595,456; gemma3n_e4b(_it) 7,850,135,376; secondary)',
  TERMS:
    'Gemma Terms of Use, https://ai.google.dev/gemma/terms secs. 3.1-3.2 (read in third-party quotations, not on the page itself: secondary)',
} as const;

const NOTE = {
  MOBILENET:
    "Vision: a MobileNet-v5-300M encoder (a timm model whose shapes are not in config.json), counted from timm's own definition (294,126,912 parameters), plus its embedder into the language model.",
  TOWERS:
    'Fine-tuning trains the language model; the audio encoder, the MobileNet-v5 tower and their embedders are counted and stay frozen.',
  DESIGN:
    'Per-layer embeddings (a second 262,144-row table of 256 values per block, which can stay in CPU memory at inference), AltUp over four streams, LAuReL rank 64; the last blocks reuse the KV cache of earlier ones and add no cache.',
  LICENSE:
    'Gemma Terms of Use: commercial use allowed with no user threshold, but the Prohibited Use Policy binds users and derivatives, redistributors must pass the use restrictions on (sec. 3.1), and Google may restrict usage it believes violates the terms (sec. 3.2).',
  RELEASED: 'The release month (2025-06) was not re-read in a cited source.',
} as const;

const GEMMA_3N_E2B_CONFIG = {
  model_type: 'gemma3n',
  architectures: ['Gemma3nForConditionalGeneration'],
  text_config: {
    model_type: 'gemma3n_text',
    hidden_size: 2048,
    num_hidden_layers: 30,
    intermediate_size: [
      8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192,
      8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192, 8192,
    ],
    num_attention_heads: 8,
    num_key_value_heads: 2,
    head_dim: 256,
    vocab_size: 262400,
    vocab_size_per_layer_input: 262144,
    hidden_size_per_layer_input: 256,
    num_kv_shared_layers: 10,
    laurel_rank: 64,
    altup_num_inputs: 4,
    altup_active_idx: 0,
    altup_coef_clip: 120,
    altup_correct_scale: true,
    activation_sparsity_pattern: [
      0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 0, 0, 0, 0, 0, 0, 0, 0,
    ],
    sliding_window: 512,
    max_position_embeddings: 32768,
    final_logit_softcapping: 30,
    hidden_activation: 'gelu_pytorch_tanh',
    rms_norm_eps: 1e-6,
    layer_types: periodicLayerTypes(30, 5, 'sliding_attention'),
  },
  audio_config: {
    model_type: 'gemma3n_audio',
    input_feat_size: 128,
    hidden_size: 1536,
    conf_num_attention_heads: 8,
    conf_num_hidden_layers: 12,
    conf_attention_chunk_size: 12,
    conf_attention_context_left: 13,
    conf_attention_context_right: 0,
    conf_attention_logit_cap: 50,
    conf_conv_kernel_size: 5,
    conf_reduction_factor: 4,
    conf_residual_weight: 0.5,
    sscp_conv_channel_size: [128, 32],
    sscp_conv_kernel_size: [
      [3, 3],
      [3, 3],
    ],
    sscp_conv_stride_size: [
      [2, 2],
      [2, 2],
    ],
    sscp_conv_group_norm_eps: 0.001,
    rms_norm_eps: 1e-6,
    gradient_clipping: 10000000000,
    vocab_size: 128,
    vocab_offset: 262272,
  },
  vision_config: {
    model_type: 'gemma3n_vision',
    architecture: 'mobilenetv5_300m_enc',
    hidden_size: 2048,
    vocab_size: 128,
    vocab_offset: 262144,
    rms_norm_eps: 1e-6,
    do_pooling: false,
  },
  tie_word_embeddings: true,
};

const GEMMA_3N_E4B_CONFIG = {
  model_type: 'gemma3n',
  architectures: ['Gemma3nForConditionalGeneration'],
  text_config: {
    model_type: 'gemma3n_text',
    hidden_size: 2048,
    num_hidden_layers: 35,
    intermediate_size: [
      16384, 16384, 16384, 16384, 16384, 16384, 16384, 16384, 16384, 16384, 16384, 16384, 16384,
      16384, 16384, 16384, 16384, 16384, 16384, 16384, 16384, 16384, 16384, 16384, 16384, 16384,
      16384, 16384, 16384, 16384, 16384, 16384, 16384, 16384, 16384,
    ],
    num_attention_heads: 8,
    num_key_value_heads: 2,
    head_dim: 256,
    vocab_size: 262400,
    vocab_size_per_layer_input: 262144,
    hidden_size_per_layer_input: 256,
    num_kv_shared_layers: 15,
    laurel_rank: 64,
    altup_num_inputs: 4,
    altup_active_idx: 0,
    altup_coef_clip: 120,
    altup_correct_scale: true,
    activation_sparsity_pattern: [
      0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ],
    sliding_window: 512,
    max_position_embeddings: 32768,
    final_logit_softcapping: 30,
    hidden_activation: 'gelu_pytorch_tanh',
    rms_norm_eps: 1e-6,
    layer_types: periodicLayerTypes(35, 5, 'sliding_attention'),
  },
  audio_config: {
    model_type: 'gemma3n_audio',
    input_feat_size: 128,
    hidden_size: 1536,
    conf_num_attention_heads: 8,
    conf_num_hidden_layers: 12,
    conf_attention_chunk_size: 12,
    conf_attention_context_left: 13,
    conf_attention_context_right: 0,
    conf_attention_logit_cap: 50,
    conf_conv_kernel_size: 5,
    conf_reduction_factor: 4,
    conf_residual_weight: 0.5,
    sscp_conv_channel_size: [128, 32],
    sscp_conv_kernel_size: [
      [3, 3],
      [3, 3],
    ],
    sscp_conv_stride_size: [
      [2, 2],
      [2, 2],
    ],
    sscp_conv_group_norm_eps: 0.001,
    rms_norm_eps: 1e-6,
    gradient_clipping: 10000000000,
    vocab_size: 128,
    vocab_offset: 262272,
  },
  vision_config: {
    model_type: 'gemma3n_vision',
    architecture: 'mobilenetv5_300m_enc',
    hidden_size: 2048,
    vocab_size: 128,
    vocab_offset: 262144,
    rms_norm_eps: 1e-6,
    do_pooling: false,
  },
  tie_word_embeddings: true,
};

const CONTEXT = {
  native: 32768,
  status: 'secondary',
  source: SRC.CONFIG_E4B,
  note: '32,768 tokens (max_position_embeddings 32768; max_seq_len in the copy); no RoPE scaling.',
} as const;

const LANGUAGES = {
  coverage: 'multilingual',
  stated: 'Multilingual text, image and audio input; the language list of the card was not read',
} as const;

const instructModels: CatalogModel[] = [
  {
    id: 'google/gemma-3n-E2B-it',
    name: 'gemma-3n-E2B-it',
    family: 'Gemma 3n',
    developer: 'Google DeepMind',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: GEMMA_3N_E2B_CONFIG,
    configStatus: 'secondary',
    parameters: {
      total: 5418464192,
      precision: 'exact',
      status: 'secondary',
      source: `${SRC.COUNT_E2B}. ${SRC.KERAS} counts 21,131,264 more (0.4%); which weights make the difference was not found`,
    },
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['general', 'multilingual'],
    license: { id: 'gemma', status: 'secondary', source: SRC.TERMS },
    benchmarks: [],
    released: '2025-06',
    sources: [SRC.CONFIG_E2B, SRC.KERAS, SRC.TERMS],
    notes: [
      '30 blocks of 2,048 (MLP 8,192): four sliding-window blocks (512 tokens, 2 KV heads of 256) to one global block; the last 10 blocks reuse earlier KV.',
      NOTE.DESIGN,
      NOTE.MOBILENET,
      NOTE.TOWERS,
      'Google names it by effective size (about 2B used per token without the per-layer table); the stored total is what memory must hold for fine-tuning.',
      NOTE.RELEASED,
      NOTE.LICENSE,
    ],
  },
  {
    id: 'google/gemma-3n-E4B-it',
    name: 'gemma-3n-E4B-it',
    family: 'Gemma 3n',
    developer: 'Google DeepMind',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: GEMMA_3N_E4B_CONFIG,
    configStatus: 'unverified',
    parameters: {
      total: 7818517072,
      precision: 'exact',
      status: 'unverified',
      source: `Computed from this config, the MobileNet-v5-300M tower included (294,126,912, from timm). ${SRC.KERAS}: 7,850,135,376, 0.4% more`,
    },
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['general', 'multilingual', 'reasoning'],
    license: { id: 'gemma', status: 'secondary', source: SRC.TERMS },
    benchmarks: [],
    released: '2025-06',
    sources: [SRC.CONFIG_E4B, SRC.CONFIG_E2B, SRC.KERAS, SRC.TERMS],
    notes: [
      "Config unverified: the E4B geometry of a trimmed third-party copy (35 blocks of 2,048, MLP 16,384, 15 KV-shared blocks) on the E2B file's other fields and towers; the published E4B config.json was not read.",
      "Parameter count unverified: keras-hub's exact E4B total exceeds this count by 31,618,304, against 21,131,264 for E2B, so this config misses about 10.5M parameters that the E2B fields do not explain; the count is within 0.4% of keras-hub's, close enough for memory planning but not exact.",
      NOTE.DESIGN,
      NOTE.MOBILENET,
      NOTE.TOWERS,
      NOTE.RELEASED,
      NOTE.LICENSE,
    ],
  },
];

const CONVERTER =
  'github:keras-team/keras-hub tools/checkpoint_conversion/convert_gemma3n_checkpoints.py @71453d08f59edc90d276e999319fc51e61cbf82c (preset to repository map: gemma3n_e2b google/gemma-3n-E2B, gemma3n_e4b google/gemma-3n-E4B) and gemma3n_presets.py (base and instruction-tuned presets of each size have the same exact count)';

/** A pretrained checkpoint: its -it sibling's config and facts, with the differences written out. */
function pretrainedOf(instruct: CatalogModel, id: string): CatalogModel {
  return {
    ...instruct,
    id,
    name: id.slice(id.indexOf('/') + 1),
    purposes: ['text-generation'],
    variant: 'base',
    sources: [CONVERTER, ...instruct.sources],
    notes: [
      `Pretrained checkpoint of ${instruct.name}; keras-hub converts both to the same exact count, so the config and count are ${instruct.name}'s (this checkpoint's own config.json was not read).`,
      ...instruct.notes,
    ],
  };
}

export const gemma3nModels: CatalogModel[] = [
  ...instructModels,
  ...instructModels.map((model) => pretrainedOf(model, model.id.replace(/-it$/, ''))),
];
