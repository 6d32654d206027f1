import type { ModelSpec } from './spec';

/**
 * Parameters of the routed experts of a mixture of experts (not the shared expert or the router):
 * the weights transformers 5 stores as fused 3-D tensors, which bitsandbytes does not quantise.
 */
export function routedExpertParameters(spec: ModelSpec): number {
  const moe = spec.moe;
  if (!moe) return 0;
  const perExpert = (spec.gatedMlp ? 3 : 2) * spec.hiddenSize * moe.expertIntermediateSize;
  return Math.max(0, spec.numLayers - moe.denseLayers) * moe.numExperts * perExpert;
}
