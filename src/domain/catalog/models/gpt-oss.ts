import type { CatalogModel } from '../schema';
import { periodicLayerTypes } from './sources/layer-types';

/**
 * gpt-oss (OpenAI, August 2025): open-weight reasoning models with mixture-of-experts MLPs whose
 * expert weights ship in MXFP4 (4.25 bits per weight), attention sinks, and alternating 128-token
 * sliding-window and full-attention blocks. Apache 2.0 with a one-line usage policy.
 */

const SRC = {
  MODEL_CARD:
    'OpenAI, "gpt-oss-120b & gpt-oss-20b Model Card", arXiv:2508.10925 (2025), Table 1: gpt-oss-120b 36 layers, 116.83B total / 5.13B active; gpt-oss-20b 24 layers, 20.91B total / 3.61B active; "Unembedding parameters are counted towards active, but not embeddings" (read in third-party quotations of the card: secondary)',
  HF_CARD_20B:
    'https://huggingface.co/openai/gpt-oss-20b (model card: license apache-2.0 with the gpt-oss usage policy; harmony response format; configurable reasoning effort)',
  HF_CARD_120B: 'https://huggingface.co/openai/gpt-oss-120b (model card)',
  CONFIG_20B:
    'github:EchoCog/gpt-oss-20b config.json @52971a17bf2f66dd519c8d26217b1405e425a246 (a mirror of https://huggingface.co/openai/gpt-oss-20b/blob/main/config.json, with quant_method restored to "mxfp4" as the same repository documents; secondary)',
  EVALS:
    'OpenAI, "gpt-oss-120b & gpt-oss-20b Model Card", arXiv:2508.10925 (2025), main evaluation table (MMLU and GPQA Diamond without tools at low / medium / high reasoning effort), read in copies: https://sdk.airefinery.accenture.com/distiller/model_catalog/LLMs/openai/gpt-oss-120b (the 120b row, low / medium / high: MMLU 85.9 / 88.0 / 90.0, GPQA Diamond 67.1 / 73.1 / 80.1), https://traictory.com/model/gpt-oss-20b (the 20b self-reported figures without tools: MMLU 85.3, GPQA Diamond 71.5) and the Qwen3.5-4B model card, which reprints the high-effort GPQA Diamond figures (80.1, 71.5): secondary',
  USAGE_POLICY: 'github:openai/gpt-oss USAGE_POLICY @1983a9d74027aa49ed4be004c726004e22db48d2',
} as const;

const NOTE = {
  MXFP4:
    'Storage: the expert MLP weights are stored in MXFP4 (quantization_config quant_method "mxfp4"); attention, router, embeddings and head stay in bf16. For LoRA or full fine-tuning the experts are dequantised to bf16 when loaded (transformers does this on GPUs without MXFP4 kernels), so training memory is that of a bf16 model, not of the 4-bit download.',
  ATTENTION:
    'Attention: 64 query heads of 64 with 8 KV heads, learned attention sinks per head, biases on q/k/v/o; blocks alternate between a 128-token sliding window and full attention, so only half the blocks keep a cache that grows with the context.',
  HARMONY:
    "Chat format: OpenAI's harmony response format (named on the Hugging Face card; the tokenizer's chat template renders it). Render fine-tuning data through that template rather than a generic ChatML one.",
  ACTIVE:
    "active is computed from the config and counts the input embedding; the model card's active figure leaves the embedding out (the unembedding is counted).",
  LICENSE:
    'Apache 2.0 plus the gpt-oss usage policy, which only asks that use complies with applicable law.',
} as const;

const GPT_OSS_20B_CONFIG = {
  architectures: ['GptOssForCausalLM'],
  attention_bias: true,
  attention_dropout: 0,
  eos_token_id: 200002,
  experts_per_token: 4,
  head_dim: 64,
  hidden_act: 'silu',
  hidden_size: 2880,
  initial_context_length: 4096,
  initializer_range: 0.02,
  intermediate_size: 2880,
  layer_types: periodicLayerTypes(24, 2, 'sliding_attention'),
  max_position_embeddings: 131072,
  model_type: 'gpt_oss',
  num_attention_heads: 64,
  num_experts_per_tok: 4,
  num_hidden_layers: 24,
  num_key_value_heads: 8,
  num_local_experts: 32,
  output_router_logits: false,
  pad_token_id: 199999,
  quantization_config: {
    modules_to_not_convert: [
      'model.layers.*.self_attn',
      'model.layers.*.mlp.router',
      'model.embed_tokens',
      'lm_head',
    ],
    quant_method: 'mxfp4',
  },
  rms_norm_eps: 1e-5,
  rope_scaling: {
    beta_fast: 32,
    beta_slow: 1,
    factor: 32,
    original_max_position_embeddings: 4096,
    rope_type: 'yarn',
    truncate: false,
  },
  rope_theta: 150000,
  router_aux_loss_coef: 0.9,
  sliding_window: 128,
  swiglu_limit: 7,
  tie_word_embeddings: false,
  transformers_version: '4.55.0.dev0',
  use_cache: true,
  vocab_size: 201088,
};

const GPT_OSS_120B_CONFIG = {
  architectures: ['GptOssForCausalLM'],
  attention_bias: true,
  attention_dropout: 0,
  eos_token_id: 200002,
  experts_per_token: 4,
  head_dim: 64,
  hidden_act: 'silu',
  hidden_size: 2880,
  initial_context_length: 4096,
  initializer_range: 0.02,
  intermediate_size: 2880,
  layer_types: periodicLayerTypes(36, 2, 'sliding_attention'),
  max_position_embeddings: 131072,
  model_type: 'gpt_oss',
  num_attention_heads: 64,
  num_experts_per_tok: 4,
  num_hidden_layers: 36,
  num_key_value_heads: 8,
  num_local_experts: 128,
  output_router_logits: false,
  pad_token_id: 199999,
  quantization_config: {
    modules_to_not_convert: [
      'model.layers.*.self_attn',
      'model.layers.*.mlp.router',
      'model.embed_tokens',
      'lm_head',
    ],
    quant_method: 'mxfp4',
  },
  rms_norm_eps: 1e-5,
  rope_scaling: {
    beta_fast: 32,
    beta_slow: 1,
    factor: 32,
    original_max_position_embeddings: 4096,
    rope_type: 'yarn',
    truncate: false,
  },
  rope_theta: 150000,
  router_aux_loss_coef: 0.9,
  sliding_window: 128,
  swiglu_limit: 7,
  tie_word_embeddings: false,
  transformers_version: '4.55.0.dev0',
  use_cache: true,
  vocab_size: 201088,
};

const CONTEXT = {
  native: 131072,
  status: 'secondary',
  source: SRC.CONFIG_20B,
  note: '131,072 tokens: max_position_embeddings 131072, and the published config already carries the YaRN rope_scaling block (factor 32 over an initial 4,096), so nothing needs to be added to reach it. Third-party summaries of the model card give the same 131,072-token maximum.',
} as const;

const LANGUAGES = {
  coverage: 'english',
  stated:
    'Not stated in the sources read here; catalogued as English-first (the card reports a separate multilingual MMMLU evaluation)',
} as const;

/** The card's high-effort, no-tools MMLU and GPQA Diamond of one model: comparable only with each other's. */
const highEffort = (mmlu: number, gpqa: number): CatalogModel['benchmarks'] =>
  (
    [
      ['MMLU', mmlu],
      ['GPQA-Diamond', gpqa],
    ] as const
  ).map(([name, value]) => ({
    name,
    value,
    variant: 'reasoning effort high, no tools',
    language: 'en',
    shots: null,
    setting: `${name === 'MMLU' ? 'MMLU' : 'GPQA Diamond'} accuracy, reasoning effort high, no tools (gpt-oss model card; shots not stated)`,
    source: SRC.EVALS,
    status: 'secondary',
  }));

export const gptOssModels: CatalogModel[] = [
  {
    id: 'openai/gpt-oss-20b',
    name: 'gpt-oss-20b',
    family: 'gpt-oss',
    developer: 'OpenAI',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: GPT_OSS_20B_CONFIG,
    configStatus: 'secondary',
    parameters: {
      total: 20910000000,
      precision: 'rounded',
      active: 4187440704,
      status: 'secondary',
      source: `${SRC.MODEL_CARD}. The count computed from the config is 20,914,757,184 (0.02% above the rounded figure); active 4,187,440,704 with the 579M input embedding, 3.61B without it, as the card counts`,
    },
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['reasoning', 'tool-use', 'math', 'code'],
    license: { id: 'gpt-oss-apache-2.0', status: 'verified', source: SRC.USAGE_POLICY },
    benchmarks: highEffort(85.3, 71.5),
    released: '2025-08',
    sources: [SRC.MODEL_CARD, SRC.EVALS, SRC.HF_CARD_20B, SRC.CONFIG_20B, SRC.USAGE_POLICY],
    notes: [
      'A reasoning model post-trained for chat and tool use (catalogued as instruct); no pretrained-only checkpoint was released.',
      '32 experts per block, 4 routed per token, no shared expert; 24 blocks of width 2,880.',
      NOTE.MXFP4,
      NOTE.ATTENTION,
      NOTE.HARMONY,
      NOTE.ACTIVE,
      'Benchmarks: MMLU and GPQA Diamond at high reasoning effort without tools, as the card reports them (read in copies); no other developer publishes figures in this setting, so they compare gpt-oss-20b with gpt-oss-120b only. The low and medium effort figures of 20b were not read.',
      NOTE.LICENSE,
    ],
  },
  {
    id: 'openai/gpt-oss-120b',
    name: 'gpt-oss-120b',
    family: 'gpt-oss',
    developer: 'OpenAI',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: GPT_OSS_120B_CONFIG,
    configStatus: 'secondary',
    parameters: {
      total: 116830000000,
      precision: 'rounded',
      active: 5711982912,
      status: 'secondary',
      source: `${SRC.MODEL_CARD}. The count computed from the config is 116,829,156,672 (within 0.001% of 116.83B); active 5,711,982,912 with the input embedding, 5,132,849,472 without it, matching the card's 5.13B`,
    },
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['reasoning', 'tool-use', 'math', 'code', 'general'],
    license: { id: 'gpt-oss-apache-2.0', status: 'verified', source: SRC.USAGE_POLICY },
    benchmarks: highEffort(90.0, 80.1),
    released: '2025-08',
    sources: [SRC.MODEL_CARD, SRC.EVALS, SRC.HF_CARD_120B, SRC.CONFIG_20B, SRC.USAGE_POLICY],
    notes: [
      "Config: the gpt-oss-20b file with the two fields the card gives for 120b changed, num_hidden_layers 36 and num_local_experts 128 (and layer_types written out for 36 blocks). The published 120b config.json was not read; the count from this config reproduces the card's 116.83B total and 5.13B active exactly to the stated digits, which settles the shape (secondary).",
      '128 experts per block, 4 routed per token; 36 blocks of width 2,880. In MXFP4 it runs on a single 80 GB GPU for inference (model card, as summarised); fine-tuning with the experts in bf16 needs several GPUs.',
      NOTE.MXFP4,
      NOTE.ATTENTION,
      NOTE.HARMONY,
      NOTE.ACTIVE,
      'Benchmarks: MMLU and GPQA Diamond at high reasoning effort without tools (low / medium: MMLU 85.9 / 88.0, GPQA Diamond 67.1 / 73.1), as the card reports them (read in copies); they compare gpt-oss-120b with gpt-oss-20b only.',
      NOTE.LICENSE,
    ],
  },
];
