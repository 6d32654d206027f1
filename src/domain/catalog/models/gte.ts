import type { CatalogModel } from '../schema';
import { FLAG_SRC } from './sources/flag-embedding';
import { SHARED_SRC } from './sources/shared';

/**
 * GTE: gte-large.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...FLAG_SRC,
  ...SHARED_SRC,
} as const;

export const gteModels: CatalogModel[] = [
  {
    id: 'thenlper/gte-large',
    name: 'GTE large',
    family: 'GTE',
    developer: 'Alibaba DAMO Academy',
    purposes: ['similarity'],
    variant: 'task-tuned',
    backbone: 'encoder',
    config: {
      model_type: 'bert',
      architectures: ['BertModel'],
      vocab_size: 30522,
      hidden_size: 1024,
      intermediate_size: 4096,
      num_hidden_layers: 24,
      num_attention_heads: 16,
      max_position_embeddings: 512,
      type_vocab_size: 2,
      hidden_act: 'gelu',
    },
    configStatus: 'unverified',
    parameters: {
      total: 335_000_000,
      precision: 'rounded',
      status: 'unverified',
      source: `${SRC.GTE_CARD_MIRROR} (model size 0.67 GB)`,
    },
    context: { native: 512, status: 'secondary', source: SRC.GTE_CARD_MIRROR },
    languages: { coverage: 'english', stated: 'English' },
    strengths: ['retrieval'],
    license: {
      id: 'mit',
      status: 'secondary',
      source:
        'https://huggingface.co/thenlper/gte-large (model card YAML "license: mit", read in a third-party copy)',
    },
    benchmarks: [
      {
        name: 'MTEB',
        value: 63.13,
        variant: 'v1',
        language: 'en',
        shots: null,
        setting: 'MTEB English (v1), average over 56 datasets (developer-reported)',
        source: SRC.GTE_CARD_MIRROR,
        status: 'verified',
      },
      {
        name: 'BEIR',
        value: 52.22,
        variant: 'MTEB English retrieval (15 datasets)',
        language: 'en',
        shots: null,
        setting:
          'MTEB English retrieval average over 15 datasets (the BEIR subset), nDCG@10 (developer-reported)',
        source: SRC.GTE_CARD_MIRROR,
        status: 'verified',
      },
    ],
    released: '2023-08',
    sources: [
      'GTE paper, "Towards General Text Embeddings with Multi-stage Contrastive Learning", arXiv:2308.03281 (v1 submitted 7 August 2023)',
      SRC.GTE_CARD_MIRROR,
      'https://huggingface.co/thenlper/gte-large (model card, read in a third-party copy)',
      SRC.FLAG_BGE_README,
    ],
    notes: [
      'Config unverified: the card states only "based on the BERT framework", 1024 dimensions and 512 tokens. The other values are the BERT-large shape, assumed; the config.json was not read.',
      "Parameter total unverified: 335M is derived from the card's 0.67 GB model size at 2 bytes per parameter (a BERT-large-shaped BertModel would hold 335,141,888).",
    ],
  },
];
