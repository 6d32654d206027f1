import type { CatalogModel } from '../schema';
import { LLAMA_NOTE, LLAMA_SRC } from './sources/llama';
import { SHARED_SRC } from './sources/shared';

/**
 * Llama 3.2: Llama-3.2-1B, Llama-3.2-1B-Instruct, Llama-3.2-3B, Llama-3.2-3B-Instruct.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...LLAMA_SRC,
  ...SHARED_SRC,
  LLAMA_3_2_CARD: 'github:meta-llama/llama-models models/llama3_2/MODEL_CARD.md @a9c89c47',
  LLAMA_3_2_LICENSE:
    'github:meta-llama/llama-models models/llama3_2/LICENSE (sec. 2 Additional Commercial Terms)',
  LLAMA_3_2_CONFIG_COPIES:
    'HF config.json copies of meta-llama/Llama-3.2-1B/-3B(-Instruct), e.g. https://huggingface.co/mlx-community/Llama-3.2-3B-bf16/blob/60a99aaf43164077157d64bf909b7b61143c6a6d/config.json and https://huggingface.co/Emm9625/Llama-3.2-1B-chatml/blob/main/config.json (_name_or_path meta-llama/Llama-3.2-1B; secondary)',
} as const;

/** Notes shared by several entries. */
const NOTE = {
  ...LLAMA_NOTE,
} as const;

export const llama3_2Models: CatalogModel[] = [
  {
    id: 'meta-llama/Llama-3.2-1B',
    name: 'Llama-3.2-1B',
    family: 'Llama 3.2',
    developer: 'Meta',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: {
      model_type: 'llama',
      architectures: ['LlamaForCausalLM'],
      vocab_size: 128256,
      hidden_size: 2048,
      intermediate_size: 8192,
      num_hidden_layers: 16,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      head_dim: 64,
      hidden_act: 'silu',
      tie_word_embeddings: true,
      max_position_embeddings: 131072,
      rope_theta: 500000,
      rope_scaling: {
        factor: 32,
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
      total: 1235814400,
      precision: 'exact',
      status: 'secondary',
      source:
        'Computed from the config (tied embeddings counted once); matches the model card\'s "1B (1.23B)" and keras-hub\'s count once its separately counted lm_head is removed (github:keras-team/keras-hub keras_hub/src/models/*/*_presets.py @71453d08)',
    },
    context: {
      native: 131072,
      status: 'verified',
      source: SRC.LLAMA_3_2_CARD,
      note: '128k per the model card; max_position_embeddings 131072 with llama3 RoPE scaling (factor 32 from an 8192 original) is how the published config reaches it.',
    },
    languages: {
      coverage: 'multilingual',
      stated:
        'English, German, French, Italian, Portuguese, Hindi, Spanish, Thai (officially supported; model card)',
    },
    strengths: ['general', 'multilingual', 'long-context'],
    license: {
      id: 'llama-3.2',
      status: 'verified',
      source: SRC.LLAMA_3_2_LICENSE,
    },
    benchmarks: [
      {
        name: 'MMLU',
        value: 32.2,
        variant: '',
        language: 'en',
        shots: 5,
        setting: '5-shot, macro_avg/acc_char, pretrained-model table of the Llama 3.2 model card',
        source: SRC.LLAMA_3_2_CARD,
        status: 'verified',
      },
    ],
    released: '2024-09',
    sources: [
      SRC.LLAMA_3_2_CARD,
      SRC.LLAMA_3_2_LICENSE,
      SRC.LLAMA_SKU_LIST,
      SRC.LLAMA_3_2_CONFIG_COPIES,
      SRC.MLC_PRESETS,
      SRC.KERAS_PRESETS,
    ],
    notes: [
      "Architecture dimensions are verified against Meta's sku_list.py; the config.json field values are from faithful copies of the Hugging Face config (secondary).",
      'Input and output embeddings are shared (card: "Shared Embeddings: Yes"); the count stores the 128,256-row embedding once. keras-hub lists 1,498,482,688 (1B) because it counts the lm_head separately.',
      'HumanEval is not reported for this variant in the Llama 3.2 model card.',
      NOTE.LLAMA_LICENSE,
    ],
  },
  {
    id: 'meta-llama/Llama-3.2-1B-Instruct',
    name: 'Llama-3.2-1B-Instruct',
    family: 'Llama 3.2',
    developer: 'Meta',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: {
      model_type: 'llama',
      architectures: ['LlamaForCausalLM'],
      vocab_size: 128256,
      hidden_size: 2048,
      intermediate_size: 8192,
      num_hidden_layers: 16,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      head_dim: 64,
      hidden_act: 'silu',
      tie_word_embeddings: true,
      max_position_embeddings: 131072,
      rope_theta: 500000,
      rope_scaling: {
        factor: 32,
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
      total: 1235814400,
      precision: 'exact',
      status: 'secondary',
      source:
        'Computed from the config (tied embeddings counted once); matches the model card\'s "1B (1.23B)" and keras-hub\'s count once its separately counted lm_head is removed (github:keras-team/keras-hub keras_hub/src/models/*/*_presets.py @71453d08)',
    },
    context: {
      native: 131072,
      status: 'verified',
      source: SRC.LLAMA_3_2_CARD,
      note: '128k per the model card; max_position_embeddings 131072 with llama3 RoPE scaling (factor 32 from an 8192 original) is how the published config reaches it.',
    },
    languages: {
      coverage: 'multilingual',
      stated:
        'English, German, French, Italian, Portuguese, Hindi, Spanish, Thai (officially supported; model card)',
    },
    strengths: ['general', 'multilingual', 'long-context'],
    license: {
      id: 'llama-3.2',
      status: 'verified',
      source: SRC.LLAMA_3_2_LICENSE,
    },
    benchmarks: [
      {
        name: 'MMLU',
        value: 49.3,
        variant: '',
        language: 'en',
        shots: 5,
        setting: '5-shot, macro_avg/acc, instruction-tuned table of the Llama 3.2 model card',
        source: SRC.LLAMA_3_2_CARD,
        status: 'verified',
      },
      {
        name: 'IFEval',
        value: 59.5,
        variant: 'average of strict and loose',
        language: 'en',
        shots: 0,
        setting:
          'average of prompt- and instruction-level accuracy, strict and loose, instruction-tuned table of the Llama 3.2 model card',
        source: SRC.LLAMA_3_2_CARD,
        status: 'verified',
      },
    ],
    released: '2024-09',
    sources: [
      SRC.LLAMA_3_2_CARD,
      SRC.LLAMA_3_2_LICENSE,
      SRC.LLAMA_SKU_LIST,
      SRC.LLAMA_3_2_CONFIG_COPIES,
      SRC.MLC_PRESETS,
      SRC.KERAS_PRESETS,
    ],
    notes: [
      "Architecture dimensions are verified against Meta's sku_list.py; the config.json field values are from faithful copies of the Hugging Face config (secondary).",
      'Input and output embeddings are shared (card: "Shared Embeddings: Yes"); the count stores the 128,256-row embedding once. keras-hub lists 1,498,482,688 (1B) because it counts the lm_head separately.',
      'HumanEval is not reported for this variant in the Llama 3.2 model card.',
      NOTE.LLAMA_LICENSE,
    ],
  },
  {
    id: 'meta-llama/Llama-3.2-3B',
    name: 'Llama-3.2-3B',
    family: 'Llama 3.2',
    developer: 'Meta',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: {
      model_type: 'llama',
      architectures: ['LlamaForCausalLM'],
      vocab_size: 128256,
      hidden_size: 3072,
      intermediate_size: 8192,
      num_hidden_layers: 28,
      num_attention_heads: 24,
      num_key_value_heads: 8,
      head_dim: 128,
      hidden_act: 'silu',
      tie_word_embeddings: true,
      max_position_embeddings: 131072,
      rope_theta: 500000,
      rope_scaling: {
        factor: 32,
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
      total: 3212749824,
      precision: 'exact',
      status: 'secondary',
      source:
        'Computed from the config (tied embeddings counted once); matches the model card\'s "3B (3.21B)" and keras-hub\'s count once its separately counted lm_head is removed (github:keras-team/keras-hub keras_hub/src/models/*/*_presets.py @71453d08)',
    },
    context: {
      native: 131072,
      status: 'verified',
      source: SRC.LLAMA_3_2_CARD,
      note: '128k per the model card; max_position_embeddings 131072 with llama3 RoPE scaling (factor 32 from an 8192 original) is how the published config reaches it.',
    },
    languages: {
      coverage: 'multilingual',
      stated:
        'English, German, French, Italian, Portuguese, Hindi, Spanish, Thai (officially supported; model card)',
    },
    strengths: ['general', 'multilingual', 'long-context'],
    license: {
      id: 'llama-3.2',
      status: 'verified',
      source: SRC.LLAMA_3_2_LICENSE,
    },
    benchmarks: [
      {
        name: 'MMLU',
        value: 58,
        variant: '',
        language: 'en',
        shots: 5,
        setting: '5-shot, macro_avg/acc_char, pretrained-model table of the Llama 3.2 model card',
        source: SRC.LLAMA_3_2_CARD,
        status: 'verified',
      },
    ],
    released: '2024-09',
    sources: [
      SRC.LLAMA_3_2_CARD,
      SRC.LLAMA_3_2_LICENSE,
      SRC.LLAMA_SKU_LIST,
      SRC.LLAMA_3_2_CONFIG_COPIES,
      SRC.MLC_PRESETS,
      SRC.KERAS_PRESETS,
    ],
    notes: [
      "Architecture dimensions are verified against Meta's sku_list.py; the config.json field values are from faithful copies of the Hugging Face config (secondary).",
      'Input and output embeddings are shared (card: "Shared Embeddings: Yes"); the count stores the 128,256-row embedding once.',
      'HumanEval is not reported for this variant in the Llama 3.2 model card.',
      NOTE.LLAMA_LICENSE,
    ],
  },
  {
    id: 'meta-llama/Llama-3.2-3B-Instruct',
    name: 'Llama-3.2-3B-Instruct',
    family: 'Llama 3.2',
    developer: 'Meta',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: {
      model_type: 'llama',
      architectures: ['LlamaForCausalLM'],
      vocab_size: 128256,
      hidden_size: 3072,
      intermediate_size: 8192,
      num_hidden_layers: 28,
      num_attention_heads: 24,
      num_key_value_heads: 8,
      head_dim: 128,
      hidden_act: 'silu',
      tie_word_embeddings: true,
      max_position_embeddings: 131072,
      rope_theta: 500000,
      rope_scaling: {
        factor: 32,
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
      total: 3212749824,
      precision: 'exact',
      status: 'secondary',
      source:
        'Computed from the config (tied embeddings counted once); matches the model card\'s "3B (3.21B)" and keras-hub\'s count once its separately counted lm_head is removed (github:keras-team/keras-hub keras_hub/src/models/*/*_presets.py @71453d08)',
    },
    context: {
      native: 131072,
      status: 'verified',
      source: SRC.LLAMA_3_2_CARD,
      note: '128k per the model card; max_position_embeddings 131072 with llama3 RoPE scaling (factor 32 from an 8192 original) is how the published config reaches it.',
    },
    languages: {
      coverage: 'multilingual',
      stated:
        'English, German, French, Italian, Portuguese, Hindi, Spanish, Thai (officially supported; model card)',
    },
    strengths: ['general', 'multilingual', 'long-context'],
    license: {
      id: 'llama-3.2',
      status: 'verified',
      source: SRC.LLAMA_3_2_LICENSE,
    },
    benchmarks: [
      {
        name: 'MMLU',
        value: 63.4,
        variant: '',
        language: 'en',
        shots: 5,
        setting: '5-shot, macro_avg/acc, instruction-tuned table of the Llama 3.2 model card',
        source: SRC.LLAMA_3_2_CARD,
        status: 'verified',
      },
      {
        name: 'IFEval',
        value: 77.4,
        variant: 'average of strict and loose',
        language: 'en',
        shots: 0,
        setting:
          'average of prompt- and instruction-level accuracy, strict and loose, instruction-tuned table of the Llama 3.2 model card',
        source: SRC.LLAMA_3_2_CARD,
        status: 'verified',
      },
    ],
    released: '2024-09',
    sources: [
      SRC.LLAMA_3_2_CARD,
      SRC.LLAMA_3_2_LICENSE,
      SRC.LLAMA_SKU_LIST,
      SRC.LLAMA_3_2_CONFIG_COPIES,
      SRC.MLC_PRESETS,
      SRC.KERAS_PRESETS,
    ],
    notes: [
      "Architecture dimensions are verified against Meta's sku_list.py; the config.json field values are from faithful copies of the Hugging Face config (secondary).",
      'Input and output embeddings are shared (card: "Shared Embeddings: Yes"); the count stores the 128,256-row embedding once.',
      'HumanEval is not reported for this variant in the Llama 3.2 model card.',
      NOTE.LLAMA_LICENSE,
    ],
  },
];
