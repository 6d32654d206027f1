import type { CatalogModel, Purpose } from '../schema';

/**
 * gte-modernbert (Tongyi Lab, Alibaba Group): an English embedding model and a cross-encoder
 * reranker fine-tuned from ModernBERT-base with the GTE training scheme, both with 8,192-token
 * inputs and Apache 2.0 weights.
 */

const EMBED_CARD =
  'https://huggingface.co/Alibaba-NLP/gte-modernbert-base (model card: Tongyi Lab, English, 149M, 8192 tokens, 768 dimensions, base_model answerdotai/ModernBERT-base, apache-2.0, model list with MTEB-en, BEIR, LoCo and CoIR), read in a mirror of the page: https://hf.global-rail.com/Alibaba-NLP/gte-modernbert-base';
const RERANK_CARD =
  'https://huggingface.co/Alibaba-NLP/gte-reranker-modernbert-base/blame/14f83e1247411eaf9bf09e838315cd09bd55d79a/README.md (model card: apache-2.0, base_model answerdotai/ModernBERT-base, English, 149M, 8192 tokens), read in a mirror of that blame page (hf.xwall.us.kg.)';
const CONFIG_SUMMARY =
  'github:miyako/4d-example-gte-modernbert-base README.md @5128f268e113917c0fd21d2618da383e72fd96a8 (config of Alibaba-NLP/gte-modernbert-base: max_position_embeddings 8192, hidden_size 768, num_hidden_layers 22; third party)';
const MODERNBERT_CARD =
  'https://huggingface.co/answerdotai/ModernBERT-base/blob/e5629bf52fcdf877083a60aa4d6b453710f889d0/README.md (22 layers, 149M, 8192 context, apache-2.0)';
const MTEB_PAPER =
  'mGTE: Generalized Long-Context Text Representation and Reranking Models for Multilingual Text Retrieval (EMNLP 2024 Industry Track; the training scheme the card says gte-modernbert follows)';

/** ModernBERT-base's shape, which the card names as the base model and the config summary confirms. */
const MODERNBERT_BASE = {
  model_type: 'modernbert',
  vocab_size: 50368,
  hidden_size: 768,
  intermediate_size: 1152,
  num_hidden_layers: 22,
  num_attention_heads: 12,
  max_position_embeddings: 8192,
  hidden_activation: 'gelu',
  global_attn_every_n_layers: 3,
  local_attention: 128,
  global_rope_theta: 160000.0,
  local_rope_theta: 10000.0,
  mlp_bias: false,
  attention_bias: false,
  norm_bias: false,
  norm_eps: 1e-5,
};

const LANGUAGES = {
  coverage: 'english',
  stated: 'English (card: primary language English)',
} as const;
const CONTEXT_NOTE =
  'ModernBERT attention: every third layer global, the others a 128-token sliding window, so long inputs stay cheap.';
const MONTH =
  'Release month not stated in the card: January 2025 is inferred from the card\u2019s requirement of transformers 4.48.0, the first release with ModernBERT (unverified).';

const SIMILARITY: Purpose[] = ['similarity'];
const RERANKING: Purpose[] = ['reranking'];

export const gteModernbertModels: CatalogModel[] = [
  {
    id: 'Alibaba-NLP/gte-modernbert-base',
    name: 'gte-modernbert-base',
    family: 'GTE ModernBERT',
    developer: 'Tongyi Lab, Alibaba Group',
    purposes: SIMILARITY,
    variant: 'task-tuned',
    backbone: 'encoder',
    config: { ...MODERNBERT_BASE, architectures: ['ModernBertModel'] },
    configStatus: 'secondary',
    parameters: {
      total: 149_014_272,
      precision: 'exact',
      status: 'secondary',
      source: `the exact count of the ModernBERT-base encoder it is fine-tuned from (github:keras-team/keras-hub keras_hub/src/models/modernbert/modern_bert_presets.py @a7f6e2cec7f685b0934cff30f31cfb6a844431c0, metadata.params 149,014,272; equals the count from this config); the card gives 149M (${EMBED_CARD})`,
    },
    context: { native: 8192, status: 'secondary', source: EMBED_CARD, note: CONTEXT_NOTE },
    languages: LANGUAGES,
    strengths: ['retrieval', 'long-context', 'code'],
    license: { id: 'apache-2.0', status: 'secondary', source: EMBED_CARD },
    benchmarks: [
      {
        name: 'MTEB',
        value: 64.38,
        variant: 'English (card\u2019s MTEB-en column; suite version not stated)',
        language: 'en',
        shots: null,
        setting: 'MTEB-en average as listed in the card\u2019s model table (developer-reported)',
        source: EMBED_CARD,
        status: 'secondary',
      },
      {
        name: 'BEIR',
        value: 55.33,
        variant: 'card\u2019s BEIR column (datasets not stated)',
        language: 'en',
        shots: null,
        setting: 'BEIR average as listed in the card\u2019s model table (developer-reported)',
        source: EMBED_CARD,
        status: 'secondary',
      },
    ],
    released: '2025-01',
    sources: [EMBED_CARD, CONFIG_SUMMARY, MODERNBERT_CARD, MTEB_PAPER],
    notes: [
      'A bi-encoder: the card pools the first ([CLS]) token of the last hidden state into a 768-dimension embedding (the config summary reads mean pooling in the sentence-transformers setup); fine-tune it with a contrastive loss for your domain.',
      'Also reported in the card: LoCo 87.57 (long-document retrieval) and CoIR 79.31 (code retrieval); these suites are not recorded in `benchmarks`.',
      'Config: the ModernBERT-base shape the card names as base model; hidden size, layer count and positions were read in a third-party summary of the published config, the other fields are ModernBERT-base\u2019s (secondary).',
      MONTH,
    ],
  },
  {
    id: 'Alibaba-NLP/gte-reranker-modernbert-base',
    name: 'gte-reranker-modernbert-base',
    family: 'GTE ModernBERT',
    developer: 'Tongyi Lab, Alibaba Group',
    purposes: RERANKING,
    variant: 'task-tuned',
    backbone: 'encoder',
    config: {
      ...MODERNBERT_BASE,
      architectures: ['ModernBertForSequenceClassification'],
      id2label: { '0': 'LABEL_0' },
    },
    configStatus: 'unverified',
    parameters: {
      total: 149_000_000,
      precision: 'rounded',
      status: 'secondary',
      source: `"149M" in the card (${RERANK_CARD}); the count from the config, 149,015,041, is within 0.01% of it`,
    },
    context: { native: 8192, status: 'secondary', source: RERANK_CARD, note: CONTEXT_NOTE },
    languages: LANGUAGES,
    strengths: ['retrieval', 'long-context', 'code'],
    license: { id: 'apache-2.0', status: 'secondary', source: RERANK_CARD },
    benchmarks: [
      {
        name: 'BEIR',
        value: 56.19,
        variant: 'card\u2019s BEIR column (datasets not stated)',
        language: 'en',
        shots: null,
        setting:
          'BEIR average as listed in the gte-modernbert model table for the reranker (developer-reported; the candidate retriever is not stated)',
        source: EMBED_CARD,
        status: 'secondary',
      },
    ],
    released: '2025-01',
    sources: [RERANK_CARD, EMBED_CARD, MODERNBERT_CARD, MTEB_PAPER],
    notes: [
      'A cross-encoder: it reads query and document together and outputs one relevance score; use it to rerank the top results of an embedding model.',
      'Config unverified: the reranker\u2019s config.json was not read; it is taken as ModernBERT-base (the card\u2019s base model) with a single-logit sequence-classification head.',
      'Counting: transformers\u2019 ModernBertForSequenceClassification puts a prediction head (a 768 × 768 dense layer and a norm, about 0.59M parameters) before the classifier; the memory model counts the classifier only, so its 149,015,041 is about 0.4% below the checkpoint\u2019s likely total. Both round to the card\u2019s 149M.',
      'Also reported in the card\u2019s table: LoCo 90.68 and CoIR 79.99 (not recorded in `benchmarks`).',
      MONTH,
    ],
  },
];
