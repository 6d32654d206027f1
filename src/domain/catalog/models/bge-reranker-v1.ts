import type { CatalogModel } from '../schema';
import { FLAG_SRC } from './sources/flag-embedding';
import { SHARED_SRC } from './sources/shared';

/**
 * BGE reranker v1: bge-reranker-base, bge-reranker-large.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
  ...FLAG_SRC,
} as const;

export const bgeRerankerV1Models: CatalogModel[] = [
  {
    id: 'BAAI/bge-reranker-base',
    name: 'BGE reranker base',
    family: 'BGE reranker v1',
    developer: 'BAAI',
    purposes: ['reranking'],
    variant: 'task-tuned',
    backbone: 'encoder',
    config: {
      model_type: 'xlm-roberta',
      architectures: ['XLMRobertaForSequenceClassification'],
      vocab_size: 250002,
      hidden_size: 768,
      intermediate_size: 3072,
      num_hidden_layers: 12,
      num_attention_heads: 12,
      max_position_embeddings: 514,
      type_vocab_size: 1,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-5,
      pad_token_id: 1,
      id2label: { '0': 'LABEL_0' },
    },
    configStatus: 'secondary',
    parameters: {
      total: 278_044_417,
      precision: 'exact',
      status: 'secondary',
      source: `computed from this config (XLMRobertaForSequenceClassification, 1 label); ${SRC.HUB_SNAPSHOT} stores 278,044,931 = this + 514 position_ids`,
    },
    context: {
      native: 512,
      status: 'verified',
      source: `${SRC.FLAG_RERANK_README} (usage examples truncate at max_length=512)`,
    },
    languages: { coverage: 'multilingual', stated: 'Chinese and English (developer docs)' },
    strengths: ['retrieval'],
    license: { id: 'mit', status: 'verified', source: SRC.FLAG_LICENSE },
    benchmarks: [
      {
        name: 'MTEB',
        value: 65.42,
        variant: 'C-MTEB reranking',
        language: 'zh',
        shots: null,
        setting: 'C-MTEB (Chinese) reranking average over its reranking datasets',
        source: SRC.FLAG_RERANK_README,
        status: 'verified',
      },
    ],
    released: '2023-09',
    sources: [
      'https://huggingface.co/BAAI/bge-reranker-large (model card, News: "09/12/2023: New models: ... release cross-encoder models BAAI/bge-reranker-base and BAAI/bge-reranker-large", "1/30/2024: Release BGE-M3", "3/18/2024: Release new rerankers"; read in quotations of the card: secondary)',
      SRC.FLAG_RERANK_TUTORIAL,
      SRC.FLAG_RERANK_README,
      SRC.FLAG_LICENSE,
      SRC.HUB_SNAPSHOT,
    ],
    notes: [
      'Cross-encoder initialised from xlm-roberta-base (developer docs: 278M); one relevance logit.',
      'Hub license tag MIT (third-party snapshot) agrees with the FlagEmbedding README.',
    ],
  },
  {
    id: 'BAAI/bge-reranker-large',
    name: 'BGE reranker large',
    family: 'BGE reranker v1',
    developer: 'BAAI',
    purposes: ['reranking'],
    variant: 'task-tuned',
    backbone: 'encoder',
    config: {
      model_type: 'xlm-roberta',
      architectures: ['XLMRobertaForSequenceClassification'],
      vocab_size: 250002,
      hidden_size: 1024,
      intermediate_size: 4096,
      num_hidden_layers: 24,
      num_attention_heads: 16,
      max_position_embeddings: 514,
      type_vocab_size: 1,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-5,
      pad_token_id: 1,
      id2label: { '0': 'LABEL_0' },
    },
    configStatus: 'secondary',
    parameters: {
      total: 559_891_457,
      precision: 'exact',
      status: 'secondary',
      source:
        'computed from this config (XLMRobertaForSequenceClassification, 1 label); developer docs give 560M',
    },
    context: {
      native: 512,
      status: 'verified',
      source: `${SRC.FLAG_RERANK_README} (usage examples truncate at max_length=512)`,
    },
    languages: { coverage: 'multilingual', stated: 'Chinese and English (developer docs)' },
    strengths: ['retrieval'],
    license: { id: 'mit', status: 'verified', source: SRC.FLAG_LICENSE },
    benchmarks: [
      {
        name: 'MTEB',
        value: 66.1,
        variant: 'C-MTEB reranking',
        language: 'zh',
        shots: null,
        setting: 'C-MTEB (Chinese) reranking average over its reranking datasets',
        source: SRC.FLAG_RERANK_README,
        status: 'verified',
      },
    ],
    released: '2023-09',
    sources: [
      'https://huggingface.co/BAAI/bge-reranker-large (model card, News: "09/12/2023: New models: ... release cross-encoder models BAAI/bge-reranker-base and BAAI/bge-reranker-large", "1/30/2024: Release BGE-M3", "3/18/2024: Release new rerankers"; read in quotations of the card: secondary)',
      SRC.FLAG_RERANK_TUTORIAL,
      SRC.FLAG_RERANK_README,
      SRC.FLAG_LICENSE,
    ],
    notes: [
      'Cross-encoder initialised from xlm-roberta-large (developer docs: 560M); one relevance logit.',
      "The config is the xlm-roberta-large shape the developer names, recorded by analogy with bge-reranker-base (whose Hub count confirms it); this repo's own config.json and Hub count were not read.",
      "License: FlagEmbedding states MIT for its models; this repo's own Hub license tag was not read.",
    ],
  },
];
