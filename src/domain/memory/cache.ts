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
  /** The same, with MLP targets on shared and dense MLPs only, not routed experts. */
  loraPerRankNoExperts: Float64Array;
  /** Elements of the widest linear weight in a block (an expert's, in a mixture of experts). */
  largestProjection: number;
  /** Transformer blocks (encoder + decoder). */
  blocks: number;
}

const cache = new WeakMap<ModelSpec, Derived>();

const isAttention = (target: LoraTarget) =>
  target === 'q' || target === 'k' || target === 'v' || target === 'o';

/** LoRA parameters per unit of rank of each target, with `mlpCopies` MLPs of the routed width. */
function perRankByTarget(
  spec: ModelSpec,
  shapes: Record<LoraTarget, [number, number]>,
  mlpCopies: number,
): Record<LoraTarget, number> {
  const perRank = {} as Record<LoraTarget, number>;
  for (const target of LORA_TARGETS) {
    const [input, output] = shapes[target];
    const copies = isAttention(target) ? attentionBlocks(spec) : mlpCopies;
    perRank[target] = input === 0 ? 0 : (input + output) * copies;
  }
  return perRank;
}

/** Per rank, MLP targets on the dense blocks' MLPs and the shared experts only. */
function mlpWithoutExperts(
  spec: ModelSpec,
  withExperts: Record<LoraTarget, number>,
  denseLayers: number,
  sharedWidth: number,
): Record<LoraTarget, number> {
  const h = spec.hiddenSize;
  const moeLayers = Math.max(0, spec.numLayers - denseLayers);
  const widths =
    denseLayers * (h + spec.intermediateSize) + moeLayers * (sharedWidth > 0 ? h + sharedWidth : 0);
  const perRank = { ...withExperts };
  for (const target of ['gate', 'up', 'down'] as const) {
    perRank[target] = target === 'gate' && !spec.gatedMlp ? 0 : widths;
  }
  return perRank;
}

/** Per rank for every target mask (index = mask, 0–127). */
function byMask(perRank: Record<LoraTarget, number>): Float64Array {
  const table = new Float64Array(1 << LORA_TARGETS.length);
  for (let mask = 1; mask < table.length; mask++) {
    table[mask] = LORA_TARGETS.reduce(
      (sum, target, index) => (mask & (1 << index) ? sum + perRank[target] : sum),
      0,
    );
  }
  return table;
}

function derive(spec: ModelSpec): Derived {
  const shapes = projectionShapes(spec);
  const shared = spec.moe && spec.moe.sharedIntermediateSize > 0 ? 1 : 0;
  const experts = spec.moe ? spec.moe.numExperts + shared : 1;
  const loraPerRank = perRankByTarget(spec, shapes, mlpBlocks(spec) * experts);
  const loraPerRankByMask = byMask(loraPerRank);
  // Without routed experts: the dense MLPs of the leading blocks and each MoE block's shared expert.
  const moe = spec.moe;
  const withoutExperts = moe
    ? mlpWithoutExperts(spec, loraPerRank, moe.denseLayers, moe.sharedIntermediateSize)
    : loraPerRank;
  const loraPerRankNoExperts = byMask(withoutExperts);
  const width = spec.moe ? spec.moe.expertIntermediateSize : spec.intermediateSize;
  return {
    loraPerRankByMask,
    loraPerRankNoExperts,
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
  // A sweep asks for one spec many times in a row: the last answer comes before the map.
  if (spec === lastSpec && lastValue) return lastValue;
  let value = cache.get(spec);
  if (!value) {
    value = derive(spec);
    cache.set(spec, value);
  }
  lastSpec = spec;
  lastValue = value;
  return value;
}

let lastSpec: ModelSpec | null = null;
let lastValue: Derived | null = null;

export function countParametersCached(spec: ModelSpec): ParameterCounts {
  return derived(spec).counts;
}
