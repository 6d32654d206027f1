import type { CatalogModel } from '../schema';
import { SHARED_SRC } from './sources/shared';

/**
 * ModernBERT: ModernBERT-base, ModernBERT-large.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
  KERAS_MODERNBERT:
    'github:keras-team/keras-hub keras_hub/src/models/modernbert/modern_bert_presets.py @a7f6e2cec7f685b0934cff30f31cfb6a844431c0 (metadata.params: 149,014,272 and 394,781,696)',
  MODERNBERT_CARD:
    'https://huggingface.co/answerdotai/ModernBERT-base/blob/e5629bf52fcdf877083a60aa4d6b453710f889d0/README.md (22/28 layers, 149M/395M, 8192 context, apache-2.0)',
  MODERNBERT_CONFIG_COPIES:
    'https://huggingface.co/answerdotai/ModernBERT-base/blob/main/config.json, fields (global_attn_every_n_layers, local_attention, *_bias, classifier_*, norm_eps) as public config test fixtures copy them (secondary)',
} as const;

export const modernbertModels: CatalogModel[] = [
  {
    id: 'answerdotai/ModernBERT-base',
    name: 'ModernBERT base',
    family: 'ModernBERT',
    developer: 'Answer.AI + LightOn',
    purposes: ['multi-class-classification', 'multi-label-classification'],
    variant: 'base',
    backbone: 'encoder',
    config: {
      model_type: 'modernbert',
      architectures: ['ModernBertForMaskedLM'],
      vocab_size: 50368,
      hidden_size: 768,
      intermediate_size: 1152,
      num_hidden_layers: 22,
      num_attention_heads: 12,
      max_position_embeddings: 8192,
      hidden_activation: 'gelu',
      global_attn_every_n_layers: 3,
      local_attention: 128,
      global_rope_theta: 160000.0,
      local_rope_theta: 10000.0,
      mlp_bias: false,
      attention_bias: false,
      norm_bias: false,
      norm_eps: 1e-5,
      decoder_bias: true,
      classifier_pooling: 'mean',
      classifier_activation: 'gelu',
      classifier_bias: false,
      classifier_dropout: 0.0,
    },
    configStatus: 'secondary',
    parameters: {
      total: 149_014_272,
      precision: 'exact',
      status: 'secondary',
      source: SRC.KERAS_MODERNBERT,
    },
    context: {
      native: 8192,
      status: 'verified',
      source: SRC.MODERNBERT_CARD,
      note: 'Every third layer attends globally; the others use a sliding window of 128 tokens.',
    },
    languages: {
      coverage: 'english',
      stated: 'English and code (2 trillion tokens of English text and code per the model card)',
    },
    strengths: ['classification', 'retrieval', 'long-context', 'code'],
    license: { id: 'apache-2.0', status: 'verified', source: SRC.MODERNBERT_CARD },
    benchmarks: [
      {
        name: 'BEIR',
        value: 41.6,
        variant: 'after DPR fine-tuning (ModernBERT recipe)',
        language: 'en',
        shots: null,
        setting:
          'BEIR nDCG@10 after single-vector (DPR) fine-tuning on MS-MARCO with the paper recipe (developer-reported)',
        source: SRC.MODERNBERT_PAPER,
        status: 'verified',
      },
      {
        name: 'BEIR',
        value: 51.3,
        variant: 'after ColBERT fine-tuning (ModernBERT recipe)',
        language: 'en',
        shots: null,
        setting:
          'BEIR nDCG@10 after multi-vector (ColBERT) fine-tuning with the paper recipe (developer-reported)',
        source: SRC.MODERNBERT_PAPER,
        status: 'verified',
      },
    ],
    released: '2024-12',
    sources: [
      'https://huggingface.co/blog/modernbert (19 December 2024: ModernBERT base and large released) and arXiv:2412.13663',
      SRC.MODERNBERT_CARD,
      'https://huggingface.co/answerdotai/ModernBERT-base/blame/fec8a7d1e6aec7a2a4f10703af352f379c386074/config.json',
      SRC.KERAS_MODERNBERT,
      SRC.MODERNBERT_CONFIG_COPIES,
      SRC.MODERNBERT_PAPER,
    ],
    notes: [
      'intermediate_size 1152 is the GeGLU width: Wi projects to 2 × 1152. There are no bias terms and no token-type embeddings; ModernBERT names its activation `hidden_activation`.',
      'Exact count 149,014,272 is ModernBertModel (card headline 149M); it equals the count recomputed from this config. The MLM head adds about 0.64M.',
      'An early config revision read for the reference data shows max_position_embeddings 512; the card and later configs give 8192, which is recorded here.',
      'Newer transformers releases re-serialise the RoPE bases as rope_parameters (full_attention / sliding_attention) and add layer_types; the values are the same.',
    ],
  },
  {
    id: 'answerdotai/ModernBERT-large',
    name: 'ModernBERT large',
    family: 'ModernBERT',
    developer: 'Answer.AI + LightOn',
    purposes: ['multi-class-classification', 'multi-label-classification'],
    variant: 'base',
    backbone: 'encoder',
    config: {
      model_type: 'modernbert',
      architectures: ['ModernBertForMaskedLM'],
      vocab_size: 50368,
      hidden_size: 1024,
      intermediate_size: 2624,
      num_hidden_layers: 28,
      num_attention_heads: 16,
      max_position_embeddings: 8192,
      hidden_activation: 'gelu',
      global_attn_every_n_layers: 3,
      local_attention: 128,
      global_rope_theta: 160000.0,
      local_rope_theta: 10000.0,
      mlp_bias: false,
      attention_bias: false,
      norm_bias: false,
      norm_eps: 1e-5,
      decoder_bias: true,
      classifier_pooling: 'mean',
      classifier_activation: 'gelu',
      classifier_bias: false,
      classifier_dropout: 0.0,
    },
    configStatus: 'secondary',
    parameters: {
      total: 394_781_696,
      precision: 'exact',
      status: 'secondary',
      source: SRC.KERAS_MODERNBERT,
    },
    context: {
      native: 8192,
      status: 'verified',
      source: SRC.MODERNBERT_CARD,
      note: 'Every third layer attends globally; the others use a sliding window of 128 tokens.',
    },
    languages: {
      coverage: 'english',
      stated: 'English and code (2 trillion tokens of English text and code per the model card)',
    },
    strengths: ['classification', 'retrieval', 'long-context', 'code'],
    license: { id: 'apache-2.0', status: 'verified', source: SRC.MODERNBERT_CARD },
    benchmarks: [
      {
        name: 'BEIR',
        value: 44.0,
        variant: 'after DPR fine-tuning (ModernBERT recipe)',
        language: 'en',
        shots: null,
        setting:
          'BEIR nDCG@10 after single-vector (DPR) fine-tuning on MS-MARCO with the paper recipe (developer-reported)',
        source: SRC.MODERNBERT_PAPER,
        status: 'verified',
      },
      {
        name: 'BEIR',
        value: 52.4,
        variant: 'after ColBERT fine-tuning (ModernBERT recipe)',
        language: 'en',
        shots: null,
        setting:
          'BEIR nDCG@10 after multi-vector (ColBERT) fine-tuning with the paper recipe (developer-reported)',
        source: SRC.MODERNBERT_PAPER,
        status: 'verified',
      },
    ],
    released: '2024-12',
    sources: [
      'https://huggingface.co/blog/modernbert (19 December 2024: ModernBERT base and large released) and arXiv:2412.13663',
      SRC.MODERNBERT_CARD,
      'https://huggingface.co/answerdotai/ModernBERT-large/blob/e0e1696f42eaf3a8b1f75813d77aafdb638597ec/config.json',
      SRC.KERAS_MODERNBERT,
      SRC.MODERNBERT_CONFIG_COPIES,
      SRC.MODERNBERT_PAPER,
    ],
    notes: [
      'intermediate_size 2624 is the GeGLU width (Wi projects to 2 × 2624). A keras-hub preset draft elsewhere lists 2048; the exact count 394,781,696 only matches 2624.',
      'Exact count 394,781,696 is ModernBertModel (card headline 395M); it equals the count recomputed from this config.',
    ],
  },
];
