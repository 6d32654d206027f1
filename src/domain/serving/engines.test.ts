import { describe, expect, it } from 'vitest';
import { PUBLISHED_GGUF, publishedBytes } from './fixtures/ggufSizes';
import { freeShare, planLlamaCpp } from './llamacpp';
import { mlxWeightBytes, planMlx } from './mlx';
import { planSglang, sglangMemFraction } from './sglang';
import { planTransformers } from './transformersGenerate';
import { planVllm } from './vllm';
import { defaultEngine, enginesFor, speedBounds } from './plan';
import { gpuDevice, request } from './testSupport';
import type { ServingDevice } from './types';

const GIB = 2 ** 30;
const qwen = 'Qwen/Qwen2.5-7B-Instruct';

const edge = (gb: number): ServingDevice => ({
  kind: 'edge',
  name: `Edge or mobile device, ${gb} GB`,
  memoryBytes: gb * GIB,
  fp8: false,
  flashAttention: false,
  bandwidthBytesPerSecond: null,
  flopsPerSecond: null,
});

describe('default engines', () => {
  it('serves with vLLM on NVIDIA and AMD GPUs, MLX on Apple silicon, llama.cpp on edge and CPU', () => {
    expect(defaultEngine('gpu')).toBe('vllm');
    expect(defaultEngine('apple')).toBe('mlx');
    expect(defaultEngine('edge')).toBe('llama.cpp');
    expect(defaultEngine('cpu')).toBe('llama.cpp');
    expect(enginesFor('gpu')).toEqual(['vllm', 'sglang', 'transformers', 'llama.cpp']);
  });
});

describe('llama.cpp on an edge device', () => {
  const plan = planLlamaCpp(request(qwen, { contextTokens: 4096, concurrency: 1 }), edge(16));
  const published = PUBLISHED_GGUF.find(
    (row) => row.mix === 'Q4_K_M' && row.modelId === 'Qwen/Qwen2.5-7B-Instruct',
  );

  it('plans Q4_K_M whose file is within 2% of the published Qwen2.5-7B-Instruct-Q4_K_M.gguf', () => {
    expect(plan.settings.mix).toBe('Q4_K_M');
    expect(Math.abs(Number(plan.settings.fileBytes) / publishedBytes(published!) - 1)).toBeLessThan(
      0.02,
    );
  });

  it('counts only the 37.5% of RAM a phone leaves one app, and no CUDA context', () => {
    expect(freeShare(edge(16))).toBe(0.375);
    expect(plan.capacityBytes).toBe(6 * GIB);
    expect(plan.fits).toBe(true);
    expect(plan.settings.gpuLayers).toBe(0);
    expect(plan.notes.join(' ')).toMatch(/37\.5% of the device's RAM/);
  });

  it('does not fit a phone with 8 GB: 3 GiB free is less than the 4.68 GB file', () => {
    expect(planLlamaCpp(request(qwen, { contextTokens: 4096, concurrency: 1 }), edge(8)).fits).toBe(
      false,
    );
  });

  it('sizes the f16 KV cache as 2 bytes per element and q8_0 as 34 bytes per 32', () => {
    const perToken = 28 * 2 * 4 * 128;
    expect(plan.kvCacheBytes).toBe(4096 * perToken * (plan.kvPrecision === 'q8_0' ? 34 / 32 : 2));
  });
});

describe('llama.cpp on a small GPU offloads what fits with -ngl', () => {
  it('puts part of the layers of the 4.68 GB Q4_K_M on a 4 GB GPU and says the rest run from RAM', () => {
    const device = { ...gpuDevice('rtx-4090'), memoryBytes: 4 * GIB };
    const plan = planLlamaCpp(request(qwen, { contextTokens: 8192, concurrency: 1 }), device);
    expect(plan.fits).toBe(false);
    expect(plan.settings.mix).toBe('Q4_K_M');
    expect(Number(plan.settings.gpuLayers)).toBeGreaterThan(15);
    expect(Number(plan.settings.gpuLayers)).toBeLessThan(28);
    expect(plan.notes.join(' ')).toMatch(/of 28 layers fit on the GPU/);
  });
});

describe('MLX', () => {
  it('sizes a 4-bit group-64 Qwen2.5-7B within 2% of the published 4.28 GB model.safetensors', () => {
    // https://huggingface.co/lmstudio-community/Qwen2.5-7B-Instruct-MLX-4bit/tree/main (model.safetensors 4.28 GB), secondary.
    const bytes = mlxWeightBytes(request(qwen), 4);
    expect(Math.abs(bytes / 4.28e9 - 1)).toBeLessThan(0.02);
  });

  it('picks 8-bit when it fits the wired limit and 4-bit when only that does', () => {
    const apple = (gb: number): ServingDevice => ({ ...edge(gb), kind: 'apple', name: 'Mac' });
    expect(planMlx(request(qwen), apple(24)).settings.bits).toBe(8);
    expect(planMlx(request(qwen), apple(9)).settings.bits).toBe(4);
  });
});

describe('transformers generate', () => {
  it('needs more memory than vLLM-style chunked prefill for a 30k-token prompt: the whole prompt in one forward', () => {
    const device = gpuDevice('a100-80gb');
    const long = request(qwen, { contextTokens: 30000, concurrency: 1 });
    const plan = planTransformers(long, device);
    expect(plan.settings.prefillTokens).toBe(30000);
    const working = plan.totalBytes - plan.weightsBytes - plan.kvCacheBytes;
    expect(working).toBeGreaterThan(30000 * (4 * 3584 + 3 * 18944) * 2 * 0.9);
  });
});

describe('SGLang', () => {
  it('reserves 512 + 1.5 × 2048 + 2 × 24 + 128 MB on a 24 GB GPU: mem_fraction_static 0.847', () => {
    expect(sglangMemFraction(gpuDevice('rtx-4090'), 1)).toBe(0.847);
    const plan = planSglang(request(qwen), gpuDevice('rtx-4090'));
    expect(Number(plan.settings.maxTotalTokens)).toBeGreaterThan(80000);
  });
});

describe('speed bounds', () => {
  it('bounds decode by bandwidth ÷ (weights + KV) and prefill by 2 FLOPs per parameter per token', () => {
    const device = gpuDevice('rtx-4090');
    const r = request(qwen, { contextTokens: 4096, concurrency: 1 });
    const plan = planVllm(r, device);
    const bounds = speedBounds(plan, r, device)!;
    expect(bounds.decodeTokensPerSecond).toBeCloseTo(
      1008e9 / (plan.weightsBytes + plan.kvCacheBytes),
      6,
    );
    expect(bounds.decodeTokensPerSecond).toBeGreaterThan(55);
    expect(bounds.decodeTokensPerSecond).toBeLessThan(70);
    expect(bounds.timeToFirstTokenSeconds).toBeGreaterThan(0.2);
  });
});
