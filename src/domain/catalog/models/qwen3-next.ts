import type { CatalogModel } from '../schema';
import { QWEN3_5_CARD_SRC, qwenThinkingFigures } from './sources/qwen-thinking-figures';

/**
 * Qwen3-Next-80B-A3B (September 2025): a hybrid stack of 48 blocks, three Gated DeltaNet (linear
 * attention) blocks to one gated-attention block, each followed by a 512-expert MoE with 10
 * routed experts and a gated shared expert. 80B stored, about 3B active per token.
 */

const SRC = {
  CONFIG:
    'https://huggingface.co/Qwen/Qwen3-Next-80B-A3B-Instruct/blob/main/config.json (verbatim: every published field)',
  COUNT:
    "https://huggingface.co/Qwen/Qwen3-Next-80B-A3B-Instruct (sum of the tensor shapes in the checkpoint's safetensors headers: 81,324,862,720, of which the multi-token-prediction module mtp.* holds 1,650,471,424; the model page rounds to 81.3B)",
  CARD_INSTRUCT:
    'https://huggingface.co/Qwen/Qwen3-Next-80B-A3B-Instruct (model card; not re-read here)',
  CARD_THINKING:
    'https://huggingface.co/Qwen/Qwen3-Next-80B-A3B-Thinking (model card: 80B total / 3B activated, 79B non-embedding, 48 layers in 12 x (3 x (Gated DeltaNet -> MoE) -> 1 x (Gated Attention -> MoE)), 16 Q / 2 KV heads of 256, 512 experts with 10 activated and 1 shared of width 512, 262,144 tokens natively and up to 1,010,000, thinking only; read in a third-party copy of the card: secondary)',
  QWEN3_README:
    'github:QwenLM/Qwen3 README.md @7a2f61ff (License Agreement: open-weight models under Apache 2.0)',
} as const;

const QWEN3_NEXT_CONFIG = {
  architectures: ['Qwen3NextForCausalLM'],
  attention_dropout: 0,
  bos_token_id: 151643,
  decoder_sparse_step: 1,
  eos_token_id: 151645,
  full_attention_interval: 4,
  head_dim: 256,
  hidden_act: 'silu',
  hidden_size: 2048,
  initializer_range: 0.02,
  intermediate_size: 5120,
  linear_conv_kernel_dim: 4,
  linear_key_head_dim: 128,
  linear_num_key_heads: 16,
  linear_num_value_heads: 32,
  linear_value_head_dim: 128,
  max_position_embeddings: 262144,
  mlp_only_layers: [],
  model_type: 'qwen3_next',
  moe_intermediate_size: 512,
  norm_topk_prob: true,
  num_attention_heads: 16,
  num_experts: 512,
  num_experts_per_tok: 10,
  num_hidden_layers: 48,
  num_key_value_heads: 2,
  output_router_logits: false,
  partial_rotary_factor: 0.25,
  rms_norm_eps: 1e-6,
  rope_scaling: null,
  rope_theta: 10000000,
  router_aux_loss_coef: 0.001,
  shared_expert_intermediate_size: 512,
  tie_word_embeddings: false,
  torch_dtype: 'bfloat16',
  transformers_version: '4.57.0.dev0',
  use_cache: true,
  use_sliding_window: false,
  vocab_size: 151936,
};

const PARAMETERS = {
  total: 79674391296,
  precision: 'exact',
  active: 3874929408,
  status: 'verified',
  source: `${SRC.COUNT}. Without the MTP module, which transformers does not load, 79,674,391,296: the count computed from the config`,
} as const;

const NOTE = {
  HYBRID:
    'Hybrid layout: 36 Gated DeltaNet blocks (linear attention with a fixed-size recurrent state, 16 QK and 32 V heads of 128, causal conv of width 4) and 12 gated full-attention blocks (16 Q / 2 KV heads of 256, RoPE on a quarter of each head). Only the 12 attention blocks keep a KV cache that grows with the context.',
  MOE: 'Every block has a 512-expert MoE (width 512), 10 routed per token, plus a shared expert of width 512 behind a sigmoid gate.',
  MTP: 'The checkpoint also stores a one-block multi-token-prediction head (1.65B parameters) for speculative decoding; transformers does not load it and fine-tuning does not train it, so it is not counted.',
  ACTIVE:
    'active counts the embedding and LM head (0.31B each); without them about 3.25B, the card\'s "3B activated".',
  KERNELS:
    'Fine-tuning needs the flash-linear-attention and causal-conv1d kernels for speed; without them transformers falls back to a slow PyTorch path.',
  LICENSE: 'Apache 2.0 (the Qwen3 repository states it for the open-weight models).',
} as const;

const CONTEXT = {
  native: 262144,
  extended: 1010000,
  status: 'secondary',
  source: SRC.CARD_THINKING,
  note: '262,144 tokens natively (max_position_embeddings 262144); the card documents extension up to 1,010,000 tokens with YaRN, added to the config by the user.',
} as const;

const LANGUAGES = {
  coverage: 'multilingual',
  stated:
    'Multilingual (Qwen3 series: 119 languages and dialects); not restated in the card copy read here',
} as const;

export const qwen3NextModels: CatalogModel[] = [
  {
    id: 'Qwen/Qwen3-Next-80B-A3B-Instruct',
    name: 'Qwen3-Next-80B-A3B-Instruct',
    family: 'Qwen3-Next',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: QWEN3_NEXT_CONFIG,
    configStatus: 'verified',
    parameters: PARAMETERS,
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['general', 'reasoning', 'long-context', 'multilingual', 'tool-use', 'code'],
    license: { id: 'apache-2.0', status: 'verified', source: SRC.QWEN3_README },
    benchmarks: [],
    released: '2025-09',
    sources: [SRC.CONFIG, SRC.COUNT, SRC.CARD_INSTRUCT, SRC.CARD_THINKING, SRC.QWEN3_README],
    notes: [
      'Non-thinking chat model (the Instruct half of the Qwen3-Next release).',
      NOTE.HYBRID,
      NOTE.MOE,
      NOTE.MTP,
      NOTE.ACTIVE,
      NOTE.KERNELS,
      'The release month (2025-09) was not re-read in a cited source. No benchmark figure is listed: the card table was not read.',
      NOTE.LICENSE,
    ],
  },
  {
    id: 'Qwen/Qwen3-Next-80B-A3B-Thinking',
    name: 'Qwen3-Next-80B-A3B-Thinking',
    family: 'Qwen3-Next',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: QWEN3_NEXT_CONFIG,
    configStatus: 'secondary',
    parameters: { ...PARAMETERS, status: 'secondary' },
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['reasoning', 'math', 'code', 'long-context', 'multilingual'],
    license: { id: 'apache-2.0', status: 'verified', source: SRC.QWEN3_README },
    benchmarks: qwenThinkingFigures({
      mmluPro: 82.7,
      gpqa: 77.2,
      ifEval: 88.9,
      liveCodeBench: 68.7,
      where: 'Language table of the Qwen3.5-4B model card (column Qwen3-Next-80B-A3B-Thinking)',
      source: QWEN3_5_CARD_SRC.SMALL,
    }),
    released: '2025-09',
    sources: [SRC.CARD_THINKING, QWEN3_5_CARD_SRC.SMALL, SRC.CONFIG, SRC.COUNT, SRC.QWEN3_README],
    notes: [
      'Thinking only: the chat template opens the <think> block itself, so outputs normally contain only the closing </think>; keep reasoning traces in that form in fine-tuning data.',
      "Config: the Instruct checkpoint's published file. The Thinking card lists the same layout (hidden 2048, 48 blocks, 16/2 heads of 256, 32 V / 16 QK linear heads of 128, 512 experts, 10 active, 1 shared of 512), so the shape and count carry over; this checkpoint's own config.json and safetensors headers were not read (secondary).",
      NOTE.HYBRID,
      NOTE.MOE,
      NOTE.MTP,
      NOTE.ACTIVE,
      NOTE.KERNELS,
      'The release month (2025-09) was not re-read in a cited source.',
      'Benchmarks: the Qwen3.5-4B card\u2019s column for this model (Qwen\u2019s thinking-mode evaluation, the same as the Qwen3.5 and Qwen3-2507 Thinking figures); its own card table was not read.',
      NOTE.LICENSE,
    ],
  },
];
