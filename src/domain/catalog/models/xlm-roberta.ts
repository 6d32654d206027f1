import type { CatalogModel } from '../schema';
import { SHARED_SRC } from './sources/shared';

/**
 * XLM-RoBERTa: xlm-roberta-base, xlm-roberta-large.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
  KERAS_XLMR:
    'github:keras-team/keras-hub keras_hub/src/models/xlm_roberta/xlm_roberta_presets.py @0cb64f626c1ad0eef342b80ed3231d7a432a33b0 (metadata.params; no pooler, 512 positions)',
  FAIRSEQ_XLMR:
    'github:facebookresearch/fairseq examples/xlmr/README.md @3d262bb2 (#params, 100 languages, vocab 250k) + LICENSE (MIT)',
} as const;

export const xlmRobertaModels: CatalogModel[] = [
  {
    id: 'FacebookAI/xlm-roberta-base',
    name: 'XLM-RoBERTa base',
    family: 'XLM-RoBERTa',
    developer: 'Meta AI (Facebook AI Research)',
    purposes: ['multi-class-classification', 'multi-label-classification'],
    variant: 'base',
    backbone: 'encoder',
    config: {
      model_type: 'xlm-roberta',
      architectures: ['XLMRobertaForMaskedLM'],
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
    },
    configStatus: 'secondary',
    parameters: {
      total: 278_043_648,
      precision: 'exact',
      status: 'secondary',
      source: `computed from this config (XLMRobertaModel with pooler); cross-checked against ${SRC.HUB_SNAPSHOT} and ${SRC.KERAS_XLMR}`,
    },
    context: {
      native: 512,
      status: 'secondary',
      source: 'config.json max_position_embeddings 514 = 512 usable positions + 2',
    },
    languages: { coverage: 'multilingual', stated: '100 languages (CommonCrawl CC-100)' },
    strengths: ['classification', 'multilingual'],
    license: { id: 'mit', status: 'verified', source: SRC.FAIRSEQ_XLMR },
    benchmarks: [],
    released: '2019-11',
    sources: [
      'github:embeddings-benchmark/mteb mteb/models/model_implementations/facebookai.py @a905523d (ModelMeta release_date 2019-11-05, the arXiv:1911.02116 release; secondary)',
      SRC.FAIRSEQ_XLMR,
      SRC.KERAS_XLMR,
      SRC.HUB_SNAPSHOT,
    ],
    notes: [
      'The fairseq README says 250M; HF cards and tools say about 278M because the 250,002-token embedding alone is 192M.',
      'The Hub stores 278,885,778 parameters for this repo: our 278,043,648 plus the MLM head (842,130). keras-hub lists 277,450,752 (no pooler, 512 positions, no token-type row).',
      'Only 512 of the 514 position slots carry tokens.',
    ],
  },
  {
    id: 'FacebookAI/xlm-roberta-large',
    name: 'XLM-RoBERTa large',
    family: 'XLM-RoBERTa',
    developer: 'Meta AI (Facebook AI Research)',
    purposes: ['multi-class-classification', 'multi-label-classification'],
    variant: 'base',
    backbone: 'encoder',
    config: {
      model_type: 'xlm-roberta',
      architectures: ['XLMRobertaForMaskedLM'],
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
    },
    configStatus: 'secondary',
    parameters: {
      total: 559_890_432,
      precision: 'exact',
      status: 'secondary',
      source: `computed from this config (XLMRobertaModel with pooler); cross-checked against ${SRC.HUB_SNAPSHOT} and ${SRC.KERAS_XLMR}`,
    },
    context: {
      native: 512,
      status: 'secondary',
      source: 'config.json max_position_embeddings 514 = 512 usable positions + 2',
    },
    languages: { coverage: 'multilingual', stated: '100 languages (CommonCrawl CC-100)' },
    strengths: ['classification', 'multilingual'],
    license: { id: 'mit', status: 'verified', source: SRC.FAIRSEQ_XLMR },
    benchmarks: [],
    released: '2019-11',
    sources: [
      'github:embeddings-benchmark/mteb mteb/models/model_implementations/facebookai.py @a905523d (ModelMeta release_date 2019-11-05, the arXiv:1911.02116 release; secondary)',
      SRC.FAIRSEQ_XLMR,
      SRC.KERAS_XLMR,
      SRC.HUB_SNAPSHOT,
    ],
    notes: [
      'The fairseq README gives 560M. The Hub stores 561,192,082 parameters: our count plus the MLM head (1,301,650).',
      'Only 512 of the 514 position slots carry tokens.',
    ],
  },
];
