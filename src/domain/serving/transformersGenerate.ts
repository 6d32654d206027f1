import { projectionShapes } from '../memory/lora';
import type { ModelSpec } from '../memory/spec';
import { estimateServingMemory } from '../memory/serving';
import { largest } from './kv';
import { FACTS } from './sources';
import { ENGINE_LABELS, type EnginePlan, type ServingDevice, type ServingRequest } from './types';

/** Share of the device an estimate may fill (the recommendation's fit margin). */
const MARGIN = 0.95;

/** Elements of the model's largest linear weight (one projection of one block). */
function largestLinearElements(model: ModelSpec): number {
  return Math.max(...Object.values(projectionShapes(model)).map(([rows, cols]) => rows * cols));
}

/**
 * bitsandbytes' largest transient beyond the stored weights (FACTS.bnbTransient), for the largest
 * linear weight: 8-bit quantises each weight on the GPU from a 16-bit copy at load (2 bytes per
 * element); 4-bit does the same, and a multi-token forward (the prefill) dequantises the weight to
 * 16 bits and casts it to the compute dtype, float32 by default (2 + 4 bytes per element).
 */
export function bitsandbytesTransientBytes(model: ModelSpec, weightBits: 16 | 8 | 4): number {
  if (weightBits === 16) return 0;
  return largestLinearElements(model) * (weightBits === 8 ? 2 : 2 + 4);
}

/**
 * The memory estimate of `generate` for `request` on `device`: `allocatedBytes` is what PyTorch's
 * allocator peaks at (torch.cuda.max_memory_allocated), `reservedBytes` adds the caching
 * allocator's slack and the CUDA context. 8- and 4-bit are bitsandbytes (LLM.int8, NF4/FP4 with
 * a 16-bit scale per 64 weights), with their load and dequantisation transients.
 */
export function transformersGenerateEstimate(
  request: ServingRequest,
  device: ServingDevice,
  contextTokens = request.contextTokens,
  concurrency = request.concurrency,
) {
  const estimate = estimateServingMemory(request.model, {
    weightBits: request.weightBits,
    ...(request.weightBits === 4 ? { weightFormat: 'nf4' as const } : {}),
    contextLength: contextTokens,
    batchSize: concurrency,
    gpus: request.gpus,
    flashAttention: device.flashAttention,
    prefillChunk: contextTokens * concurrency,
  });
  const transient = bitsandbytesTransientBytes(request.model, request.weightBits);
  return {
    ...estimate,
    allocatedBytes: estimate.allocatedBytes + transient,
    reservedBytes: estimate.reservedBytes + transient,
  };
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
      ...(request.weightBits === 16
        ? []
        : [
            `bitsandbytes ${request.weightBits}-bit adds a transient of the largest weight in 16 bits${request.weightBits === 4 ? ' and float32 at prefill' : ' at load'} (${FACTS.bnbTransient.status}).`,
          ]),
    ],
  };
}
