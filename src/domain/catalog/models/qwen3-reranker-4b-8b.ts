import type { CatalogModel } from '../schema';

/**
 * The larger Qwen3 Reranker models (June 2025): Qwen3-4B and Qwen3-8B as pointwise LLM rerankers
 * (instruction + query + document in, P("yes") against P("no") out). They join the 0.6B entry in
 * models.encoders.ts.
 */

const SRC = {
  README:
    'github:QwenLM/Qwen3-Embedding README.md @f4ad0c43 (model list: 36 layers, 32K sequence length; Reranker table: MTEB-R, CMTEB-R, MMTEB-R, MTEB-Code on the top-100 of Qwen3-Embedding-0.6B)',
  REPORT:
    'github:QwenLM/Qwen3-Embedding qwen3_embedding_technical_report.pdf (Apache 2.0 statement, Table 1)',
  KERAS:
    'github:keras-team/keras-hub keras_hub/src/models/qwen3/qwen3_presets.py @71453d08f59edc90d276e999319fc51e61cbf82c (exact counts of the Qwen3-Embedding-4B / -8B siblings, 4,021,774,336 and 8,188,515,328; no reranker preset; secondary)',
} as const;

const QWEN3_RERANKER_4B_CONFIG = {
  model_type: 'qwen3',
  architectures: ['Qwen3ForCausalLM'],
  vocab_size: 151665,
  hidden_size: 2560,
  intermediate_size: 9728,
  num_hidden_layers: 36,
  num_attention_heads: 32,
  num_key_value_heads: 8,
  head_dim: 128,
  max_position_embeddings: 40960,
  hidden_act: 'silu',
  rms_norm_eps: 1e-6,
  rope_theta: 1000000,
  attention_bias: false,
  tie_word_embeddings: true,
};

const QWEN3_RERANKER_8B_CONFIG = {
  model_type: 'qwen3',
  architectures: ['Qwen3ForCausalLM'],
  vocab_size: 151665,
  hidden_size: 4096,
  intermediate_size: 12288,
  num_hidden_layers: 36,
  num_attention_heads: 32,
  num_key_value_heads: 8,
  head_dim: 128,
  max_position_embeddings: 40960,
  hidden_act: 'silu',
  rms_norm_eps: 1e-6,
  rope_theta: 1000000,
  attention_bias: false,
  tie_word_embeddings: false,
};

const LANGUAGES = {
  coverage: 'multilingual',
  stated:
    'The Qwen3 languages (119 languages and dialects in the README table) and programming languages',
} as const;

const rerank = (value: number, language: 'en' | 'multilingual' | 'zh' | 'code', setting: string) =>
  ({
    name: 'MTEB-R',
    value,
    variant: 'top-100 of Qwen3-Embedding-0.6B',
    language,
    shots: null,
    setting,
    source: SRC.README,
    status: 'verified',
  }) as const;

const benchmarks = (en: number, zh: number, multi: number, code: number) => [
  rerank(
    en,
    'en',
    'MTEB-R (English MTEB v2 retrieval tasks), reranking the top-100 from Qwen3-Embedding-0.6B',
  ),
  rerank(
    multi,
    'multilingual',
    'MMTEB-R (multilingual MTEB retrieval tasks), reranking the top-100 from Qwen3-Embedding-0.6B',
  ),
  rerank(
    zh,
    'zh',
    'CMTEB-R (Chinese MTEB retrieval tasks), reranking the top-100 from Qwen3-Embedding-0.6B',
  ),
  rerank(
    code,
    'code',
    'MTEB-Code (code retrieval tasks), reranking the top-100 from Qwen3-Embedding-0.6B',
  ),
];

const UNVERIFIED =
  "Config and count unverified: this checkpoint's config.json and safetensors total were not read. The shape is the base model's (36 layers per the README), with the vocabulary of the same-size Qwen3 Embedding model (151,665 rows, from keras-hub's exact count of that sibling); the 0.6B reranker has 151,669 rows, so the vocabulary here may be off by a few rows (a negligible difference in memory).";

export const qwen3Reranker4b8bModels: CatalogModel[] = [
  {
    id: 'Qwen/Qwen3-Reranker-4B',
    name: 'Qwen3-Reranker-4B',
    family: 'Qwen3 Reranker',
    developer: 'Qwen team (Alibaba)',
    purposes: ['reranking'],
    variant: 'task-tuned',
    backbone: 'decoder',
    config: QWEN3_RERANKER_4B_CONFIG,
    configStatus: 'unverified',
    parameters: {
      total: 4021774336,
      precision: 'exact',
      status: 'unverified',
      source: `Computed from this config (tied embeddings, as in Qwen3-4B); equal to ${SRC.KERAS} for the 4B embedding sibling`,
    },
    context: { native: 32768, status: 'verified', source: SRC.README },
    languages: LANGUAGES,
    strengths: ['retrieval', 'multilingual', 'long-context', 'code'],
    license: { id: 'apache-2.0', status: 'verified', source: SRC.REPORT },
    benchmarks: benchmarks(69.76, 75.94, 72.74, 81.2),
    released: '2025-06',
    sources: [SRC.README, SRC.REPORT, SRC.KERAS],
    notes: [
      'A pointwise LLM reranker, not a classic cross-encoder: Qwen3-4B reads instruction + query + document and the score is P("yes") against P("no") from the (tied) LM head. Fine-tune it as a causal LM on yes/no targets.',
      UNVERIFIED,
      'Best MTEB-R (English) of the three sizes in the README table (69.76, above the 8B model).',
    ],
  },
  {
    id: 'Qwen/Qwen3-Reranker-8B',
    name: 'Qwen3-Reranker-8B',
    family: 'Qwen3 Reranker',
    developer: 'Qwen team (Alibaba)',
    purposes: ['reranking'],
    variant: 'task-tuned',
    backbone: 'decoder',
    config: QWEN3_RERANKER_8B_CONFIG,
    configStatus: 'unverified',
    parameters: {
      total: 8188515328,
      precision: 'exact',
      status: 'unverified',
      source: `Computed from this config (untied LM head, as in Qwen3-8B; the reranker needs it for the yes/no logits); equal to ${SRC.KERAS} for the 8B embedding sibling`,
    },
    context: { native: 32768, status: 'verified', source: SRC.README },
    languages: LANGUAGES,
    strengths: ['retrieval', 'multilingual', 'long-context', 'code'],
    license: { id: 'apache-2.0', status: 'verified', source: SRC.REPORT },
    benchmarks: benchmarks(69.02, 77.45, 72.94, 81.22),
    released: '2025-06',
    sources: [SRC.README, SRC.REPORT, SRC.KERAS],
    notes: [
      'A pointwise LLM reranker: Qwen3-8B reads instruction + query + document and the score is P("yes") against P("no") from its LM head.',
      UNVERIFIED,
    ],
  },
];
