import type { CatalogModel } from '../schema';

/**
 * Devstral Small (1.0 = 2505, 1.1 = 2507): Mistral AI and All Hands AI's agentic coding model,
 * fine-tuned from Mistral Small 3.1 with the vision encoder removed (text only, 128k context).
 */

const MIRROR = 'github:fetchwiki/mistralai-Devstral-Small-2507';
const CARD_2507 = `https://huggingface.co/mistralai/Devstral-Small-2507 (model card "Devstral Small 1.1": fine-tuned from Mistral-Small-3.1, vision encoder removed, 24 billion parameters, 128k context, Tekken tokenizer with a 131k vocabulary, Apache 2.0, SWE-Bench Verified 53.6% for 1.1 and 46.8% for 1.0), read in the mirror ${MIRROR} README.md @7990bde725e588714cc78eb100baf68aa2d5425c`;
const PARAMS_JSON = `https://huggingface.co/mistralai/Devstral-Small-2507/blob/main/params.json (dim 5120, n_layers 40, head_dim 128, hidden_dim 32768, n_heads 32, n_kv_heads 8, rope_theta 1e9, vocab_size 131072), read in the mirror ${MIRROR} params.json @bc3721c07bf4218d98ed05ea1cff91918ef2b17f`;
const SAFETENSORS_INDEX = `https://huggingface.co/mistralai/Devstral-Small-2507/blob/main/model.safetensors.index.json (metadata.total_parameters 23572403200; separate lm_head.weight and model.embed_tokens.weight), read in the mirror ${MIRROR} model.safetensors.index.json @bc3721c07bf4218d98ed05ea1cff91918ef2b17f`;
const GUIDE_2505 =
  'https://dev.to/nodeshiftcloud/a-step-by-step-guide-to-install-devstral-mistrals-open-source-coding-agent-3ba7 (May 22, 2025: Devstral fine-tuned on Mistral Small 3.1, vision encoder removed, 46.8% on SWE-Bench Verified; third party)';

/**
 * The Hugging Face form of Devstral's params.json: a text-only Mistral decoder. The transformers
 * config.json of the repository was not read; these are the same dimensions under HF's names.
 */
const DEVSTRAL_CONFIG = {
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
  max_position_embeddings: 131072,
  rope_theta: 1000000000.0,
  rms_norm_eps: 1e-5,
  sliding_window: null,
};

const LANGUAGES = {
  coverage: 'multilingual',
  stated:
    'Card language tags: en, fr, de, es, pt, it, ja, ko, ru, zh, ar, fa, id, ms, ne, pl, ro, sr, sv, tr, uk, vi, hi, bn; built for code',
} as const;

const NOTES = [
  'An agentic coding model: tuned to explore codebases, edit several files and drive software-engineering agents (the card recommends the OpenHands scaffold); not a fill-in-the-middle completion model.',
  'Text only: the Pixtral vision encoder of Mistral Small 3.1 was removed before fine-tuning, so the checkpoint loads as a plain Mistral decoder (untied embeddings, head_dim 128 decoupled from 5120 / 32).',
  'Config read as Mistral\u2019s params.json and written here under Hugging Face\u2019s field names; it reproduces the repository\u2019s total_parameters exactly.',
  'The card reports SWE-Bench Verified only, which this catalog does not record.',
];

export const devstralModels: CatalogModel[] = [
  {
    id: 'mistralai/Devstral-Small-2507',
    name: 'Devstral Small 1.1 (2507)',
    family: 'Devstral',
    developer: 'Mistral AI + All Hands AI',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: DEVSTRAL_CONFIG,
    configStatus: 'secondary',
    parameters: {
      total: 23_572_403_200,
      precision: 'exact',
      status: 'secondary',
      source: `${SAFETENSORS_INDEX}; equals the count from the config`,
    },
    context: {
      native: 131072,
      status: 'secondary',
      source: CARD_2507,
      note: 'The card gives a 128k window, inherited from Mistral Small 3.1.',
    },
    languages: LANGUAGES,
    strengths: ['code', 'tool-use', 'long-context'],
    license: { id: 'apache-2.0', status: 'secondary', source: CARD_2507 },
    benchmarks: [],
    released: '2025-07',
    sources: [CARD_2507, PARAMS_JSON, SAFETENSORS_INDEX],
    notes: [
      ...NOTES,
      'Compared with Devstral Small 1.0 the card reports better SWE-Bench Verified scores (53.6% against 46.8%), better generalisation beyond OpenHands and support for Mistral\u2019s function-calling format.',
      'Release month from the model name (2507).',
    ],
  },
  {
    id: 'mistralai/Devstral-Small-2505',
    name: 'Devstral Small 1.0 (2505)',
    family: 'Devstral',
    developer: 'Mistral AI + All Hands AI',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: DEVSTRAL_CONFIG,
    configStatus: 'unverified',
    parameters: {
      total: 23_572_403_200,
      precision: 'exact',
      status: 'unverified',
      source: `computed from the config of its successor (${SAFETENSORS_INDEX})`,
    },
    context: {
      native: 131072,
      status: 'unverified',
      source: `${CARD_2507}; ${GUIDE_2505}`,
      note: 'Not verified for 1.0 itself: taken from the Mistral Small 3.1 base both versions share.',
    },
    languages: LANGUAGES,
    strengths: ['code', 'tool-use', 'long-context'],
    license: { id: 'apache-2.0', status: 'unverified', source: GUIDE_2505 },
    benchmarks: [],
    released: '2025-05',
    supersededBy: {
      id: 'mistralai/Devstral-Small-2507',
      reason:
        'Devstral Small 1.1 (2507) is the update of 1.0 on the same base, scoring 53.6% on SWE-Bench Verified against 46.8% for 1.0.',
      source: CARD_2507,
    },
    sources: [GUIDE_2505, CARD_2507],
    notes: [
      ...NOTES,
      'Superseded by Devstral Small 1.1 (2507), which the card says scores higher and generalises better; prefer 1.1.',
      'Unverified: the 2505 card and config were not read. The architecture, count, context and Apache 2.0 licence are those of 1.1, which the 1.1 card presents as an update of this checkpoint from the same base; a third-party guide confirms the base and the vision-encoder removal.',
      'Release month from the model name (2505) and the guide dated May 22, 2025.',
    ],
  },
];
