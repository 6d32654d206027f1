import { gpus as gpuCatalog } from '../catalog/gpus';
import { countParametersCached } from '../memory/cache';
import type { Device } from '../recommend/hardware';
import { planLlamaCpp } from './llamacpp';
import { planMlx } from './mlx';
import { planSglang } from './sglang';
import { planTransformers } from './transformersGenerate';
import type { Engine, EnginePlan, ServingDevice, ServingRequest } from './types';
import { planVllm } from './vllm';

/** The engine people deploy with on each device: vLLM on NVIDIA/AMD, MLX on Apple, llama.cpp elsewhere. */
export function defaultEngine(kind: Device['kind']): Engine {
  if (kind === 'gpu') return 'vllm';
  if (kind === 'apple') return 'mlx';
  return 'llama.cpp';
}

/** The engines worth comparing on a device, the default first. */
export function enginesFor(kind: Device['kind']): Engine[] {
  if (kind === 'gpu') return ['vllm', 'sglang', 'transformers', 'llama.cpp'];
  if (kind === 'apple') return ['mlx', 'llama.cpp'];
  return ['llama.cpp'];
}

/** The recommendation's device with the catalog's bandwidth and throughput when it is a preset. */
export function servingDeviceOf(device: Device): ServingDevice {
  const preset = gpuCatalog.find((gpu) => gpu.id === device.id);
  const t = preset?.throughput;
  const tflops = t?.bf16DenseTflops ?? t?.fp16DenseTflops;
  return {
    kind: device.kind,
    name: device.name,
    memoryBytes: device.usableBytes,
    fp8: device.capabilities.fp8,
    flashAttention: device.capabilities.flashAttention2,
    bandwidthBytesPerSecond: t ? t.memoryBandwidthGBs * 1e9 : null,
    flopsPerSecond: tflops ? tflops * 1e12 : null,
  };
}

const PLANNERS: Record<Engine, (r: ServingRequest, d: ServingDevice) => EnginePlan> = {
  vllm: planVllm,
  sglang: planSglang,
  transformers: planTransformers,
  'llama.cpp': planLlamaCpp,
  mlx: planMlx,
};

export function planEngine(engine: Engine, request: ServingRequest, device: ServingDevice) {
  return PLANNERS[engine](request, device);
}

export interface SpeedBounds {
  /** Upper bound on decode tokens per second per sequence: bandwidth ÷ bytes read per step. */
  decodeTokensPerSecond: number;
  /** Lower bound on time to first token for one full-context prompt: 2 × active params × tokens ÷ peak FLOP/s. */
  timeToFirstTokenSeconds: number | null;
}

/**
 * Physics bounds, not predictions: every decode step reads all weights and every sequence's KV
 * cache once, so per-sequence speed is at most bandwidth ÷ (weights + KV); a prefill does at least
 * 2 FLOPs per active parameter per prompt token (attention's own FLOPs ignored).
 */
export function speedBounds(
  plan: EnginePlan,
  request: ServingRequest,
  device: ServingDevice,
): SpeedBounds | null {
  if (device.bandwidthBytesPerSecond === null) return null;
  const perGpu = Math.max(1, request.gpus);
  // Weights and KV cache per GPU: each GPU reads its own shard at its own bandwidth.
  const bytesPerStep = plan.weightsBytes + plan.kvCacheBytes / perGpu;
  const active = countParametersCached(request.model).active;
  return {
    decodeTokensPerSecond: device.bandwidthBytesPerSecond / bytesPerStep,
    timeToFirstTokenSeconds:
      device.flopsPerSecond === null
        ? null
        : (2 * active * request.contextTokens) / (device.flopsPerSecond * perGpu),
  };
}
