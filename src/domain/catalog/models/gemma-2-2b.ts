import type { CatalogModel } from '../schema';
import { GEMMA_NOTE, GEMMA_SRC } from './sources/gemma';
import { QWEN_SRC } from './sources/qwen';
import { SHARED_SRC } from './sources/shared';

/**
 * Gemma 2: gemma-2-2b, gemma-2-2b-it.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
  ...QWEN_SRC,
  ...GEMMA_SRC,
} as const;

/** Notes shared by several entries. */
const NOTE = {
  ...GEMMA_NOTE,
} as const;

export const gemma2_2bModels: CatalogModel[] = [
  {
    id: 'google/gemma-2-2b',
    name: 'gemma-2-2b',
    family: 'Gemma 2',
    developer: 'Google DeepMind',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: {
      model_type: 'gemma2',
      architectures: ['Gemma2ForCausalLM'],
      vocab_size: 256000,
      hidden_size: 2304,
      intermediate_size: 9216,
      num_hidden_layers: 26,
      num_attention_heads: 8,
      num_key_value_heads: 4,
      head_dim: 256,
      hidden_act: 'gelu_pytorch_tanh',
      hidden_activation: 'gelu_pytorch_tanh',
      tie_word_embeddings: true,
      max_position_embeddings: 8192,
      rope_theta: 10000,
      attention_bias: false,
      sliding_window: 4096,
      attn_logit_softcapping: 50,
      final_logit_softcapping: 30,
      query_pre_attn_scalar: 256,
    },
    configStatus: 'secondary',
    parameters: {
      total: 2614341888,
      precision: 'exact',
      status: 'secondary',
      source: SRC.KERAS_PRESETS,
    },
    context: {
      native: 8192,
      status: 'secondary',
      source: SRC.GEMMA_2_CONFIG_COPIES,
      note: '8,192 tokens (max_position_embeddings); half of the layers only attend within a sliding window of 4,096 tokens.',
    },
    languages: {
      coverage: 'english',
      stated: 'Primarily English (Gemma 2 model card: trained on primarily-English data)',
    },
    strengths: ['general'],
    license: {
      id: 'gemma',
      status: 'verified',
      source: SRC.GEMMA_TERMS,
    },
    benchmarks: [
      {
        name: 'MMLU',
        value: 51.3,
        variant: '',
        language: 'en',
        shots: 5,
        setting: '5-shot, top-1, pretrained (PT) checkpoint (Gemma 2 model card)',
        source: SRC.GEMMA_2_CARD,
        status: 'secondary',
      },
      {
        name: 'HumanEval',
        value: 17.7,
        variant: 'pass@1',
        language: 'code',
        shots: null,
        setting: 'pass@1, pretrained (PT) checkpoint (Gemma 2 model card)',
        source: SRC.GEMMA_2_CARD,
        status: 'secondary',
      },
      {
        name: 'MMLU-Pro',
        value: 23.0,
        variant: '',
        language: 'en',
        shots: 5,
        setting:
          '5-shot, base-model comparison tables of the Qwen2.5 blog (measured and listed by Qwen)',
        source: SRC.QWEN2_5_BLOG_TABLES,
        status: 'secondary',
      },
      {
        name: 'HumanEval+',
        value: 15.9,
        variant: 'pass@1',
        language: 'code',
        shots: 0,
        setting:
          'EvalPlus HumanEval+, pass@1, 0-shot, base-model comparison tables of the Qwen2.5 blog (measured and listed by Qwen)',
        source: SRC.QWEN2_5_BLOG_TABLES,
        status: 'secondary',
      },
    ],
    released: '2024-07',
    sources: [
      'https://developers.googleblog.com/en/smaller-safer-more-transparent-advancing-responsible-ai-with-gemma/ (31 July 2024: Gemma 2 2B released)',
      SRC.GEMMA_JAX_CONFIGS,
      SRC.GEMMA_2_CARD,
      SRC.GEMMA_2_CONFIG_COPIES,
      SRC.GEMMA_TERMS,
      SRC.MLC_PRESETS,
      SRC.KERAS_PRESETS,
    ],
    notes: [
      'Alternating attention: layers alternate between local sliding-window attention (sliding_window 4096) and global attention over the full 8,192 tokens.',
      'Logit soft-capping (attn_logit_softcapping 50, final_logit_softcapping 30) and query scaling by query_pre_attn_scalar instead of head_dim.',
      'head_dim 256 is explicit; num_attention_heads x head_dim = 2048 differs from hidden_size 2304.',
      'tie_word_embeddings: true is the Gemma2Config default; the published config.json does not list the field. The output head shares the 256,000-row input embedding (counted once).',
      "vocab_size 256000 is the Hugging Face value; Google's JAX config pads the embedding to 256,128 rows.",
      'The config lists both hidden_act and hidden_activation (gelu_pytorch_tanh, a GeGLU MLP).',
      'Config values are from copies of the Hugging Face config.json (secondary); layer, width and head counts are verified against google-deepmind/gemma.',
      NOTE.GEMMA_LICENSE,
    ],
  },
  {
    id: 'google/gemma-2-2b-it',
    name: 'gemma-2-2b-it',
    family: 'Gemma 2',
    developer: 'Google DeepMind',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: {
      model_type: 'gemma2',
      architectures: ['Gemma2ForCausalLM'],
      vocab_size: 256000,
      hidden_size: 2304,
      intermediate_size: 9216,
      num_hidden_layers: 26,
      num_attention_heads: 8,
      num_key_value_heads: 4,
      head_dim: 256,
      hidden_act: 'gelu_pytorch_tanh',
      hidden_activation: 'gelu_pytorch_tanh',
      tie_word_embeddings: true,
      max_position_embeddings: 8192,
      rope_theta: 10000,
      attention_bias: false,
      sliding_window: 4096,
      attn_logit_softcapping: 50,
      final_logit_softcapping: 30,
      query_pre_attn_scalar: 256,
    },
    configStatus: 'secondary',
    parameters: {
      total: 2614341888,
      precision: 'exact',
      status: 'secondary',
      source: SRC.KERAS_PRESETS,
    },
    context: {
      native: 8192,
      status: 'secondary',
      source: SRC.GEMMA_2_CONFIG_COPIES,
      note: '8,192 tokens (max_position_embeddings); half of the layers only attend within a sliding window of 4,096 tokens.',
    },
    languages: {
      coverage: 'english',
      stated: 'Primarily English (Gemma 2 model card: trained on primarily-English data)',
    },
    strengths: ['general'],
    license: {
      id: 'gemma',
      status: 'verified',
      source: SRC.GEMMA_TERMS,
    },
    benchmarks: [
      {
        name: 'MMLU',
        value: 51.3,
        variant: '',
        language: 'en',
        shots: 5,
        setting:
          '5-shot, top-1, pretrained (PT) checkpoint, google/gemma-2-2b, not this instruction-tuned model (Gemma 2 model card)',
        source: SRC.GEMMA_2_CARD,
        status: 'secondary',
      },
      {
        name: 'HumanEval',
        value: 17.7,
        variant: 'pass@1',
        language: 'code',
        shots: null,
        setting:
          'pass@1, pretrained (PT) checkpoint, google/gemma-2-2b, not this instruction-tuned model (Gemma 2 model card)',
        source: SRC.GEMMA_2_CARD,
        status: 'secondary',
      },
      {
        name: 'MMLU-Pro',
        value: 26.7,
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
        value: 51.0,
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
        value: 5.8,
        variant: '2023-05 to 2024-09',
        language: 'code',
        shots: null,
        setting:
          'problems released 2023-05 to 2024-09 (2305-2409), pass@1, instruction-tuned comparison tables of the Qwen2.5 blog (measured and listed by Qwen)',
        source: SRC.QWEN2_5_BLOG_TABLES,
        status: 'secondary',
      },
    ],
    released: '2024-07',
    sources: [
      'https://developers.googleblog.com/en/smaller-safer-more-transparent-advancing-responsible-ai-with-gemma/ (31 July 2024: Gemma 2 2B released)',
      SRC.GEMMA_JAX_CONFIGS,
      SRC.GEMMA_2_CARD,
      SRC.GEMMA_2_CONFIG_COPIES,
      SRC.GEMMA_TERMS,
      SRC.MLC_PRESETS,
      SRC.KERAS_PRESETS,
    ],
    notes: [
      "Benchmarks are those of the pretrained (PT) checkpoint, google/gemma-2-2b, not this instruction-tuned model; the card's instruction-tuned results are not in MMLU 5-shot / HumanEval form.",
      'Alternating attention: layers alternate between local sliding-window attention (sliding_window 4096) and global attention over the full 8,192 tokens.',
      'Logit soft-capping (attn_logit_softcapping 50, final_logit_softcapping 30) and query scaling by query_pre_attn_scalar instead of head_dim.',
      'head_dim 256 is explicit; num_attention_heads x head_dim = 2048 differs from hidden_size 2304.',
      'tie_word_embeddings: true is the Gemma2Config default; the published config.json does not list the field. The output head shares the 256,000-row input embedding (counted once).',
      "vocab_size 256000 is the Hugging Face value; Google's JAX config pads the embedding to 256,128 rows.",
      'The config lists both hidden_act and hidden_activation (gelu_pytorch_tanh, a GeGLU MLP).',
      'Config values are from copies of the Hugging Face config.json (secondary); layer, width and head counts are verified against google-deepmind/gemma.',
      NOTE.GEMMA_LICENSE,
    ],
  },
];
