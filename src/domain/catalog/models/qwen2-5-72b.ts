import type { CatalogModel } from '../schema';
import { QWEN_NOTE, QWEN_SRC } from './sources/qwen';
import { SHARED_SRC } from './sources/shared';

/**
 * Qwen2.5: Qwen2.5-72B, Qwen2.5-72B-Instruct.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
  ...QWEN_SRC,
} as const;

/** Notes shared by several entries. */
const NOTE = {
  ...QWEN_NOTE,
} as const;

export const qwen2_5_72bModels: CatalogModel[] = [
  {
    id: 'Qwen/Qwen2.5-72B',
    name: 'Qwen2.5-72B',
    family: 'Qwen2.5',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: {
      model_type: 'qwen2',
      architectures: ['Qwen2ForCausalLM'],
      vocab_size: 152064,
      hidden_size: 8192,
      intermediate_size: 29568,
      num_hidden_layers: 80,
      num_attention_heads: 64,
      num_key_value_heads: 8,
      hidden_act: 'silu',
      tie_word_embeddings: false,
      max_position_embeddings: 131072,
      rope_theta: 1000000,
      use_sliding_window: false,
    },
    configStatus: 'secondary',
    parameters: {
      total: 72706203648,
      precision: 'exact',
      status: 'secondary',
      source: SRC.KERAS_PRESETS,
    },
    context: {
      native: 32768,
      extended: 131072,
      status: 'secondary',
      source: SRC.QWEN2_5_BLOG,
      note: 'Trap: the base config carries max_position_embeddings 131072 without any rope_scaling (derivative copies; not read from the official file). The model table lists 128K for the 7B-72B models, which the instruct configs reach only through YaRN over 32,768 positions; the base model is catalogued the same way (32,768 native, 131,072 with YaRN). Its own long-context behaviour was not verified.',
    },
    languages: {
      coverage: 'multilingual',
      stated:
        'Over 29 languages, including Chinese, English, French, Spanish, Portuguese, German, Italian, Russian, Japanese, Korean, Vietnamese, Thai and Arabic (Qwen2.5 release)',
    },
    strengths: ['general', 'multilingual', 'long-context'],
    license: {
      id: 'qwen',
      status: 'verified',
      source: SRC.QWEN2_5_README,
    },
    benchmarks: [
      {
        name: 'MMLU',
        value: 86.1,
        variant: '',
        language: 'en',
        shots: 5,
        setting: '5-shot, base-model table of the official Qwen2.5 blog',
        source: SRC.QWEN2_5_BLOG,
        status: 'verified',
      },
      {
        name: 'HumanEval',
        value: 59.1,
        variant: 'pass@1',
        language: 'code',
        shots: 0,
        setting: 'pass@1, 0-shot, base-model table of the official Qwen2.5 blog',
        source: SRC.QWEN2_5_BLOG,
        status: 'verified',
      },
      {
        name: 'MMLU-Pro',
        value: 58.1,
        variant: '',
        language: 'en',
        shots: 5,
        setting: '5-shot, base-model comparison tables of the Qwen2.5 blog',
        source: SRC.QWEN2_5_BLOG_TABLES,
        status: 'verified',
      },
      {
        name: 'HumanEval+',
        value: 51.2,
        variant: 'pass@1',
        language: 'code',
        shots: 0,
        setting:
          'EvalPlus HumanEval+, pass@1, 0-shot, base-model comparison tables of the Qwen2.5 blog',
        source: SRC.QWEN2_5_BLOG_TABLES,
        status: 'verified',
      },
    ],
    released: '2024-09',
    sources: [
      SRC.QWEN2_5_BLOG,
      SRC.QWEN2_5_README,
      SRC.QWEN2_5_BASE_CONFIG_COPIES,
      SRC.MLC_PRESETS,
      SRC.KERAS_PRESETS,
    ],
    notes: [
      NOTE.QWEN2_BIAS,
      NOTE.QWEN2_SLIDING_WINDOW,
      "The official model table states 72.7B total / 70.0B non-embedding; the exact count is keras-hub's stored-parameter count and equals the count computed from the config.",
      'Qwen License: commercial use allowed; products above 100 million monthly active users need a separate license (threshold secondary), and derived models must credit Qwen ("Built with Qwen") per a maintainer reply in the Qwen2.5-72B-Instruct discussions (secondary).',
      'Config field values are from derivative or duplicated copies of the official config.json (secondary); dimensions are cross-checked by the exact parameter count.',
    ],
  },
  {
    id: 'Qwen/Qwen2.5-72B-Instruct',
    name: 'Qwen2.5-72B-Instruct',
    family: 'Qwen2.5',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: {
      model_type: 'qwen2',
      architectures: ['Qwen2ForCausalLM'],
      vocab_size: 152064,
      hidden_size: 8192,
      intermediate_size: 29568,
      num_hidden_layers: 80,
      num_attention_heads: 64,
      num_key_value_heads: 8,
      hidden_act: 'silu',
      tie_word_embeddings: false,
      max_position_embeddings: 32768,
      rope_theta: 1000000,
      use_sliding_window: false,
    },
    configStatus: 'secondary',
    parameters: {
      total: 72706203648,
      precision: 'exact',
      status: 'secondary',
      source: SRC.KERAS_PRESETS,
    },
    context: {
      native: 32768,
      extended: 131072,
      status: 'verified',
      source: SRC.QWEN2_5_BLOG,
      note: 'Trap: the model table says 128K, but the published config has max_position_embeddings 32768 and no rope_scaling. 131,072 tokens need the YaRN block the model card asks users to add ({"type": "yarn", "factor": 4.0, "original_max_position_embeddings": 32768}).',
    },
    languages: {
      coverage: 'multilingual',
      stated:
        'Over 29 languages, including Chinese, English, French, Spanish, Portuguese, German, Italian, Russian, Japanese, Korean, Vietnamese, Thai and Arabic (Qwen2.5 release)',
    },
    strengths: ['general', 'multilingual', 'long-context'],
    license: {
      id: 'qwen',
      status: 'verified',
      source: SRC.QWEN2_5_README,
    },
    benchmarks: [
      {
        name: 'HumanEval',
        value: 86.6,
        variant: 'pass@1',
        language: 'code',
        shots: 0,
        setting: 'pass@1, 0-shot, instruction-tuned table of the official Qwen2.5 blog',
        source: SRC.QWEN2_5_BLOG,
        status: 'verified',
      },
      {
        name: 'MMLU-Pro',
        value: 71.1,
        variant: '',
        language: 'en',
        shots: null,
        setting: 'instruction-tuned comparison tables of the Qwen2.5 blog; shot count not stated',
        source: SRC.QWEN2_5_BLOG_TABLES,
        status: 'verified',
      },
      {
        name: 'IFEval',
        value: 84.1,
        variant: 'strict prompt',
        language: 'en',
        shots: 0,
        setting:
          'strict prompt-level accuracy, instruction-tuned comparison tables of the Qwen2.5 blog',
        source: SRC.QWEN2_5_BLOG_TABLES,
        status: 'verified',
      },
      {
        name: 'LiveCodeBench',
        value: 55.5,
        variant: '2023-05 to 2024-09',
        language: 'code',
        shots: null,
        setting:
          'problems released 2023-05 to 2024-09 (2305-2409), pass@1, instruction-tuned comparison tables of the Qwen2.5 blog',
        source: SRC.QWEN2_5_BLOG_TABLES,
        status: 'verified',
      },
    ],
    released: '2024-09',
    sources: [
      SRC.QWEN2_5_BLOG,
      SRC.QWEN2_5_README,
      SRC.QWEN2_5_INSTRUCT_CONFIG_COPIES,
      SRC.MLC_PRESETS,
      SRC.KERAS_PRESETS,
    ],
    notes: [
      NOTE.QWEN2_BIAS,
      NOTE.QWEN2_SLIDING_WINDOW,
      "The official model table states 72.7B total / 70.0B non-embedding; the exact count is keras-hub's stored-parameter count and equals the count computed from the config.",
      'The instruct tables report MMLU-redux (86.8) and MMLU-Pro, not 5-shot MMLU, so no MMLU figure is listed.',
      'Qwen License: commercial use allowed; products above 100 million monthly active users need a separate license (threshold secondary), and derived models must credit Qwen ("Built with Qwen") per a maintainer reply in the Qwen2.5-72B-Instruct discussions (secondary).',
      'Config field values are from derivative or duplicated copies of the official config.json (secondary); dimensions are cross-checked by the exact parameter count.',
    ],
  },
];
