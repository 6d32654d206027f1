import type { Benchmark, CatalogModel } from '../schema';

/**
 * SmolLM3 (Hugging Face, 2025): a fully open 3B decoder with NoPE in every fourth layer, 64k
 * trained context (128k with YaRN), six main languages and dual-mode (think / no_think) reasoning.
 */

const MIRROR = 'github:fetchwiki/HuggingFaceTB-SmolLM3-3B';
const CARD = `https://huggingface.co/HuggingFaceTB/SmolLM3-3B (model card: 3B parameters, GQA and NoPE in a 3:1 ratio, 11.2T pretraining tokens, 64k trained context and 128k with YaRN, six natively supported languages, tool calling, Apache 2.0, lighteval results of the instruct and base models), read in the mirror ${MIRROR} README.md @24f7882f92998ee0e691d105ade637afc3e5171f`;
const CONFIG = `https://huggingface.co/HuggingFaceTB/SmolLM3-3B/blob/main/config.json, read in the mirror ${MIRROR} config.json @24f7882f92998ee0e691d105ade637afc3e5171f (every field)`;

const LAYERS = 36;

/** The published config.json of SmolLM3-3B (tie_word_embeddings omitted: SmolLM3Config defaults to True). */
const SMOLLM3_CONFIG = {
  architectures: ['SmolLM3ForCausalLM'],
  attention_bias: false,
  attention_dropout: 0.0,
  bos_token_id: 128000,
  eos_token_id: 128012,
  hidden_act: 'silu',
  hidden_size: 2048,
  initializer_range: 0.02,
  intermediate_size: 11008,
  layer_types: Array.from({ length: LAYERS }, () => 'full_attention'),
  max_position_embeddings: 65536,
  max_window_layers: 28,
  mlp_bias: false,
  model_type: 'smollm3',
  no_rope_layer_interval: 4,
  no_rope_layers: Array.from({ length: LAYERS }, (_, layer) => ((layer + 1) % 4 === 0 ? 0 : 1)),
  num_attention_heads: 16,
  num_hidden_layers: LAYERS,
  num_key_value_heads: 4,
  pad_token_id: 128004,
  pretraining_tp: 2,
  rms_norm_eps: 1e-6,
  rope_scaling: null,
  rope_theta: 5000000.0,
  sliding_window: null,
  torch_dtype: 'bfloat16',
  transformers_version: '4.54.0.dev0',
  use_cache: false,
  use_sliding_window: false,
  vocab_size: 128256,
};

const PARAMETERS = {
  total: 3_075_098_624,
  precision: 'exact',
  status: 'secondary',
  source: `computed from the config (embeddings 128,256 × 2,048 tied, 36 blocks of 78,123,008, final norm); the card gives only "3B" (${CARD})`,
} as const;

const CONTEXT = {
  native: 65536,
  extended: 131072,
  status: 'secondary',
  source: CARD,
  note: 'Trained at 64k (max_position_embeddings 65536); the card documents 128k by adding rope_scaling {"type": "yarn", "factor": 2.0, "original_max_position_embeddings": 65536}.',
} as const;

const LANGUAGES = {
  coverage: 'multilingual',
  stated:
    'English, French, Spanish, German, Italian and Portuguese natively; some Arabic, Chinese and Russian data (card)',
} as const;

const figure = (
  name: Benchmark['name'],
  value: number,
  variant: string,
  language: Benchmark['language'],
  setting: string,
): Benchmark => ({
  name,
  value,
  variant,
  language,
  shots: 0,
  setting,
  source: CARD,
  status: 'secondary',
});

const SHARED_NOTES = [
  'NoPE: every fourth layer (no_rope_layers) uses no rotary position embedding; GQA with 16 query and 4 KV heads (head_dim 128).',
  'tie_word_embeddings is absent from the published config; SmolLM3Config defaults it to True, so the embedding is counted once.',
  'The card\u2019s "3B" is a rounded figure; the exact count from the config is 3,075,098,624 (2.5% above it).',
  'Fully open: the pretraining data mixture, training configs (huggingface/smollm) and evaluation code are public.',
];

export const smollm3Models: CatalogModel[] = [
  {
    id: 'HuggingFaceTB/SmolLM3-3B',
    name: 'SmolLM3-3B',
    family: 'SmolLM3',
    developer: 'Hugging Face',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: SMOLLM3_CONFIG,
    configStatus: 'secondary',
    parameters: PARAMETERS,
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['general', 'reasoning', 'multilingual', 'long-context', 'tool-use'],
    license: { id: 'apache-2.0', status: 'secondary', source: CARD },
    benchmarks: [
      figure(
        'IFEval',
        76.7,
        'no extended thinking',
        'en',
        'IFEval, zero-shot, lighteval, no extended thinking (card\u2019s instruct table; metric variant not stated)',
      ),
      figure(
        'GPQA-Diamond',
        35.7,
        'no extended thinking',
        'en',
        'GPQA Diamond, zero-shot, lighteval, no extended thinking (card\u2019s instruct table)',
      ),
      figure(
        'GPQA-Diamond',
        41.7,
        'extended thinking',
        'en',
        'GPQA Diamond, zero-shot, lighteval, extended thinking (card\u2019s instruct table)',
      ),
      figure(
        'LiveCodeBench',
        15.2,
        'v4, no extended thinking',
        'code',
        'LiveCodeBench v4, zero-shot, lighteval, no extended thinking (card\u2019s instruct table)',
      ),
    ],
    released: '2025-07',
    sources: [CARD, CONFIG],
    notes: [
      'Hybrid reasoning: extended thinking is on by default and is switched off with /no_think in the system prompt or enable_thinking=False in the chat template.',
      'Post-trained with mid-training on 140B reasoning tokens, SFT and Anchored Preference Optimization (APO); tool calls through xml_tools or python_tools in the chat template.',
      ...SHARED_NOTES,
      'Release month: July 2025, from the SmolLM3 blog post the card links (hf.co/blog/smollm3); the stored card copy carries no date, so the month is not verified there.',
    ],
  },
  {
    id: 'HuggingFaceTB/SmolLM3-3B-Base',
    name: 'SmolLM3-3B-Base',
    family: 'SmolLM3',
    developer: 'Hugging Face',
    purposes: ['text-generation'],
    variant: 'base',
    backbone: 'decoder',
    config: SMOLLM3_CONFIG,
    configStatus: 'unverified',
    parameters: PARAMETERS,
    context: { ...CONTEXT, status: 'unverified' },
    languages: LANGUAGES,
    strengths: ['general', 'multilingual', 'long-context'],
    license: { id: 'apache-2.0', status: 'unverified', source: CARD },
    benchmarks: [
      figure(
        'HumanEval+',
        30.48,
        '',
        'code',
        'HumanEval+, zero-shot, lighteval (card\u2019s base pre-trained model table; metric not stated)',
      ),
    ],
    released: '2025-07',
    sources: [CARD, CONFIG],
    notes: [
      'The pretrained checkpoint before mid-training and alignment: the starting point for your own instruction tuning or domain pre-training.',
      'Unverified: the base repository\u2019s own card and config.json were not read. The config, context and licence here are those of SmolLM3-3B, whose card reports this base model\u2019s results and describes the instruct model as post-trained from it.',
      ...SHARED_NOTES,
      'Release month: July 2025, as SmolLM3-3B (not verified for this repository).',
    ],
  },
];
