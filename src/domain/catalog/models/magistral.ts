import type { CatalogModel } from '../schema';
import { mistralSmall31Config } from './mistral-small-3-1';

/**
 * Magistral Small (Mistral AI): the 24B reasoning models built on Mistral Small, fine-tuned on
 * Magistral Medium reasoning traces and then with reinforcement learning. 1.0 (2506) is text only;
 * 1.2 (2509) adds the vision encoder back and special think tokens.
 */

const DOCS = 'github:mistralai/platform-docs-public src/schema/models/models';
const DOCS_10 = `${DOCS}/magistral-small-1-0-25-06.ts @038807d6747eff51cd0d241af2e13c702075d6d4 (Magistral Small 1.0: released June 10, 2025; weights mistralai/Magistral-Small-2506 under Apache 2.0; 24B parameters; 40k context; text input; replaced by Magistral Small 1.2)`;
const DOCS_12 = `${DOCS}/magistral-small-1-2-25-09.ts @1996c3f1eca754d02436a37fcc899440794a18a5 (Magistral Small 1.2: released 2025-09-18; weights mistralai/Magistral-Small-2509 under Apache 2.0; 24B parameters; 128k context; text and image input; reasoning output)`;
const CARD_10 =
  'https://huggingface.co/mistralai/Magistral-Small-2506 (model card "Magistral Small 1.0": built on Mistral Small 3.1 (2503) with SFT from Magistral Medium traces and RL; 24B parameters; 128k context but performance may degrade past 40k; benchmark table; sampling top_p 0.95, temperature 0.7), read in a copy: github:WillIsback/sportsee docs/magistral-small.md @6236c44607df2c96e936770712acde78e1ebecfe';
const PAPER = 'Magistral (Mistral AI, 2025), arXiv:2506.10910';

/** Magistral Small 1.0 is text only: the Mistral Small 3.1 language model without its vision encoder. */
const TEXT_ONLY_CONFIG = {
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
    'Dozens of languages; the 1.0 card lists English, French, German, Greek, Hindi, Indonesian, Italian, Japanese, Korean, Malay, Nepali, Polish, Portuguese, Romanian, Russian, Serbian, Spanish, Turkish, Ukrainian, Vietnamese, Arabic, Bengali, Chinese and Farsi',
} as const;

const NOTES = [
  'A reasoning model: it writes a long chain of thought before the answer. Keep the system prompt it was trained with (the card gives it) and leave room in the context for the reasoning trace when you fine-tune.',
  'Trained from Mistral Small by SFT on Magistral Medium reasoning traces and reinforcement learning (Magistral paper).',
  'head_dim 128 is decoupled from hidden_size / num_attention_heads (5120 / 32 = 160).',
];

export const magistralModels: CatalogModel[] = [
  {
    id: 'mistralai/Magistral-Small-2509',
    name: 'Magistral Small 1.2 (2509)',
    family: 'Magistral',
    developer: 'Mistral AI',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: mistralSmall31Config,
    configStatus: 'unverified',
    parameters: {
      total: 24_000_000_000,
      precision: 'rounded',
      status: 'secondary',
      source: `"24" (billion) parameters in ${DOCS_12}; the count from the Mistral Small 3.1 multimodal config, 24,011,361,280, is within 0.05% of it`,
    },
    context: {
      native: 131072,
      status: 'verified',
      source: DOCS_12,
      note: '128k per Mistral\u2019s model documentation.',
    },
    languages: LANGUAGES,
    strengths: ['reasoning', 'math', 'code', 'multilingual', 'long-context', 'tool-use'],
    license: { id: 'apache-2.0', status: 'verified', source: DOCS_12 },
    benchmarks: [],
    released: '2025-09',
    sources: [DOCS_12, CARD_10, PAPER],
    notes: [
      'Multimodal: Mistral\u2019s documentation lists text and image input, so the checkpoint carries a vision encoder beside the 24B language model, as Mistral Small 3.1 / 3.2 do.',
      'Config unverified: the 2509 config.json was not read; the published Mistral Small 3.1 multimodal config is used on the strength of the documented 24B size, image input and 128k window. Check the checkpoint\u2019s own config before relying on the estimate.',
      'Mistral\u2019s documentation marks the API version deprecated from April 30, 2026, replaced by Mistral Small 4; the open weights remain available.',
      ...NOTES,
      'No benchmark figure is listed: the 1.2 card was not read.',
    ],
  },
  {
    id: 'mistralai/Magistral-Small-2506',
    name: 'Magistral Small 1.0 (2506)',
    family: 'Magistral',
    developer: 'Mistral AI',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: TEXT_ONLY_CONFIG,
    configStatus: 'unverified',
    parameters: {
      total: 23_572_403_200,
      precision: 'exact',
      status: 'unverified',
      source: `computed from the text-only config (the Mistral Small 3.1 language model, whose exact count Devstral Small 1.1\u2019s safetensors index gives as 23,572,403,200); the card and docs give 24B (${CARD_10}; ${DOCS_10})`,
    },
    context: {
      native: 40960,
      extended: 131072,
      status: 'verified',
      source: `${DOCS_10}; ${CARD_10}`,
      note: 'The card says 128k but performance may degrade past 40k and recommends a 40k maximum (max_tokens 40960); Mistral\u2019s documentation lists 40k. 40,960 is recorded as the working window.',
    },
    languages: LANGUAGES,
    strengths: ['reasoning', 'math', 'code', 'multilingual'],
    license: { id: 'apache-2.0', status: 'verified', source: DOCS_10 },
    benchmarks: [
      {
        name: 'GPQA-Diamond',
        value: 68.18,
        variant: 'reasoning',
        language: 'en',
        shots: null,
        setting:
          'GPQA Diamond, benchmark table of the Magistral Small 1.0 card (reasoning model; shots not stated)',
        source: CARD_10,
        status: 'secondary',
      },
      {
        name: 'LiveCodeBench',
        value: 55.84,
        variant: 'v5',
        language: 'code',
        shots: null,
        setting: 'LiveCodeBench (v5), benchmark table of the Magistral Small 1.0 card',
        source: CARD_10,
        status: 'secondary',
      },
    ],
    released: '2025-06',
    supersededBy: {
      id: 'mistralai/Magistral-Small-2509',
      reason:
        'Magistral Small 1.2 (2509) is the later release of the same 24B reasoning model, adding image input.',
      source: DOCS_12,
    },
    sources: [DOCS_10, CARD_10, PAPER],
    notes: [
      'Superseded by Magistral Small 1.2 (2509), which Mistral\u2019s documentation names as its replacement; prefer 1.2.',
      'Config unverified: the 2506 config.json was not read. Mistral\u2019s documentation lists text input only, so the checkpoint is taken as the Mistral Small 3.1 language model without its vision encoder (as Devstral, fine-tuned from the same base, is published).',
      ...NOTES,
      'Release month from Mistral\u2019s documentation (June 10, 2025).',
    ],
  },
];
