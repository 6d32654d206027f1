import type { CatalogModel } from '../schema';
import { SRC } from './qwen3';

/** Qwen3-30B-A3B (April 2025): the Qwen3 mixture of experts, 128 experts with 8 routed per token. */
export const qwen3_30bA3bModels: CatalogModel[] = [
  {
    id: 'Qwen/Qwen3-30B-A3B',
    name: 'Qwen3-30B-A3B',
    family: 'Qwen3',
    developer: 'Alibaba Cloud (Qwen team)',
    purposes: ['chat', 'text-generation'],
    variant: 'instruct',
    backbone: 'decoder',
    config: {
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
      max_position_embeddings: 40960,
      rope_theta: 1000000,
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
    },
    configStatus: 'secondary',
    parameters: {
      total: 30532122624,
      precision: 'exact',
      active: 3353032704,
      status: 'secondary',
      source:
        'Total: keras-hub exact count (github:keras-team/keras-hub keras_hub/src/models/*/*_presets.py @71453d08), equal to the count computed from the config; active computed from the config',
    },
    context: {
      native: 32768,
      extended: 131072,
      status: 'verified',
      source: SRC.QWEN3_BLOG,
      note: '128K per the Qwen3 architecture table, reached by adding a YaRN rope_scaling block (factor 4 over 32768). Trap: max_position_embeddings is 40960, not a trained context: Qwen extended pre-training to 32K in the final stage (blog), and the Qwen3 model cards describe 40,960 as room for 32,768 output plus 8,192 prompt tokens (cards not re-read here). Use 32,768 as the native context.',
    },
    languages: {
      coverage: 'multilingual',
      stated: '119 languages and dialects (Qwen3 release blog)',
    },
    strengths: ['general', 'reasoning', 'multilingual', 'tool-use', 'long-context'],
    license: {
      id: 'apache-2.0',
      status: 'verified',
      source: SRC.QWEN3_README,
    },
    benchmarks: [
      {
        name: 'MMLU',
        value: 81.38,
        variant: '',
        language: 'en',
        shots: 5,
        setting:
          '5-shot, base-model table of the Qwen3 technical report (measured on Qwen3-30B-A3B-Base, not on this post-trained model)',
        source: SRC.QWEN3_REPORT,
        status: 'verified',
      },
    ],
    released: '2025-04',
    supersededBy: {
      id: 'Qwen/Qwen3-30B-A3B-Instruct-2507',
      reason:
        "Qwen's July 2025 update of Qwen3-30B-A3B's non-thinking mode, with new weights and a 262,144-token native window; Qwen3-30B-A3B-Thinking-2507 replaces its thinking mode.",
      source:
        'https://huggingface.co/Qwen/Qwen3-30B-A3B-Instruct-2507 (model card: "an updated version of the Qwen3-30B-A3B non-thinking mode")',
    },
    sources: [
      SRC.QWEN3_BLOG,
      SRC.QWEN3_REPORT,
      SRC.QWEN3_README,
      SRC.QWEN3_MOE_CONFIG_COPIES,
      SRC.KERAS_PRESETS,
      SRC.LITGPT_CONFIGS,
    ],
    notes: [
      'Sparse mixture of experts: every layer (decoder_sparse_step 1, mlp_only_layers empty) has 128 experts of width moe_intermediate_size 768, 8 routed per token, no shared expert. The HF field for the expert count is num_experts (not num_local_experts).',
      'Trap: intermediate_size 6144 is present in the config but unused, because no layer has a dense MLP. Estimators must use moe_intermediate_size.',
      "parameters.total counts all 128 experts; active is computed as total minus 120 unused experts per layer (120 x 3 x 2048 x 768 x 48 = 27,179,089,920), with attention, embeddings and routers counted as active. Qwen's headline is 30B total / 3B activated (keras-hub: 3.3B).",
      'Post-trained hybrid thinking / non-thinking checkpoint, catalogued as instruct; the pretrained checkpoint is Qwen/Qwen3-30B-A3B-Base (not listed separately).',
      'MMLU is the figure of the pretrained base model; HumanEval is reported only inside EvalPlus (71.45 for the base model), so none is listed.',
      'Config values come from a training-framework copy (MindSpeed-RL), litgpt and transformers defaults rather than the official file (secondary); the exact parameter count confirms them.',
    ],
  },
];
