import type { Benchmark, CatalogModel } from '../schema';

/**
 * IBM Granite 4.0 instruct models (October 2025, Apache 2.0): a dense transformer (Micro), a dense
 * Mamba-2 hybrid (H-Micro) and two Mamba-2 hybrids with fine-grained experts (H-Tiny, H-Small).
 * The hybrids put one attention block (no RoPE) after every nine Mamba-2 blocks, so most layers
 * keep a fixed-size state instead of a KV cache that grows with the context.
 */

const CARD_TINY =
  'https://huggingface.co/ibm-granite/granite-4.0-h-tiny (model card: release date October 2nd, 2025; Apache 2.0; 12 supported languages; capabilities incl. RAG, function calling and FIM; evaluation table and architecture table for Micro, H-Micro, H-Tiny and H-Small), read in a verbatim copy: github:DocDBrown/IBMGranite4Tiny README.md @60d949f9a1b5df8e0fb09bf970d15a8188fb963d';
const FAMILY_README =
  'github:ibm-granite/granite-4.0-language-models README.md @06398bf38d895faddbd99428ea8fc79e8314d4ce (micro, tiny and small in dense, dense-hybrid and MoE-hybrid forms; base and instruct releases; all Apache 2.0; FIM example)';
const TINY_CONFIG =
  'https://huggingface.co/ibm-granite/granite-4.0-h-tiny/blob/main/config.json, as copied in github:gkarfakis19/Rapid-LLM tests/test_qif_model_matrix.py @6c2d238ad8d9bd69c25bf9978127c24da2487033 (GRANITE_H_TINY_HF; the fields that size the model)';
const H_MICRO_CONFIG =
  'https://huggingface.co/ibm-granite/granite-4.0-h-micro/raw/main/config.json (40 layers, attention at 5, 15, 25 and 35, hidden 2048, 32 heads, 8 KV heads, 64 Mamba-2 heads of 64, state 128, 1 group, conv 4, no experts, shared_intermediate_size 8192, 131072 positions), values as quoted in a third-party unit test that cites that address';
const MICRO_CONFIG =
  'https://huggingface.co/ibm-granite/granite-4.0-micro/blob/main/config.json (vocab 100352, hidden 2560, 40 attention layers, 40 heads, 8 KV heads, intermediate and shared_intermediate_size 8192, no experts, RoPE, muP multipliers), values as listed in a third-party test suite\u2019s "full-size configs (real HF dimensions)"';
const TINY_PAGE =
  'Hugging Face model page ibm-granite/granite-4.0-h-tiny: 6.94B params (safetensors); IBM model card: 7B total, 1B active';

const LANGUAGES = {
  coverage: 'multilingual',
  stated:
    'English, German, Spanish, French, Japanese, Portuguese, Arabic, Czech, Italian, Korean, Dutch and Chinese (card; fine-tuning for further languages is invited)',
} as const;
const LICENSE = { id: 'apache-2.0', status: 'secondary', source: CARD_TINY } as const;
const CONTEXT = {
  native: 131072,
  status: 'secondary',
  source: CARD_TINY,
  note: 'Sequence length 128K in the card\u2019s architecture table for all four models; max_position_embeddings 131072.',
} as const;

const mamba = (n: number): string[] => Array<string>(n).fill('mamba');
/** Attention at blocks 5, 15, 25 and 35; Mamba-2 elsewhere. */
const HYBRID_LAYERS = [
  ...mamba(5),
  'attention',
  ...mamba(9),
  'attention',
  ...mamba(9),
  'attention',
  ...mamba(9),
  'attention',
  ...mamba(4),
];

/** Columns of the card's evaluation table (instruct models). */
const table = (
  mmlu: number,
  mmluPro: number,
  ifevalPrompt: number,
  humanEval: number,
  humanEvalPlus: number,
): Benchmark[] => {
  const row = (
    name: Benchmark['name'],
    value: number,
    variant: string,
    language: Benchmark['language'],
    shots: number | null,
    setting: string,
  ): Benchmark => ({
    name,
    value,
    variant,
    language,
    shots,
    setting: `${setting}, evaluation table of the Granite 4.0 instruct cards`,
    source: CARD_TINY,
    status: 'secondary',
  });
  return [
    row('MMLU', mmlu, '', 'en', 5, '5-shot'),
    row('MMLU-Pro', mmluPro, 'CoT', 'en', 5, '5-shot, chain-of-thought'),
    row('IFEval', ifevalPrompt, 'strict prompt', 'en', 0, 'prompt-level strict accuracy'),
    row('HumanEval', humanEval, 'pass@1', 'code', null, 'pass@1'),
    row('HumanEval+', humanEvalPlus, 'pass@1', 'code', null, 'pass@1'),
  ];
};

const SHARED_NOTES = [
  'Instruction-tuned (SFT, reinforcement-learning alignment and model merging) for instruction following, tool calling, RAG and structured JSON output; FIM code completion is documented for the family.',
  'Base checkpoints are published separately (granite-4.0-*-base); they are not listed here.',
  'Tied input/output embeddings over a 100,352-token vocabulary.',
];
const HYBRID_NOTES = [
  'Hybrid: 36 Mamba-2 blocks keep a fixed-size recurrent state and only the 4 attention blocks (no positional encoding) grow a KV cache, so long contexts cost far less memory than in a transformer of the same size.',
  'Mamba-2 kernels (mamba-ssm, causal-conv1d) are needed for fast training; without them transformers falls back to a slow path.',
];

const granite4Instruct: CatalogModel[] = [
  {
    id: 'ibm-granite/granite-4.0-h-tiny',
    name: 'Granite-4.0-H-Tiny',
    family: 'Granite 4.0',
    developer: 'IBM',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: {
      model_type: 'granitemoehybrid',
      hidden_size: 1536,
      num_hidden_layers: 40,
      num_attention_heads: 12,
      num_key_value_heads: 4,
      intermediate_size: 512,
      shared_intermediate_size: 1024,
      num_local_experts: 64,
      num_experts_per_tok: 6,
      vocab_size: 100352,
      tie_word_embeddings: true,
      mamba_d_state: 128,
      mamba_n_groups: 1,
      mamba_n_heads: 48,
      mamba_d_head: 64,
      mamba_expand: 2,
      mamba_d_conv: 4,
      mamba_chunk_size: 256,
      max_position_embeddings: 131072,
      layer_types: HYBRID_LAYERS,
    },
    configStatus: 'secondary',
    parameters: {
      total: 6_939_037_248,
      precision: 'exact',
      active: 1_465_470_528,
      status: 'secondary',
      source: `computed from the config; ${TINY_PAGE} (the count rounds to 6.94B)`,
    },
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['general', 'multilingual', 'long-context', 'tool-use', 'code'],
    license: LICENSE,
    benchmarks: table(68.65, 44.94, 78.1, 83, 76),
    released: '2025-10',
    sources: [CARD_TINY, FAMILY_README, TINY_CONFIG],
    notes: [
      'Mixture of experts: 64 experts of width 512, 6 per token, plus a shared expert of 1,024 in every block; about 1.47B parameters are active per token by this count, 1.31B without the input embedding (the card says 1B).',
      ...HYBRID_NOTES,
      ...SHARED_NOTES,
      'The copied config omits attention_bias, mamba_conv_bias and mamba_proj_bias, left to the GraniteMoeHybridConfig defaults (false, true, false).',
    ],
  },
  {
    id: 'ibm-granite/granite-4.0-h-micro',
    name: 'Granite-4.0-H-Micro',
    family: 'Granite 4.0',
    developer: 'IBM',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: {
      model_type: 'granitemoehybrid',
      hidden_size: 2048,
      num_hidden_layers: 40,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      intermediate_size: 8192,
      shared_intermediate_size: 8192,
      num_local_experts: 0,
      vocab_size: 100352,
      tie_word_embeddings: true,
      mamba_d_state: 128,
      mamba_n_groups: 1,
      mamba_n_heads: 64,
      mamba_d_head: 64,
      mamba_expand: 2,
      mamba_d_conv: 4,
      max_position_embeddings: 131072,
      layer_types: HYBRID_LAYERS,
    },
    configStatus: 'secondary',
    parameters: {
      total: 3_191_396_096,
      precision: 'exact',
      status: 'secondary',
      source: `computed from the config; the card\u2019s architecture table gives 3B (${CARD_TINY})`,
    },
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['general', 'multilingual', 'long-context', 'tool-use', 'code'],
    license: LICENSE,
    benchmarks: table(67.43, 43.48, 81.71, 81, 75),
    released: '2025-10',
    sources: [CARD_TINY, FAMILY_README, H_MICRO_CONFIG],
    notes: [
      'Dense hybrid: no experts, one SwiGLU MLP of 8,192 per block.',
      ...HYBRID_NOTES,
      ...SHARED_NOTES,
      'The quoted config lists no vocab_size or tie_word_embeddings; the family\u2019s 100,352 tokens and tied embeddings (card: shared input/output embeddings) are used. The count (3.19B) is 6% above the card\u2019s rounded 3B.',
    ],
  },
  {
    id: 'ibm-granite/granite-4.0-micro',
    name: 'Granite-4.0-Micro',
    family: 'Granite 4.0',
    developer: 'IBM',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: {
      model_type: 'granitemoehybrid',
      vocab_size: 100352,
      hidden_act: 'silu',
      max_position_embeddings: 131072,
      attention_bias: false,
      mlp_bias: false,
      hidden_size: 2560,
      num_hidden_layers: 40,
      num_attention_heads: 40,
      num_key_value_heads: 8,
      intermediate_size: 8192,
      shared_intermediate_size: 8192,
      num_local_experts: 0,
      num_experts_per_tok: 0,
      layer_types: Array<string>(40).fill('attention'),
      position_embedding_type: 'rope',
      embedding_multiplier: 12.0,
      residual_multiplier: 0.22,
      attention_multiplier: 0.015625,
      logits_scaling: 10.0,
      tie_word_embeddings: true,
    },
    configStatus: 'secondary',
    parameters: {
      total: 3_402_836_480,
      precision: 'exact',
      status: 'secondary',
      source: `computed from the config; the card\u2019s architecture table gives 3B (${CARD_TINY})`,
    },
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['general', 'multilingual', 'long-context', 'tool-use', 'code'],
    license: LICENSE,
    benchmarks: table(65.98, 44.5, 79.12, 80, 72),
    released: '2025-10',
    sources: [CARD_TINY, FAMILY_README, MICRO_CONFIG],
    notes: [
      'A conventional transformer (40 attention blocks with RoPE, GQA 40/8, head size 64): the family README offers it where Mamba-2 kernels are not available.',
      ...SHARED_NOTES,
      'The third-party listing gives no model_type or tie_word_embeddings; granitemoehybrid (the family\u2019s class, with every block attention) and tied embeddings (card) are recorded, which count the same as a Granite dense model. The count (3.40B) is 13% above the card\u2019s rounded 3B.',
    ],
  },
  {
    id: 'ibm-granite/granite-4.0-h-small',
    name: 'Granite-4.0-H-Small',
    family: 'Granite 4.0',
    developer: 'IBM',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: {
      model_type: 'granitemoehybrid',
      hidden_size: 4096,
      num_hidden_layers: 40,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      intermediate_size: 768,
      shared_intermediate_size: 1536,
      num_local_experts: 72,
      num_experts_per_tok: 10,
      vocab_size: 100352,
      tie_word_embeddings: true,
      mamba_d_state: 128,
      mamba_n_groups: 1,
      mamba_n_heads: 128,
      mamba_d_head: 64,
      mamba_expand: 2,
      mamba_d_conv: 4,
      max_position_embeddings: 131072,
      layer_types: HYBRID_LAYERS,
    },
    configStatus: 'unverified',
    parameters: {
      total: 32_207_337_984,
      precision: 'exact',
      active: 8_803_121_664,
      status: 'unverified',
      source: `computed from the config assembled from the card\u2019s architecture table, which gives 32B total and 9B active (${CARD_TINY})`,
    },
    context: CONTEXT,
    languages: LANGUAGES,
    strengths: ['general', 'multilingual', 'long-context', 'tool-use', 'code', 'reasoning'],
    license: LICENSE,
    benchmarks: table(78.44, 55.47, 85.22, 88, 83),
    released: '2025-10',
    sources: [CARD_TINY, FAMILY_README],
    notes: [
      'The family\u2019s largest model: 72 experts of width 768, 10 per token, and a shared expert of 1,536 in every block; about 8.80B parameters active per token by this count, 8.39B without the input embedding (the card says 9B).',
      ...HYBRID_NOTES,
      ...SHARED_NOTES,
      'Config unverified: the published config.json was not read. Widths, heads, Mamba-2 heads and state, experts and sequence length are the card\u2019s architecture table; the vocabulary, tied embeddings, attention positions (5, 15, 25, 35), one Mamba group, conv width 4 and head size 64 are taken from its siblings H-Tiny and H-Micro. The resulting 32.21B is 0.65% above the card\u2019s rounded 32B.',
    ],
  },
];

/**
 * The pretrained checkpoints the family README lists beside each instruct model. Their own cards
 * and configs were not read: they are recorded with the instruct model's architecture, which the
 * instruct cards say was fine-tuned from them.
 */
function baseOf(instruct: CatalogModel): CatalogModel {
  return {
    ...instruct,
    id: `${instruct.id}-base`,
    name: `${instruct.name}-Base`,
    purposes: ['text-generation'],
    variant: 'base',
    configStatus: 'unverified',
    parameters: { ...instruct.parameters, status: 'unverified' },
    context: { ...instruct.context, status: 'unverified' },
    strengths: instruct.strengths.filter((s) => s !== 'tool-use'),
    license: { id: 'apache-2.0', status: 'verified', source: FAMILY_README },
    benchmarks: [],
    sources: [FAMILY_README, ...instruct.sources.filter((s) => s !== FAMILY_README)],
    notes: [
      `The pretrained checkpoint of ${instruct.name} (the family README lists it as ibm-granite/${instruct.id.split('/')[1]}-base): the starting point for continued pre-training or your own instruction tuning.`,
      `Unverified: this base repository\u2019s card and config.json were not read; architecture, parameter count and context are those of ${instruct.name}, which the Granite 4.0 instruct cards describe as fine-tuned from its base. The licence is verified in the family README (all Granite 4.0 language models are Apache 2.0).`,
      ...hybridNotesFor(instruct),
      'Release month: the Granite 4.0 release of October 2025 (family README and instruct card); not read for this repository.',
    ],
  };
}

function hybridNotesFor(instruct: CatalogModel): string[] {
  return instruct.config.model_type === 'granitemoehybrid' &&
    Array.isArray(instruct.config.layer_types) &&
    instruct.config.layer_types.includes('mamba')
    ? HYBRID_NOTES
    : [];
}

export const granite4Models: CatalogModel[] = [
  ...granite4Instruct,
  ...granite4Instruct.map(baseOf),
];
