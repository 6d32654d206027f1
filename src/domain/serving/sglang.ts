import { kvBytes, largest } from './kv';
import { vllmBudget } from './vllm';
import { FACTS } from './sources';
import { ENGINE_LABELS, type EnginePlan, type ServingDevice, type ServingRequest } from './types';

const MIB = 2 ** 20;

/**
 * SGLang's default static share (FACTS.sglangFraction): (gpu_mem − reserved) / gpu_mem, reserved
 * in MB = 512 + 1.5 × max(chunked_prefill_size, 2048) + 2 × cuda_graph_max_bs + tp/8 × 1024, at
 * least 10 GB on GPUs above 60 GB. Bucket values (chunked prefill, graph batch) are unverified.
 */
export function sglangMemFraction(device: ServingDevice, gpus: number): number {
  const gpuMb = device.memoryBytes / MIB;
  const chunked = gpuMb < 35 * 1024 ? 2048 : gpuMb < 60 * 1024 ? 4096 : 8192;
  const graphBs = gpuMb < 35 * 1024 ? 24 : gpuMb < 60 * 1024 ? 80 : 256;
  let reserved = 512 + Math.max(chunked, 2048) * 1.5 + graphBs * 2 + (gpus / 8) * 1024;
  if (gpuMb > 60 * 1024) reserved = Math.max(reserved, 10 * 1024);
  return Math.round(((gpuMb - reserved) / gpuMb) * 1000) / 1000;
}

/**
 * SGLang: `mem_fraction_static` of the device holds the weights and a token-granular KV pool
 * (page size 1); activations and CUDA graphs live in the rest. RadixAttention shares prefixes.
 */
export function planSglang(request: ServingRequest, device: ServingDevice): EnginePlan {
  const fraction = sglangMemFraction(device, request.gpus);
  const weightsBytes = vllmBudget(request, device).weightsBytes;
  const pool = Math.max(0, device.memoryBytes * fraction - weightsBytes);
  const need = (tokens: number, seqs: number) =>
    kvBytes(request.model, tokens, seqs, 2, 1, request.gpus);
  const perToken = need(1, 1);
  const maxConcurrency = largest((n) => need(request.contextTokens, n) <= pool, 4096);
  const maxContext = largest(
    (t) => need(t, request.concurrency) <= pool,
    request.modelContextTokens,
  );
  return {
    engine: 'sglang',
    label: ENGINE_LABELS.sglang,
    fits: maxConcurrency >= request.concurrency,
    totalBytes: device.memoryBytes * fraction,
    // The static pool's contents plus the reserve its heuristic keeps for activations and graphs.
    neededBytes:
      weightsBytes +
      need(request.contextTokens, request.concurrency) +
      device.memoryBytes * (1 - fraction),
    weightsBytes,
    kvCacheBytes: need(request.contextTokens, request.concurrency),
    capacityBytes: device.memoryBytes,
    maxContextTokens: maxContext,
    maxConcurrency,
    weightFormat: request.weightBits === 16 ? 'bf16' : `${request.weightBits}-bit`,
    kvPrecision: 'auto (bf16)',
    settings: {
      memFractionStatic: fraction,
      maxTotalTokens: perToken > 0 ? Math.floor(pool / perToken) : 0,
      contextLength: Math.min(request.modelContextTokens, Math.max(maxContext, 1)),
      tensorParallelSize: request.gpus,
    },
    notes: [
      `mem_fraction_static ${fraction} of the GPU holds the weights and the KV pool (${FACTS.sglangFraction.status}); activations and CUDA graphs use the rest.`,
    ],
  };
}
