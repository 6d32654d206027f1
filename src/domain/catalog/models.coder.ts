import type { CatalogModel } from './schema';

/**
 * Code-trained base models: the starting point for IDE code completion, trained with
 * fill-in-the-middle (FIM) so that a completion can see the code after the cursor too.
 *
 * Sourcing: the family table of the Qwen2.5-Coder blog gives parameters, layers, heads, tied
 * embeddings, context and license; the widths (hidden, MLP, vocabulary) are those of the Qwen2.5
 * base model of the same size, which the blog's layer and head counts and headline parameter count
 * match, but the Coder config.json itself was not read, so configs are marked unverified.
 */

const CODER_FAMILY_BLOG =
  'github:QwenLM/qwenlm.github.io content/blog/qwen2.5-coder-family/index.md @1f89f8c8 (model table: params, layers, heads (KV), tie embedding, context length, license; Model License section)';
const CODER_README =
  'github:QwenLM/Qwen2.5-Coder README.md @d5ead97f (base models "typically used for completion, serving as a better starting point for fine-tuning"; special tokens; YaRN rope_scaling block; File-Level Code Completion (Fill in the middle))';
const CODER_FIM = {
  tokens: { prefix: '<|fim_prefix|>', suffix: '<|fim_suffix|>', middle: '<|fim_middle|>' },
  status: 'verified',
  source: CODER_README,
} as const;

const QWEN2_BIAS =
  'Qwen2 configs have no attention_bias field: the q/k/v projections always carry biases (o_proj and the MLP do not).';
const UNVERIFIED_CONFIG =
  "The config is not verified: the Coder config.json was not read; widths are the Qwen2.5 base model's of the same size, which the blog's layers, heads, tying and headline count match.";

export const coderModels: CatalogModel[] = [
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
      source: `computed from the config; the blog table gives 1.54B (${CODER_FAMILY_BLOG})`,
    },
    context: { native: 32768, status: 'verified', source: CODER_FAMILY_BLOG },
    languages: {
      coverage: 'multilingual',
      stated: 'Natural languages as Qwen2.5; 92 programming languages (Qwen2.5-Coder blog)',
    },
    strengths: ['code'],
    license: { id: 'apache-2.0', status: 'verified', source: CODER_FAMILY_BLOG },
    benchmarks: [],
    fim: CODER_FIM,
    released: '2024-09',
    sources: [CODER_FAMILY_BLOG, CODER_README],
    notes: [
      'Code-specialised continued pre-training of Qwen2.5 with fill-in-the-middle; the pretrained base, not an instruction-tuned model.',
      QWEN2_BIAS,
      UNVERIFIED_CONFIG,
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
      source: `computed from the config; the blog table gives 7.61B (${CODER_FAMILY_BLOG})`,
    },
    context: {
      native: 32768,
      extended: 131072,
      status: 'verified',
      source: `${CODER_FAMILY_BLOG}; ${CODER_README}`,
      note: 'The published config covers 32,768 tokens; 128K needs the YaRN rope_scaling block (factor 4, original_max_position_embeddings 32768) that the README gives.',
    },
    languages: {
      coverage: 'multilingual',
      stated: 'Natural languages as Qwen2.5; 92 programming languages (Qwen2.5-Coder blog)',
    },
    strengths: ['code', 'long-context'],
    license: { id: 'apache-2.0', status: 'verified', source: CODER_FAMILY_BLOG },
    benchmarks: [],
    fim: CODER_FIM,
    released: '2024-09',
    sources: [CODER_FAMILY_BLOG, CODER_README],
    notes: [
      'Code-specialised continued pre-training of Qwen2.5-7B with fill-in-the-middle; the pretrained base of Qwen2.5-Coder-7B-Instruct.',
      QWEN2_BIAS,
      UNVERIFIED_CONFIG,
      'The blog presents benchmark results for the base models as images only, so no figure is listed.',
    ],
  },
];
