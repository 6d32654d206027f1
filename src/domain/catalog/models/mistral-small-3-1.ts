import type { Benchmark, CatalogModel } from '../schema';

/**
 * Mistral Small 3.1 (2503, base and instruct; 3.2 in mistral-small-3-2.ts): the 24B Mistral language
 * model of Mistral Small 3 with a Pixtral vision encoder, 128k context, Apache 2.0.
 */

export const CONFIG_SOURCE =
  'github:NVIDIA/TensorRT-LLM tests/unittest/_torch/modeling/test_modeling_mistral.py @56851033051a6f9bd50e22219db64d68722a6f01 (mistral_small_3_1_24b_config, a copy of https://huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503/blob/main/config.json; the test reduces num_hidden_layers, restored to 40, and sets patch_size 14)';
export const CARD_31 =
  'https://huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503 (model card: 24 billion parameters, 128k context, 24 listed languages, Apache 2.0, pretrain and instruction eval tables), read in a verbatim copy: github:AurelienVaudois/7688581-Expert-Git-GitHub README(7).md @423c617c827f06dacd5988082003121bcc523cbe';
export const CARD_32 =
  'https://huggingface.co/mistralai/Mistral-Small-3.2-24B-Instruct-2506 (model card: a minor update of Mistral-Small-3.1-24B-Instruct-2503 with better instruction following, fewer repetition errors and a more robust function-calling template; key features the same as 3.1), read in a scraped copy of the page';

/** The published config.json of Mistral-Small-3.1-24B-Instruct-2503 (model_type mistral3). */
export const mistralSmall31Config = {
  architectures: ['Mistral3ForConditionalGeneration'],
  image_token_index: 10,
  model_type: 'mistral3',
  multimodal_projector_bias: false,
  projector_hidden_act: 'gelu',
  spatial_merge_size: 2,
  text_config: {
    attention_dropout: 0.0,
    head_dim: 128,
    hidden_act: 'silu',
    hidden_size: 5120,
    initializer_range: 0.02,
    intermediate_size: 32768,
    max_position_embeddings: 131072,
    model_type: 'mistral',
    num_attention_heads: 32,
    num_hidden_layers: 40,
    num_key_value_heads: 8,
    rms_norm_eps: 1e-5,
    rope_theta: 1000000000.0,
    sliding_window: null,
    use_cache: true,
    vocab_size: 131072,
  },
  torch_dtype: 'bfloat16',
  transformers_version: '4.50.0.dev0',
  vision_config: {
    attention_dropout: 0.0,
    head_dim: 64,
    hidden_act: 'silu',
    hidden_size: 1024,
    image_size: 1540,
    initializer_range: 0.02,
    intermediate_size: 4096,
    model_type: 'pixtral',
    num_attention_heads: 16,
    num_channels: 3,
    num_hidden_layers: 24,
    patch_size: 14,
    rope_theta: 10000.0,
  },
  vision_feature_layer: -1,
};

/** Language model 23,572,403,200 + Pixtral encoder and projector 438,958,080, as the engine counts them. */
export const PARAMETERS = {
  total: 24_011_361_280,
  precision: 'rounded',
  status: 'secondary',
  source: `${CARD_31}: "24 billion parameters"; the count from the config (language model, Pixtral vision encoder and projector) is 24,011,361,280, within 0.05% of it`,
} as const;

export const CONTEXT = {
  native: 131072,
  status: 'secondary',
  source: CARD_31,
  note: 'The card gives a 128k window; text_config.max_position_embeddings is 131072 with no RoPE scaling block.',
} as const;

export const LANGUAGES = {
  coverage: 'multilingual',
  stated:
    'Dozens of languages; the card lists English, French, German, Greek, Hindi, Indonesian, Italian, Japanese, Korean, Malay, Nepali, Polish, Portuguese, Romanian, Russian, Serbian, Spanish, Swedish, Turkish, Ukrainian, Vietnamese, Arabic, Bengali, Chinese and Farsi',
} as const;

const LICENSE = { id: 'apache-2.0', status: 'secondary', source: CARD_31 } as const;

const bench = (
  name: Benchmark['name'],
  value: number,
  variant: string,
  shots: number | null,
  setting: string,
): Benchmark => ({
  name,
  value,
  variant,
  language: name === 'HumanEval' ? 'code' : 'en',
  shots,
  setting,
  source: CARD_31,
  status: 'secondary',
});

export const SHARED_NOTES = [
  'Multimodal checkpoint (Mistral3ForConditionalGeneration): a 24-block Pixtral vision encoder and a patch-merging projector sit beside the 40-block language model; text-only fine-tuning usually leaves them frozen.',
  'head_dim is 128, decoupled from hidden_size / num_attention_heads (5120 / 32 = 160): attention projections are 4,096 wide.',
  'rope_theta is 1e9, ten times that of Mistral Small 3 (2501), which is how the window reaches 128k.',
  'The card recommends a low sampling temperature (0.15) and a system prompt; Mistral\u2019s tokenizer library (mistral-common) is the reference for the chat template.',
];

export const mistralSmall3_1Models: CatalogModel[] = [
  {
    id: 'mistralai/Mistral-Small-3.1-24B-Base-2503',
    name: 'Mistral-Small-3.1-24B-Base-2503',
    family: 'Mistral Small 3.1',
    developer: 'Mistral AI',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: mistralSmall31Config,
    configStatus: 'unverified',
    parameters: PARAMETERS,
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['general', 'multilingual', 'long-context'],
    license: LICENSE,
    benchmarks: [
      bench('MMLU', 81.01, '', 5, '5-shot, pretrain evals table of the Mistral Small 3.1 card'),
      bench(
        'MMLU-Pro',
        56.03,
        'CoT',
        5,
        '5-shot chain-of-thought, pretrain evals table of the Mistral Small 3.1 card',
      ),
    ],
    released: '2025-03',
    sources: [CARD_31, CONFIG_SOURCE],
    notes: [
      'Pretrained base of Mistral-Small-3.1-24B-Instruct-2503 (the instruct card names it as its base); the starting point for continued pre-training or your own instruction tuning.',
      'Config unverified for this checkpoint: the base repository\u2019s config.json was not read; the instruct model\u2019s published config is used, on the card\u2019s statement that the instruct model is a fine-tune of this base (same architecture, vision encoder included, as the MMMU score in its pretrain table implies).',
      ...SHARED_NOTES,
      'Release month from the model name (2503).',
    ],
  },
  {
    id: 'mistralai/Mistral-Small-3.1-24B-Instruct-2503',
    name: 'Mistral-Small-3.1-24B-Instruct-2503',
    family: 'Mistral Small 3.1',
    developer: 'Mistral AI',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: mistralSmall31Config,
    configStatus: 'secondary',
    parameters: PARAMETERS,
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['general', 'multilingual', 'long-context', 'tool-use', 'code'],
    license: LICENSE,
    benchmarks: [
      bench(
        'MMLU',
        80.62,
        '',
        null,
        'instruction evals table of the Mistral Small 3.1 card (shots not stated)',
      ),
      bench(
        'MMLU-Pro',
        66.76,
        'CoT',
        5,
        '5-shot chain-of-thought, instruction evals table of the Mistral Small 3.1 card',
      ),
      bench(
        'GPQA-Diamond',
        45.96,
        'CoT',
        5,
        '5-shot chain-of-thought, instruction evals table of the Mistral Small 3.1 card',
      ),
      bench(
        'HumanEval',
        88.41,
        '',
        null,
        'instruction evals table of the Mistral Small 3.1 card (the card names neither the metric nor the shots)',
      ),
    ],
    released: '2025-03',
    supersededBy: {
      id: 'mistralai/Mistral-Small-3.2-24B-Instruct-2506',
      reason:
        'Mistral calls 3.2 a minor update of 3.1 Instruct: better instruction following, fewer runaway generations, a sturdier function-calling template, same architecture.',
      source: CARD_32,
    },
    sources: [CARD_31, CONFIG_SOURCE],
    notes: [
      'Superseded by Mistral-Small-3.2-24B-Instruct-2506, a minor update with the same architecture; prefer 3.2 for new work.',
      'Function calling and JSON output are documented in the card (Mistral\u2019s tool-call format).',
      ...SHARED_NOTES,
      'Release month from the model name (2503).',
    ],
  },
];
