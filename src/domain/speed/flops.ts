import { countParameters, loraParameters, type ModelSpec } from '../memory';
import { attentionLayerCount } from '../memory/spec';
import type { ResolvedTraining } from '../memory/resolve';

/**
 * Floating-point operations of one trained token, split by what runs them. A multiply-add is 2
 * FLOPs. Counts are hardware FLOPs: FlashAttention's recomputation of the attention scores in
 * backward and gradient checkpointing's second forward are included, because the GPU does them.
 */
export interface TokenFlops {
  /** One forward pass: matmuls over the weights a token touches, plus attention scores. */
  forward: number;
  /** Forward, backward and any recomputation of one token, adapters included. */
  total: number;
  /** Block weights a token multiplies (MoE: routed experts only; embeddings excluded). */
  matmulParameters: number;
}

/**
 * Mirrors the memory model's rule (cacheLayers.ts): layer_types when the config has them, else
 * Gemma 2 alternates and Gemma 3 keeps five sliding blocks in six; other stacks attend fully.
 */
function slidingLayerCount(spec: ModelSpec, layers: number): number {
  if (!spec.slidingWindow) return 0;
  if (spec.slidingLayers !== null) return Math.min(layers, spec.slidingLayers);
  if (spec.modelType === 'gemma2') return layers - Math.floor(layers / 2);
  if (spec.modelType === 'gemma3_text') return layers - Math.floor(layers / 6);
  return 0;
}

/**
 * Keys a query attends to on average. Causal: token i sees i keys, so (s + 1) / 2; under a window
 * w < s it sees min(i, w), averaging w − w(w − 1) / (2s). Bidirectional: all s (or w).
 */
export function meanContext(seqLen: number, window: number | null, causal: boolean): number {
  const w = window === null ? seqLen : Math.min(window, seqLen);
  if (!causal) return w;
  if (w >= seqLen) return (seqLen + 1) / 2;
  return w - (w * (w - 1)) / (2 * seqLen);
}

/**
 * Forward attention-score FLOPs of one token: QKᵀ and the weighted sum of V, 2 × 2 × context ×
 * (heads × head width) per attention block, with the context of meanContext.
 */
function attentionForward(spec: ModelSpec, seqLen: number): number {
  const causal = spec.kind !== 'encoder';
  const heads = spec.numHeads;
  const qk = spec.mla
    ? heads * (spec.mla.qkNopeHeadDim + spec.mla.qkRopeHeadDim)
    : heads * spec.headDim;
  const av = spec.mla ? heads * spec.mla.vHeadDim : heads * spec.headDim;
  const globalWidth = spec.fullAttention ? heads * spec.fullAttention.headDim : qk;
  const layers = attentionLayerCount(spec);
  const sliding = slidingLayerCount(spec, layers);
  const slidingCtx = meanContext(seqLen, spec.slidingWindow, causal);
  const fullCtx = meanContext(seqLen, null, causal);
  const perSliding = 2 * slidingCtx * (qk + av);
  const perFull = 2 * fullCtx * (spec.fullAttention ? 2 * globalWidth : qk + av);
  // Encoder-decoder: decoder self-attention plus cross-attention over the encoder's tokens.
  const decoder = spec.numDecoderLayers * 2 * (fullCtx + seqLen) * (qk + av);
  return sliding * perSliding + (layers - sliding) * perFull + decoder;
}

/**
 * FLOPs of one trained token for a plan.
 *
 * - Forward: 2 × the block weights a token touches (`countParameters(...).active` without the
 *   embeddings, norms and biases; MoE counts routed experts only) + 2 × vocab × hidden for a
 *   decoder's output head (tied or not, it is a matmul) + attention scores.
 * - Backward, full fine-tuning: activation gradients (1 × forward) and weight gradients (1 ×
 *   forward): 3 × forward in all, the usual 6N (Kaplan et al. 2020, "Scaling Laws for Neural
 *   Language Models", §2.1).
 * - Backward, LoRA and QLoRA: the frozen base needs activation gradients only, 2N instead of 4N;
 *   the adapters add 6 FLOPs per adapter parameter (forward, input and weight gradients).
 * - Attention scores have no weights, so their backward is activation gradients either way:
 *   FlashAttention-2's backward runs five matmuls against the forward's two (it recomputes the
 *   scores), 2.5 × forward (Dao 2023, "FlashAttention-2", §3.1.2).
 * - Gradient checkpointing recomputes each block's forward (not the output head); GradCache runs
 *   one extra no-grad forward of the whole encoder.
 */
export function tokenFlops(spec: ModelSpec, plan: ResolvedTraining): TokenFlops {
  const counts = countParameters(spec);
  const matmulParameters = Math.max(
    0,
    counts.active - counts.embedding - counts.lmHead - counts.other,
  );
  const head = spec.kind === 'encoder' ? 0 : 2 * spec.vocabSize * spec.hiddenSize;
  const blocks = 2 * matmulParameters;
  const attention = attentionForward(spec, plan.seqLen);
  const forward = blocks + head + attention;

  const trainsBase = plan.method === 'full';
  const linearBackward = (trainsBase ? 2 : 1) * (blocks + head);
  const attentionBackward = 2.5 * attention;
  const adapter =
    plan.method === 'full' ? 0 : 6 * loraParameters(spec, plan.loraRank, plan.loraTargets);
  const recompute = plan.gradientCheckpointing ? blocks + attention : 0;
  const gradCache = plan.gradCacheMiniBatch > 0 ? forward : 0;
  const total = forward + linearBackward + attentionBackward + adapter + recompute + gradCache;
  return { forward, total, matmulParameters };
}
