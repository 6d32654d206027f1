import type { CatalogModel } from '../schema';
import { PHI_4_MINI_TABLE } from './phi-4-mini';
import { QWEN_SRC } from './sources/qwen';
import { SHARED_SRC } from './sources/shared';

/**
 * Phi-3.5: Phi-3.5-mini-instruct.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
  ...QWEN_SRC,
  PHI_3_5_CARD:
    'Phi-3.5-mini-instruct model card, https://huggingface.co/microsoft/Phi-3.5-mini-instruct (read in a third-party copy of the card: secondary)',
  PHI_3_5_CONFIG_COPIES:
    'HF config.json copy of microsoft/Phi-3.5-mini-instruct, https://huggingface.co/twelcone/pii-phi/blob/main/config.json (secondary)',
} as const;

export const phi3_5Models: CatalogModel[] = [
  {
    id: 'microsoft/Phi-3.5-mini-instruct',
    name: 'Phi-3.5-mini-instruct',
    family: 'Phi-3.5',
    developer: 'Microsoft',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: {
      model_type: 'phi3',
      architectures: ['Phi3ForCausalLM'],
      vocab_size: 32064,
      hidden_size: 3072,
      intermediate_size: 8192,
      num_hidden_layers: 32,
      num_attention_heads: 32,
      num_key_value_heads: 32,
      hidden_act: 'silu',
      tie_word_embeddings: false,
      max_position_embeddings: 131072,
      original_max_position_embeddings: 4096,
      rope_theta: 10000,
      attention_bias: false,
    },
    configStatus: 'secondary',
    parameters: {
      total: 3821079552,
      precision: 'exact',
      status: 'secondary',
      source: SRC.KERAS_PRESETS,
    },
    context: {
      native: 131072,
      status: 'verified',
      source: SRC.PHI_3_5_CARD,
      note: '128K per the model card, built into the published config through LongRoPE scaling from an original 4,096 positions (original_max_position_embeddings).',
    },
    languages: {
      coverage: 'multilingual',
      stated:
        'Multiple languages (card: "intended for commercial and research use in multiple languages"; language tag multilingual)',
    },
    strengths: ['general', 'multilingual', 'long-context'],
    license: {
      id: 'mit',
      status: 'verified',
      source: SRC.PHI_3_5_CARD,
    },
    benchmarks: [
      {
        name: 'MMLU',
        value: 69,
        variant: '',
        language: 'en',
        shots: 5,
        setting: '5-shot, benchmark table of the Phi-3.5-mini-instruct model card',
        source: SRC.PHI_3_5_CARD,
        status: 'secondary',
      },
      {
        name: 'HumanEval',
        value: 62.8,
        variant: 'pass@1',
        language: 'code',
        shots: 0,
        setting: 'pass@1, 0-shot, benchmark table of the Phi-3.5-mini-instruct model card',
        source: SRC.PHI_3_5_CARD,
        status: 'secondary',
      },
      {
        name: 'MMLU-Pro',
        value: 47.5,
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
        value: 52.1,
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
        value: 15.8,
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
        value: 47.4,
        variant: 'CoT',
        language: 'en',
        shots: 0,
        setting:
          '0-shot chain-of-thought, benchmark table of the Phi-4-mini-instruct model card (Microsoft\u2019s evaluation of this model, beside Phi-4-mini\u2019s 52.8)',
        source: PHI_4_MINI_TABLE,
        status: 'secondary',
      },
    ],
    released: '2024-08',
    sources: [
      SRC.PHI_3_5_CARD,
      SRC.PHI_3_5_CONFIG_COPIES,
      PHI_4_MINI_TABLE,
      'https://huggingface.co/microsoft/Phi-3.5-mini-instruct/commits/refs%2Fpr%2F15 (commit history: model card and weights uploaded August 2024; language tag multilingual)',
      SRC.MLC_PRESETS,
      SRC.KERAS_PRESETS,
    ],
    notes: [
      'The published config also has rope_scaling with LongRoPE long_factor / short_factor arrays (48 values each); they are not reproduced here because they do not affect memory, and the exact arrays (and the scaling-type string) were not copied.',
      'Full multi-head attention (32 KV heads, no GQA): the KV cache is four times that of a same-width GQA model with 8 KV heads. head_dim = 3072 / 32 = 96.',
      "The Hugging Face implementation fuses q/k/v into qkv_proj and gate/up into gate_up_proj; LoRA target module names differ from Llama's.",
      'No pretrained base checkpoint was released.',
      "The card's per-language list and multilingual benchmark tables were not re-read here.",
      'Release month from the commit history of the official repository (weights and card uploaded 2024-08-17 to 2024-08-20).',
      'Benchmark figures are read from a copy of the card (secondary).',
    ],
  },
];
