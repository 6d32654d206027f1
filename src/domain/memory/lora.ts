import {
  attentionLayerCount,
  feedForwardLayerCount,
  kvWidth,
  queryWidth,
  type ModelSpec,
} from './spec';
import { derived, type Derived } from './cache';
import { targetMaskOf } from './resolve';
import type { LoraTarget } from './types';

/** Input and output width of each projection a LoRA adapter can wrap, per block. */
export function projectionShapes(spec: ModelSpec): Record<LoraTarget, [number, number]> {
  const h = spec.hiddenSize;
  const width = spec.moe ? spec.moe.expertIntermediateSize : spec.intermediateSize;
  return {
    q: [h, (spec.attentionOutputGate ? 2 : 1) * queryWidth(spec)],
    k: [h, kvWidth(spec)],
    v: [h, kvWidth(spec)],
    o: [queryWidth(spec), h],
    // A plain (non-gated) MLP has no gate projection: fc1 is "up", fc2 is "down".
    gate: spec.gatedMlp ? [h, width] : [0, 0],
    up: [h, width],
    down: [width, h],
  };
}

/**
 * Blocks with attention: encoder-decoder decoders have two (self and cross). In a hybrid stack only
 * the attention blocks have q/k/v/o projections; linear-attention and Mamba mixers name theirs
 * differently (in_proj_qkvz, in_proj), so PEFT's q_proj…o_proj targets do not reach them.
 */
export function attentionBlocks(spec: ModelSpec): number {
  return attentionLayerCount(spec) + 2 * spec.numDecoderLayers;
}

export function mlpBlocks(spec: ModelSpec): number {
  return feedForwardLayerCount(spec) + spec.numDecoderLayers;
}

/**
 * Trainable parameters of LoRA adapters: r × (in + out) for each wrapped projection, in every
 * block (and for every expert when MLP projections are targeted in a mixture of experts).
 */
export function loraParameters(
  spec: ModelSpec,
  rank: number,
  targets: readonly LoraTarget[],
): number {
  return loraParametersForMask(spec, rank, targetMaskOf(targets));
}

/** loraParameters for a target mask (see TARGET_BITS): the hot path of a sweep. */
export function loraParametersForMask(spec: ModelSpec, rank: number, mask: number): number {
  return rank * (derived(spec).loraPerRankByMask[mask & 127] ?? 0);
}

/**
 * loraParametersForMask, choosing for a mixture of experts whether MLP targets wrap the routed
 * experts too (PEFT's `target_parameters` on fused experts) or only the shared and dense MLPs.
 */
export function loraParametersFor(
  spec: ModelSpec,
  rank: number,
  mask: number,
  onExperts: boolean,
  /** The spec's derived quantities, when the caller has looked them up already. */
  known: Derived = derived(spec),
): number {
  const table = onExperts || !spec.moe ? known.loraPerRankByMask : known.loraPerRankNoExperts;
  return rank * (table[mask & 127] ?? 0);
}
