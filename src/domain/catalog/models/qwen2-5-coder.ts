import type { CatalogModel } from '../schema';
import { QWEN_NOTE } from './sources/qwen';
import { SHARED_SRC } from './sources/shared';

/**
 * Qwen2.5-Coder: Qwen2.5-Coder-7B-Instruct, Qwen2.5-Coder-1.5B, Qwen2.5-Coder-7B.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
  QWEN2_5_CODER_BLOG:
    'github:QwenLM/qwenlm.github.io content/blog/qwen2.5-coder/index.md @0fba64ac and content/blog/qwen2.5-coder-family/index.md (128K context, 92 programming languages, Apache 2.0)',
  QWEN2_5_CODER_CONFIG_COPIES:
    'HF config.json copy from a Qwen/Qwen2.5-Coder-7B-Instruct snapshot, https://huggingface.co/CodeDPO/qwen2.5-7b-coder-instruct-deepcoder-100steps/blob/main/config.json (max_position_embeddings 32768, rope_scaling null); secondary',
  CODER_FAMILY_BLOG:
    'github:QwenLM/qwenlm.github.io content/blog/qwen2.5-coder-family/index.md @1f89f8c8 (model table: params, layers, heads (KV), tie embedding, context length, license; Model License section)',
  CODER_README:
    'github:QwenLM/Qwen2.5-Coder README.md @d5ead97f (base models "typically used for completion, serving as a better starting point for fine-tuning"; special tokens; YaRN rope_scaling block; File-Level Code Completion (Fill in the middle))',
} as const;

/** Notes shared by several entries. */
const NOTE = {
  ...QWEN_NOTE,
  CODER_QWEN2_BIAS:
    'Qwen2 configs have no attention_bias field: the q/k/v projections always carry biases (o_proj and the MLP do not).',
  UNVERIFIED_CONFIG:
    "The config is not verified: the Coder config.json was not read; widths are the Qwen2.5 base model's of the same size, which the blog's layers, heads, tying and headline count match.",
} as const;

const CODER_FIM = {
  tokens: { prefix: '<|fim_prefix|>', suffix: '<|fim_suffix|>', middle: '<|fim_middle|>' },
  status: 'verified',
  source: SRC.CODER_README,
} as const;

export const qwen2_5CoderModels: CatalogModel[] = [
  {
    id: 'Qwen/Qwen2.5-Coder-7B-Instruct',
    name: 'Qwen2.5-Coder-7B-Instruct',
    family: 'Qwen2.5-Coder',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: {
      model_type: 'qwen2',
      architectures: ['Qwen2ForCausalLM'],
      vocab_size: 152064,
      hidden_size: 3584,
      intermediate_size: 18944,
      num_hidden_layers: 28,
      num_attention_heads: 28,
      num_key_value_heads: 4,
      hidden_act: 'silu',
      tie_word_embeddings: false,
      max_position_embeddings: 32768,
      rope_theta: 1000000,
      rope_scaling: null,
      use_sliding_window: false,
    },
    configStatus: 'secondary',
    parameters: {
      total: 7615616512,
      precision: 'exact',
      status: 'secondary',
      source:
        "Same shape as Qwen2.5-7B; computed from the config and equal to keras-hub's qwen2.5_math_7b_en count (github:keras-team/keras-hub keras_hub/src/models/*/*_presets.py @71453d08)",
    },
    context: {
      native: 32768,
      extended: 131072,
      status: 'secondary',
      source: SRC.QWEN2_5_CODER_BLOG,
      note: 'Trap: the blog says "up to 128K tokens", but the published config has max_position_embeddings 32768 and rope_scaling null; 131,072 tokens need the YaRN block (factor 4) added to the config.',
    },
    languages: {
      coverage: 'multilingual',
      stated: 'Natural languages as Qwen2.5; 92 programming languages (Qwen2.5-Coder blog)',
    },
    strengths: ['code', 'math', 'long-context'],
    license: {
      id: 'apache-2.0',
      status: 'verified',
      source: SRC.QWEN2_5_CODER_BLOG,
    },
    benchmarks: [],
    released: '2024-09',
    sources: [SRC.QWEN2_5_CODER_BLOG, SRC.QWEN2_5_CODER_CONFIG_COPIES, SRC.KERAS_PRESETS],
    notes: [
      'Code-specialised continued pre-training of Qwen2.5-7B on 5.5T tokens, then instruction tuning. Pretrained base checkpoint: Qwen/Qwen2.5-Coder-7B (not listed separately; its config was not verified).',
      NOTE.QWEN2_BIAS,
      NOTE.QWEN2_SLIDING_WINDOW,
      'MMLU: the blog\'s "basic capabilities" table lists MMLU 45.6 and MMLU-Pro 68.7 for this model, an ordering that looks swapped (the reference data read it as MMLU 68.7) and gives no shot count, so no MMLU figure is listed.',
      'HumanEval: the instruct results are shown only as figures in the blog; the technical report (arXiv:2409.12186) was not read here, so no figure is listed.',
      'The blog also reports math results (MATH 66.8, GSM8K 86.7), hence the math strength.',
    ],
  },
  {
    id: 'Qwen/Qwen2.5-Coder-1.5B',
    name: 'Qwen2.5-Coder-1.5B',
    family: 'Qwen2.5-Coder',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: {
      model_type: 'qwen2',
      architectures: ['Qwen2ForCausalLM'],
      vocab_size: 151936,
      hidden_size: 1536,
      intermediate_size: 8960,
      num_hidden_layers: 28,
      num_attention_heads: 12,
      num_key_value_heads: 2,
      hidden_act: 'silu',
      tie_word_embeddings: true,
      max_position_embeddings: 32768,
      rope_theta: 1000000,
      use_sliding_window: false,
    },
    configStatus: 'unverified',
    parameters: {
      total: 1543714304,
      precision: 'exact',
      status: 'secondary',
      source: `computed from the config; the blog table gives 1.54B (${SRC.CODER_FAMILY_BLOG})`,
    },
    context: { native: 32768, status: 'verified', source: SRC.CODER_FAMILY_BLOG },
    languages: {
      coverage: 'multilingual',
      stated: 'Natural languages as Qwen2.5; 92 programming languages (Qwen2.5-Coder blog)',
    },
    strengths: ['code'],
    license: { id: 'apache-2.0', status: 'verified', source: SRC.CODER_FAMILY_BLOG },
    benchmarks: [],
    fim: CODER_FIM,
    released: '2024-09',
    sources: [SRC.CODER_FAMILY_BLOG, SRC.CODER_README],
    notes: [
      'Code-specialised continued pre-training of Qwen2.5 with fill-in-the-middle; the pretrained base, not an instruction-tuned model.',
      NOTE.CODER_QWEN2_BIAS,
      NOTE.UNVERIFIED_CONFIG,
      'The blog presents benchmark results for the base models as images only, so no figure is listed.',
    ],
  },
  {
    id: 'Qwen/Qwen2.5-Coder-7B',
    name: 'Qwen2.5-Coder-7B',
    family: 'Qwen2.5-Coder',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: {
      model_type: 'qwen2',
      architectures: ['Qwen2ForCausalLM'],
      vocab_size: 152064,
      hidden_size: 3584,
      intermediate_size: 18944,
      num_hidden_layers: 28,
      num_attention_heads: 28,
      num_key_value_heads: 4,
      hidden_act: 'silu',
      tie_word_embeddings: false,
      max_position_embeddings: 32768,
      rope_theta: 1000000,
      rope_scaling: null,
      use_sliding_window: false,
    },
    configStatus: 'unverified',
    parameters: {
      total: 7615616512,
      precision: 'exact',
      status: 'secondary',
      source: `computed from the config; the blog table gives 7.61B (${SRC.CODER_FAMILY_BLOG})`,
    },
    context: {
      native: 32768,
      extended: 131072,
      status: 'verified',
      source: `${SRC.CODER_FAMILY_BLOG}; ${SRC.CODER_README}`,
      note: 'The published config covers 32,768 tokens; 128K needs the YaRN rope_scaling block (factor 4, original_max_position_embeddings 32768) that the README gives.',
    },
    languages: {
      coverage: 'multilingual',
      stated: 'Natural languages as Qwen2.5; 92 programming languages (Qwen2.5-Coder blog)',
    },
    strengths: ['code', 'long-context'],
    license: { id: 'apache-2.0', status: 'verified', source: SRC.CODER_FAMILY_BLOG },
    benchmarks: [],
    fim: CODER_FIM,
    released: '2024-09',
    sources: [SRC.CODER_FAMILY_BLOG, SRC.CODER_README],
    notes: [
      'Code-specialised continued pre-training of Qwen2.5-7B with fill-in-the-middle; the pretrained base of Qwen2.5-Coder-7B-Instruct.',
      NOTE.CODER_QWEN2_BIAS,
      NOTE.UNVERIFIED_CONFIG,
      'The blog presents benchmark results for the base models as images only, so no figure is listed.',
    ],
  },
];
