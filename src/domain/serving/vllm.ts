import { estimateServingMemory } from '../memory/serving';
import { kvBytes, largest } from './kv';
import { FACTS } from './sources';
import { ENGINE_LABELS, type EnginePlan, type ServingDevice, type ServingRequest } from './types';
import { CURRENT_VLLM, graphEstimateBytes, type VllmGeneration } from './vllmGenerations';

const GIB = 2 ** 30;
/** Tokens per KV block on CUDA (FACTS.vllmUtilisation). */
export const BLOCK_TOKENS = 16;
/**
 * Memory outside PyTorch's allocator that the profile counts (cuBLAS and NCCL workspaces), per GPU:
 * 0.13–0.14 GiB on one GPU and 0.54–0.55 GiB with tensor parallelism 2 in vLLM 0.11's start-up
 * logs (FACTS.vllmNonTorch). CUDA graphs are captured after the KV cache is allocated and come out
 * of the 1 − utilisation headroom, not the budget.
 */
const NON_TORCH_BYTES = 0.13 * GIB;
const NON_TORCH_PARALLEL_BYTES = 0.55 * GIB;

/** How vLLM loads each weight precision: bf16 as trained, FP8 or bitsandbytes 4-bit quantised at load. */
const VLLM_WEIGHTS: Record<16 | 8 | 4, string> = {
  16: 'bf16',
  8: 'FP8 (quantised at load)',
  4: 'bitsandbytes 4-bit (quantised at load)',
};
const VLLM_QUANTIZATION: Record<16 | 8 | 4, string> = { 16: 'none', 8: 'fp8', 4: 'bitsandbytes' };

/** The scheduler limits the profile run is sized by (--max-num-batched-tokens, --max-num-seqs). */
export interface VllmBatchLimits {
  maxNumBatchedTokens: number;
  maxNumSeqs: number;
}

/** The scheduler limits a vLLM plan starts the server with (its --max-num-seqs and batch). */
export const vllmLimitsOf = (plan: EnginePlan): VllmBatchLimits => ({
  maxNumBatchedTokens: Number(plan.settings.maxNumBatchedTokens),
  maxNumSeqs: Number(plan.settings.maxNumSeqs),
});

/**
 * `vllm serve` batch defaults by device (FACTS.vllmBatchDefaults): 2048 tokens and 256 sequences,
 * 8192 and 1024 from 70 GiB (not on an A100), and in current releases 16384 and 1024 from 160 GiB.
 */
export function vllmBatchDefaults(
  device: ServingDevice,
  generation: VllmGeneration = CURRENT_VLLM,
): VllmBatchLimits {
  if (generation.hasLargestTier && device.memoryBytes >= 160 * GIB)
    return { maxNumBatchedTokens: 16384, maxNumSeqs: 1024 };
  const big = device.memoryBytes >= 70 * GIB && !/a100/i.test(device.name);
  return big
    ? { maxNumBatchedTokens: 8192, maxNumSeqs: 1024 }
    : { maxNumBatchedTokens: 2048, maxNumSeqs: 256 };
}

/**
 * One forward of max_num_batched_tokens, per GPU, at the MLP's down projection (FACTS.vllmForward):
 * vLLM's MLP keeps gate_up while down_proj writes, so the residual, the MLP's input and its output
 * (hidden-sized, whole on every GPU) are live beside gate_up and the activation (intermediate-
 * sized, split across tensor-parallel GPUs), in 16 bits.
 */
function forwardPeakBytes(request: ServingRequest, tokens: number): number {
  const m = request.model;
  const moe = m.moe;
  const width = moe
    ? moe.expertsPerToken * moe.expertIntermediateSize + moe.sharedIntermediateSize
    : m.intermediateSize;
  return tokens * (3 * m.hiddenSize + ((m.gatedMlp ? 3 : 2) * width) / request.gpus) * 2;
}

/**
 * The sampler's dummy run: the forward's bf16 hidden states for every token, still held, and the
 * sampler's working set for max_num_seqs rows of the (gathered, whole) vocabulary: 38 bytes per
 * logit in the legacy generation, read from vLLM 0.11's profile peak for Qwen3-0.6B where the
 * forward pass is a twentieth of it (FACTS.vllmProfile; its top-k/top-p path kept an fp32 copy,
 * the sort's values and int64 indices, masks and probabilities); the bf16 logits alone in the
 * current one, whose profile skips top-k/top-p and the fp32 copy (FACTS.vllmSamplerV2).
 */
function samplerPeakBytes(
  request: ServingRequest,
  limits: VllmBatchLimits,
  generation: VllmGeneration,
): number {
  const m = request.model;
  const hidden = limits.maxNumBatchedTokens * m.hiddenSize * 2;
  return hidden + limits.maxNumSeqs * m.vocabSize * generation.samplerBytesPerLogit;
}

/**
 * Peak of the profile run, per GPU: the forward pass and then the sampler run one after the
 * other, so the peak is the larger of the two, not their sum (FACTS.vllmProfile).
 */
export function profilePeakBytes(
  request: ServingRequest,
  limits: VllmBatchLimits,
  generation: VllmGeneration = CURRENT_VLLM,
): number {
  return Math.max(
    forwardPeakBytes(request, limits.maxNumBatchedTokens),
    samplerPeakBytes(request, limits, generation),
  );
}

/** Non-torch memory the profile counts, per GPU (FACTS.vllmNonTorch). */
export const nonTorchBytes = (gpus: number): number =>
  gpus > 1 ? NON_TORCH_PARALLEL_BYTES : NON_TORCH_BYTES;

export interface VllmBudget {
  requestedBytes: number;
  weightsBytes: number;
  /** The profile run's peak: the larger of the forward pass and the sampler's dummy run. */
  activationBytes: number;
  /**
   * Non-torch memory, the current sampler's penalty counts, the CUDA graph estimate where the
   * generation takes it from the budget, and with --enable-lora the adapter slot.
   */
  otherBytes: number;
  /** The CUDA graph estimate inside otherBytes (0 when graphs use the headroom). */
  graphBytes: number;
  generation: VllmGeneration;
  utilisation: number;
  /** What becomes KV blocks. */
  kvAvailableBytes: number;
  maxNumBatchedTokens: number;
  maxNumSeqs: number;
}

/**
 * The pre-allocation: utilisation × device, less weights, the profile peak, non-torch memory and,
 * in the current generation, the sampler's penalty counts and the CUDA graph estimate
 * (FACTS.vllmProfile, FACTS.vllmGraphMemory). `limits` and `utilisation` stand for
 * --max-num-batched-tokens, --max-num-seqs and --gpu-memory-utilization; by default the device's
 * and the generation's.
 */
export function vllmBudget(
  request: ServingRequest,
  device: ServingDevice,
  limits?: VllmBatchLimits,
  generation: VllmGeneration = CURRENT_VLLM,
  utilisation = generation.utilisation,
): VllmBudget {
  const { maxNumBatchedTokens, maxNumSeqs } = limits ?? vllmBatchDefaults(device, generation);
  const requestedBytes = device.memoryBytes * utilisation;
  const weightsBytes = estimateServingMemory(request.model, {
    weightBits: request.weightBits,
    contextLength: 1,
    gpus: request.gpus,
  }).breakdown.weights;
  const activationBytes = profilePeakBytes(
    request,
    { maxNumBatchedTokens, maxNumSeqs },
    generation,
  );
  // --enable-lora: one adapter slot (max_loras 1) at max_lora_rank, in 16-bit, per GPU.
  const loraBytes = request.adapter ? (request.adapter.parameters * 2) / request.gpus : 0;
  const samplerState = maxNumSeqs * request.model.vocabSize * generation.samplerStateBytesPerLogit;
  const graphBytes = graphEstimateBytes(
    generation,
    request.model,
    device,
    maxNumSeqs,
    maxNumBatchedTokens,
  );
  const otherBytes = nonTorchBytes(request.gpus) + loraBytes + samplerState + graphBytes;
  return {
    requestedBytes,
    weightsBytes,
    activationBytes,
    otherBytes,
    graphBytes,
    generation,
    utilisation,
    kvAvailableBytes: Math.max(0, requestedBytes - weightsBytes - activationBytes - otherBytes),
    maxNumBatchedTokens,
    maxNumSeqs,
  };
}

/**
 * vLLM as current releases start (CURRENT_VLLM): `gpu_memory_utilization` (0.92) of the device is
 * taken; weights, the profile run's peak (max_num_batched_tokens through the widest block, or the
 * sampler's dummy run over max_num_seqs rows of the vocabulary, whichever is larger), non-torch
 * memory, the sampler's penalty counts and the CUDA graph estimate come first and the rest becomes
 * KV blocks of 16 tokens. `max_model_len` defaults to the model's window and the server refuses
 * to start when one sequence of it does not fit (FACTS.vllmKvCheck), so the plan states the
 * largest max_model_len that does. FP8 KV cache (`--kv-cache-dtype fp8`) is chosen on FP8 GPUs
 * when the bf16 cache would not hold the request.
 */
export function planVllm(request: ServingRequest, device: ServingDevice): EnginePlan {
  // The launch command passes --max-num-seqs: the most sequences of the request's length that
  // fit when vLLM is started for that many (it profiles, captures graphs and sizes the sampler's
  // tables for max_num_seqs, so fewer leave more KV), and at least the request's. The plan is
  // worked out at that number, so the KV blocks it states are the ones vLLM will report.
  const defaults = vllmBatchDefaults(device);
  const atDefaults = vllmBudget(request, device, defaults);
  const budgetAt = (maxNumSeqs: number) =>
    maxNumSeqs === defaults.maxNumSeqs
      ? atDefaults
      : vllmBudget(request, device, { ...defaults, maxNumSeqs });
  const planAt = (bytes: number) => {
    const kvFor = (n: number) =>
      kvBytes(request.model, request.contextTokens, n, bytes, BLOCK_TOKENS, request.gpus);
    const most = largest((n) => kvFor(n) <= budgetAt(n).kvAvailableBytes, defaults.maxNumSeqs);
    const budget = budgetAt(Math.min(defaults.maxNumSeqs, Math.max(request.concurrency, most, 1)));
    return { budget, chosen: sizeFor(request, budget, bytes) };
  };
  const bf16 = planAt(2);
  const fp8 = !bf16.chosen.fits && device.fp8 ? planAt(1) : null;
  const useFp8 = fp8 !== null && fp8.chosen.fits;
  const { budget, chosen } = useFp8 ? fp8 : bf16;
  const notes = [
    `Takes ${budget.utilisation} of the GPU at start-up, whatever the load; the KV cache is what is left after the weights, the profile run, ${fmtGib(budget.graphBytes)} of CUDA graphs and vLLM's own buffers (${budget.generation.versions}; ${FACTS.vllmUtilisation.status}).`,
    'Prefix caching is on by default: a shared system prompt is stored once.',
  ];
  if (chosen.defaultLenFails) {
    notes.push(
      `At the default --max-model-len (${request.modelContextTokens} tokens) vLLM would refuse to start: one sequence needs more KV cache than is left.`,
    );
  }
  return {
    engine: 'vllm',
    label: ENGINE_LABELS.vllm,
    fits: chosen.fits,
    totalBytes: budget.requestedBytes,
    neededBytes:
      budget.weightsBytes + budget.activationBytes + budget.otherBytes + chosen.requestKv,
    weightsBytes: budget.weightsBytes,
    kvCacheBytes: chosen.requestKv,
    capacityBytes: device.memoryBytes,
    maxContextTokens: chosen.maxContext,
    maxConcurrency: chosen.maxConcurrency,
    weightFormat: VLLM_WEIGHTS[request.weightBits],
    kvPrecision: useFp8 ? 'fp8' : 'auto (bf16)',
    settings: {
      gpuMemoryUtilization: budget.utilisation,
      kvBlocks: chosen.blocks,
      blockTokens: BLOCK_TOKENS,
      kvCacheTokens: chosen.blocks * BLOCK_TOKENS,
      maxModelLen: chosen.maxModelLen,
      maxNumSeqs: budget.maxNumSeqs,
      maxNumBatchedTokens: budget.maxNumBatchedTokens,
      kvCacheDtype: useFp8 ? 'fp8' : 'auto',
      quantization: VLLM_QUANTIZATION[request.weightBits],
      tensorParallelSize: request.gpus,
      kvAvailableBytes: budget.kvAvailableBytes,
      graphBytes: budget.graphBytes,
    },
    notes,
  };
}

const fmtGib = (bytes: number) => `${(bytes / GIB).toFixed(2)} GiB`;

function sizeFor(request: ServingRequest, budget: VllmBudget, bytes: number) {
  const need = (tokens: number, seqs: number) =>
    kvBytes(request.model, tokens, seqs, bytes, BLOCK_TOKENS, request.gpus);
  const available = budget.kvAvailableBytes;
  const blockBytes = need(BLOCK_TOKENS, 1);
  const blocks = blockBytes > 0 ? Math.floor(available / blockBytes) : 0;
  const maxModelLen = largest((t) => need(t, 1) <= available, request.modelContextTokens);
  const maxConcurrency = largest(
    (n) => need(request.contextTokens, n) <= available,
    budget.maxNumSeqs,
  );
  const maxContext = largest(
    (t) => need(t, request.concurrency) <= available,
    request.modelContextTokens,
  );
  return {
    blocks,
    maxModelLen,
    maxConcurrency,
    maxContext,
    requestKv: need(request.contextTokens, request.concurrency),
    fits: maxConcurrency >= request.concurrency && request.concurrency <= budget.maxNumSeqs,
    defaultLenFails: need(request.modelContextTokens, 1) > available,
  };
}
