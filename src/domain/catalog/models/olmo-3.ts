import type { CatalogModel } from '../schema';
import { periodicLayerTypes } from './sources/layer-types';

/**
 * OLMo 3 (Ai2, November 2025): fully open 7B and 32B models, Base, Instruct (7B) and Think, with
 * OLMo 2's blocks (post-norm, q/k RMSNorm over the whole projection), sliding-window attention in
 * three of every four blocks and a 65,536-token window reached with YaRN. Apache 2.0.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  CARD_7B:
    'https://huggingface.co/allenai/Olmo-3-1025-7B (model card: Olmo 3 7B, 5.93 trillion training tokens, 32 layers, hidden 4096, 32 Q heads, 32 KV heads, context 65,536; the Base, SFT, DPO and RLVR stages of Olmo 3 7B Think and Instruct; transformers 4.57.0 or newer)',
  CARD_32B:
    'https://huggingface.co/allenai/Olmo-3-1125-32B (model card: Olmo 3 32B, 5.50 trillion training tokens, 64 layers, hidden 5120, 40 Q heads, 8 KV heads, context 65,536; the stages of Olmo 3 32B Think)',
  CARD_THINK:
    'https://huggingface.co/allenai/Olmo-3-7B-Think (model card: pre-trained on Dolma 3, post-trained on the Dolci datasets; long chain-of-thought thinking for math and coding)',
  CONFIGS:
    'github:rasbt/LLMs-from-scratch ch05/13_olmo3/standalone-olmo3.ipynb @12658feef4c0303da2abd6bd29c1a3ebff369561 (OLMO3_CONFIG_7B and OLMO3_CONFIG_32B, which load the published checkpoints of every Olmo 3 variant with shape checks: vocab 100,278, FFN 11,008 / 27,648, head_dim 128, sliding_window 4,096, layer_types, rope_theta 500,000, YaRN factor 8 over 8,192 positions with attention_factor 1.2079441541679836, rms_norm_eps 1e-6, separate output head)',
  PAPER:
    'Olmo 3, arXiv:2512.13961 (https://arxiv.org/abs/2512.13961): 7B and 32B, sliding-window attention in three of every four layers, 8,192-token pretraining context extended to 65K with YaRN on the full-attention layers',
  SAFETENSORS_7B:
    'Hugging Face Hub safetensors total of the Olmo 3 7B checkpoints, 7,298,011,136 parameters (https://huggingface.co/api/models/allenai/Olmo-3-7B-Instruct, safetensors.total), read in third-party records of the Hub listing and the safetensors index',
  SAFETENSORS_32B:
    'Hugging Face Hub safetensors total of the Olmo 3 32B checkpoints, 32,233,522,176 parameters (https://huggingface.co/api/models/allenai/Olmo-3-1125-32B, safetensors.total), read in third-party records of the Hub listing',
  RELEASE:
    'https://openrouter.ai/allenai/olmo-3-7b-think (created Nov 21, 2025; 65,536 context; developed by Ai2 under the Apache 2.0 license)',
} as const;

/** Fields both sizes share, with Olmo3Config's names; widths per size below. */
const SHARED_CONFIG = {
  model_type: 'olmo3',
  architectures: ['Olmo3ForCausalLM'],
  vocab_size: 100278,
  hidden_act: 'silu',
  attention_bias: false,
  tie_word_embeddings: false,
  max_position_embeddings: 65536,
  rope_theta: 500000,
  rope_scaling: {
    rope_type: 'yarn',
    factor: 8,
    original_max_position_embeddings: 8192,
    attention_factor: 1.2079441541679836,
  },
  sliding_window: 4096,
  rms_norm_eps: 1e-6,
} as const;

const CONFIG_7B = {
  ...SHARED_CONFIG,
  hidden_size: 4096,
  intermediate_size: 11008,
  num_hidden_layers: 32,
  num_attention_heads: 32,
  num_key_value_heads: 32,
  layer_types: periodicLayerTypes(32, 4, 'sliding_attention'),
};

const CONFIG_32B = {
  ...SHARED_CONFIG,
  hidden_size: 5120,
  intermediate_size: 27648,
  num_hidden_layers: 64,
  num_attention_heads: 40,
  num_key_value_heads: 8,
  layer_types: periodicLayerTypes(64, 4, 'sliding_attention'),
};

const PARAMETERS_7B = {
  total: 7_298_011_136,
  precision: 'exact',
  status: 'secondary',
  source: `${SRC.SAFETENSORS_7B}; equal to the count from the config (OLMo 2 7B's shape with q/k norms over all 32 heads and a 100,278-token vocabulary)`,
} as const;

const PARAMETERS_32B = {
  total: 32_233_522_176,
  precision: 'exact',
  status: 'secondary',
  source: `${SRC.SAFETENSORS_32B}; equal to the count from the config (k_norm over the 8 KV heads' 1,024 channels)`,
} as const;

const CONTEXT_7B = {
  native: 65536,
  status: 'verified',
  source: SRC.CARD_7B,
  note: 'Pretrained at 8,192 tokens and extended to 65,536 with YaRN (factor 8), already in the published config; three of every four blocks attend over a 4,096-token sliding window, so only the full-attention blocks cache the whole context.',
} as const;

const CONTEXT_32B = { ...CONTEXT_7B, source: SRC.CARD_32B } as const;

const LANGUAGES = { coverage: 'english', stated: 'English (Dolma 3, primarily English)' } as const;

const LICENSE = { id: 'apache-2.0', status: 'secondary', source: SRC.RELEASE } as const;

const NOTES = [
  'Fully open: Ai2 releases the training data (Dolma 3, Dolci), code, intermediate checkpoints and every post-training stage (SFT, DPO, RLVR) beside the final models.',
  'OLMo 2 blocks: RMSNorm after attention and after the MLP (not before), and RMSNorm on queries and keys over the whole projection width, which a Llama reading would miss.',
  'The config is read in a third-party re-implementation that loads the published weights of every variant with shape checks (all Olmo 3 checkpoints of a size share one architecture); YaRN\u2019s beta_fast / beta_slow are left out, as that copy does not give them. The count equals the Hub\u2019s safetensors total, which settles the shape.',
  'Needs transformers 4.57.0 or newer (model_type olmo3).',
  'No benchmark is listed: the cards\u2019 evaluation tables were not read with their exact settings.',
  'Release month from the public release (OpenRouter lists the models from 21 November 2025); the base checkpoints are named for October (1025) and November (1125) 2025.',
];

export const olmo3Models: CatalogModel[] = [
  {
    id: 'allenai/Olmo-3-1025-7B',
    name: 'Olmo-3-1025-7B',
    family: 'OLMo 3',
    developer: 'Allen Institute for AI (Ai2)',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: CONFIG_7B,
    configStatus: 'secondary',
    parameters: PARAMETERS_7B,
    context: CONTEXT_7B,
    languages: LANGUAGES,
    strengths: ['general', 'long-context'],
    license: LICENSE,
    benchmarks: [],
    released: '2025-11',
    sources: [SRC.CARD_7B, SRC.CONFIGS, SRC.SAFETENSORS_7B, SRC.PAPER, SRC.RELEASE],
    notes: [
      'Base model trained on 5.93 trillion tokens in stages (pretraining, mid-training, long-context extension); the starting point of Olmo 3 7B Instruct and Think.',
      ...NOTES,
    ],
  },
  {
    id: 'allenai/Olmo-3-7B-Instruct',
    name: 'Olmo-3-7B-Instruct',
    family: 'OLMo 3',
    developer: 'Allen Institute for AI (Ai2)',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: CONFIG_7B,
    configStatus: 'secondary',
    parameters: PARAMETERS_7B,
    context: CONTEXT_7B,
    languages: LANGUAGES,
    strengths: ['general', 'tool-use', 'long-context'],
    license: LICENSE,
    benchmarks: [],
    released: '2025-11',
    sources: [SRC.CARD_7B, SRC.CONFIGS, SRC.SAFETENSORS_7B, SRC.PAPER, SRC.RELEASE],
    notes: [
      'Chat model post-trained from Olmo-3-1025-7B with SFT, DPO and RLVR (the card\u2019s stage table); Ai2 aims it at chat, instruction following and function calling.',
      ...NOTES,
    ],
  },
  {
    id: 'allenai/Olmo-3-7B-Think',
    name: 'Olmo-3-7B-Think',
    family: 'OLMo 3',
    developer: 'Allen Institute for AI (Ai2)',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: CONFIG_7B,
    configStatus: 'secondary',
    parameters: PARAMETERS_7B,
    context: CONTEXT_7B,
    languages: LANGUAGES,
    strengths: ['reasoning', 'math', 'code', 'long-context'],
    license: LICENSE,
    benchmarks: [],
    released: '2025-11',
    sources: [SRC.CARD_THINK, SRC.CARD_7B, SRC.CONFIGS, SRC.SAFETENSORS_7B, SRC.RELEASE],
    notes: [
      'Reasoning model: writes a long chain of thought before answering (math, coding); post-trained from Olmo-3-1025-7B with SFT, DPO and RLVR. Fine-tune it on reasoning traces, or start from the Instruct model for short answers.',
      ...NOTES,
    ],
  },
  {
    id: 'allenai/Olmo-3-1125-32B',
    name: 'Olmo-3-1125-32B',
    family: 'OLMo 3',
    developer: 'Allen Institute for AI (Ai2)',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: CONFIG_32B,
    configStatus: 'secondary',
    parameters: PARAMETERS_32B,
    context: CONTEXT_32B,
    languages: LANGUAGES,
    strengths: ['general', 'long-context'],
    license: LICENSE,
    benchmarks: [],
    released: '2025-11',
    sources: [SRC.CARD_32B, SRC.CONFIGS, SRC.SAFETENSORS_32B, SRC.PAPER, SRC.RELEASE],
    notes: [
      'Base model trained on 5.50 trillion tokens; grouped-query attention (40 query heads, 8 KV heads), unlike the 7B\u2019s full multi-head attention.',
      ...NOTES,
    ],
  },
  {
    id: 'allenai/Olmo-3-32B-Think',
    name: 'Olmo-3-32B-Think',
    family: 'OLMo 3',
    developer: 'Allen Institute for AI (Ai2)',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: CONFIG_32B,
    configStatus: 'secondary',
    parameters: PARAMETERS_32B,
    context: CONTEXT_32B,
    languages: LANGUAGES,
    strengths: ['reasoning', 'math', 'code', 'long-context'],
    license: LICENSE,
    benchmarks: [],
    released: '2025-11',
    sources: [SRC.CARD_32B, SRC.CARD_THINK, SRC.CONFIGS, SRC.SAFETENSORS_32B, SRC.PAPER],
    notes: [
      'Reasoning model post-trained from Olmo-3-1125-32B (SFT, DPO, RLVR); the original Olmo 3 release has no 32B Instruct model. Ai2 later released Olmo 3.1 32B Think and Instruct (not listed here).',
      ...NOTES,
    ],
  },
];
