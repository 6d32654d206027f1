import { estimateServingMemory } from '../memory/serving';
import { largest } from './kv';
import { ENGINE_LABELS, type EnginePlan, type ServingDevice, type ServingRequest } from './types';

/** Share of the device an estimate may fill (the recommendation's fit margin). */
const MARGIN = 0.95;

/**
 * The memory estimate of `generate` for `request` on `device`: `allocatedBytes` is what PyTorch's
 * allocator peaks at (torch.cuda.max_memory_allocated), `reservedBytes` adds the caching
 * allocator's slack and the CUDA context.
 */
export function transformersGenerateEstimate(
  request: ServingRequest,
  device: ServingDevice,
  contextTokens = request.contextTokens,
  concurrency = request.concurrency,
) {
  return estimateServingMemory(request.model, {
    weightBits: request.weightBits,
    ...(request.weightBits === 4 ? { weightFormat: 'nf4' as const } : {}),
    contextLength: contextTokens,
    batchSize: concurrency,
    gpus: request.gpus,
    flashAttention: device.flashAttention,
    prefillChunk: contextTokens * concurrency,
  });
}

/**
 * Hugging Face transformers `generate`: no chunked prefill, so the whole prompt of every sequence
 * goes through one forward (MLP intermediates and attention inputs for every prompt token); logits
 * for the last position only; a dynamic cache that grows with generation, allocated as it goes.
 */
export function planTransformers(request: ServingRequest, device: ServingDevice): EnginePlan {
  const budget = device.memoryBytes * MARGIN;
  const fitsAt = (t: number, n: number) =>
    transformersGenerateEstimate(request, device, t, n).reservedBytes <= budget;
  const estimate = transformersGenerateEstimate(request, device);
  return {
    engine: 'transformers',
    label: ENGINE_LABELS.transformers,
    fits: estimate.reservedBytes <= budget,
    totalBytes: estimate.reservedBytes,
    neededBytes: estimate.reservedBytes,
    weightsBytes: estimate.breakdown.weights,
    kvCacheBytes: estimate.breakdown.kvCache,
    capacityBytes: device.memoryBytes,
    maxContextTokens: largest((t) => fitsAt(t, request.concurrency), request.modelContextTokens),
    maxConcurrency: largest((n) => fitsAt(request.contextTokens, n), 1024),
    weightFormat: request.weightBits === 16 ? 'bf16' : `${request.weightBits}-bit`,
    kvPrecision: 'bf16',
    settings: { prefillTokens: request.contextTokens * request.concurrency },
    notes: [
      'No chunked prefill: the whole prompt goes through one forward pass, so long prompts need working memory in proportion.',
    ],
  };
}
