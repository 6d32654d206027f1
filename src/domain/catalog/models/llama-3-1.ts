import type { CatalogModel } from '../schema';
import { LLAMA_NOTE, LLAMA_SRC } from './sources/llama';
import { QWEN_SRC } from './sources/qwen';
import { SHARED_SRC } from './sources/shared';

/**
 * Llama 3.1: Llama-3.1-8B, Llama-3.1-8B-Instruct, Llama-3.1-70B-Instruct.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...LLAMA_SRC,
  ...SHARED_SRC,
  ...QWEN_SRC,
  LLAMA_3_1_CARD: 'github:meta-llama/llama-models models/llama3_1/MODEL_CARD.md @a9c89c47',
  LLAMA_3_1_LICENSE:
    'github:meta-llama/llama-models models/llama3_1/LICENSE (sec. 2 Additional Commercial Terms)',
  LLAMA_3_1_CONFIG_COPIES:
    'HF config.json copies of meta-llama/Llama-3.1-8B(-Instruct), e.g. https://huggingface.co/mlx-community/Meta-Llama-3.1-8B-bf16/blob/refs%2Fpr%2F1/config.json and https://huggingface.co/Syed-Hasan-8503/Llama-3.1-8b-BAdam/blob/main/config.json (_name_or_path meta-llama/Meta-Llama-3.1-8B; secondary)',
} as const;

/** Notes shared by several entries. */
const NOTE = {
  ...LLAMA_NOTE,
} as const;

export const llama3_1Models: CatalogModel[] = [
  {
    id: 'meta-llama/Llama-3.1-8B',
    name: 'Llama-3.1-8B',
    family: 'Llama 3.1',
    developer: 'Meta',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: {
      model_type: 'llama',
      architectures: ['LlamaForCausalLM'],
      vocab_size: 128256,
      hidden_size: 4096,
      intermediate_size: 14336,
      num_hidden_layers: 32,
      num_attention_heads: 32,
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
      total: 8030261248,
      precision: 'exact',
      status: 'secondary',
      source: SRC.KERAS_PRESETS,
    },
    context: {
      native: 131072,
      status: 'verified',
      source: SRC.LLAMA_3_1_CARD,
      note: '128k per the model card; the config reaches it with llama3 RoPE scaling (factor 8 from an 8192 original). This is the trained context, not an optional extension.',
    },
    languages: {
      coverage: 'multilingual',
      stated:
        'English, German, French, Italian, Portuguese, Hindi, Spanish, Thai (officially supported; model card)',
    },
    strengths: ['general', 'multilingual', 'long-context'],
    license: {
      id: 'llama-3.1',
      status: 'verified',
      source: SRC.LLAMA_3_1_LICENSE,
    },
    benchmarks: [
      {
        name: 'MMLU',
        value: 66.7,
        variant: '',
        language: 'en',
        shots: 5,
        setting: '5-shot, macro_avg/acc_char, pretrained-model table of the Llama 3.1 model card',
        source: SRC.LLAMA_3_1_CARD,
        status: 'verified',
      },
    ],
    released: '2024-07',
    sources: [
      SRC.LLAMA_3_1_CARD,
      SRC.LLAMA_3_1_LICENSE,
      SRC.LLAMA_SKU_LIST,
      SRC.LLAMA_3_1_CONFIG_COPIES,
      SRC.MLC_PRESETS,
      SRC.KERAS_PRESETS,
    ],
    notes: [
      'The published config.json has no head_dim field (transformers 4.43 era); head_dim = hidden_size / num_attention_heads = 128. Later re-saves of the config add "head_dim": 128.',
      'tie_word_embeddings is false: the 128,256 x 4096 output head is stored separately from the input embedding (consistent with the 8.03B count).',
      'HumanEval is not reported for the pretrained 8B model in the Llama 3.1 model card.',
      NOTE.LLAMA_LICENSE,
    ],
  },
  {
    id: 'meta-llama/Llama-3.1-8B-Instruct',
    name: 'Llama-3.1-8B-Instruct',
    family: 'Llama 3.1',
    developer: 'Meta',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: {
      model_type: 'llama',
      architectures: ['LlamaForCausalLM'],
      vocab_size: 128256,
      hidden_size: 4096,
      intermediate_size: 14336,
      num_hidden_layers: 32,
      num_attention_heads: 32,
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
      total: 8030261248,
      precision: 'exact',
      status: 'secondary',
      source: SRC.KERAS_PRESETS,
    },
    context: {
      native: 131072,
      status: 'verified',
      source: SRC.LLAMA_3_1_CARD,
      note: '128k per the model card; the config reaches it with llama3 RoPE scaling (factor 8 from an 8192 original). This is the trained context, not an optional extension.',
    },
    languages: {
      coverage: 'multilingual',
      stated:
        'English, German, French, Italian, Portuguese, Hindi, Spanish, Thai (officially supported; model card)',
    },
    strengths: ['general', 'multilingual', 'long-context', 'tool-use'],
    license: {
      id: 'llama-3.1',
      status: 'verified',
      source: SRC.LLAMA_3_1_LICENSE,
    },
    benchmarks: [
      {
        name: 'MMLU',
        value: 69.4,
        variant: '',
        language: 'en',
        shots: 5,
        setting: '5-shot, macro_avg/acc, instruction-tuned table of the Llama 3.1 model card',
        source: SRC.LLAMA_3_1_CARD,
        status: 'verified',
      },
      {
        name: 'HumanEval',
        value: 72.6,
        variant: 'pass@1',
        language: 'code',
        shots: 0,
        setting: 'pass@1, 0-shot, instruction-tuned table of the Llama 3.1 model card',
        source: SRC.LLAMA_3_1_CARD,
        status: 'verified',
      },
      {
        name: 'MMLU-Pro',
        value: 48.3,
        variant: '',
        language: 'en',
        shots: null,
        setting:
          'instruction-tuned comparison tables of the Qwen2.5 blog; shot count not stated (measured and listed by Qwen)',
        source: SRC.QWEN2_5_BLOG_TABLES,
        status: 'secondary',
      },
      {
        name: 'IFEval',
        value: 75.9,
        variant: 'strict prompt',
        language: 'en',
        shots: 0,
        setting:
          'strict prompt-level accuracy, instruction-tuned comparison tables of the Qwen2.5 blog (measured and listed by Qwen)',
        source: SRC.QWEN2_5_BLOG_TABLES,
        status: 'secondary',
      },
      {
        name: 'LiveCodeBench',
        value: 8.3,
        variant: '2023-05 to 2024-09',
        language: 'code',
        shots: null,
        setting:
          'problems released 2023-05 to 2024-09 (2305-2409), pass@1, instruction-tuned comparison tables of the Qwen2.5 blog (measured and listed by Qwen)',
        source: SRC.QWEN2_5_BLOG_TABLES,
        status: 'secondary',
      },
      {
        name: 'MMLU-Pro',
        value: 48.3,
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
        value: 80.4,
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
        value: 31.8,
        variant: 'CoT',
        language: 'en',
        shots: 0,
        setting:
          '0-shot chain-of-thought, accuracy, instruction-tuned table of the Llama 3.3 model card',
        source: SRC.LLAMA_3_3_CARD,
        status: 'verified',
      },
    ],
    released: '2024-07',
    sources: [
      SRC.LLAMA_3_1_CARD,
      SRC.LLAMA_3_1_LICENSE,
      SRC.LLAMA_SKU_LIST,
      SRC.LLAMA_3_1_CONFIG_COPIES,
      SRC.MLC_PRESETS,
      SRC.KERAS_PRESETS,
    ],
    notes: [
      'The published config.json has no head_dim field (transformers 4.43 era); head_dim = hidden_size / num_attention_heads = 128. Later re-saves of the config add "head_dim": 128.',
      'tie_word_embeddings is false: the 128,256 x 4096 output head is stored separately from the input embedding (consistent with the 8.03B count).',
      NOTE.LLAMA_LICENSE,
    ],
  },
  {
    id: 'meta-llama/Llama-3.1-70B-Instruct',
    name: 'Llama-3.1-70B-Instruct',
    family: 'Llama 3.1',
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
      source: SRC.LLAMA_3_1_CARD,
      note: '128k per the model card, reached through llama3 RoPE scaling (factor 8) in the config.',
    },
    languages: {
      coverage: 'multilingual',
      stated:
        'English, German, French, Italian, Portuguese, Hindi, Spanish, Thai (officially supported; model card)',
    },
    strengths: ['general', 'multilingual', 'long-context', 'tool-use'],
    license: {
      id: 'llama-3.1',
      status: 'verified',
      source: SRC.LLAMA_3_1_LICENSE,
    },
    benchmarks: [
      {
        name: 'MMLU',
        value: 83.6,
        variant: '',
        language: 'en',
        shots: 5,
        setting: '5-shot, macro_avg/acc, instruction-tuned table of the Llama 3.1 model card',
        source: SRC.LLAMA_3_1_CARD,
        status: 'verified',
      },
      {
        name: 'HumanEval',
        value: 80.5,
        variant: 'pass@1',
        language: 'code',
        shots: 0,
        setting: 'pass@1, 0-shot, instruction-tuned table of the Llama 3.1 model card',
        source: SRC.LLAMA_3_1_CARD,
        status: 'verified',
      },
      {
        name: 'MMLU-Pro',
        value: 66.4,
        variant: '',
        language: 'en',
        shots: null,
        setting:
          'instruction-tuned comparison tables of the Qwen2.5 blog; shot count not stated (measured and listed by Qwen)',
        source: SRC.QWEN2_5_BLOG_TABLES,
        status: 'secondary',
      },
      {
        name: 'IFEval',
        value: 83.6,
        variant: 'strict prompt',
        language: 'en',
        shots: 0,
        setting:
          'strict prompt-level accuracy, instruction-tuned comparison tables of the Qwen2.5 blog (measured and listed by Qwen)',
        source: SRC.QWEN2_5_BLOG_TABLES,
        status: 'secondary',
      },
      {
        name: 'LiveCodeBench',
        value: 32.1,
        variant: '2023-05 to 2024-09',
        language: 'code',
        shots: null,
        setting:
          'problems released 2023-05 to 2024-09 (2305-2409), pass@1, instruction-tuned comparison tables of the Qwen2.5 blog (measured and listed by Qwen)',
        source: SRC.QWEN2_5_BLOG_TABLES,
        status: 'secondary',
      },
      {
        name: 'MMLU-Pro',
        value: 66.4,
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
        value: 87.5,
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
        value: 48.0,
        variant: 'CoT',
        language: 'en',
        shots: 0,
        setting:
          '0-shot chain-of-thought, accuracy, instruction-tuned table of the Llama 3.3 model card',
        source: SRC.LLAMA_3_3_CARD,
        status: 'verified',
      },
    ],
    released: '2024-07',
    sources: [
      SRC.LLAMA_3_1_CARD,
      SRC.LLAMA_3_1_LICENSE,
      SRC.LLAMA_SKU_LIST,
      SRC.LLAMA_70B_CONFIG_COPIES,
      SRC.MLC_PRESETS,
      SRC.LITGPT_CONFIGS,
    ],
    notes: [
      'head_dim is not listed in the config here (not confirmed for the published file); hidden_size / num_attention_heads = 128.',
      NOTE.LLAMA_LICENSE,
    ],
  },
];
