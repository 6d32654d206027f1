import type { CatalogModel } from '../schema';
import {
  QWEN3_5_CARD_SRC,
  QWEN_THINKING_VARIANT,
  qwenThinkingFigures,
} from './sources/qwen-thinking-figures';

/**
 * Qwen3-2507: the July–August 2025 refresh of Qwen3, split into separate non-thinking (Instruct)
 * and thinking (Thinking) checkpoints, with a 262,144-token native context. Same architectures as
 * the April 2025 Qwen3 models (dense 4B; mixture-of-experts 30B-A3B and 235B-A22B), new weights and
 * a larger RoPE base. Data only; catalogModelSchema checks every entry.
 */

const SRC = {
  CARD_4B_INSTRUCT:
    'https://huggingface.co/Qwen/Qwen3-4B-Instruct-2507 (model card: 4.0B parameters, 3.6B non-embedding, 36 layers, 32 Q / 8 KV heads, 262,144 tokens natively, non-thinking only; read in third-party copies of the card: secondary)',
  CARD_4B_THINKING:
    'https://huggingface.co/Qwen/Qwen3-4B-Thinking-2507 (model card: 4.0B parameters, 36 layers, 32 Q / 8 KV heads, 262,144 tokens natively, thinking only, the chat template opens the <think> block; read in a third-party copy of the card: secondary)',
  CARD_30B_INSTRUCT:
    'https://huggingface.co/Qwen/Qwen3-30B-A3B-Instruct-2507 (model card: 30.5B total / 3.3B activated, 48 layers, 32 Q / 4 KV heads, 128 experts with 8 activated, 262,144 tokens natively, 1M with DCA + MInference, Performance table; read in the copy github:peterhan91/mimic_skills docs/qwen3-a3b.md @c001b2fa: secondary)',
  CARD_30B_THINKING:
    'https://huggingface.co/Qwen/Qwen3-30B-A3B-Thinking-2507 (model card: 30.5B total / 3.3B activated, 48 layers, 128 experts with 8 activated, 262,144 tokens natively, thinking only; read in third-party copies of the card: secondary)',
  CARD_235B_INSTRUCT:
    'https://huggingface.co/Qwen/Qwen3-235B-A22B-Instruct-2507 (model card: 235B total / 22B activated, 234B non-embedding, 94 layers, 64 Q / 4 KV heads, 128 experts with 8 activated, 262,144 tokens natively and up to 1,010,000, Performance table; read in a third-party copy of the card: secondary)',
  CARD_235B_THINKING:
    'https://huggingface.co/Qwen/Qwen3-235B-A22B-Thinking-2507 (model card; not read here)',
  CONFIG_4B:
    'github:akougkas/warpio-cli warpio-docs/ai-docs/model_cards/qwen3:4b.md @8dde6d21c14ca1c2167e7f8c86370e54fdbbc537 (config.json and tokenizer_config.json of the Qwen3-4B 2507 files served as Ollama "qwen3:4b": max_position_embeddings 262144, rope_theta 5000000, tie_word_embeddings true; the chat template opens a <think> block, so these are the Thinking-2507 files; secondary)',
  CONFIG_4B_SUMMARY:
    'github:gold0116/on-device-llm-knowledge-memo my_sLMs.md (Qwen3-4B-Instruct-2507 config summary: hidden 2560, FFN 9728, 36 layers, 32/8 heads, 262,144 tokens, RoPE theta 5,000,000, vocab 151,936; secondary)',
  KERAS_QWEN3:
    'github:keras-team/keras-hub keras_hub/src/models/qwen3/qwen3_presets.py and qwen3_moe/qwen3_moe_presets.py @71453d08f59edc90d276e999319fc51e61cbf82c (exact stored-parameter counts of the converted Qwen3 weights: qwen3_4b_en 4,022,468,096, qwen3_moe_30b_a3b_en 30,532,122,624, qwen3_moe_235b_a22b_en 235,093,634,560; secondary)',
  SLIME_235B:
    'github:zyzshishui/slime scripts/models/qwen3-235B-A22B.sh (Megatron arguments of Qwen3-235B-A22B: 94 layers, hidden 4096, 64 heads, 4 query groups, kv-channels 128, 128 experts top-8, moe-ffn-hidden-size 1536, vocab 151936, untied; secondary)',
  QWEN3_README:
    'github:QwenLM/Qwen3 README.md @7a2f61ff (License Agreement: open-weight models under Apache 2.0)',
} as const;

const NOTE = {
  MOE_30B:
    'Sparse mixture of experts in every layer: 128 experts of width 768, 8 routed per token, no shared expert. intermediate_size 6144 is in the config but unused (no dense MLP layer).',
  MOE_235B:
    'Sparse mixture of experts in every layer: 128 experts of width 1536, 8 routed per token, no shared expert. intermediate_size 12288 is in the config but unused.',
  LONG_CONTEXT:
    'Up to about 1M tokens (1,010,000) the card documents a separate config_1m.json with Dual Chunk Attention and MInference sparse attention, served by vLLM or SGLang; that is an inference setup, not something to fine-tune at.',
  INSTRUCT_ONLY:
    'Non-thinking only: the model never writes <think></think> blocks and needs no enable_thinking flag. Fine-tune it on plain chat data.',
  THINKING_ONLY:
    'Thinking only: the chat template opens the <think> block itself, so outputs normally contain only the closing </think>. Fine-tuning data should keep the reasoning trace in that format, or the model loses the behaviour it was trained for.',
  SUPERSEDES:
    'Successor of the April 2025 hybrid Qwen3 checkpoint of the same size, which mixed both modes in one model.',
  QWEN_LICENSE: 'Apache 2.0 (the card links the LICENSE file in the repository).',
} as const;

const QWEN3_4B_2507_CONFIG = {
  model_type: 'qwen3',
  architectures: ['Qwen3ForCausalLM'],
  vocab_size: 151936,
  hidden_size: 2560,
  intermediate_size: 9728,
  num_hidden_layers: 36,
  num_attention_heads: 32,
  num_key_value_heads: 8,
  head_dim: 128,
  hidden_act: 'silu',
  tie_word_embeddings: true,
  max_position_embeddings: 262144,
  rope_theta: 5000000,
  rope_scaling: null,
  attention_bias: false,
  sliding_window: null,
  use_sliding_window: false,
  rms_norm_eps: 1e-6,
};

const QWEN3_30B_A3B_2507_CONFIG = {
  model_type: 'qwen3_moe',
  architectures: ['Qwen3MoeForCausalLM'],
  vocab_size: 151936,
  hidden_size: 2048,
  intermediate_size: 6144,
  num_hidden_layers: 48,
  num_attention_heads: 32,
  num_key_value_heads: 4,
  head_dim: 128,
  hidden_act: 'silu',
  tie_word_embeddings: false,
  max_position_embeddings: 262144,
  rope_scaling: null,
  attention_bias: false,
  sliding_window: null,
  use_sliding_window: false,
  num_experts: 128,
  num_experts_per_tok: 8,
  moe_intermediate_size: 768,
  decoder_sparse_step: 1,
  mlp_only_layers: [],
  norm_topk_prob: true,
  rms_norm_eps: 1e-6,
};

const QWEN3_235B_A22B_2507_CONFIG = {
  model_type: 'qwen3_moe',
  architectures: ['Qwen3MoeForCausalLM'],
  vocab_size: 151936,
  hidden_size: 4096,
  intermediate_size: 12288,
  num_hidden_layers: 94,
  num_attention_heads: 64,
  num_key_value_heads: 4,
  head_dim: 128,
  hidden_act: 'silu',
  tie_word_embeddings: false,
  max_position_embeddings: 262144,
  rope_scaling: null,
  attention_bias: false,
  sliding_window: null,
  use_sliding_window: false,
  num_experts: 128,
  num_experts_per_tok: 8,
  moe_intermediate_size: 1536,
  decoder_sparse_step: 1,
  mlp_only_layers: [],
  norm_topk_prob: true,
  rms_norm_eps: 1e-6,
};

/** The three figures of a Qwen3-2507 card's Performance table the catalog records. */
function cardFigures(
  mmluPro: number,
  liveCodeBench: number,
  ifEval: number,
  mode: 'non-thinking' | 'thinking',
  source: string,
): CatalogModel['benchmarks'] {
  const thinking = mode === 'thinking';
  const where = `Performance table of the Qwen3-2507 model card, ${mode} mode${thinking ? ' (output up to 81,920 tokens on reasoning and coding tasks)' : ''}`;
  return [
    {
      name: 'MMLU-Pro',
      value: mmluPro,
      variant: thinking ? QWEN_THINKING_VARIANT.mmluPro : `Qwen3-2507 card, ${mode}`,
      language: 'en',
      shots: null,
      setting: `${where}; Qwen evaluation, shots not stated`,
      source,
      status: 'secondary',
    },
    {
      name: 'LiveCodeBench',
      value: liveCodeBench,
      variant: thinking ? QWEN_THINKING_VARIANT.liveCodeBench : 'v6 (2025-02 to 2025-05)',
      language: 'code',
      shots: null,
      setting: `LiveCodeBench v6, problems from 2025-02 to 2025-05; ${where}`,
      source,
      status: 'secondary',
    },
    {
      name: 'IFEval',
      value: ifEval,
      variant: thinking
        ? QWEN_THINKING_VARIANT.ifEval
        : `Qwen3-2507 card, ${mode} (metric not stated)`,
      language: 'en',
      shots: null,
      setting: `${where}; the card does not say strict or loose`,
      source,
      status: 'secondary',
    },
  ];
}

const LANGUAGES = {
  coverage: 'multilingual',
  stated:
    '119 languages and dialects (Qwen3 release); the 2507 cards report gains in long-tail knowledge across languages',
} as const;

export const qwen32507Models: CatalogModel[] = [
  {
    id: 'Qwen/Qwen3-4B-Instruct-2507',
    name: 'Qwen3-4B-Instruct-2507',
    family: 'Qwen3-2507',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: QWEN3_4B_2507_CONFIG,
    configStatus: 'secondary',
    parameters: {
      total: 4022468096,
      precision: 'exact',
      status: 'secondary',
      source: `${SRC.KERAS_QWEN3}; the 2507 refresh keeps the Qwen3-4B shape (card: 4.0B, 36 layers, 32/8 heads), and the count computed from this config is the same`,
    },
    context: {
      native: 262144,
      status: 'secondary',
      source: SRC.CARD_4B_INSTRUCT,
      note: '262,144 tokens natively; max_position_embeddings is 262144 and rope_scaling is null, so no YaRN block is needed to reach it.',
    },
    languages: LANGUAGES,
    strengths: ['general', 'reasoning', 'multilingual', 'long-context', 'tool-use'],
    license: { id: 'apache-2.0', status: 'secondary', source: SRC.CARD_4B_INSTRUCT },
    benchmarks: cardFigures(69.6, 35.1, 83.4, 'non-thinking', SRC.CARD_4B_INSTRUCT),
    released: '2025-08',
    sources: [
      SRC.CARD_4B_INSTRUCT,
      SRC.CONFIG_4B_SUMMARY,
      SRC.CONFIG_4B,
      SRC.KERAS_QWEN3,
      SRC.QWEN3_README,
    ],
    notes: [
      NOTE.INSTRUCT_ONLY,
      NOTE.SUPERSEDES,
      'Config: the Qwen3-4B shape with the 2507 values (262,144 positions, RoPE base 5,000,000) from two third-party copies; one of them is the Thinking-2507 file, which has the same architecture. Tied embeddings (counted once), head_dim 128 explicit (not 2560 / 32 = 80).',
      "Benchmark figures: Qwen's own non-thinking evaluation from the card, read in third-party copies; comparable only with rows measured the same way.",
      NOTE.QWEN_LICENSE,
    ],
  },
  {
    id: 'Qwen/Qwen3-4B-Thinking-2507',
    name: 'Qwen3-4B-Thinking-2507',
    family: 'Qwen3-2507',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: QWEN3_4B_2507_CONFIG,
    configStatus: 'secondary',
    parameters: {
      total: 4022468096,
      precision: 'exact',
      status: 'secondary',
      source: `${SRC.KERAS_QWEN3}; the count computed from this config (the Thinking-2507 file) is the same`,
    },
    context: {
      native: 262144,
      status: 'secondary',
      source: SRC.CARD_4B_THINKING,
      note: '262,144 tokens natively (max_position_embeddings 262144, rope_scaling null). Thinking traces are long: the card recommends large output budgets, which count against the window.',
    },
    languages: LANGUAGES,
    strengths: ['reasoning', 'math', 'code', 'long-context', 'multilingual'],
    license: { id: 'apache-2.0', status: 'secondary', source: SRC.CARD_4B_THINKING },
    benchmarks: cardFigures(74.0, 55.2, 87.4, 'thinking', SRC.CARD_4B_THINKING),
    released: '2025-08',
    sources: [SRC.CARD_4B_THINKING, SRC.CONFIG_4B, SRC.KERAS_QWEN3, SRC.QWEN3_README],
    notes: [
      NOTE.THINKING_ONLY,
      NOTE.SUPERSEDES,
      'Catalogued as instruct (post-trained for chat); it is a reasoning model, slower per answer than Qwen3-4B-Instruct-2507 because it writes a trace first.',
      'Config read in a third-party copy of the released files (secondary); same shape as Qwen3-4B: tied embeddings, head_dim 128 explicit.',
      "Benchmark figures: Qwen's own thinking-mode evaluation from the card, read in third-party copies; not comparable with non-thinking figures.",
      NOTE.QWEN_LICENSE,
    ],
  },
  {
    id: 'Qwen/Qwen3-30B-A3B-Instruct-2507',
    name: 'Qwen3-30B-A3B-Instruct-2507',
    family: 'Qwen3-2507',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: QWEN3_30B_A3B_2507_CONFIG,
    configStatus: 'unverified',
    parameters: {
      total: 30532122624,
      precision: 'exact',
      active: 3353032704,
      status: 'secondary',
      source: `${SRC.KERAS_QWEN3}; the 2507 refresh keeps the Qwen3-30B-A3B shape and the count computed from this config is the same; the card gives 30.5B total and 3.3B activated for this checkpoint; active computed from the config`,
    },
    context: {
      native: 262144,
      extended: 1010000,
      status: 'secondary',
      source: SRC.CARD_30B_INSTRUCT,
      note: NOTE.LONG_CONTEXT,
    },
    languages: LANGUAGES,
    strengths: ['general', 'reasoning', 'code', 'multilingual', 'long-context', 'tool-use'],
    license: { id: 'apache-2.0', status: 'secondary', source: SRC.CARD_30B_INSTRUCT },
    benchmarks: cardFigures(78.4, 43.2, 84.7, 'non-thinking', SRC.CARD_30B_INSTRUCT),
    released: '2025-07',
    sources: [SRC.CARD_30B_INSTRUCT, SRC.KERAS_QWEN3, SRC.QWEN3_README],
    notes: [
      NOTE.INSTRUCT_ONLY,
      NOTE.SUPERSEDES,
      NOTE.MOE_30B,
      "Config unverified: this checkpoint's config.json was not read. The architecture fields are those of Qwen3-30B-A3B (which the card's layer, head and expert counts match, and whose exact count the config reproduces); max_position_embeddings 262144 follows the card's native context. rope_theta is left out: the 2507 files raised the RoPE base, but its value was not read for this checkpoint (it does not change the memory estimate).",
      "The card's benchmark figures were measured by Qwen in non-thinking mode; they are comparable only with other rows of the same table.",
      NOTE.QWEN_LICENSE,
    ],
  },
  {
    id: 'Qwen/Qwen3-30B-A3B-Thinking-2507',
    name: 'Qwen3-30B-A3B-Thinking-2507',
    family: 'Qwen3-2507',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: QWEN3_30B_A3B_2507_CONFIG,
    configStatus: 'unverified',
    parameters: {
      total: 30532122624,
      precision: 'exact',
      active: 3353032704,
      status: 'secondary',
      source: `${SRC.KERAS_QWEN3}; the 2507 refresh keeps the Qwen3-30B-A3B shape and the count computed from this config is the same; the card gives 30.5B total and 3.3B activated; active computed from the config`,
    },
    context: {
      native: 262144,
      status: 'secondary',
      source: SRC.CARD_30B_THINKING,
      note: '262,144 tokens natively. Long thinking traces use much of the window.',
    },
    languages: LANGUAGES,
    strengths: ['reasoning', 'math', 'code', 'long-context', 'multilingual'],
    license: { id: 'apache-2.0', status: 'secondary', source: SRC.CARD_30B_THINKING },
    benchmarks: [
      ...cardFigures(80.9, 66.0, 88.9, 'thinking', SRC.CARD_30B_THINKING),
      ...qwenThinkingFigures({
        mmluPro: null,
        gpqa: 73.4,
        ifEval: null,
        liveCodeBench: null,
        where:
          'Language table of the Qwen3.5-4B model card (column Qwen3-30BA3B-Thinking-2507, whose MMLU-Pro, IFEval and LiveCodeBench there equal this card\u2019s)',
        source: QWEN3_5_CARD_SRC.SMALL,
      }),
    ],
    released: '2025-07',
    sources: [SRC.CARD_30B_THINKING, QWEN3_5_CARD_SRC.SMALL, SRC.KERAS_QWEN3, SRC.QWEN3_README],
    notes: [
      NOTE.THINKING_ONLY,
      NOTE.SUPERSEDES,
      NOTE.MOE_30B,
      "Config unverified: this checkpoint's config.json was not read; the architecture fields are those of Qwen3-30B-A3B, which the card's counts (48 layers, 32/4 heads, 128 experts, 8 active) match. max_position_embeddings 262144 follows the card; rope_theta is left out because its value was not read.",
      "Benchmark figures: Qwen's own thinking-mode evaluation from the card, read in third-party copies; not comparable with non-thinking figures.",
      NOTE.QWEN_LICENSE,
    ],
  },
  {
    id: 'Qwen/Qwen3-235B-A22B-Instruct-2507',
    name: 'Qwen3-235B-A22B-Instruct-2507',
    family: 'Qwen3-2507',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: QWEN3_235B_A22B_2507_CONFIG,
    configStatus: 'unverified',
    parameters: {
      total: 235093634560,
      precision: 'exact',
      active: 22190763520,
      status: 'secondary',
      source: `${SRC.KERAS_QWEN3} (the Qwen3-235B-A22B shape, which the card's 235B total / 22B activated match); equal to the count computed from the config; active computed from the config`,
    },
    context: {
      native: 262144,
      extended: 1010000,
      status: 'secondary',
      source: SRC.CARD_235B_INSTRUCT,
      note: NOTE.LONG_CONTEXT,
    },
    languages: LANGUAGES,
    strengths: ['general', 'reasoning', 'math', 'code', 'multilingual', 'long-context', 'tool-use'],
    license: { id: 'apache-2.0', status: 'secondary', source: SRC.CARD_235B_INSTRUCT },
    benchmarks: cardFigures(83.0, 51.8, 88.7, 'non-thinking', SRC.CARD_235B_INSTRUCT),
    released: '2025-07',
    sources: [SRC.CARD_235B_INSTRUCT, SRC.SLIME_235B, SRC.KERAS_QWEN3, SRC.QWEN3_README],
    notes: [
      NOTE.INSTRUCT_ONLY,
      NOTE.SUPERSEDES,
      NOTE.MOE_235B,
      "Config unverified: this checkpoint's config.json was not read. The shape comes from a training framework's copy of the Qwen3-235B-A22B arguments, matches the card (94 layers, 64/4 heads, 128 experts, 8 active) and reproduces keras-hub's exact count; max_position_embeddings 262144 follows the card; rope_theta is left out because its value was not read.",
      NOTE.QWEN_LICENSE,
    ],
  },
  {
    id: 'Qwen/Qwen3-235B-A22B-Thinking-2507',
    name: 'Qwen3-235B-A22B-Thinking-2507',
    family: 'Qwen3-2507',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: QWEN3_235B_A22B_2507_CONFIG,
    configStatus: 'unverified',
    parameters: {
      total: 235093634560,
      precision: 'exact',
      active: 22190763520,
      status: 'unverified',
      source: `${SRC.KERAS_QWEN3} for the Qwen3-235B-A22B shape, assumed for this checkpoint; equal to the count computed from the config`,
    },
    context: {
      native: 262144,
      status: 'unverified',
      source: SRC.CARD_235B_THINKING,
      note: 'Assumed equal to the Instruct sibling (262,144 natively); the Thinking card was not read.',
    },
    languages: LANGUAGES,
    strengths: ['reasoning', 'math', 'code', 'multilingual', 'long-context'],
    license: { id: 'apache-2.0', status: 'unverified', source: SRC.QWEN3_README },
    benchmarks: [],
    released: '2025-07',
    sources: [
      SRC.CARD_235B_THINKING,
      SRC.CARD_235B_INSTRUCT,
      SRC.SLIME_235B,
      SRC.KERAS_QWEN3,
      SRC.QWEN3_README,
    ],
    notes: [
      NOTE.THINKING_ONLY,
      NOTE.SUPERSEDES,
      NOTE.MOE_235B,
      "Unverified: neither this checkpoint's card nor its config.json could be read; the shape, count, context and licence are those of Qwen3-235B-A22B-Instruct-2507, released alongside it as the thinking counterpart, and the Qwen3 README's Apache 2.0 statement for the open-weight models.",
    ],
  },
];
