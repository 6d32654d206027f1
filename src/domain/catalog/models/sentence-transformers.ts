import type { CatalogModel } from '../schema';
import { SHARED_SRC } from './sources/shared';

/**
 * Sentence-Transformers: all-MiniLM-L6-v2.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
} as const;

export const sentenceTransformersModels: CatalogModel[] = [
  {
    id: 'sentence-transformers/all-MiniLM-L6-v2',
    name: 'all-MiniLM-L6-v2',
    family: 'Sentence-Transformers',
    developer: 'sentence-transformers',
    purposes: ['similarity'],
    variant: 'task-tuned',
    backbone: 'encoder',
    config: {
      model_type: 'bert',
      architectures: ['BertModel'],
      vocab_size: 30522,
      hidden_size: 384,
      intermediate_size: 1536,
      num_hidden_layers: 6,
      num_attention_heads: 12,
      max_position_embeddings: 512,
      type_vocab_size: 2,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-12,
    },
    configStatus: 'secondary',
    parameters: {
      total: 22_713_216,
      precision: 'exact',
      status: 'secondary',
      source: `computed from this config (BertModel with pooler); ${SRC.HUB_SNAPSHOT} stores 22,713,728 = this + 512 position_ids`,
    },
    context: {
      native: 256,
      status: 'secondary',
      source:
        'all-MiniLM-L6-v2 model card: "By default, input text longer than 256 word pieces is truncated" (https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2, read in a third-party copy); github:UKPLab/sentence-transformers docs/_static/html/models_en_sentence_embeddings.html @85ec6455 (max_seq_length 256)',
      note: 'The position table has 512 slots, but the model ships with max_seq_length 256.',
    },
    languages: { coverage: 'english', stated: 'English' },
    strengths: ['retrieval'],
    license: {
      id: 'apache-2.0',
      status: 'secondary',
      source: `${SRC.HUB_SNAPSHOT} (Hub tag Apache-2.0); https://www.codesota.com/model/all-minilm-l6-v2 (rendering of the card metadata)`,
    },
    benchmarks: [
      {
        name: 'MTEB',
        value: 56.26,
        variant: 'v1',
        language: 'en',
        shots: null,
        setting: 'MTEB English (v1), average over 56 datasets (listed in the gte-large card table)',
        source: SRC.GTE_CARD_MIRROR,
        status: 'secondary',
      },
      {
        name: 'BEIR',
        value: 41.95,
        variant: 'MTEB English retrieval (15 datasets)',
        language: 'en',
        shots: null,
        setting:
          'MTEB English retrieval average over 15 datasets (the BEIR subset), nDCG@10 (listed in the gte-large card table)',
        source: SRC.GTE_CARD_MIRROR,
        status: 'secondary',
      },
    ],
    released: '2021-08',
    sources: [
      'github:embeddings-benchmark/mteb mteb/models/model_implementations/sentence_transformers_models.py @a905523d (ModelMeta release_date 2021-08-30; secondary); first listed in github:UKPLab/sentence-transformers docs @bb532aa4 (2021-08-31, "update models site")',
      'github:UKPLab/sentence-transformers docs/_static/html/models_en_sentence_embeddings.html @85ec6455 (dim 384, max_seq_length 256)',
      'https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2 (model card, read in a third-party copy)',
      SRC.HUB_SNAPSHOT,
      SRC.GTE_CARD_MIRROR,
    ],
    notes: [
      'Fine-tuned from nreimers/MiniLM-L6-H384-uncased on over 1 billion sentence pairs; mean pooling, normalised 384-dimensional embeddings.',
      'The exact count equals the one in the reference data (keras-hub) and the Hub total minus its 512-element position_ids buffer.',
    ],
  },
];
