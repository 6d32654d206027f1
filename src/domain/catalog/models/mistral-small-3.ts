import type { CatalogModel } from '../schema';

/**
 * Mistral Small 3: Mistral-Small-24B-Base-2501, Mistral-Small-24B-Instruct-2501.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  MISTRAL_SMALL_BASE_CARD:
    'https://huggingface.co/mistralai/Mistral-Small-24B-Base-2501 (model card: 24B, Apache 2.0, 32k context, Tekken 131k vocabulary, MMLU 5-shot 80.73)',
  MISTRAL_SMALL_CONFIG_COPIES:
    'HF config.json copies of mistralai/Mistral-Small-24B-Instruct-2501 / -Base-2501, e.g. https://huggingface.co/unsloth/Mistral-Small-24B-Instruct-2501-GGUF/blob/main/config.json and https://huggingface.co/estrogen/Mistral-Small-24b-Sertraline-0304-eval-template/blob/d89dfd85de85ff027a476d4a2130702d62bab20b/config.json (_name_or_path mistralai/Mistral-Small-24B-Base-2501); secondary',
} as const;

export const mistralSmall3Models: CatalogModel[] = [
  {
    id: 'mistralai/Mistral-Small-24B-Base-2501',
    name: 'Mistral-Small-24B-Base-2501',
    family: 'Mistral Small 3',
    developer: 'Mistral AI',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: {
      model_type: 'mistral',
      architectures: ['MistralForCausalLM'],
      vocab_size: 131072,
      hidden_size: 5120,
      intermediate_size: 32768,
      num_hidden_layers: 40,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      head_dim: 128,
      hidden_act: 'silu',
      tie_word_embeddings: false,
      max_position_embeddings: 32768,
      rope_theta: 100000000,
      sliding_window: null,
    },
    configStatus: 'secondary',
    parameters: {
      total: 23572403200,
      precision: 'exact',
      status: 'secondary',
      source: 'Computed from the config (untied embeddings); consistent with the card\'s "24B"',
    },
    context: {
      native: 32768,
      status: 'verified',
      source: SRC.MISTRAL_SMALL_BASE_CARD,
      note: '32k per the model card; max_position_embeddings 32768.',
    },
    languages: {
      coverage: 'multilingual',
      stated: 'Multilingual per the Mistral Small 3 model cards (language list not re-read here)',
    },
    strengths: ['general', 'multilingual'],
    license: {
      id: 'apache-2.0',
      status: 'verified',
      source: SRC.MISTRAL_SMALL_BASE_CARD,
    },
    benchmarks: [
      {
        name: 'MMLU',
        value: 80.73,
        variant: '',
        language: 'en',
        shots: 5,
        setting: '5-shot, model card of Mistral-Small-24B-Base-2501',
        source: SRC.MISTRAL_SMALL_BASE_CARD,
        status: 'verified',
      },
    ],
    released: '2025-01',
    sources: [SRC.MISTRAL_SMALL_BASE_CARD, SRC.MISTRAL_SMALL_CONFIG_COPIES],
    notes: [
      'Trap: head_dim is 128, decoupled from hidden_size / num_attention_heads (5120 / 32 = 160); the attention projections are 32 x 128 = 4096 wide, so estimators must read head_dim from the config.',
      'rope_theta is 1e8 (100000000), unlike the 1e6 of Mistral NeMo.',
      'Config values are from copies whose _name_or_path is the official repository (secondary).',
      'Release month from the model name (2501).',
    ],
  },
  {
    id: 'mistralai/Mistral-Small-24B-Instruct-2501',
    name: 'Mistral-Small-24B-Instruct-2501',
    family: 'Mistral Small 3',
    developer: 'Mistral AI',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: {
      model_type: 'mistral',
      architectures: ['MistralForCausalLM'],
      vocab_size: 131072,
      hidden_size: 5120,
      intermediate_size: 32768,
      num_hidden_layers: 40,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      head_dim: 128,
      hidden_act: 'silu',
      tie_word_embeddings: false,
      max_position_embeddings: 32768,
      rope_theta: 100000000,
      sliding_window: null,
    },
    configStatus: 'secondary',
    parameters: {
      total: 23572403200,
      precision: 'exact',
      status: 'secondary',
      source: 'Computed from the config (untied embeddings); consistent with the card\'s "24B"',
    },
    context: {
      native: 32768,
      status: 'verified',
      source: SRC.MISTRAL_SMALL_BASE_CARD,
      note: '32k per the model card; max_position_embeddings 32768.',
    },
    languages: {
      coverage: 'multilingual',
      stated: 'Multilingual per the Mistral Small 3 model cards (language list not re-read here)',
    },
    strengths: ['general', 'multilingual'],
    license: {
      id: 'apache-2.0',
      status: 'verified',
      source: SRC.MISTRAL_SMALL_BASE_CARD,
    },
    benchmarks: [
      {
        name: 'MMLU',
        value: 80.73,
        variant: '',
        language: 'en',
        shots: 5,
        setting:
          '5-shot, model card of Mistral-Small-24B-Base-2501 (pretrained base checkpoint, not this instruction-tuned model)',
        source: SRC.MISTRAL_SMALL_BASE_CARD,
        status: 'verified',
      },
    ],
    released: '2025-01',
    sources: [SRC.MISTRAL_SMALL_BASE_CARD, SRC.MISTRAL_SMALL_CONFIG_COPIES],
    notes: [
      'Trap: head_dim is 128, decoupled from hidden_size / num_attention_heads (5120 / 32 = 160); the attention projections are 32 x 128 = 4096 wide, so estimators must read head_dim from the config.',
      'rope_theta is 1e8 (100000000), unlike the 1e6 of Mistral NeMo.',
      'Config values are from copies whose _name_or_path is the official repository (secondary).',
      'The instruct card also reports HumanEval, but the value was not retrieved here, so none is listed.',
      'Language list and function-calling support are described in the Mistral Small 3 cards but were not re-read for this catalog.',
      'Release month from the model name (2501).',
    ],
  },
];
