import type { CatalogModel } from '../schema';

/**
 * Ministral 3 (Mistral AI, December 2025): 3B, 8B and 14B multimodal models, each a Ministral 3
 * language model (text_config model_type ministral3) with the 0.4B Pixtral vision encoder and
 * Mistral 3 projector, in Base, Instruct and Reasoning variants; 256k context; Apache 2.0. The
 * memory engine reads the mistral3 config as it reads Mistral Small 3.1's.
 * How facts are sourced: see ./index.ts.
 */

/** Sources cited by the entries below. */
const SRC = {
  CARD_3B:
    'https://huggingface.co/mistralai/Ministral-3-3B-Instruct-2512-BF16 (model card: 3.4B language model + 0.4B vision encoder; vision, dozens of languages, native function calling and JSON output, Apache 2.0, 256k context window)',
  CARD_8B:
    'https://huggingface.co/mistralai/Ministral-3-8B-Instruct-2512 (model card: 8.4B language model + 0.4B vision encoder; fits 12 GB of VRAM in FP8; Apache 2.0; 256k context), read in a verbatim copy: https://huggingface.co/unsloth/Ministral-3-8B-Instruct-2512-unsloth-bnb-4bit',
  CARD_14B:
    'https://huggingface.co/mistralai/Ministral-3-14B-Base-2512 (13.5B language model + 0.4B vision encoder), as quoted in github:NVIDIA-NeMo/Megatron-Bridge src/megatron/bridge/models/ministral3/ministral3_provider.py @355cef457010f70533a5c83f1ed97899d0e0af43',
  CARD_BASE:
    'https://huggingface.co/mistralai/Ministral-3-3B-Base-2512 (model card: the base pre-trained version, not fine-tuned for instruction or reasoning, for custom post-training), read in a verbatim copy: https://huggingface.co/skilledu/Ministral-3-3B-Base-2512',
  WIDTHS:
    'github:NVIDIA-NeMo/Megatron-Bridge src/megatron/bridge/models/ministral3/ministral3_provider.py @355cef457010f70533a5c83f1ed97899d0e0af43 (the converter of the HF Ministral 3 checkpoints: 32 heads, 8 KV groups, kv_channels 128, RMSNorm 1e-5, SwiGLU, no biases; YaRN factor 16 over 16,384 positions, beta_fast 32, beta_slow 1; 3B hidden 3072 / FFN 9216 / 26 layers / shared embeddings; 8B 4096 / 14336 / 34; 14B 5120 / 16384 / 40 with rotary base 1e9, the others 1e6)',
  VISION:
    'the Pixtral encoder and projector of Mistral Small 3.1 (github:NVIDIA/TensorRT-LLM tests/unittest/_torch/modeling/test_modeling_mistral.py @56851033051a6f9bd50e22219db64d68722a6f01, a copy of https://huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503/blob/main/config.json), the "0.4B vision encoder" the cards name',
  HUB_TOTALS:
    'Hugging Face Hub API safetensors totals (https://huggingface.co/api/models/mistralai/Ministral-3-3B-Instruct-2512 and the 8B, 14B and 3B-Reasoning repositories): 3,849,090,048 / 8,918,026,716 / 13,945,032,240 and 4,251,743,232 for Ministral-3-3B-Reasoning-2512, read in third-party records of the API responses (with the 3B\u2019s split into 3,429,006,336 language model and 420,083,712 vision tower and projector)',
  BENCHMARKS:
    'https://huggingface.co/mistralai/Ministral-3-14B-Instruct-2512 (model card, Benchmark Results: Reasoning table AIME25 / AIME24 / GPQA Diamond / LiveCodeBench of the Reasoning models, Base table Multilingual MMLU / MATH / AGIEval / MMLU Redux / MMLU 5-shot / TriviaQA of the Base models, for 3B, 8B and 14B, as fractions), read in verbatim copies: github:nerdpudding/llama_cpp models/documentation/CANDIDATES/README_Ministral-3-14B-Instruct-2512-GGUF.md and README_Ministral-3-14B-Reasoning-2512-GGUF.md @e22d85df955395e4a92cae5274005188775ed3f0 (secondary)',
  RELEASE:
    'github:huggingface/transformers docs/source/en/model_doc/ministral3.md (Ministral3; contributed to Transformers on 2025-12-01; Mistral3ForConditionalGeneration with a 256k context window)',
} as const;

/**
 * Pixtral vision encoder and projector: the sizing fields of Mistral Small 3.1's published config
 * (fields that size nothing, such as image_size, are left out: not confirmed for Ministral 3).
 */
const VISION_CONFIG = {
  head_dim: 64,
  hidden_size: 1024,
  intermediate_size: 4096,
  model_type: 'pixtral',
  num_attention_heads: 16,
  num_channels: 3,
  num_hidden_layers: 24,
  patch_size: 14,
} as const;

const textConfig = (
  widths: { hidden_size: number; intermediate_size: number; num_hidden_layers: number },
  tied: boolean,
  ropeTheta: number,
) => ({
  model_type: 'ministral3',
  ...widths,
  num_attention_heads: 32,
  num_key_value_heads: 8,
  head_dim: 128,
  hidden_act: 'silu',
  rms_norm_eps: 1e-5,
  vocab_size: 131072,
  max_position_embeddings: 262144,
  tie_word_embeddings: tied,
  rope_parameters: {
    rope_type: 'yarn',
    rope_theta: ropeTheta,
    factor: 16,
    original_max_position_embeddings: 16384,
    beta_fast: 32,
    beta_slow: 1,
  },
});

const mistral3Config = (text: ReturnType<typeof textConfig>) => ({
  architectures: ['Mistral3ForConditionalGeneration'],
  model_type: 'mistral3',
  multimodal_projector_bias: false,
  spatial_merge_size: 2,
  text_config: text,
  vision_config: VISION_CONFIG,
});

const W3B = { hidden_size: 3072, intermediate_size: 9216, num_hidden_layers: 26 };
const W8B = { hidden_size: 4096, intermediate_size: 14336, num_hidden_layers: 34 };
const W14B = { hidden_size: 5120, intermediate_size: 16384, num_hidden_layers: 40 };

const CONFIG_3B = mistral3Config(textConfig(W3B, true, 1e6));
const CONFIG_3B_UNTIED = mistral3Config(textConfig(W3B, false, 1e6));
const CONFIG_8B = mistral3Config(textConfig(W8B, false, 1e6));
const CONFIG_14B = mistral3Config(textConfig(W14B, false, 1e9));

const exact = (total: number, source: string) =>
  ({ total, precision: 'exact', status: 'secondary', source }) as const;

const PARAMS_3B = exact(
  3_849_090_048,
  `${SRC.HUB_TOTALS}: equal to the count from the config (language model 3,429,006,336 with tied embeddings, the "3.4B" of the card; Pixtral encoder and projector 420,083,712, the "0.4B")`,
);
const PARAMS_3B_UNTIED = exact(
  4_251_743_232,
  `${SRC.HUB_TOTALS}: equal to the count from the config with an untied output head (402,653,184 more than the Instruct model)`,
);
const PARAMS_8B = exact(
  8_918_026_240,
  `Computed from the config (language model 8,489,553,920, the card\u2019s "8.4B"; vision 428,472,320); the FP8 repository\u2019s Hub total, 8,918,026,716, is 476 more: one weight and one activation scale for each of the 7 projections of the 34 blocks (${SRC.HUB_TOTALS})`,
);
const PARAMS_14B = exact(
  13_945_031_680,
  `Computed from the config (language model 13,506,073,600, the card\u2019s "13.5B"); the FP8 repository\u2019s Hub total, 13,945,032,240, is 560 more: two FP8 scales for each of the 7 projections of the 40 blocks (${SRC.HUB_TOTALS})`,
);

const CONTEXT = {
  native: 262144,
  status: 'verified',
  source: SRC.CARD_3B,
  note: 'The card gives a 256k window; max_position_embeddings is 262,144, reached with the YaRN block (factor 16 over 16,384 positions) that the published config already carries.',
} as const;

const LANGUAGES = {
  coverage: 'multilingual',
  stated:
    'Dozens of languages, including English, French, Spanish, German, Italian, Portuguese, Dutch, Chinese, Japanese, Korean and Arabic',
} as const;

const LICENSE = { id: 'apache-2.0', status: 'verified', source: SRC.CARD_3B } as const;

const NOTES = [
  'Multimodal checkpoint (Mistral3ForConditionalGeneration): a 24-block Pixtral vision encoder and a patch-merging projector sit beside the language model; text-only fine-tuning usually leaves them frozen.',
  'Config read in copies: the widths, heads, norms and YaRN settings from NVIDIA\u2019s Megatron-Bridge converter of these checkpoints, vocabulary (131,072) and window (262,144) from a copy of the 8B text_config in a C++ port\u2019s test (its repository not identified, so not cited), the sizing fields of the vision tower and projector as Mistral Small 3.1 publishes them (image_size, the image token id and the projector activation are left out, not being confirmed for these checkpoints). llama_4_scaling_beta (a query scale for long positions, no parameters) is left out: it was read for the 8B only. The count from this config equals the Hub\u2019s safetensors totals, which settles the shapes.',
  'The memory engine does not list the text tower\u2019s model_type (ministral3) among its families, so its assumptions say it was read as a Llama-style decoder; that reading is right for these Mistral blocks (RMSNorm before attention and MLP, SwiGLU, no biases), as the counts equal to the Hub totals show.',
  'Mistral\u2019s tokenizer library (mistral-common, MistralCommonBackend in transformers 5) is the reference for the chat template.',
  'Benchmarks from the cards\u2019 tables (fractions there, percentages here). MMLU 5-shot is measured on the Base model of the size and listed on its Instruct and Reasoning models too, as the catalog does for Qwen3; GPQA Diamond and LiveCodeBench are the Reasoning models\u2019 (LiveCodeBench version and window not stated, so comparable only among these three). The Instruct table (Arena Hard, WildBench, MATH, MM MTBench) has no catalog benchmark.',
  'Release month from the model name (2512) and the transformers documentation (Ministral3 added on 2025-12-01).',
];

const BASE_NOTE =
  'Base pre-trained model, not fine-tuned for instruction or reasoning: the starting point for your own post-training.';
const INSTRUCT_NOTE =
  'Instruct model in BF16, the weights to fine-tune; Mistral\u2019s main repository of the same name without -BF16 stores the same model in FP8 for serving. Native function calling and JSON output.';
const REASONING_NOTE =
  'Reasoning model: thinks step by step before answering (math, code, multi-step problems); fine-tune it on reasoning traces, or start from the Instruct model for short answers.';
const UNVERIFIED_REASONING =
  'Config not confirmed for this checkpoint: the Reasoning repository\u2019s config.json was not read and its Hub total was not found; the Instruct model\u2019s architecture of the same size is used. (At 3B the Reasoning model unties its output head, so check tie_word_embeddings in the repository.)';

type Entry = Pick<
  CatalogModel,
  'id' | 'name' | 'purposes' | 'variant' | 'config' | 'configStatus' | 'parameters' | 'strengths'
> & { notes: string[]; sources: string[]; benchmarks: CatalogModel['benchmarks'] };

const entry = (e: Entry): CatalogModel => ({
  ...e,
  family: 'Ministral 3',
  developer: 'Mistral AI',
  backbone: 'decoder',
  context: CONTEXT,
  languages: LANGUAGES,
  license: LICENSE,
  released: '2025-12',
  sources: [...e.sources, SRC.BENCHMARKS, SRC.WIDTHS, SRC.VISION, SRC.RELEASE],
  notes: [...e.notes, ...NOTES],
});

/** MMLU 5-shot of the Base model of one size (Base table of the cards), for every entry of that size. */
const mmlu = (value: number, base: string): CatalogModel['benchmarks'][number] => ({
  name: 'MMLU',
  value,
  variant: '',
  language: 'en',
  shots: 5,
  setting: `5-shot, Base table of the Ministral 3 cards (measured on ${base})`,
  source: SRC.BENCHMARKS,
  status: 'secondary',
});

/** GPQA Diamond and LiveCodeBench of one Reasoning model (Reasoning table of the cards). */
const reasoning = (gpqa: number, liveCodeBench: number): CatalogModel['benchmarks'] => [
  {
    name: 'GPQA-Diamond',
    value: gpqa,
    variant: 'reasoning',
    language: 'en',
    shots: null,
    setting:
      'GPQA Diamond, Reasoning table of the Ministral 3 cards (Mistral evaluation of the reasoning model; shots not stated)',
    source: SRC.BENCHMARKS,
    status: 'secondary',
  },
  {
    name: 'LiveCodeBench',
    value: liveCodeBench,
    variant: 'version not stated, Ministral 3 Reasoning card',
    language: 'code',
    shots: null,
    setting:
      'LiveCodeBench, Reasoning table of the Ministral 3 cards (Mistral evaluation; version and problem window not stated)',
    source: SRC.BENCHMARKS,
    status: 'secondary',
  },
];

const BASE = ['text-generation'] as CatalogModel['purposes'];
const CHAT = ['chat', 'text-generation'] as CatalogModel['purposes'];

export const ministral3Models: CatalogModel[] = [
  entry({
    id: 'mistralai/Ministral-3-3B-Base-2512',
    benchmarks: [mmlu(70.7, 'Ministral-3-3B-Base-2512')],
    name: 'Ministral-3-3B-Base-2512',
    purposes: BASE,
    variant: 'base',
    config: CONFIG_3B,
    configStatus: 'secondary',
    parameters: PARAMS_3B,
    strengths: ['general', 'multilingual', 'long-context'],
    sources: [SRC.CARD_BASE, SRC.HUB_TOTALS],
    notes: [
      BASE_NOTE,
      'The Base repository\u2019s own Hub total was not read: its shape is the Instruct model\u2019s, with tied embeddings as NVIDIA\u2019s converter builds the 3B.',
    ],
  }),
  entry({
    id: 'mistralai/Ministral-3-3B-Instruct-2512-BF16',
    benchmarks: [mmlu(70.7, 'Ministral-3-3B-Base-2512')],
    name: 'Ministral-3-3B-Instruct-2512-BF16',
    purposes: CHAT,
    variant: 'instruct',
    config: CONFIG_3B,
    configStatus: 'secondary',
    parameters: PARAMS_3B,
    strengths: ['general', 'multilingual', 'tool-use', 'long-context'],
    sources: [SRC.CARD_3B, SRC.HUB_TOTALS],
    notes: [INSTRUCT_NOTE, 'Fits 16 GB of VRAM in BF16 for inference, per the card.'],
  }),
  entry({
    id: 'mistralai/Ministral-3-3B-Reasoning-2512',
    benchmarks: [mmlu(70.7, 'Ministral-3-3B-Base-2512'), ...reasoning(53.4, 54.8)],
    name: 'Ministral-3-3B-Reasoning-2512',
    purposes: CHAT,
    variant: 'instruct',
    config: CONFIG_3B_UNTIED,
    configStatus: 'secondary',
    parameters: PARAMS_3B_UNTIED,
    strengths: ['reasoning', 'math', 'code', 'multilingual'],
    sources: [SRC.CARD_3B, SRC.HUB_TOTALS],
    notes: [
      REASONING_NOTE,
      'Unlike the 3B Base and Instruct models its output head is untied: the Hub total is larger by exactly one 131,072 \u00d7 3,072 embedding matrix, so tie_word_embeddings is false here (read from the count, not from the file).',
    ],
  }),
  entry({
    id: 'mistralai/Ministral-3-8B-Base-2512',
    benchmarks: [mmlu(76.1, 'Ministral-3-8B-Base-2512')],
    name: 'Ministral-3-8B-Base-2512',
    purposes: BASE,
    variant: 'base',
    config: CONFIG_8B,
    configStatus: 'secondary',
    parameters: PARAMS_8B,
    strengths: ['general', 'multilingual', 'long-context'],
    sources: [SRC.CARD_8B, SRC.HUB_TOTALS],
    notes: [BASE_NOTE],
  }),
  entry({
    id: 'mistralai/Ministral-3-8B-Instruct-2512-BF16',
    benchmarks: [mmlu(76.1, 'Ministral-3-8B-Base-2512')],
    name: 'Ministral-3-8B-Instruct-2512-BF16',
    purposes: CHAT,
    variant: 'instruct',
    config: CONFIG_8B,
    configStatus: 'secondary',
    parameters: PARAMS_8B,
    strengths: ['general', 'multilingual', 'tool-use', 'long-context'],
    sources: [SRC.CARD_8B, SRC.HUB_TOTALS],
    notes: [INSTRUCT_NOTE],
  }),
  entry({
    id: 'mistralai/Ministral-3-8B-Reasoning-2512',
    benchmarks: [mmlu(76.1, 'Ministral-3-8B-Base-2512'), ...reasoning(66.8, 61.6)],
    name: 'Ministral-3-8B-Reasoning-2512',
    purposes: CHAT,
    variant: 'instruct',
    config: CONFIG_8B,
    configStatus: 'unverified',
    parameters: PARAMS_8B,
    strengths: ['reasoning', 'math', 'code', 'multilingual'],
    sources: [SRC.CARD_8B],
    notes: [REASONING_NOTE, UNVERIFIED_REASONING],
  }),
  entry({
    id: 'mistralai/Ministral-3-14B-Base-2512',
    benchmarks: [mmlu(79.4, 'Ministral-3-14B-Base-2512')],
    name: 'Ministral-3-14B-Base-2512',
    purposes: BASE,
    variant: 'base',
    config: CONFIG_14B,
    configStatus: 'secondary',
    parameters: PARAMS_14B,
    strengths: ['general', 'multilingual', 'long-context'],
    sources: [SRC.CARD_14B, SRC.HUB_TOTALS],
    notes: [BASE_NOTE],
  }),
  entry({
    id: 'mistralai/Ministral-3-14B-Instruct-2512-BF16',
    benchmarks: [mmlu(79.4, 'Ministral-3-14B-Base-2512')],
    name: 'Ministral-3-14B-Instruct-2512-BF16',
    purposes: CHAT,
    variant: 'instruct',
    config: CONFIG_14B,
    configStatus: 'secondary',
    parameters: PARAMS_14B,
    strengths: ['general', 'multilingual', 'tool-use', 'long-context'],
    sources: [SRC.CARD_14B, SRC.HUB_TOTALS],
    notes: [INSTRUCT_NOTE],
  }),
  entry({
    id: 'mistralai/Ministral-3-14B-Reasoning-2512',
    benchmarks: [mmlu(79.4, 'Ministral-3-14B-Base-2512'), ...reasoning(71.2, 64.6)],
    name: 'Ministral-3-14B-Reasoning-2512',
    purposes: CHAT,
    variant: 'instruct',
    config: CONFIG_14B,
    configStatus: 'unverified',
    parameters: PARAMS_14B,
    strengths: ['reasoning', 'math', 'code', 'multilingual'],
    sources: [SRC.CARD_14B],
    notes: [REASONING_NOTE, UNVERIFIED_REASONING],
  }),
];
