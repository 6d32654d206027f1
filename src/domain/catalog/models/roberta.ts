import type { CatalogModel } from '../schema';
import { SHARED_SRC } from './sources/shared';

/**
 * RoBERTa: roberta-base, roberta-large.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
  KERAS_ROBERTA:
    'github:keras-team/keras-hub keras_hub/src/models/roberta/roberta_presets.py @24a41989240479869745248c201a937b3f4eef17 (metadata.params; no pooler, 512 positions)',
  FAIRSEQ_ROBERTA:
    'github:facebookresearch/fairseq examples/roberta/README.md @3d262bb2 (# params) + LICENSE (MIT)',
} as const;

export const robertaModels: CatalogModel[] = [
  {
    id: 'FacebookAI/roberta-base',
    name: 'RoBERTa base',
    family: 'RoBERTa',
    developer: 'Meta AI (Facebook AI Research)',
    purposes: ['multi-class-classification', 'multi-label-classification'],
    variant: 'base',
    backbone: 'encoder',
    config: {
      model_type: 'roberta',
      architectures: ['RobertaForMaskedLM'],
      vocab_size: 50265,
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
      total: 124_645_632,
      precision: 'exact',
      status: 'secondary',
      source: `computed from this config (RobertaModel with pooler); cross-checked against ${SRC.KERAS_ROBERTA}`,
    },
    context: {
      native: 512,
      status: 'secondary',
      source:
        'config.json max_position_embeddings 514 = 512 usable positions + 2 (RoBERTa offsets positions by padding_idx + 1)',
    },
    languages: { coverage: 'english', stated: 'English' },
    strengths: ['classification'],
    license: { id: 'mit', status: 'verified', source: SRC.FAIRSEQ_ROBERTA },
    benchmarks: [
      {
        name: 'BEIR',
        value: 37.7,
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
        value: 48.7,
        variant: 'after ColBERT fine-tuning (ModernBERT recipe)',
        language: 'en',
        shots: null,
        setting:
          'BEIR nDCG@10 after multi-vector (ColBERT) fine-tuning with the ModernBERT paper recipe (measured by Answer.AI)',
        source: SRC.MODERNBERT_PAPER,
        status: 'secondary',
      },
    ],
    released: '2019-07',
    sources: [
      'RoBERTa paper, arXiv:1907.11692 (v1 submitted 26 July 2019, with the fairseq checkpoints)',
      SRC.FAIRSEQ_ROBERTA,
      SRC.KERAS_ROBERTA,
      SRC.MODERNBERT_PAPER,
    ],
    notes: [
      'The fairseq README gives 125M. Our exact count (124,645,632) is RobertaModel with pooler and 514 positions; keras-hub lists 124,052,736 because it drops the pooler and 2 position rows and the single token-type row: the difference is exactly 592,896.',
      'RobertaForSequenceClassification drops the pooler and adds its own dense + out_proj head (about 0.59M parameters).',
      'Only 512 of the 514 position slots carry tokens; do not treat 514 as the context length.',
    ],
  },
  {
    id: 'FacebookAI/roberta-large',
    name: 'RoBERTa large',
    family: 'RoBERTa',
    developer: 'Meta AI (Facebook AI Research)',
    purposes: ['multi-class-classification', 'multi-label-classification'],
    variant: 'base',
    backbone: 'encoder',
    config: {
      model_type: 'roberta',
      architectures: ['RobertaForMaskedLM'],
      vocab_size: 50265,
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
      total: 355_359_744,
      precision: 'exact',
      status: 'secondary',
      source: `computed from this config (RobertaModel with pooler); cross-checked against ${SRC.KERAS_ROBERTA}`,
    },
    context: {
      native: 512,
      status: 'secondary',
      source: 'config.json max_position_embeddings 514 = 512 usable positions + 2',
    },
    languages: { coverage: 'english', stated: 'English' },
    strengths: ['classification'],
    license: { id: 'mit', status: 'verified', source: SRC.FAIRSEQ_ROBERTA },
    benchmarks: [
      {
        name: 'BEIR',
        value: 41.4,
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
        value: 49.8,
        variant: 'after ColBERT fine-tuning (ModernBERT recipe)',
        language: 'en',
        shots: null,
        setting:
          'BEIR nDCG@10 after multi-vector (ColBERT) fine-tuning with the ModernBERT paper recipe (measured by Answer.AI)',
        source: SRC.MODERNBERT_PAPER,
        status: 'secondary',
      },
    ],
    released: '2019-07',
    sources: [
      'RoBERTa paper, arXiv:1907.11692 (v1 submitted 26 July 2019, with the fairseq checkpoints)',
      SRC.FAIRSEQ_ROBERTA,
      SRC.KERAS_ROBERTA,
      SRC.MODERNBERT_PAPER,
    ],
    notes: [
      'The fairseq README gives 355M. keras-hub lists 354,307,072 (no pooler, 512 positions, no token-type row); our count adds exactly those 1,052,672 parameters.',
    ],
  },
];
