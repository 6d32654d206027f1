import type { CatalogModel } from '../schema';
import { FLAG_SRC } from './sources/flag-embedding';
import { SHARED_SRC } from './sources/shared';

/**
 * E5 v2: e5-large-v2.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...FLAG_SRC,
  ...SHARED_SRC,
} as const;

export const e5V2Models: CatalogModel[] = [
  {
    id: 'intfloat/e5-large-v2',
    name: 'E5 large v2',
    family: 'E5 v2',
    developer: 'Microsoft (E5 authors, published as intfloat)',
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
      status: 'secondary',
      source: SRC.MTEB_E5,
    },
    context: {
      native: 512,
      status: 'secondary',
      source: `${SRC.FLAG_BGE_README} (sequence length column); ${SRC.GTE_CARD_MIRROR}`,
    },
    languages: { coverage: 'english', stated: 'English' },
    strengths: ['retrieval'],
    license: {
      id: 'mit',
      status: 'secondary',
      source:
        'https://huggingface.co/intfloat/e5-large-v2 (model card YAML "license: mit", read in a third-party copy); mteb ModelMeta license "mit"',
    },
    benchmarks: [
      {
        name: 'MTEB',
        value: 62.25,
        variant: 'v1',
        language: 'en',
        shots: null,
        setting:
          'MTEB English (v1), average over 56 datasets (listed by BAAI and by Alibaba in their tables)',
        source: SRC.FLAG_BGE_README,
        status: 'secondary',
      },
      {
        name: 'BEIR',
        value: 50.56,
        variant: 'MTEB English retrieval (15 datasets)',
        language: 'en',
        shots: null,
        setting:
          'MTEB English retrieval average over 15 datasets (the BEIR subset), nDCG@10 (listed in the gte-large card table)',
        source: SRC.GTE_CARD_MIRROR,
        status: 'secondary',
      },
    ],
    released: '2023-05',
    sources: [
      'https://huggingface.co/intfloat/e5-large-v2 (the Hub repository, first committed May 2023; the E5 paper, arXiv:2212.03533, is of December 2022 and describes v1): unverified month, not read in the commit history',
      'https://huggingface.co/intfloat/e5-large-v2 (model card, read in a third-party copy: "This model has 24 layers and the embedding size is 1024")',
      SRC.MTEB_E5,
      SRC.FLAG_BGE_README,
      SRC.GTE_CARD_MIRROR,
    ],
    notes: [
      'Config unverified: only 24 layers and hidden size 1024 are stated by the card. Vocabulary 30522, FFN 4096, 16 heads, 512 positions and 2 token types are the BERT-large-uncased shape, assumed because mteb lists 335M parameters (the BERT-large count, 335,141,888 with pooler); the config.json itself was not read.',
      'Parameter total is the rounded 335M from mteb metadata, not an exact stored count.',
      'Inputs must start with "query: " or "passage: "; mean pooling.',
      'mteb records max_tokens 514 for this model; 512 tokens is what the card tables list and what a BERT position table allows.',
    ],
  },
];
