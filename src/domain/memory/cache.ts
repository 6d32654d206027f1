import { attentionBlocks, mlpBlocks, projectionShapes } from './lora';
import { countParameters, type ParameterCounts } from './parameters';
import type { ModelSpec } from './spec';
import { LORA_TARGETS, type LoraTarget } from './types';

/** Per-model quantities every estimate needs, computed once per spec object. */
export interface Derived {
  counts: ParameterCounts;
  /** In/out width of each LoRA-wrappable projection. */
  shapes: Record<LoraTarget, [number, number]>;
  /** LoRA parameters per unit of rank for each target, summed over all blocks (and experts). */
  loraPerRank: Record<LoraTarget, number>;
  /** LoRA parameters per unit of rank for every target mask (index = mask, 0–127). */
  loraPerRankByMask: Float64Array;
  /** Elements of the widest linear weight in a block (an expert's, in a mixture of experts). */
  largestProjection: number;
  /** Transformer blocks (encoder + decoder). */
  blocks: number;
}

const cache = new WeakMap<ModelSpec, Derived>();

function derive(spec: ModelSpec): Derived {
  const shapes = projectionShapes(spec);
  const experts = spec.moe
    ? spec.moe.numExperts + (spec.moe.sharedIntermediateSize > 0 ? 1 : 0)
    : 1;
  const loraPerRank = {} as Record<LoraTarget, number>;
  for (const target of LORA_TARGETS) {
    const [input, output] = shapes[target];
    const attention = target === 'q' || target === 'k' || target === 'v' || target === 'o';
    const copies = attention ? attentionBlocks(spec) : mlpBlocks(spec) * experts;
    loraPerRank[target] = input === 0 ? 0 : (input + output) * copies;
  }
  const loraPerRankByMask = new Float64Array(1 << LORA_TARGETS.length);
  for (let mask = 1; mask < loraPerRankByMask.length; mask++) {
    loraPerRankByMask[mask] = LORA_TARGETS.reduce(
      (sum, target, index) => (mask & (1 << index) ? sum + loraPerRank[target] : sum),
      0,
    );
  }
  const width = spec.moe ? spec.moe.expertIntermediateSize : spec.intermediateSize;
  return {
    loraPerRankByMask,
    counts: countParameters(spec),
    shapes,
    loraPerRank,
    largestProjection: spec.hiddenSize * Math.max(width, spec.numHeads * spec.headDim),
    blocks: spec.numLayers + spec.numDecoderLayers,
  };
}

/**
 * The derived quantities of a spec, remembered per spec object so that a sweep over contexts or
 * methods counts parameters once. Specs are treated as immutable.
 */
export function derived(spec: ModelSpec): Derived {
  let value = cache.get(spec);
  if (!value) {
    value = derive(spec);
    cache.set(spec, value);
  }
  return value;
}

export function countParametersCached(spec: ModelSpec): ParameterCounts {
  return derived(spec).counts;
}
