import type { LlamaKvType } from './ggml';
import type { GgufMix } from './gguf';
import { kvBytes } from './kv';
import { llamaCppBytes } from './llamacpp';
import { planEngine } from './plan';
import { BLOCK_TOKENS, vllmBudget, vllmLimitsOf, type VllmBatchLimits } from './vllm';
import { ENGINE_LABELS, type Engine, type ServingDevice, type ServingRequest } from './types';

const GIB = 2 ** 30;

export interface ServingChartLine {
  key: string;
  label: string;
}

/** Serving memory against context at the user's concurrency: one line per engine (and FP8 KV for vLLM). */
export interface ServingByContextChart {
  lines: ServingChartLine[];
  /** GiB each line needs at `tokens` per sequence. */
  points: ({ tokens: number } & Record<string, number>)[];
  capacityGib: number;
  contextTokens: number;
  concurrency: number;
}

/** Context lengths from 1k to the model's window (at least twice the request), doubling. */
function sweep(request: ServingRequest): number[] {
  const top = Math.max(request.modelContextTokens, 2 * request.contextTokens, 2048);
  const points = new Set<number>([request.contextTokens]);
  for (let t = 1024; t <= top; t *= 2) points.add(t);
  return [...points].sort((a, b) => a - b);
}

/**
 * vLLM's fixed share (weights, profile peak, non-torch memory, CUDA graphs), the request's KV at
 * `bytes` per element, and the share of the device it leaves alone (8% in current releases).
 */
export function vllmNeeded(
  request: ServingRequest,
  device: ServingDevice,
  bytes: number,
  limits?: VllmBatchLimits,
): number {
  const budget = vllmBudget(request, device, limits);
  const fixed = budget.weightsBytes + budget.activationBytes + budget.otherBytes;
  const kv = kvBytes(
    request.model,
    request.contextTokens,
    request.concurrency,
    bytes,
    BLOCK_TOKENS,
    request.gpus,
  );
  // The share vLLM leaves unused: its line crosses the device's memory where it stops fitting.
  return fixed + kv + device.memoryBytes * (1 - budget.utilisation);
}

function needed(
  engine: Engine,
  request: ServingRequest,
  device: ServingDevice,
  llama: { mix: GgufMix; kv: LlamaKvType } | null,
  vllmLimits: VllmBatchLimits | undefined,
): number {
  if (engine === 'vllm') return vllmNeeded(request, device, 2, vllmLimits);
  if (engine === 'llama.cpp' && llama) return llamaCppBytes(request, device, llama.mix, llama.kv);
  return planEngine(engine, request, device).neededBytes;
}

const round = (gib: number) => Math.round(gib * 100) / 100;

/**
 * Memory each engine needs against context length, from the same planners as the plans (so a
 * line crosses the capacity where the plan stops fitting). vLLM's line adds weights, profile
 * peak and non-torch memory to the KV cache the request needs; its FP8 line is drawn on FP8 GPUs.
 */
export function servingByContext(
  engines: readonly Engine[],
  request: ServingRequest,
  device: ServingDevice,
): ServingByContextChart {
  const lines: ServingChartLine[] = engines.map((engine) => ({
    key: engine,
    label: ENGINE_LABELS[engine],
  }));
  const fp8 = device.fp8 && engines.includes('vllm');
  if (fp8) lines.splice(1, 0, { key: 'vllm-fp8', label: 'vLLM, FP8 KV cache' });
  // llama.cpp's line keeps the mix and KV type planned for the request, so it only grows.
  const llama = engines.includes('llama.cpp') ? planEngine('llama.cpp', request, device) : null;
  const fixedLlama = llama
    ? { mix: llama.settings.mix as GgufMix, kv: llama.settings.cacheTypeK as LlamaKvType }
    : null;
  // vLLM's lines keep the --max-num-seqs its plan for the request starts with.
  const vllmLimits = engines.includes('vllm')
    ? vllmLimitsOf(planEngine('vllm', request, device))
    : undefined;
  const points = sweep(request).map((tokens) => {
    const at = {
      ...request,
      contextTokens: tokens,
      modelContextTokens: Math.max(tokens, request.modelContextTokens),
    };
    const point: { tokens: number } & Record<string, number> = { tokens };
    for (const engine of engines) {
      point[engine] = round(needed(engine, at, device, fixedLlama, vllmLimits) / GIB);
    }
    if (fp8) point['vllm-fp8'] = round(vllmNeeded(at, device, 1, vllmLimits) / GIB);
    return point;
  });
  return {
    lines,
    points,
    // The default engine's capacity: on edge and CPU targets, the RAM left to one app.
    capacityGib: round(
      (engines[0] ? planEngine(engines[0], request, device).capacityBytes : device.memoryBytes) /
        GIB,
    ),
    contextTokens: request.contextTokens,
    concurrency: request.concurrency,
  };
}
