import type { LlamaKvType } from './ggml';
import type { GgufMix } from './gguf';
import { vllmNeeded } from './chart';
import { vllmLimitsOf } from './vllm';
import { llamaCppBytes } from './llamacpp';
import { mlxBytes } from './mlx';
import { planEngine } from './plan';
import type { EnginePlan, ServingDevice, ServingRequest } from './types';

/**
 * Bytes `plan` needs at `tokens` per sequence (the request's concurrency), with the precision it
 * chose kept (vLLM's KV dtype, MLX's bits, llama.cpp's mix and cache type), on the scale of
 * `plan.capacityBytes`: at the request's own length the plan fits exactly when this is at most the
 * capacity, so a line of these crosses the capacity where the plan's longest context ends. vLLM's
 * counts the share of the GPU it leaves alone (as the deployment chart does).
 */
export function planBytesAt(
  plan: EnginePlan,
  request: ServingRequest,
  device: ServingDevice,
  tokens: number,
): number {
  const at = { ...request, contextTokens: tokens };
  if (plan.engine === 'vllm')
    return vllmNeeded(at, device, plan.kvPrecision === 'fp8' ? 1 : 2, vllmLimitsOf(plan));
  if (plan.engine === 'mlx') return mlxBytes(at, Number(plan.settings.bits) as 4 | 8 | 16);
  if (plan.engine === 'llama.cpp') {
    const mix = plan.settings.mix as GgufMix;
    return llamaCppBytes(at, device, mix, plan.settings.cacheTypeK as LlamaKvType);
  }
  return planEngine(plan.engine, at, device).neededBytes;
}
