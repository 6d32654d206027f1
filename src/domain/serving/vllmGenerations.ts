import type { ModelSpec } from '../memory/spec';
import type { ServingDevice } from './types';

/**
 * The two ways vLLM has sized its KV cache at start-up. What changed between them, each with the
 * fact it rests on (sources.ts):
 * - `current` (vLLM 0.21 and later, as `pip install vllm` gets it in late 2026): the default
 *   `gpu_memory_utilization` is 0.92 and CUDA graph memory is estimated before the KV cache and
 *   taken from the budget (vLLM PR 38284: VLLM_MEMORY_PROFILER_ESTIMATE_CUDAGRAPHS on by default);
 *   Model Runner V2, the default for dense models since 0.25.1 and for all models since PR 53183,
 *   profiles the sampler without top-k/top-p (bf16 logits only) and keeps a penalty count table
 *   of max_num_seqs × vocabulary int32 for the server's life.
 * - `legacy` (V0 and V1 up to 0.20, measured on 0.11): 0.9 of the device; CUDA graphs captured after
 *   the KV cache, in the 10% left; the sampler's profile run held 38 bytes per logit.
 * The fixtures say which one measured each row, and the accuracy report keeps them apart.
 */
export type VllmGenerationId = 'current' | 'legacy';

export interface VllmGeneration {
  id: VllmGenerationId;
  /** The releases it describes, as the README and the plan's notes name them. */
  versions: string;
  /** The default --gpu-memory-utilization. */
  utilisation: number;
  /** Bytes the profile run's dummy sampler holds per logit (max_num_seqs × vocabulary). */
  samplerBytesPerLogit: number;
  /** Bytes per max_num_seqs × vocabulary the sampler keeps allocated beside the weights. */
  samplerStateBytesPerLogit: number;
  /** Whether the CUDA graph estimate comes out of the budget (else graphs use the headroom). */
  graphsInBudget: boolean;
  /** The largest device of the 2048-token / 256-sequence serve defaults' tier: 16,384 above it. */
  hasLargestTier: boolean;
}

export const VLLM_GENERATIONS: Record<VllmGenerationId, VllmGeneration> = {
  current: {
    id: 'current',
    versions: 'vLLM 0.21 and later (Model Runner V2)',
    utilisation: 0.92,
    samplerBytesPerLogit: 2,
    samplerStateBytesPerLogit: 4,
    graphsInBudget: true,
    hasLargestTier: true,
  },
  legacy: {
    id: 'legacy',
    versions: 'vLLM up to 0.20 (measured on V0 and 0.11)',
    utilisation: 0.9,
    samplerBytesPerLogit: 38,
    samplerStateBytesPerLogit: 0,
    graphsInBudget: false,
    hasLargestTier: false,
  },
};

export const CURRENT_VLLM = VLLM_GENERATIONS.current;

/**
 * The CUDA graph sizes vLLM captures by default (FACTS.vllmGraphSizes): the largest is
 * min(2 × max_num_seqs, 512, or 1024 on datacenter Blackwell), and no more than
 * max_num_batched_tokens; the sizes are 1, 2, 4, then every 8 below 256 and every 16 from 256.
 * Piecewise graphs are captured at every size, full decode graphs at the sizes up to max_num_seqs.
 */
export function graphCaptureCounts(
  device: ServingDevice,
  maxNumSeqs: number,
  maxNumBatchedTokens: number,
): { piecewise: number; full: number; largest: number } {
  const ceiling = /\b(GB|B)(200|300)\b/i.test(device.name) ? 1024 : 512;
  const largest = Math.min(2 * maxNumSeqs, ceiling, maxNumBatchedTokens);
  const sizes = [1, 2, 4].filter((n) => n <= largest);
  for (let n = 8; n < Math.min(largest + 1, 256); n += 8) sizes.push(n);
  for (let n = 256; n <= largest; n += 16) sizes.push(n);
  return {
    piecewise: sizes.length,
    full: sizes.filter((n) => n <= maxNumSeqs).length,
    largest,
  };
}

/**
 * Bytes of vLLM's CUDA graph estimate per captured graph and decoder layer, for a model 4096 wide:
 * Qwen3-8B's 0.52 GiB for 51 piecewise and 35 full graphs of 36 layers (FACTS.vllmGraphMemory).
 * It grows with the square root of the width: Qwen2.5-0.5B (896 wide, 24 layers, 102 graphs)
 * reserved about 0.20 GiB, 0.48 of the 8B's cost per graph and layer for 0.22 of its width. Two
 * published estimates, so an unverified rule of thumb; few-graph runs (27B hybrids with 3–16
 * graphs: 0.09–0.36 GiB per GPU) sit above it, as the first capture's share weighs more there.
 */
export const GRAPH_BYTES_PER_GRAPH_LAYER = (0.52 * 2 ** 30) / (86 * 36);
const GRAPH_REFERENCE_WIDTH = 4096;

/** The CUDA graph estimate vLLM takes from the budget, per GPU; 0 for the legacy generation. */
export function graphEstimateBytes(
  generation: VllmGeneration,
  model: ModelSpec,
  device: ServingDevice,
  maxNumSeqs: number,
  maxNumBatchedTokens: number,
): number {
  if (!generation.graphsInBudget) return 0;
  const { piecewise, full } = graphCaptureCounts(device, maxNumSeqs, maxNumBatchedTokens);
  const perGraphLayer =
    GRAPH_BYTES_PER_GRAPH_LAYER * Math.sqrt(model.hiddenSize / GRAPH_REFERENCE_WIDTH);
  return (piecewise + full) * model.numLayers * perGraphLayer;
}
