import { periodicLayerTypes } from './layer-types';

/** Sources the Qwen3.5-35B-A3B and Qwen3.6-35B-A3B entries share. */
export const QWEN3_5_MOE_SRC = {
  SLIME_35B:
    'github:THUDM/slime scripts/models/qwen3.5-35B-A3B.sh @10cefc3b91ba5db960c74037390f4e2596f5773d (Megatron arguments of Qwen3.5-35B-A3B: 40 layers of 2,048, 16 heads, 2 query groups, kv-channels 256, gated attention output, rotary 0.25 with base 10,000,000, untied 248,320 vocabulary, 256 experts of 512 with top-8 routing and a gated shared expert of 512 in every layer, linear attention every 3 of 4 layers with 16 QK / 32 V heads of 128 and a 4-wide convolution; secondary)',
  SLIME_36:
    'github:THUDM/slime scripts/models/qwen36-35B-A3B.sh @40d418ab48367169ffbc1a0675c587165e9f34e9 ("Qwen3.6-35B-A3B uses the same language/MoE topology as the Qwen3.5-35B-A3B config"; secondary)',
  TRANSFORMERS:
    'transformers 5.18.0 src/transformers/models/qwen3_5_moe/configuration_qwen3_5_moe.py (Qwen3_5MoeTextConfig and vision defaults, documented against the Qwen/Qwen3.5-35B-A3B checkpoint: the same text geometry, and a 27-block vision tower of 1,152 with MLP 4,304 and 16 heads; secondary)',
  HUB_LISTING:
    'github:januwA/LearnAiQwen README.md @0a73b90d936c63f175ba4e408e866de7f1e67beb (output of `hf models ls --author Qwen`: Qwen/Qwen3.5-35B-A3B and Qwen/Qwen3.5-35B-A3B-Base created 2026-02-24; secondary)',
} as const;

/**
 * The 35B-A3B shape: the training recipe's language model and transformers' vision defaults,
 * projecting to the 2,048-wide language model. max_position_embeddings 262144 is assumed as for
 * the other Qwen3.5 files.
 */
export const QWEN3_5_35B_A3B_CONFIG = {
  architectures: ['Qwen3_5MoeForConditionalGeneration'],
  model_type: 'qwen3_5_moe',
  text_config: {
    attention_bias: false,
    attn_output_gate: true,
    full_attention_interval: 4,
    head_dim: 256,
    hidden_act: 'silu',
    hidden_size: 2048,
    layer_types: periodicLayerTypes(40, 4, 'linear_attention'),
    linear_conv_kernel_dim: 4,
    linear_key_head_dim: 128,
    linear_num_key_heads: 16,
    linear_num_value_heads: 32,
    linear_value_head_dim: 128,
    mamba_ssm_dtype: 'float32',
    max_position_embeddings: 262144,
    model_type: 'qwen3_5_moe_text',
    moe_intermediate_size: 512,
    mtp_num_hidden_layers: 1,
    num_attention_heads: 16,
    num_experts: 256,
    num_experts_per_tok: 8,
    num_hidden_layers: 40,
    num_key_value_heads: 2,
    partial_rotary_factor: 0.25,
    rms_norm_eps: 1e-6,
    shared_expert_intermediate_size: 512,
    tie_word_embeddings: false,
    vocab_size: 248320,
  },
  tie_word_embeddings: false,
  vision_config: {
    depth: 27,
    hidden_act: 'gelu_pytorch_tanh',
    hidden_size: 1152,
    in_channels: 3,
    intermediate_size: 4304,
    // The dense family's tower type: the memory model reads "qwen3_5" and "qwen3_5_vision" towers
    // but not yet the MoE class's name ("qwen3_5_moe_vision"), whose tower has the same shape.
    model_type: 'qwen3_5',
    num_heads: 16,
    num_position_embeddings: 2304,
    out_hidden_size: 2048,
    patch_size: 16,
    spatial_merge_size: 2,
    temporal_patch_size: 2,
  },
};

/** Notes the 35B-A3B entries share. */
export const QWEN3_5_MOE_NOTE = {
  SHAPE:
    "Config partly unverified: the language model is the training recipe's (40 blocks of 2,048; 30 Gated DeltaNet blocks with 16 QK / 32 V heads of 128 and 10 gated-attention blocks with 16 query / 2 KV heads of 256; 256 experts of 512, 8 routed per token, plus a gated shared expert of 512 in every block; untied 248,320 vocabulary), which transformers' Qwen3.5-MoE defaults repeat. The vision tower is transformers' default shape projecting to 2,048, given the dense family's vision model_type 'qwen3_5' (transformers names the MoE class 'qwen3_5_moe_vision', which the memory model does not yet map to this tower); the published config.json was not read. The count computed from this config equals keras-hub's exact 35,107,181,936, which settles the shape.",
  ACTIVE:
    'parameters.active (3,901,560,176) is what one token uses: embeddings, attention and DeltaNet blocks, 8 of 256 experts and the shared expert per block, the head, and the 446,571,248-parameter vision tower the memory model counts with the language model.',
  MOE_MEMORY:
    'Every expert must be in memory to fine-tune: plan for the 35.1B total, not the 3B active. LoRA on the experts multiplies adapter size by 256; adapting only attention and the shared expert keeps it small.',
} as const;
