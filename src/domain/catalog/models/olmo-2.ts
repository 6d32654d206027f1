import type { CatalogModel } from '../schema';
import { SHARED_SRC } from './sources/shared';

/**
 * OLMo 2: OLMo-2-1124-7B.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
  OLMO_2_CARD:
    'https://huggingface.co/allenai/OLMo-2-1124-7B/raw/main/README.md (4T tokens, 32 layers, hidden 4096, 32 heads, 4096 context, Apache 2.0)',
  OLMO_2_CONFIG_COPIES:
    'HF config.json copy of allenai/OLMo-2-1124-7B, https://huggingface.co/fbaldassarri/allenai_OLMo-2-1124-7B-autogptq-int4-gs128-sym/blame/main/config.json (secondary)',
} as const;

export const olmo2Models: CatalogModel[] = [
  {
    id: 'allenai/OLMo-2-1124-7B',
    name: 'OLMo-2-1124-7B',
    family: 'OLMo 2',
    developer: 'Allen Institute for AI (Ai2)',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: {
      model_type: 'olmo2',
      architectures: ['Olmo2ForCausalLM'],
      vocab_size: 100352,
      hidden_size: 4096,
      intermediate_size: 11008,
      num_hidden_layers: 32,
      num_attention_heads: 32,
      num_key_value_heads: 32,
      hidden_act: 'silu',
      tie_word_embeddings: false,
      max_position_embeddings: 4096,
      rope_theta: 500000,
      rope_scaling: null,
      attention_bias: false,
    },
    configStatus: 'secondary',
    parameters: {
      total: 7298617344,
      precision: 'exact',
      status: 'secondary',
      source:
        "Computed from the config, including OLMo 2's q/k RMSNorm over the full projection width (32 x 2 x 4096 weights)",
    },
    context: {
      native: 4096,
      status: 'verified',
      source: SRC.OLMO_2_CARD,
      note: '4,096 tokens per the model card.',
    },
    languages: {
      coverage: 'english',
      stated: 'English (model card language tag)',
    },
    strengths: ['general'],
    license: {
      id: 'apache-2.0',
      status: 'verified',
      source: SRC.OLMO_2_CARD,
    },
    benchmarks: [],
    released: '2024-11',
    sources: [SRC.OLMO_2_CARD, SRC.OLMO_2_CONFIG_COPIES, SRC.MLC_PRESETS],
    notes: [
      'Pretrained base model trained on 4T tokens, with fully open data, code and checkpoints; SFT, DPO and Instruct variants are released separately (allenai/OLMo-2-1124-7B-Instruct etc., not listed here).',
      'Full multi-head attention (32 KV heads); RMSNorm after each sublayer and on queries/keys (q_norm/k_norm over the full 4096-wide projections), so the count is slightly above a Llama-style layer.',
      "The card's evaluation table was not retrieved, so no MMLU or HumanEval figure is listed.",
      'Release month from the model name (1124).',
    ],
  },
];
