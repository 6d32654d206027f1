import type { CatalogModel, Purpose } from '../schema';

/**
 * mmBERT (JHU CLSP): ModernBERT-style multilingual encoders trained on 3T tokens across 1,833
 * languages with annealed language learning, Gemma 2 tokenizer (256k vocabulary), 8,192 tokens.
 */

const REPO = 'github:JHU-CLSP/mmBERT';
const README = `${REPO} README.md @320317b4e3bee5ed4f9397fed9d0dd086a8ae890 (model family table: 140M / 307M parameters, 1833 languages, 8192 context; architecture table: layers, hidden, intermediate, heads, total and non-embedding parameters, 256,000 vocabulary; MIT licence badge; training phases)`;
const SMALL_YAML = `${REPO} configs/mmBERT-small.yaml @e0597943901bf57924eb5f7bcda45563ccce2f82 (model_config: 22 layers, hidden 384, intermediate 1152, 6 heads, vocab 256000, GLU MLP, no biases, layernorm without bias, sliding_window 128, global attention every 3 layers)`;
const BASE_YAML = `${REPO} configs/mmBERT-base.yaml @108ffb376ad65c2512801bb88931933dcd286baf (model_config: 22 layers, hidden 768, intermediate 1152, 12 heads, vocab 256000, GLU MLP, no biases, layernorm without bias, sliding_window 128, global attention every 3 layers)`;
const PAPER =
  'MMBERT: A Modern Multilingual Encoder with Annealed Language Learning (Marone, Weller, Fleshman, Yang, Lawrie, Van Durme, 2025)';

const CLASSIFICATION: Purpose[] = ['multi-class-classification', 'multi-label-classification'];

/** Hugging Face ModernBERT names for the developer's FlexBERT training configs. */
const config = (hidden: number, heads: number) => ({
  model_type: 'modernbert',
  architectures: ['ModernBertForMaskedLM'],
  vocab_size: 256000,
  hidden_size: hidden,
  intermediate_size: 1152,
  num_hidden_layers: 22,
  num_attention_heads: heads,
  max_position_embeddings: 8192,
  hidden_activation: 'gelu',
  global_attn_every_n_layers: 3,
  local_attention: 128,
  mlp_bias: false,
  attention_bias: false,
  norm_bias: false,
  norm_eps: 1e-5,
});

const LANGUAGES = {
  coverage: 'multilingual',
  stated:
    '1,833 languages and scripts from FineWeb2 (60 in pre-training, 110 in mid-training, all 1,833 in the decay phase)',
} as const;
const CONTEXT = {
  native: 8192,
  status: 'verified',
  source: README,
  note: 'Context extended to 8K in the mid-training phase; every third layer attends globally, the others through a 128-token window.',
} as const;

const NOTES = [
  'A masked-language-model encoder, not yet trained for a task: add a classification head (or train it as an embedding model) and fine-tune.',
  'Config: the developer\u2019s training configs give the shape (FlexBERT names); here it is written with Hugging Face\u2019s ModernBERT field names. The published config.json itself was not read, so its RoPE bases are left out.',
  'The 256,000-token Gemma 2 vocabulary makes the embedding matrix most of the model; the README notes slightly weaker NER/POS results from the tokenizer\u2019s prefix-space handling.',
  'Licence: MIT per the repository README\u2019s licence badge; the Hugging Face cards\u2019 licence tags were not read (secondary).',
  'The README links arXiv 2507.11412 in its citation block; the paper is cited here by its title only.',
  'Release month not stated in the stored README: September 2025 is the month of the Hugging Face collection and paper, not verified here.',
];

export const mmbertModels: CatalogModel[] = [
  {
    id: 'jhu-clsp/mmBERT-base',
    name: 'mmBERT base',
    family: 'mmBERT',
    developer: 'Johns Hopkins University CLSP',
    purposes: CLASSIFICATION,
    variant: 'base',
    backbone: 'encoder',
    config: config(768, 12),
    configStatus: 'secondary',
    parameters: {
      total: 307_000_000,
      precision: 'rounded',
      status: 'verified',
      source: `${README}: 307M total, 110M non-embedding; the count from the config, 306,939,648 (110,330,880 non-embedding), is within 0.02% of it`,
    },
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['classification', 'retrieval', 'multilingual', 'long-context'],
    license: { id: 'mit', status: 'secondary', source: README },
    benchmarks: [],
    released: '2025-09',
    sources: [README, BASE_YAML, PAPER],
    notes: [
      'The README reports XTREME, GLUE, MTEB and CoIR results as figures only, so no value is listed.',
      ...NOTES,
    ],
  },
  {
    id: 'jhu-clsp/mmBERT-small',
    name: 'mmBERT small',
    family: 'mmBERT',
    developer: 'Johns Hopkins University CLSP',
    purposes: CLASSIFICATION,
    variant: 'base',
    backbone: 'encoder',
    config: config(384, 6),
    configStatus: 'secondary',
    parameters: {
      total: 140_000_000,
      precision: 'rounded',
      status: 'verified',
      source: `${README}: 140M total, 42M non-embedding; the count from the config, 140,493,696 (42,189,312 non-embedding), is within 0.4% of it`,
    },
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['classification', 'multilingual', 'long-context'],
    license: { id: 'mit', status: 'secondary', source: README },
    benchmarks: [],
    released: '2025-09',
    sources: [README, SMALL_YAML, PAPER],
    notes: [
      'The README\u2019s pick for fast inference and edge deployment; its intermediate size (1,152) is three times the hidden size, where the base model\u2019s is 1.5 times.',
      ...NOTES,
    ],
  },
];
