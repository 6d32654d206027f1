import type { CatalogModel } from '../schema';

/**
 * DistilBERT: distilbert-base-uncased.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  KERAS_DISTILBERT:
    'github:keras-team/keras-hub keras_hub/src/models/distil_bert/distil_bert_presets.py @0cb64f626c1ad0eef342b80ed3231d7a432a33b0 (metadata.params = exact stored count)',
} as const;

export const distilbertModels: CatalogModel[] = [
  {
    id: 'distilbert/distilbert-base-uncased',
    name: 'DistilBERT base (uncased)',
    family: 'DistilBERT',
    developer: 'Hugging Face',
    purposes: ['multi-class-classification', 'multi-label-classification'],
    variant: 'base',
    backbone: 'encoder',
    config: {
      model_type: 'distilbert',
      architectures: ['DistilBertForMaskedLM'],
      vocab_size: 30522,
      dim: 768,
      n_layers: 6,
      n_heads: 12,
      hidden_dim: 3072,
      max_position_embeddings: 512,
      sinusoidal_pos_embds: false,
      activation: 'gelu',
      tie_weights_: true,
    },
    configStatus: 'secondary',
    parameters: {
      total: 66_362_880,
      precision: 'exact',
      status: 'secondary',
      source: SRC.KERAS_DISTILBERT,
    },
    context: {
      native: 512,
      status: 'secondary',
      source:
        'config.json max_position_embeddings 512 (learned positions, sinusoidal_pos_embds false)',
    },
    languages: {
      coverage: 'english',
      stated: 'English (BookCorpus + English Wikipedia), lowercased',
    },
    strengths: ['classification'],
    license: {
      id: 'apache-2.0',
      status: 'secondary',
      source:
        'https://huggingface.co/distilbert/distilbert-base-uncased (model card YAML "license: apache-2.0", read in third-party copies)',
    },
    benchmarks: [],
    released: '2019-10',
    sources: [
      'DistilBERT paper, arXiv:1910.01108 (v1 submitted 2 October 2019)',
      SRC.KERAS_DISTILBERT,
      'https://huggingface.co/distilbert/distilbert-base-uncased/blob/main/config.json, as transformers prints it when loading it from the Hub (a copy of that log; secondary)',
      'https://huggingface.co/distilbert/distilbert-base-uncased (model card, read in third-party copies)',
    ],
    notes: [
      'DistilBERT uses its own config names: dim (hidden), n_layers, n_heads, hidden_dim (FFN width) and activation; it has no token-type embeddings and no pooler.',
      'Exact count 66,362,880 (keras-hub) equals DistilBertModel recomputed from this config.',
      'License read in copies of the model card, not on huggingface.co itself.',
    ],
  },
];
