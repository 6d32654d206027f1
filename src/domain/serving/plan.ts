import { gpus as gpuCatalog } from '../catalog/gpus';
import { countParametersCached } from '../memory/cache';
import type { ModelSpec } from '../memory/spec';
import { budgetOf } from '../recommend/budget';
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

/**
 * Engines that take their memory when they start, whatever the load: vLLM takes
 * gpu_memory_utilization (0.9) of the GPU and SGLang mem_fraction_static of it, then size the KV
 * cache from what they measure is left after loading the weights and a profile run.
 */
const PREALLOCATING: ReadonlySet<Engine> = new Set<Engine>(['vllm', 'sglang']);

/**
 * The device as `engine` plans on it. Engines that allocate as they go (MLX, llama.cpp,
 * transformers) get the memory less `headroomPercent` (the scale step's headroom, as training
 * gets): their plan is an estimate of what they will allocate, and an estimate that fills the
 * last few percent fits only by luck. vLLM and SGLang get the whole device: their own share is the
 * headroom. vLLM's `gpu_memory_utilization` 0.92 keeps 8% of the GPU out of its reach, about the
 * default headroom, and because it measures the weights and the profile run's peak before it carves KV
 * blocks out of the rest, an error in our estimate costs KV blocks (a shorter max_model_len), not
 * an out-of-memory error. A larger headroom on a GPU maps to a lower `--gpu-memory-utilization`
 * (1 − headroom), which the plan does not model: the launch command keeps vLLM's 0.92.
 */
export function engineDeviceOf(
  engine: Engine,
  device: Device,
  headroomPercent: number,
): ServingDevice {
  const whole = servingDeviceOf(device);
  if (PREALLOCATING.has(engine)) return whole;
  return { ...whole, memoryBytes: budgetOf(device, headroomPercent) };
}

/** What the recommendation asks an engine to serve, on one device. */
export interface ServingAsk {
  contextTokens: number;
  concurrency: number;
  weightBits: ServingRequest['weightBits'];
  adapter: ServingRequest['adapter'];
  /** The model's window as the shortlist reads it (catalog window, extended when it has one). */
  modelContextTokens: number;
}

/**
 * The one request every reader plans from (the shortlist's fit, the deployment section, the
 * charts): one GPU, the user's context × concurrency, never more than the model's window.
 */
export function servingRequestOf(model: ModelSpec, ask: ServingAsk): ServingRequest {
  return {
    model,
    contextTokens: ask.contextTokens,
    concurrency: ask.concurrency,
    modelContextTokens: ask.modelContextTokens,
    gpus: 1,
    weightBits: ask.weightBits,
    adapter: ask.adapter,
  };
}

const PLANNERS: Record<Engine, (r: ServingRequest, d: ServingDevice) => EnginePlan> = {
  vllm: planVllm,
  sglang: planSglang,
  transformers: planTransformers,
  'llama.cpp': planLlamaCpp,
  mlx: planMlx,
};

/** One engine's plan for `request` on `device`. */
export function planEngine(
  engine: Engine,
  request: ServingRequest,
  device: ServingDevice,
): EnginePlan {
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
