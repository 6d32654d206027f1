import type { CatalogModel } from '../schema';
import { SHARED_SRC } from './sources/shared';

/**
 * Sentence-Transformers CrossEncoder: ms-marco-MiniLM-L6-v2.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
} as const;

export const sentenceTransformersCrossencoderModels: CatalogModel[] = [
  {
    id: 'cross-encoder/ms-marco-MiniLM-L6-v2',
    name: 'ms-marco-MiniLM-L6-v2 (cross-encoder)',
    family: 'Sentence-Transformers CrossEncoder',
    developer: 'sentence-transformers',
    purposes: ['reranking'],
    variant: 'task-tuned',
    backbone: 'encoder',
    config: {
      model_type: 'bert',
      architectures: ['BertForSequenceClassification'],
      vocab_size: 30522,
      hidden_size: 384,
      intermediate_size: 1536,
      num_hidden_layers: 6,
      num_attention_heads: 12,
      max_position_embeddings: 512,
      type_vocab_size: 2,
      hidden_act: 'gelu',
      id2label: { '0': 'LABEL_0' },
    },
    configStatus: 'secondary',
    parameters: {
      total: 22_713_601,
      precision: 'exact',
      status: 'secondary',
      source: `computed from this config (BertForSequenceClassification, 1 label); ${SRC.HUB_SNAPSHOT} stores 22,714,113 = this + 512 position_ids`,
    },
    context: {
      native: 512,
      status: 'secondary',
      source:
        'Sentence-Transformers cards of fine-tunes of cross-encoder/ms-marco-MiniLM-L6-v2 @c5ee24cb16019beea0893ab7796b1df96625c6b8 ("Maximum Sequence Length: 512 tokens", "Number of Output Labels: 1 label"), e.g. github:badmgoga/Course_Work_3_course no_instruction/README.md',
    },
    languages: { coverage: 'english', stated: 'English (trained on MS MARCO passage ranking)' },
    strengths: ['retrieval'],
    license: {
      id: 'apache-2.0',
      status: 'secondary',
      source: `${SRC.HUB_SNAPSHOT} (Hub tag Apache-2.0)`,
    },
    benchmarks: [],
    released: '2021-04',
    sources: [
      'github:UKPLab/sentence-transformers @f7f41280 ("New CrossEncoder models", 2021-04-15: the first mention of cross-encoder/ms-marco-MiniLM-L-6-v2, the repository\'s name before it dropped the hyphen)',
      'github:UKPLab/sentence-transformers docs/cross_encoder/pretrained_models.md @85ec6455 (TREC DL19 nDCG@10 74.30, MS MARCO dev MRR@10 39.01)',
      SRC.HUB_SNAPSHOT,
      'github:badmgoga/Course_Work_3_course no_instruction/README.md (card generated from the base model settings)',
    ],
    notes: [
      'MiniLM-L6-H384 (BERT architecture) with a single relevance logit.',
      'The exact Hub count fixes vocabulary, widths, layers and positions; the head count (12) is not fixed by the count and comes from the MiniLM-L6-H384 shape (secondary).',
      'The developer reports TREC DL19 nDCG@10 74.30 and MS MARCO dev MRR@10 39.01; these are not MTEB/BEIR figures, so they are not in `benchmarks`.',
    ],
  },
];
