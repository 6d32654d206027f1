import type { CatalogModel } from '../schema';
import { SHARED_SRC } from './sources/shared';

/**
 * BERT: bert-base-uncased, bert-large-uncased.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
  BERT_README:
    'github:google-research/bert README.md @eedf5716 (L/H/A and parameter counts) + LICENSE (Apache 2.0)',
} as const;

export const bertModels: CatalogModel[] = [
  {
    id: 'google-bert/bert-base-uncased',
    name: 'BERT base (uncased)',
    family: 'BERT',
    developer: 'Google',
    purposes: ['multi-class-classification', 'multi-label-classification'],
    variant: 'base',
    backbone: 'encoder',
    config: {
      model_type: 'bert',
      architectures: ['BertForMaskedLM'],
      vocab_size: 30522,
      hidden_size: 768,
      intermediate_size: 3072,
      num_hidden_layers: 12,
      num_attention_heads: 12,
      max_position_embeddings: 512,
      type_vocab_size: 2,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-12,
      position_embedding_type: 'absolute',
    },
    configStatus: 'secondary',
    parameters: {
      total: 109_482_240,
      precision: 'exact',
      status: 'secondary',
      source: SRC.KERAS_BERT,
    },
    context: {
      native: 512,
      status: 'secondary',
      source: 'config.json max_position_embeddings 512 (learned absolute positions)',
    },
    languages: {
      coverage: 'english',
      stated: 'English (BooksCorpus + English Wikipedia), lowercased',
    },
    strengths: ['classification'],
    license: { id: 'apache-2.0', status: 'verified', source: SRC.BERT_README },
    benchmarks: [],
    released: '2018-10',
    sources: [
      'BERT paper, arXiv:1810.04805 (v1 submitted 11 October 2018; the checkpoints were published with github:google-research/bert the same month)',
      SRC.BERT_README,
      SRC.KERAS_BERT,
    ],
    notes: [
      'Parameter count is BertModel with its pooler (keras-hub bert_base_en_uncased); it equals the count recomputed from this config. The README headline is 110M.',
      'Layers, hidden size and heads are verified in the google-research/bert README; vocab, FFN width and positions come from config copies and are confirmed by the exact count.',
      'Learned positions stop at 512 tokens: longer inputs must be truncated or chunked.',
    ],
  },
  {
    id: 'google-bert/bert-large-uncased',
    name: 'BERT large (uncased)',
    family: 'BERT',
    developer: 'Google',
    purposes: ['multi-class-classification', 'multi-label-classification'],
    variant: 'base',
    backbone: 'encoder',
    config: {
      model_type: 'bert',
      architectures: ['BertForMaskedLM'],
      vocab_size: 30522,
      hidden_size: 1024,
      intermediate_size: 4096,
      num_hidden_layers: 24,
      num_attention_heads: 16,
      max_position_embeddings: 512,
      type_vocab_size: 2,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-12,
      position_embedding_type: 'absolute',
    },
    configStatus: 'secondary',
    parameters: {
      total: 335_141_888,
      precision: 'exact',
      status: 'secondary',
      source: SRC.KERAS_BERT,
    },
    context: {
      native: 512,
      status: 'secondary',
      source: 'config.json max_position_embeddings 512 (learned absolute positions)',
    },
    languages: {
      coverage: 'english',
      stated: 'English (BooksCorpus + English Wikipedia), lowercased',
    },
    strengths: ['classification'],
    license: { id: 'apache-2.0', status: 'verified', source: SRC.BERT_README },
    benchmarks: [],
    released: '2018-10',
    sources: [
      'BERT paper, arXiv:1810.04805 (v1 submitted 11 October 2018; the checkpoints were published with github:google-research/bert the same month)',
      SRC.BERT_README,
      SRC.KERAS_BERT,
      'cli99/llm-analysis llm_analysis/model_configs/bert-large.json @d841e40a (config copy; secondary)',
    ],
    notes: [
      'Parameter count is BertModel with its pooler (keras-hub bert_large_en_uncased), equal to the count recomputed from this config. The README headline is 340M.',
    ],
  },
];
