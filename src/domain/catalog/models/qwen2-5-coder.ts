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

const firstCoderModels: CatalogModel[] = [
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

/**
 * Qwen2.5-Coder base checkpoints the catalog lacked (0.5B, 3B, 14B, 32B; 1.5B and 7B are
 * above). Code-specialised continued pre-training of Qwen2.5 with fill-in-the-middle.
 *
 * Sourcing as above: the blog's family table gives parameters, layers, heads (KV),
 * tied embeddings, context and licence; the widths are those of the Qwen2.5 base model of the same
 * size (whose configs the catalog holds), which the table's layers, heads, tying and counts match.
 * The Coder config.json files were not read, so the configs are marked unverified.
 */

const BLOG =
  'github:QwenLM/qwenlm.github.io content/blog/qwen2.5-coder-family/index.md @581c4b9b99d069795e748a8ac891a35c83fe07b8 (2024-11-12; model table: params, non-embedding params, layers, heads (KV), tie embedding, context length, license; Model License section)';
const README =
  'github:QwenLM/Qwen2.5-Coder README.md @d5ead97f (base models "typically used for completion, serving as a better starting point for fine-tuning"; special tokens; YaRN rope_scaling block; File-Level Code Completion (Fill in the middle))';
const FIM = {
  tokens: { prefix: '<|fim_prefix|>', suffix: '<|fim_suffix|>', middle: '<|fim_middle|>' },
  status: 'verified',
  source: README,
} as const;
const LANGUAGES = {
  coverage: 'multilingual',
  stated: 'Natural languages as Qwen2.5; 92 programming languages (Qwen2.5-Coder blog)',
} as const;

const QWEN2_BIAS =
  'Qwen2 configs have no attention_bias field: the q/k/v projections always carry biases (o_proj and the MLP do not).';
const UNVERIFIED_CONFIG =
  'The config is not verified: the Coder config.json was not read; widths are the Qwen2.5 base model\u2019s of the same size, which the blog\u2019s layers, heads, tying and headline count match.';
const NO_FIGURES =
  'The blog presents benchmark results for the base models as images only, so no figure is listed.';
const RELEASED = 'Released with the Qwen2.5-Coder family blog of 2024-11-12.';

interface Shape {
  vocab: number;
  hidden: number;
  mlp: number;
  layers: number;
  heads: number;
  kvHeads: number;
  tied: boolean;
}

const config = (s: Shape) => ({
  model_type: 'qwen2',
  architectures: ['Qwen2ForCausalLM'],
  vocab_size: s.vocab,
  hidden_size: s.hidden,
  intermediate_size: s.mlp,
  num_hidden_layers: s.layers,
  num_attention_heads: s.heads,
  num_key_value_heads: s.kvHeads,
  hidden_act: 'silu',
  tie_word_embeddings: s.tied,
  max_position_embeddings: 32768,
  rope_theta: 1000000,
  use_sliding_window: false,
});

const SHORT_CONTEXT = { native: 32768, status: 'verified', source: BLOG } as const;
const LONG_CONTEXT = {
  native: 32768,
  extended: 131072,
  status: 'verified',
  source: `${BLOG}; ${README}`,
  note: 'The blog lists 128K; the config covers 32,768 tokens and 128K needs the YaRN rope_scaling block (factor 4, original_max_position_embeddings 32768) that the README gives.',
} as const;

const moreCoderModels: CatalogModel[] = [
  {
    id: 'Qwen/Qwen2.5-Coder-0.5B',
    name: 'Qwen2.5-Coder-0.5B',
    family: 'Qwen2.5-Coder',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: config({
      vocab: 151936,
      hidden: 896,
      mlp: 4864,
      layers: 24,
      heads: 14,
      kvHeads: 2,
      tied: true,
    }),
    configStatus: 'unverified',
    parameters: {
      total: 494_032_768,
      precision: 'exact',
      status: 'secondary',
      source: `computed from the config; the blog table gives 0.49B (${BLOG})`,
    },
    context: SHORT_CONTEXT,
    languages: LANGUAGES,
    strengths: ['code'],
    license: { id: 'apache-2.0', status: 'verified', source: BLOG },
    benchmarks: [],
    fim: FIM,
    released: '2024-11',
    sources: [BLOG, README],
    notes: [
      'The smallest Qwen2.5-Coder base: a code-completion starting point for CPUs and small GPUs.',
      QWEN2_BIAS,
      UNVERIFIED_CONFIG,
      NO_FIGURES,
      RELEASED,
    ],
  },
  {
    id: 'Qwen/Qwen2.5-Coder-3B',
    name: 'Qwen2.5-Coder-3B',
    family: 'Qwen2.5-Coder',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: config({
      vocab: 151936,
      hidden: 2048,
      mlp: 11008,
      layers: 36,
      heads: 16,
      kvHeads: 2,
      tied: true,
    }),
    configStatus: 'unverified',
    parameters: {
      total: 3_085_938_688,
      precision: 'exact',
      status: 'secondary',
      source: `computed from the config; the blog table gives 3.09B (${BLOG})`,
    },
    context: SHORT_CONTEXT,
    languages: LANGUAGES,
    strengths: ['code'],
    license: { id: 'qwen-research', status: 'verified', source: BLOG },
    benchmarks: [],
    fim: FIM,
    released: '2024-11',
    sources: [BLOG, README],
    notes: [
      'Non-commercial: unlike the other sizes, the 3B model is under the Qwen Research licence (blog, Model License section).',
      QWEN2_BIAS,
      UNVERIFIED_CONFIG,
      NO_FIGURES,
      RELEASED,
    ],
  },
  {
    id: 'Qwen/Qwen2.5-Coder-14B',
    name: 'Qwen2.5-Coder-14B',
    family: 'Qwen2.5-Coder',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: config({
      vocab: 152064,
      hidden: 5120,
      mlp: 13824,
      layers: 48,
      heads: 40,
      kvHeads: 8,
      tied: false,
    }),
    configStatus: 'unverified',
    parameters: {
      total: 14_770_033_664,
      precision: 'exact',
      status: 'secondary',
      source: `computed from the config; the blog table gives 14.7B (${BLOG})`,
    },
    context: LONG_CONTEXT,
    languages: LANGUAGES,
    strengths: ['code', 'long-context'],
    license: { id: 'apache-2.0', status: 'verified', source: BLOG },
    benchmarks: [],
    fim: FIM,
    released: '2024-11',
    sources: [BLOG, README],
    notes: [
      'Pretrained base of Qwen2.5-Coder-14B-Instruct.',
      QWEN2_BIAS,
      UNVERIFIED_CONFIG,
      NO_FIGURES,
      RELEASED,
    ],
  },
  {
    id: 'Qwen/Qwen2.5-Coder-32B',
    name: 'Qwen2.5-Coder-32B',
    family: 'Qwen2.5-Coder',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: config({
      vocab: 152064,
      hidden: 5120,
      mlp: 27648,
      layers: 64,
      heads: 40,
      kvHeads: 8,
      tied: false,
    }),
    configStatus: 'unverified',
    parameters: {
      total: 32_763_876_352,
      precision: 'exact',
      status: 'secondary',
      source: `computed from the config; the blog table gives 32.5B and 31.0B non-embedding (${BLOG})`,
    },
    context: LONG_CONTEXT,
    languages: LANGUAGES,
    strengths: ['code', 'long-context'],
    license: { id: 'apache-2.0', status: 'verified', source: BLOG },
    benchmarks: [],
    fim: FIM,
    released: '2024-11',
    sources: [BLOG, README],
    notes: [
      'Pretrained base of Qwen2.5-Coder-32B-Instruct; the blog reports state-of-the-art open-model results for it on five FIM completion suites at 8k context.',
      'The count from the config (32,763,876,352, or 31.21B without the two 778,567,680-parameter embedding matrices) is 0.8% above the blog\u2019s 32.5B headline and its 31.0B non-embedding figure; the Qwen2.5-32B base, whose widths these are, gives the same count.',
      QWEN2_BIAS,
      UNVERIFIED_CONFIG,
      NO_FIGURES,
      RELEASED,
    ],
  },
];

/** Every Qwen2.5-Coder checkpoint of the catalog. */
export const qwen2_5CoderModels: CatalogModel[] = [...firstCoderModels, ...moreCoderModels];
