import type { CatalogModel } from '../schema';
import { LLAMA_NOTE, LLAMA_SRC } from './sources/llama';
import { SHARED_SRC } from './sources/shared';

/**
 * Llama 3.3: Llama-3.3-70B-Instruct.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...LLAMA_SRC,
  ...SHARED_SRC,
  LLAMA_3_3_LICENSE:
    'github:meta-llama/llama-models models/llama3_3/LICENSE (sec. 2 Additional Commercial Terms)',
} as const;

/** Notes shared by several entries. */
const NOTE = {
  ...LLAMA_NOTE,
} as const;

export const llama3_3Models: CatalogModel[] = [
  {
    id: 'meta-llama/Llama-3.3-70B-Instruct',
    name: 'Llama-3.3-70B-Instruct',
    family: 'Llama 3.3',
    developer: 'Meta',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: {
      model_type: 'llama',
      architectures: ['LlamaForCausalLM'],
      vocab_size: 128256,
      hidden_size: 8192,
      intermediate_size: 28672,
      num_hidden_layers: 80,
      num_attention_heads: 64,
      num_key_value_heads: 8,
      hidden_act: 'silu',
      tie_word_embeddings: false,
      max_position_embeddings: 131072,
      rope_theta: 500000,
      rope_scaling: {
        factor: 8,
        high_freq_factor: 4,
        low_freq_factor: 1,
        original_max_position_embeddings: 8192,
        rope_type: 'llama3',
      },
      attention_bias: false,
      mlp_bias: false,
    },
    configStatus: 'secondary',
    parameters: {
      total: 70553706496,
      precision: 'exact',
      status: 'secondary',
      source:
        'Computed from the config dimensions (verified against Meta sku_list.py); consistent with the "70B" headline',
    },
    context: {
      native: 131072,
      status: 'verified',
      source: SRC.LLAMA_3_3_CARD,
      note: '128k per the model card, reached through llama3 RoPE scaling (factor 8) in the config.',
    },
    languages: {
      coverage: 'multilingual',
      stated:
        'English, German, French, Italian, Portuguese, Hindi, Spanish, Thai (officially supported; model card)',
    },
    strengths: ['general', 'multilingual', 'long-context', 'tool-use'],
    license: {
      id: 'llama-3.3',
      status: 'verified',
      source: SRC.LLAMA_3_3_LICENSE,
    },
    benchmarks: [
      {
        name: 'HumanEval',
        value: 88.4,
        variant: 'pass@1',
        language: 'code',
        shots: 0,
        setting: 'pass@1, 0-shot, instruction-tuned table of the Llama 3.3 model card',
        source: SRC.LLAMA_3_3_CARD,
        status: 'verified',
      },
      {
        name: 'MMLU-Pro',
        value: 68.9,
        variant: 'CoT',
        language: 'en',
        shots: 5,
        setting:
          '5-shot chain-of-thought, macro_avg/acc, instruction-tuned table of the Llama 3.3 model card',
        source: SRC.LLAMA_3_3_CARD,
        status: 'verified',
      },
      {
        name: 'IFEval',
        value: 92.1,
        variant: 'average of strict and loose',
        language: 'en',
        shots: 0,
        setting:
          'average of prompt- and instruction-level accuracy, strict and loose, instruction-tuned table of the Llama 3.3 model card',
        source: SRC.LLAMA_3_3_CARD,
        status: 'verified',
      },
      {
        name: 'GPQA-Diamond',
        value: 50.5,
        variant: 'CoT',
        language: 'en',
        shots: 0,
        setting:
          '0-shot chain-of-thought, accuracy, instruction-tuned table of the Llama 3.3 model card',
        source: SRC.LLAMA_3_3_CARD,
        status: 'verified',
      },
    ],
    released: '2024-12',
    sources: [
      SRC.LLAMA_3_3_CARD,
      SRC.LLAMA_3_3_LICENSE,
      SRC.LLAMA_SKU_LIST,
      SRC.LLAMA_70B_CONFIG_COPIES,
      SRC.MLC_PRESETS,
      SRC.LITGPT_CONFIGS,
    ],
    notes: [
      'head_dim is not listed in the config here (not confirmed for the published file); hidden_size / num_attention_heads = 128.',
      'Same architecture and parameter count as Llama 3.1 70B (litgpt lists the two identically); the config values are taken from Llama 3.1 70B Instruct copies and were not read from the Llama 3.3 repository (secondary).',
      'The Llama 3.3 model card reports MMLU only as 0-shot CoT (86.0) and MMLU-Pro 5-shot CoT (68.9); no 5-shot MMLU figure, so none is listed.',
      NOTE.LLAMA_LICENSE,
    ],
  },
];
