import type { CatalogModel } from '../schema';

/**
 * Qwen3-Coder-30B-A3B-Instruct (July 2025): the small Qwen3-Coder, a Qwen3-30B-A3B-shaped
 * mixture of experts post-trained for agentic coding and tool calls, 262,144 tokens natively.
 */

const SRC = {
  CARD: 'https://huggingface.co/Qwen/Qwen3-Coder-30B-A3B-Instruct (model card: 30.5B total / 3.3B activated, 48 layers, 32 Q / 4 KV heads, 128 experts with 8 activated, 262,144 tokens natively and up to 1M with YaRN, non-thinking only, agentic coding with a dedicated function-call format; read in third-party copies of the card: secondary)',
  KERAS_QWEN3:
    'github:keras-team/keras-hub keras_hub/src/models/qwen3_moe/qwen3_moe_presets.py @71453d08f59edc90d276e999319fc51e61cbf82c (qwen3_coder_instruct_30b_a3b_en, converted from this checkpoint: 30,532,122,624 parameters, "30.5 billion total parameters with 3.3 billion activated"; secondary)',
} as const;

const QWEN3_CODER_30B_CONFIG = {
  model_type: 'qwen3_moe',
  architectures: ['Qwen3MoeForCausalLM'],
  vocab_size: 151936,
  hidden_size: 2048,
  intermediate_size: 6144,
  num_hidden_layers: 48,
  num_attention_heads: 32,
  num_key_value_heads: 4,
  head_dim: 128,
  hidden_act: 'silu',
  tie_word_embeddings: false,
  max_position_embeddings: 262144,
  rope_scaling: null,
  attention_bias: false,
  sliding_window: null,
  use_sliding_window: false,
  num_experts: 128,
  num_experts_per_tok: 8,
  moe_intermediate_size: 768,
  decoder_sparse_step: 1,
  mlp_only_layers: [],
  norm_topk_prob: true,
  rms_norm_eps: 1e-6,
};

export const qwen3CoderModels: CatalogModel[] = [
  {
    id: 'Qwen/Qwen3-Coder-30B-A3B-Instruct',
    name: 'Qwen3-Coder-30B-A3B-Instruct',
    family: 'Qwen3-Coder',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: QWEN3_CODER_30B_CONFIG,
    configStatus: 'unverified',
    parameters: {
      total: 30532122624,
      precision: 'exact',
      active: 3353032704,
      status: 'secondary',
      source: `${SRC.KERAS_QWEN3}; equal to the count computed from this config (the Qwen3-30B-A3B shape the card describes: 48 layers, 32/4 heads, 128 experts, 8 active); active computed from the config`,
    },
    context: {
      native: 262144,
      extended: 1048576,
      status: 'secondary',
      source: SRC.CARD,
      note: '262,144 tokens natively; the card documents extension to 1M tokens with YaRN for repository-scale inputs (a rope_scaling block the user adds; 1M recorded here as 1,048,576, the card says only "1M").',
    },
    languages: {
      coverage: 'multilingual',
      stated:
        'Programming languages and natural languages of the Qwen3 series; the card lists no language set',
    },
    strengths: ['code', 'tool-use', 'long-context'],
    license: { id: 'apache-2.0', status: 'secondary', source: SRC.CARD },
    benchmarks: [],
    released: '2025-07',
    sources: [SRC.CARD, SRC.KERAS_QWEN3],
    notes: [
      'Non-thinking only: no <think></think> blocks. Tool calls use the Qwen3-Coder function-call format (the card points to its own tool parser); keep it in agentic fine-tuning data.',
      "Config unverified: this checkpoint's config.json was not read. The architecture fields are those of Qwen3-30B-A3B, which the card's figures match and whose exact count this config reproduces; max_position_embeddings 262144 follows the card's native context; rope_theta is left out because its value was not read (it does not change the memory estimate).",
      'Sparse mixture of experts in every layer: 128 experts of width 768, 8 routed per token; intermediate_size 6144 is present but unused.',
      'Instruction-tuned for chat and agentic coding, not a completion model: for fill-in-the-middle IDE completion a base coder model is the better starting point (fill-in-the-middle support was not confirmed in the card).',
      'No benchmark figure is listed: the card reports agentic benchmarks (SWE-bench, Terminal-Bench, BFCL) that no other catalog entry shares.',
      'Apache 2.0 (the card links the LICENSE file in the repository).',
    ],
  },
];
