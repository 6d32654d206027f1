import type { CatalogModel } from '../schema';
import { SHARED_SRC } from './sources/shared';

/**
 * DeBERTa-v3: deberta-v3-base, deberta-v3-large.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
  KERAS_DEBERTA:
    'github:keras-team/keras-hub keras_hub/src/models/deberta_v3/deberta_v3_presets.py @0cb64f626c1ad0eef342b80ed3231d7a432a33b0 (metadata.params = exact stored count)',
  DEBERTA_README:
    'github:microsoft/DeBERTa README.md @4d7fe0bd (vocab 128K, backbone + embedding params) + LICENSE (MIT)',
} as const;

export const debertaV3Models: CatalogModel[] = [
  {
    id: 'microsoft/deberta-v3-base',
    name: 'DeBERTa-v3 base',
    family: 'DeBERTa-v3',
    developer: 'Microsoft',
    purposes: ['multi-class-classification', 'multi-label-classification'],
    variant: 'base',
    backbone: 'encoder',
    config: {
      model_type: 'deberta-v2',
      vocab_size: 128100,
      hidden_size: 768,
      intermediate_size: 3072,
      num_hidden_layers: 12,
      num_attention_heads: 12,
      max_position_embeddings: 512,
      type_vocab_size: 0,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-7,
      position_biased_input: false,
      relative_attention: true,
      max_relative_positions: -1,
      position_buckets: 256,
      pos_att_type: 'p2c|c2p',
      share_att_key: true,
      norm_rel_ebd: 'layer_norm',
    },
    configStatus: 'secondary',
    parameters: {
      total: 183_831_552,
      precision: 'exact',
      status: 'secondary',
      source: SRC.KERAS_DEBERTA,
    },
    context: {
      native: 512,
      status: 'secondary',
      source:
        'config.json max_position_embeddings 512; relative positions bucketed (position_buckets 256)',
    },
    languages: {
      coverage: 'english',
      stated: 'English (Wikipedia, BookCorpus, OpenWebText per keras-hub preset description)',
    },
    strengths: ['classification'],
    license: { id: 'mit', status: 'verified', source: SRC.DEBERTA_README },
    benchmarks: [
      {
        name: 'BEIR',
        value: 20.2,
        variant: 'after DPR fine-tuning (ModernBERT recipe)',
        language: 'en',
        shots: null,
        setting:
          'BEIR nDCG@10 after single-vector (DPR) fine-tuning on MS-MARCO with the ModernBERT paper recipe (measured by Answer.AI)',
        source: SRC.MODERNBERT_PAPER,
        status: 'secondary',
      },
      {
        name: 'BEIR',
        value: 47.1,
        variant: 'after ColBERT fine-tuning (ModernBERT recipe)',
        language: 'en',
        shots: null,
        setting:
          'BEIR nDCG@10 after multi-vector (ColBERT) fine-tuning with the ModernBERT paper recipe (measured by Answer.AI)',
        source: SRC.MODERNBERT_PAPER,
        status: 'secondary',
      },
    ],
    released: '2021-11',
    sources: [
      'DeBERTaV3 paper, arXiv:2111.09543 (v1 submitted 18 November 2021)',
      SRC.DEBERTA_README,
      SRC.KERAS_DEBERTA,
      SRC.MODERNBERT_PAPER,
    ],
    notes: [
      'README: 86M backbone + 98M embedding parameters (128K vocabulary). The exact count 183,831,552 (keras-hub) equals the DebertaV2Model count recomputed from this config, including the 512×768 relative-position table.',
      'No absolute position table (position_biased_input false) and no token-type embeddings (type_vocab_size 0): disentangled relative attention shares one key/query projection for content and position (share_att_key).',
      'Whether the published config.json carries an `architectures` field was not checked, so none is recorded.',
      "The BEIR figures measure retrieval after the ModernBERT paper's fine-tuning recipe (DPR 20.2 is low); they say nothing about classification quality.",
    ],
  },
  {
    id: 'microsoft/deberta-v3-large',
    name: 'DeBERTa-v3 large',
    family: 'DeBERTa-v3',
    developer: 'Microsoft',
    purposes: ['multi-class-classification', 'multi-label-classification'],
    variant: 'base',
    backbone: 'encoder',
    config: {
      model_type: 'deberta-v2',
      vocab_size: 128100,
      hidden_size: 1024,
      intermediate_size: 4096,
      num_hidden_layers: 24,
      num_attention_heads: 16,
      max_position_embeddings: 512,
      type_vocab_size: 0,
      hidden_act: 'gelu',
      layer_norm_eps: 1e-7,
      position_biased_input: false,
      relative_attention: true,
      max_relative_positions: -1,
      position_buckets: 256,
      pos_att_type: 'p2c|c2p',
      share_att_key: true,
      norm_rel_ebd: 'layer_norm',
    },
    configStatus: 'secondary',
    parameters: {
      total: 434_012_160,
      precision: 'exact',
      status: 'secondary',
      source: SRC.KERAS_DEBERTA,
    },
    context: {
      native: 512,
      status: 'secondary',
      source:
        'config.json max_position_embeddings 512; relative positions bucketed (position_buckets 256)',
    },
    languages: {
      coverage: 'english',
      stated: 'English (Wikipedia, BookCorpus, OpenWebText per keras-hub preset description)',
    },
    strengths: ['classification'],
    license: { id: 'mit', status: 'verified', source: SRC.DEBERTA_README },
    benchmarks: [
      {
        name: 'BEIR',
        value: 25.6,
        variant: 'after DPR fine-tuning (ModernBERT recipe)',
        language: 'en',
        shots: null,
        setting:
          'BEIR nDCG@10 after single-vector (DPR) fine-tuning on MS-MARCO with the ModernBERT paper recipe (measured by Answer.AI)',
        source: SRC.MODERNBERT_PAPER,
        status: 'secondary',
      },
      {
        name: 'BEIR',
        value: 46.7,
        variant: 'after ColBERT fine-tuning (ModernBERT recipe)',
        language: 'en',
        shots: null,
        setting:
          'BEIR nDCG@10 after multi-vector (ColBERT) fine-tuning with the ModernBERT paper recipe (measured by Answer.AI)',
        source: SRC.MODERNBERT_PAPER,
        status: 'secondary',
      },
    ],
    released: '2021-11',
    sources: [
      'DeBERTaV3 paper, arXiv:2111.09543 (v1 submitted 18 November 2021)',
      SRC.DEBERTA_README,
      SRC.KERAS_DEBERTA,
      SRC.MODERNBERT_PAPER,
    ],
    notes: [
      'README: 304M backbone + 131M embedding parameters. The exact count 434,012,160 (keras-hub) equals the DebertaV2Model count recomputed from this config.',
      'Whether the published config.json carries an `architectures` field was not checked, so none is recorded.',
    ],
  },
];
