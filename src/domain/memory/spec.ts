/**
 * The architecture of a transformer as the memory model needs it: dimensions, which projections
 * carry biases, how many norms, what is tied, and mixture-of-experts routing. Built from a Hugging
 * Face config.json by `modelSpecFromConfig`, or written by hand for a model without one.
 */
export interface ModelSpec {
  /** Hugging Face `model_type`, e.g. "llama", "qwen2", "bert". */
  modelType: string;
  /** decoder-only (causal LM), encoder-only (BERT family), or encoder-decoder (T5 family). */
  kind: 'decoder' | 'encoder' | 'encoder-decoder';
  vocabSize: number;
  hiddenSize: number;
  /** Transformer blocks; for encoder-decoder models, the encoder's. */
  numLayers: number;
  /** Decoder blocks of an encoder-decoder model (they add cross-attention); 0 otherwise. */
  numDecoderLayers: number;
  numHeads: number;
  /** Key/value heads: equal to numHeads for multi-head, 1 for multi-query, between for GQA. */
  numKvHeads: number;
  /** Width of one head; not always hiddenSize / numHeads (Gemma, Qwen3, Mistral NeMo). */
  headDim: number;
  /** Width of the dense MLP (per branch for gated MLPs). */
  intermediateSize: number;
  /** Gated MLP (SwiGLU/GeGLU: gate, up, down) or plain two-matrix MLP (fc1, fc2). */
  gatedMlp: boolean;
  tiedEmbeddings: boolean;
  bias: { qkv: boolean; o: boolean; mlp: boolean; lmHead: boolean };
  norm: {
    kind: 'rms' | 'layer';
    /** Norms inside each block: 1 (parallel attention+MLP), 2 (pre-norm), 4 (Gemma 2/3, OLMo 2 post-norms). */
    perLayer: number;
    /** A norm after the last block. */
    final: boolean;
    /** A norm right after the embeddings (BERT, BLOOM). */
    embedding: boolean;
    /** Norms on queries and keys: per head (Qwen3, Gemma 3) or over the whole projection (OLMo 2). */
    qk: 'none' | 'head' | 'full';
  };
  /** Rows of learned absolute position embeddings (BERT, GPT-2); 0 with RoPE or ALiBi. */
  learnedPositions: number;
  /** Rows of token-type (segment) embeddings (BERT); 0 otherwise. */
  tokenTypes: number;
  moe: MoeSpec | null;
  /** Multi-head latent attention (DeepSeek-V2/V3, Kimi K2) in place of q/k/v projections. */
  mla: MlaSpec | null;
  /**
   * Parameters outside the regular blocks, counted exactly: BERT's pooler, DeBERTa's relative
   * position table, T5's relative attention bias, a vision tower; negative for a block part a model
   * omits (ModernBERT's first layer has no attention norm).
   */
  extraParameters: number;
  /**
   * Parameters of the vision tower and projector (and, for Gemma 3n / Gemma 4, the audio tower and
   * its embedder), included in extraParameters (stay 16-bit, frozen).
   */
  visionParameters: number;
  /**
   * Parts of the blocks beyond the regular attention and MLP (Gemma 3n / Gemma 4 E2B–E4B, see
   * perLayerInputs.ts): per-layer input embeddings and gates, AltUp, LAuReL, the MLP width of each
   * block beyond intermediateSize, less the k/v projections that KV-shared blocks lack. Absent: none.
   */
  blockExtras?: { linear: number; other: number };
  /**
   * The last `layers` blocks reuse the keys and values of an earlier block of the same kind
   * (num_kv_shared_layers), `sliding` of them sliding-window ones: they add no KV cache. Absent: none.
   */
  kvShared?: { layers: number; sliding: number };
  /**
   * false when the network is loaded without its output head: a decoder used as an embedding
   * model, which sentence-transformers loads with AutoModel (Qwen3Model, no lm_head) and trains on
   * pooled hidden states, so it has no LM-head weights and computes no vocabulary logits (see
   * asSentenceEmbedder). Absent: the head the config implies.
   */
  outputHead?: false;
  /** max_position_embeddings, when the config states it. */
  maxPositionEmbeddings: number | null;
  /** Sliding-window attention width, when every or some layers use one. */
  slidingWindow: number | null;
  /**
   * Blocks whose attention is limited to the sliding window, from `layer_types`
   * ("sliding_attention"); null when the config has no layer_types (then the family decides).
   */
  slidingLayers: number | null;
  /** A learned sink logit per head in each block (gpt-oss): numHeads parameters per block. */
  attentionSinks: boolean;
  /**
   * The query projection also produces a sigmoid gate on the attention output (Qwen3-Next,
   * Qwen3.5 `attn_output_gate`): q_proj is twice the query width.
   */
  attentionOutputGate: boolean;
  /**
   * The full-attention (non-sliding) blocks' own head shape when it differs from the sliding ones
   * (Gemma 4: global_head_dim, num_global_key_value_heads, attention_k_eq_v); null otherwise.
   */
  fullAttention: FullAttentionSpec | null;
  /**
   * What each block holds when the stack is hybrid (linear attention or state-space layers beside
   * attention, or blocks with a mixer and no MLP as in Nemotron-H); null when every block is
   * attention + MLP.
   */
  layout: BlockLayout | null;
  /** The linear-attention or state-space mixer of the recurrent blocks, when there are any. */
  recurrent: RecurrentSpec | null;
  /** How the checkpoint stores its weights (quantization_config), or null for 16-bit. */
  storage: StoredWeights | null;
  /** What the parser assumed because the config did not say (shown to the user). */
  assumptions: string[];
}

export interface MoeSpec {
  numExperts: number;
  expertsPerToken: number;
  /** Width of one expert's MLP. */
  expertIntermediateSize: number;
  /** Width of an always-on shared expert (Qwen2-MoE, DeepSeek); 0 when there is none. */
  sharedIntermediateSize: number;
  /** A sigmoid gate on the shared expert (Qwen2-MoE). */
  sharedExpertGate: boolean;
  /** Leading blocks that keep a dense MLP instead of experts (DeepSeek's first_k_dense_replace). */
  denseLayers: number;
  /** The router has a bias per expert (gpt-oss). */
  routerBias: boolean;
  /**
   * Per sparse block, parameters beside the experts that are not linear weights: Gemma 4's router
   * scales (hidden + experts) and its three extra feed-forward norms. Default 0.
   */
  blockExtras?: number;
}

/** Counts of blocks by what they hold; they need not add up to numLayers (Nemotron-H). */
export interface BlockLayout {
  /** Blocks with softmax attention (full, sliding or latent): the ones with a KV cache. */
  attention: number;
  /** Blocks with a recurrent mixer (RecurrentSpec). */
  recurrent: number;
  /** Blocks with a feed-forward part, dense or mixture of experts (moe.denseLayers are dense). */
  feedForward: number;
}

/**
 * A linear-attention or state-space mixer, counted per block: its linear weights (the part
 * quantisation replaces), its small parameters (convolution, A_log, dt_bias, D, gate norms), and
 * the state it keeps per sequence instead of a KV cache that grows with context.
 */
export interface RecurrentSpec {
  /**
   * Gated DeltaNet (Qwen3-Next, Qwen3.5), Mamba-1 (Jamba), Mamba-2 (Nemotron-H, Granite 4.0-H,
   * Falcon-H1), Kimi Delta Attention (Kimi-Linear).
   */
  kind: 'gated-deltanet' | 'mamba1' | 'mamba2' | 'kda';
  /** Weights of the mixer's linear layers in one block. */
  linearParameters: number;
  /** Convolution weights and biases, A_log, dt_bias, D and norm weights of one block. */
  otherParameters: number;
  /** Elements of the recurrent (SSM or delta-rule) state one sequence keeps in one block. */
  stateElements: number;
  /** Bytes per state element: 4 when the config keeps it in float32 (mamba_ssm_dtype), else 2. */
  stateBytesPerElement: number;
  /** Elements of the short-convolution state (channels × (kernel − 1)) per sequence and block, 16-bit. */
  convStateElements: number;
}

/** Head shape of Gemma 4's full-attention blocks. */
export interface FullAttentionSpec {
  headDim: number;
  numKvHeads: number;
  /** attention_k_eq_v: values reuse the key projection (no v_proj). */
  valuesFromKeys: boolean;
}

/** A checkpoint's stored weight format, read from its quantization_config. */
export interface StoredWeights {
  /** quant_method as the config names it: mxfp4, fp8, gptq, awq, bitsandbytes. */
  method: string;
  /** Bits per quantised weight, scales included (e.g. MXFP4: 4 + 8/32 = 4.25). */
  bitsPerWeight: number;
  /** Which weights are quantised: only the experts (gpt-oss) or every block linear layer. */
  scope: 'experts' | 'linear';
}

/**
 * Multi-head latent attention, as in transformers' models/deepseek_v3/modeling_deepseek_v3.py
 * (transformers 5.18.0): q_a_proj (h → qLoraRank) + q_a_layernorm + q_b_proj (→ heads × (nope + rope)), or one
 * q_proj when qLoraRank is 0; kv_a_proj_with_mqa (h → kvLoraRank + rope) + kv_a_layernorm +
 * kv_b_proj (kvLoraRank → heads × (nope + v)); o_proj (heads × v → h).
 */
export interface MlaSpec {
  /** 0 when queries are projected directly (DeepSeek-V2-Lite: q_lora_rank null). */
  qLoraRank: number;
  kvLoraRank: number;
  qkNopeHeadDim: number;
  qkRopeHeadDim: number;
  vHeadDim: number;
}

/**
 * Cached elements per token in one attention layer: keys and values of every KV head, or for
 * latent attention the compressed latent plus the shared rope key (kvLoraRank + qkRopeHeadDim),
 * which is what vLLM and SGLang keep (DeepSeek-V2 paper, §2.1.2: (d_c + d_h^R) per token).
 */
export function cacheElementsPerToken(spec: ModelSpec): number {
  if (spec.mla) return spec.mla.kvLoraRank + spec.mla.qkRopeHeadDim;
  const full = spec.fullAttention;
  const widest = full
    ? Math.max(spec.numKvHeads * spec.headDim, full.numKvHeads * full.headDim)
    : 0;
  return 2 * Math.max(spec.numKvHeads * spec.headDim, widest);
}

/** Blocks with softmax attention: all of them unless the stack is hybrid. */
export function attentionLayerCount(spec: ModelSpec): number {
  return spec.layout ? spec.layout.attention : spec.numLayers;
}

/** Blocks with a dense MLP or experts: all of them unless the stack says otherwise. */
export function feedForwardLayerCount(spec: ModelSpec): number {
  return spec.layout ? spec.layout.feedForward : spec.numLayers;
}

/** Output width of the query projection. */
export function queryWidth(spec: ModelSpec): number {
  return spec.numHeads * spec.headDim;
}

/** Output width of the key (or value) projection. */
export function kvWidth(spec: ModelSpec): number {
  return spec.numKvHeads * spec.headDim;
}
