import type { CatalogModel } from '../schema';
import { MISTRAL_SRC } from './sources/mistral';
import { SHARED_SRC } from './sources/shared';

/**
 * Mistral 7B: Mistral-7B-v0.3, Mistral-7B-Instruct-v0.3.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  ...SHARED_SRC,
  ...MISTRAL_SRC,
  MISTRAL_7B_V03_CONFIG:
    'https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3/blob/c170c708c41dac9275d15a8fff4eca08d52bab71/config.json',
} as const;

export const mistral7bModels: CatalogModel[] = [
  {
    id: 'mistralai/Mistral-7B-v0.3',
    name: 'Mistral-7B-v0.3',
    family: 'Mistral 7B',
    developer: 'Mistral AI',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: {
      model_type: 'mistral',
      architectures: ['MistralForCausalLM'],
      vocab_size: 32768,
      hidden_size: 4096,
      intermediate_size: 14336,
      num_hidden_layers: 32,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      hidden_act: 'silu',
      tie_word_embeddings: false,
      max_position_embeddings: 32768,
      rope_theta: 1000000,
      sliding_window: null,
    },
    configStatus: 'secondary',
    parameters: {
      total: 7248023552,
      precision: 'exact',
      status: 'secondary',
      source:
        'Computed from the official config.json (https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3/blob/c170c708c41dac9275d15a8fff4eca08d52bab71/config.json)',
    },
    context: {
      native: 32768,
      status: 'secondary',
      source: SRC.MISTRAL_7B_V03_CONFIG,
      note: 'From max_position_embeddings in the config; the v0.3 model card does not state a context length.',
    },
    languages: {
      coverage: 'english',
      stated: 'Not stated in the v0.3 model card',
    },
    strengths: ['general'],
    license: {
      id: 'apache-2.0',
      status: 'secondary',
      source: 'Mistral 7B paper, arXiv:2310.06825 abstract (Apache 2.0, stated for v0.1)',
    },
    benchmarks: [],
    released: '2024-05',
    supersededBy: {
      id: 'mistralai/Ministral-3-8B-Base-2512',
      reason:
        'Mistral retired Mistral 7B v0.3 in March 2025 and names Ministral 8B as its replacement; Ministral 3 8B (December 2025) is the current Ministral 8B, here its base checkpoint.',
      source:
        'github:mistralai/platform-docs-public public/llms-full.txt @222f4ba9 (deprecated models table: Mistral 7B, open-mistral-7b, v0.3, deprecated 2024/11/30, retired 2025/03/30, replacement ministral-8b-latest)',
    },
    sources: [
      'https://huggingface.co/mistralai/Mistral-7B-v0.3 (Hub repository published 22 May 2024; the v0.3 entry of the mistral-inference model list)',
      SRC.MISTRAL_7B_V03_CONFIG,
      SRC.MISTRAL_INFERENCE_README,
      SRC.MLC_PRESETS,
    ],
    notes: [
      'The config values were read from the official Mistral-7B-Instruct-v0.3 config.json at commit c170c708; the base checkpoint shares the architecture, but its own config.json was not read (secondary).',
      'v0.3 has no sliding-window attention (sliding_window null) and a 32,768-token vocabulary; Mistral 7B v0.1 used a 4,096-token sliding window and a 32,000-token vocabulary.',
      'No head_dim field in the config; hidden_size / num_attention_heads = 128.',
      'No MMLU or HumanEval figures are published for v0.3. Figures often quoted for "Mistral 7B" (MMLU 60.1 / 62.5, HumanEval 30.5 / 26.2) belong to v0.1 and are not listed here.',
      "License: Apache 2.0 is stated in the Mistral 7B paper (for v0.1); the v0.3 card's license field was not read directly (secondary).",
      "Language coverage is not stated in the v0.3 card; marked English because Mistral's published evaluations are English benchmarks (unverified).",
    ],
  },
  {
    id: 'mistralai/Mistral-7B-Instruct-v0.3',
    name: 'Mistral-7B-Instruct-v0.3',
    family: 'Mistral 7B',
    developer: 'Mistral AI',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: {
      model_type: 'mistral',
      architectures: ['MistralForCausalLM'],
      vocab_size: 32768,
      hidden_size: 4096,
      intermediate_size: 14336,
      num_hidden_layers: 32,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      hidden_act: 'silu',
      tie_word_embeddings: false,
      max_position_embeddings: 32768,
      rope_theta: 1000000,
      sliding_window: null,
    },
    configStatus: 'verified',
    parameters: {
      total: 7248023552,
      precision: 'exact',
      status: 'secondary',
      source:
        'Computed from the official config.json (https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3/blob/c170c708c41dac9275d15a8fff4eca08d52bab71/config.json)',
    },
    context: {
      native: 32768,
      status: 'secondary',
      source: SRC.MISTRAL_7B_V03_CONFIG,
      note: 'From max_position_embeddings in the config; the v0.3 model card does not state a context length.',
    },
    languages: {
      coverage: 'english',
      stated: 'Not stated in the v0.3 model card',
    },
    strengths: ['general', 'tool-use'],
    license: {
      id: 'apache-2.0',
      status: 'secondary',
      source: 'Mistral 7B paper, arXiv:2310.06825 abstract (Apache 2.0, stated for v0.1)',
    },
    benchmarks: [],
    released: '2024-05',
    supersededBy: {
      id: 'mistralai/Ministral-3-8B-Instruct-2512-BF16',
      reason:
        'Mistral retired Mistral 7B v0.3 in March 2025 and names Ministral 8B as its replacement; Ministral 3 8B (December 2025) is the current Ministral 8B, here its instruct checkpoint.',
      source:
        'github:mistralai/platform-docs-public public/llms-full.txt @222f4ba9 (deprecated models table: Mistral 7B, open-mistral-7b, v0.3, deprecated 2024/11/30, retired 2025/03/30, replacement ministral-8b-latest)',
    },
    sources: [
      'https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3 (Hub repository published 22 May 2024; the v0.3 entry of the mistral-inference model list)',
      SRC.MISTRAL_7B_V03_CONFIG,
      SRC.MISTRAL_INFERENCE_README,
      SRC.MLC_PRESETS,
    ],
    notes: [
      'The config values were read from the official config.json at commit c170c708.',
      'Function calling was added in v0.3 (mistral-inference README).',
      'v0.3 has no sliding-window attention (sliding_window null) and a 32,768-token vocabulary; Mistral 7B v0.1 used a 4,096-token sliding window and a 32,000-token vocabulary.',
      'No head_dim field in the config; hidden_size / num_attention_heads = 128.',
      'No MMLU or HumanEval figures are published for v0.3. Figures often quoted for "Mistral 7B" (MMLU 60.1 / 62.5, HumanEval 30.5 / 26.2) belong to v0.1 and are not listed here.',
      "License: Apache 2.0 is stated in the Mistral 7B paper (for v0.1); the v0.3 card's license field was not read directly (secondary).",
      "Language coverage is not stated in the v0.3 card; marked English because Mistral's published evaluations are English benchmarks (unverified).",
    ],
  },
];
