import type { ModelSpec } from './spec';

/**
 * What a config.json leaves implicit and the modeling code decides: which projections have
 * biases, how many norms a block has, whether the embeddings are tied. One entry per Hugging Face
 * `model_type`; each was read off the model's modeling file in transformers (or its remote code).
 */
export interface FamilyTraits {
  kind: ModelSpec['kind'];
  norm: ModelSpec['norm']['kind'];
  perLayer: number;
  finalNorm: boolean;
  embeddingNorm: boolean;
  qkNorm: ModelSpec['norm']['qk'];
  /** Bias defaults; `attention_bias` / `mlp_bias` in the config override qkv+o / mlp. */
  qkvBias: boolean;
  oBias: boolean;
  mlpBias: boolean;
  lmHeadBias: boolean;
  /** Whether `attention_bias` in the config applies (Qwen2's biases are fixed by its code). */
  readsAttentionBias: boolean;
  tiedDefault: boolean;
  /** null: decide from hidden_act (GLU variants and SiLU-style decoders are gated). */
  gated: boolean | null;
  /** Learned absolute positions: none, or as many as max_position_embeddings. */
  learnedPositions: boolean;
  tokenTypes: boolean;
  /** BERT-style pooler (dense h×h with bias) in the base model. */
  pooler: boolean;
  /** A learned sink logit per attention head in every block (gpt-oss). */
  attentionSinks: boolean;
  /** The MoE router has a bias (gpt-oss). */
  routerBias: boolean;
  /** q_proj also emits a gate on the attention output (Qwen3-Next); `attn_output_gate` overrides. */
  attentionOutputGate: boolean;
}

const LLAMA: FamilyTraits = {
  kind: 'decoder',
  norm: 'rms',
  perLayer: 2,
  finalNorm: true,
  embeddingNorm: false,
  qkNorm: 'none',
  qkvBias: false,
  oBias: false,
  mlpBias: false,
  lmHeadBias: false,
  readsAttentionBias: true,
  tiedDefault: false,
  gated: true,
  learnedPositions: false,
  tokenTypes: false,
  pooler: false,
  attentionSinks: false,
  routerBias: false,
  attentionOutputGate: false,
};

const GPT_STYLE: FamilyTraits = {
  ...LLAMA,
  norm: 'layer',
  qkvBias: true,
  oBias: true,
  mlpBias: true,
  gated: false,
  tiedDefault: true,
};

const BERT: FamilyTraits = {
  ...GPT_STYLE,
  kind: 'encoder',
  finalNorm: false,
  embeddingNorm: true,
  learnedPositions: true,
  tokenTypes: true,
  pooler: true,
};

const FAMILY_LIST: Record<string, FamilyTraits> = {
  llama: LLAMA,
  mistral: LLAMA,
  // transformers models/ministral3/modeling_ministral3.py (5.18.0): Mistral's blocks, no biases, no
  // q/k norms; the text tower of Ministral 3's mistral3 config.
  ministral3: LLAMA,
  mixtral: LLAMA,
  phi3: LLAMA,
  granite: LLAMA,
  baichuan: LLAMA,
  internlm2: LLAMA,
  qwen2: { ...LLAMA, qkvBias: true, readsAttentionBias: false },
  qwen2_moe: { ...LLAMA, qkvBias: true, readsAttentionBias: false },
  qwen3: { ...LLAMA, qkNorm: 'head' },
  qwen3_moe: { ...LLAMA, qkNorm: 'head' },
  // transformers models/deepseek_v3/modeling_deepseek_v3.py (transformers 5.18.0): RMSNorm pre-norm blocks, no
  // biases (attention_bias false), untied head; attention is latent (see latent.ts). Kimi K2 and
  // Moonlight ship the same architecture under model_type kimi_k2 / deepseek_v3.
  deepseek_v2: LLAMA,
  deepseek_v3: LLAMA,
  kimi_k2: LLAMA,
  // transformers models/smollm3/configuration_smollm3.py (transformers 5.18.0): tie_word_embeddings defaults to
  // True, so a config that omits it has tied embeddings; blocks are Llama's (modeling_smollm3.py).
  smollm3: { ...LLAMA, tiedDefault: true },
  // transformers models/gpt_oss/modeling_gpt_oss.py (v4.55): q/k/v/o with biases
  // (attention_bias true), a sink logit per head, a router with bias, experts with gate_up and down
  // biases, two RMSNorms per block, untied head.
  gpt_oss: { ...LLAMA, mlpBias: true, attentionSinks: true, routerBias: true },
  // transformers models/qwen3_next/modeling_qwen3_next.py (transformers 5.18.0): Qwen3 blocks (per-head q/k
  // norms, no biases) whose q_proj is doubled into query and output gate; three of every four
  // blocks are Gated DeltaNet (recurrent.ts). Qwen3.5 / 3.6 (models/qwen3_5, qwen3_5_moe, v5)
  // keep the same language model inside a multimodal config and state attn_output_gate.
  qwen3_next: { ...LLAMA, qkNorm: 'head', attentionOutputGate: true },
  qwen3_5_text: { ...LLAMA, qkNorm: 'head', attentionOutputGate: true },
  qwen3_5_moe_text: { ...LLAMA, qkNorm: 'head', attentionOutputGate: true },
  // transformers models/nemotron_h/modeling_nemotron_h.py (v4.55): every block is one norm and one
  // mixer (Mamba-2, attention, experts or MLP, from hybrid_override_pattern); the MLP and experts
  // are up/down projections with squared ReLU (no gate); attention has no q/k norms.
  nemotron_h: { ...LLAMA, perLayer: 1, gated: false },
  // transformers models/jamba/modeling_jamba.py (transformers 5.18.0): an RMSNorm before the mixer (attention or
  // Mamba-1) and one before the feed-forward part (dense MLP or experts), no biases, untied head.
  jamba: LLAMA,
  // transformers models/granitemoehybrid/modeling_granitemoehybrid.py (transformers 5.18.0): input_layernorm and
  // post_attention_layernorm around a Mamba-2 or attention mixer, experts (input_linear 2 × width,
  // output_linear) plus a shared MLP, no biases; embeddings tied in the published configs.
  granitemoehybrid: LLAMA,
  // transformers models/falcon_h1/modeling_falcon_h1.py (transformers 5.18.0): input_layernorm before the parallel
  // attention + Mamba-2 pair, pre_ff_layernorm before the gated MLP, final_layernorm; the μP
  // multipliers are scalars in the config, and mup_vector is a non-persistent buffer (no parameter).
  falcon_h1: LLAMA,
  // Kimi-Linear's remote modeling_kimi.py (transformers_version 4.57.1 in its config): RMSNorm
  // pre-norm blocks, latent attention (as DeepSeek-V3) in the full-attention blocks, KDA elsewhere.
  kimi_linear: LLAMA,
  // transformers models/glm4_moe_lite/modeling_glm4_moe_lite.py (v5): DeepSeek-V3's latent
  // attention and shared + routed experts with a dense first block, no biases, untied head.
  glm4_moe_lite: LLAMA,
  // transformers models/llama4/modeling_llama4.py (v4.51): Llama blocks; use_qk_norm is an L2 norm
  // without weights; experts and a shared expert in the moe_layers (moeConfig.ts).
  llama4_text: LLAMA,
  gemma: { ...LLAMA, tiedDefault: true },
  gemma2: { ...LLAMA, tiedDefault: true, perLayer: 4 },
  gemma3_text: { ...LLAMA, tiedDefault: true, perLayer: 4, qkNorm: 'head' },
  // transformers models/gemma4/modeling_gemma4.py (v5.7): Gemma 3's four norms and per-head q/k
  // norms (v_norm has no weight), a learned layer_scalar per block, and full-attention blocks with
  // their own head shape (global_head_dim, num_global_key_value_heads, attention_k_eq_v).
  gemma4_text: { ...LLAMA, tiedDefault: true, perLayer: 4, qkNorm: 'head' },
  // transformers models/gemma3n/modeling_gemma3n.py (5.18.0): Gemma 3's blocks (four norms,
  // per-head q/k norms) plus per-layer inputs, AltUp and LAuReL (perLayerInputs.ts).
  gemma3n_text: { ...LLAMA, tiedDefault: true, perLayer: 4, qkNorm: 'head' },
  olmo2: { ...LLAMA, qkNorm: 'full' },
  // transformers models/olmo3/modeling_olmo3.py (5.18.0): OLMo 2's blocks (q/k norms over all
  // heads, norms after attention and MLP), with sliding and full attention per block (layer_types).
  olmo3: { ...LLAMA, qkNorm: 'full' },
  // First-generation Qwen: fused c_attn with bias, c_proj and MLP without.
  qwen: { ...LLAMA, qkvBias: true, readsAttentionBias: false },
  phi: { ...GPT_STYLE, perLayer: 1, lmHeadBias: true, tiedDefault: false },
  gpt_neox: { ...GPT_STYLE, tiedDefault: false },
  gpt2: { ...GPT_STYLE, learnedPositions: true },
  gpt_bigcode: { ...GPT_STYLE, learnedPositions: true },
  starcoder2: { ...GPT_STYLE },
  bloom: { ...GPT_STYLE, embeddingNorm: true },
  falcon: { ...GPT_STYLE, qkvBias: false, oBias: false, mlpBias: false },
  t5: {
    ...LLAMA,
    kind: 'encoder-decoder',
    tiedDefault: true,
    gated: null,
  },
  mt5: { ...LLAMA, kind: 'encoder-decoder', tiedDefault: false, gated: null },
  umt5: { ...LLAMA, kind: 'encoder-decoder', tiedDefault: false, gated: null },
  bert: BERT,
  roberta: BERT,
  'xlm-roberta': BERT,
  camembert: BERT,
  electra: { ...BERT, pooler: false },
  distilbert: { ...BERT, tokenTypes: false, pooler: false },
  'deberta-v2': { ...BERT, pooler: false },
  modernbert: {
    ...BERT,
    // LayerNorm without bias (norm_bias: false) counts like an RMSNorm: one weight per channel.
    norm: 'rms',
    finalNorm: true,
    learnedPositions: false,
    tokenTypes: false,
    pooler: false,
    qkvBias: false,
    oBias: false,
    mlpBias: false,
    gated: true,
  },
  nomic_bert: { ...BERT, learnedPositions: false, pooler: false, gated: null },
};

/**
 * Traits by model_type. A Map, so that a model_type naming an Object prototype property
 * (`constructor`, `__proto__`, `toString`) is simply not found.
 */
export const FAMILIES: ReadonlyMap<string, FamilyTraits> = new Map(Object.entries(FAMILY_LIST));

/** The Llama traits, the reading of an unknown decoder. */
export const LLAMA_TRAITS: FamilyTraits = LLAMA;

/** Activations whose MLP is gated (two input projections) in the models that use them. */
export const GATED_ACTIVATIONS = ['silu', 'swiglu', 'swish', 'geglu', 'gated-gelu', 'gated-silu'];
