import { describe, expect, it } from 'vitest';
import { planVllm, vllmBudget } from './vllm';
import { gpuDevice, request } from './testSupport';

const GIB = 2 ** 30;
const qwen = 'Qwen/Qwen2.5-7B-Instruct';

describe('vLLM on a 24 GB GPU at the default 0.9 utilisation', () => {
  const device = gpuDevice('rtx-4090');
  const plan = planVllm(request(qwen), device);

  it('takes 0.9 of the GPU and leaves the rest after weights, profile peak and non-torch memory to KV blocks', () => {
    const budget = vllmBudget(request(qwen), device);
    expect(plan.totalBytes / GIB).toBeCloseTo((24564 * 0.9) / 1024, 2);
    expect(budget.weightsBytes / GIB).toBeCloseTo(14.19, 1);
    expect(budget.kvAvailableBytes / GIB).toBeGreaterThan(5.5);
    expect(budget.kvAvailableBytes / GIB).toBeLessThan(7);
  });

  it('reports the KV blocks (16 tokens, 28 layers × 4 KV heads × 128 × 2 × 2 bytes each) and the largest max_model_len', () => {
    const blockBytes = 16 * 28 * 4 * 128 * 2 * 2;
    expect(plan.settings.kvBlocks).toBe(
      Math.floor(Number(plan.settings.kvAvailableBytes) / blockBytes),
    );
    expect(Number(plan.settings.kvBlocks)).toBeGreaterThan(6000);
    expect(plan.settings.maxModelLen).toBe(32768);
    expect(plan.settings.maxNumBatchedTokens).toBe(2048);
    expect(plan.fits).toBe(true);
  });

  it('holds as many 8k sequences as whole blocks allow', () => {
    expect(plan.maxConcurrency).toBe(Math.floor(Number(plan.settings.kvBlocks) / 512));
  });

  it('says the default max_model_len fails when one sequence of the window does not fit', () => {
    const long = planVllm(
      request(qwen, { modelContextTokens: 131072, contextTokens: 65536, concurrency: 1 }),
      device,
    );
    expect(Number(long.settings.maxModelLen)).toBeLessThan(131072);
    expect(long.settings.maxModelLen).toBe(Number(long.settings.kvBlocks) * 16);
    expect(long.notes.join(' ')).toMatch(/refuse to start/);
  });

  it('chooses an FP8 KV cache on an FP8 GPU when bf16 would not hold the request, halving the cache', () => {
    const big = request(qwen, { contextTokens: 32768, concurrency: 4 });
    const fp8 = planVllm(big, device);
    expect(fp8.settings.kvCacheDtype).toBe('fp8');
    expect(fp8.kvCacheBytes).toBe(32768 * 4 * 28 * 4 * 128 * 2);
    const noFp8 = planVllm(big, { ...device, fp8: false });
    expect(noFp8.settings.kvCacheDtype).toBe('auto');
    expect(noFp8.fits).toBe(false);
  });

  it('splits KV heads and weights across tensor-parallel GPUs', () => {
    const tp2 = planVllm(request(qwen, { gpus: 2 }), device);
    expect(Number(tp2.settings.kvBlocks)).toBeGreaterThan(2.5 * Number(plan.settings.kvBlocks));
    expect(tp2.settings.tensorParallelSize).toBe(2);
  });
});
