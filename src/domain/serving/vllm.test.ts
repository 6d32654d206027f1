import { describe, expect, it } from 'vitest';
import { planVllm, vllmBatchDefaults, vllmBudget } from './vllm';
import { graphCaptureCounts, VLLM_GENERATIONS } from './vllmGenerations';
import { gpuDevice, request } from './testSupport';

const GIB = 2 ** 30;
const qwen = 'Qwen/Qwen2.5-7B-Instruct';

describe('vLLM on a 24 GB GPU at current releases’ default 0.92 utilisation', () => {
  const device = gpuDevice('rtx-4090');
  const plan = planVllm(request(qwen), device);

  it('takes 0.92 of the GPU and leaves the rest after weights, profile peak, sampler state, CUDA graphs and non-torch memory to KV blocks', () => {
    const budget = vllmBudget(request(qwen), device);
    expect(plan.totalBytes / GIB).toBeCloseTo((24564 * 0.92) / 1024, 2);
    expect(budget.weightsBytes / GIB).toBeCloseTo(14.19, 1);
    // 86 graphs (51 piecewise up to 512, 35 full up to 256) × 28 layers at 3,584 wide.
    expect(budget.graphBytes / GIB).toBeCloseTo(0.378, 2);
    // Penalty counts: 256 sequences × 152,064 tokens × 4 bytes, beside 0.13 GiB non-torch memory.
    expect((budget.otherBytes - budget.graphBytes) / GIB).toBeCloseTo(0.13 + 0.145, 2);
    expect(budget.kvAvailableBytes).toBeCloseTo(
      budget.requestedBytes - budget.weightsBytes - budget.activationBytes - budget.otherBytes,
      0,
    );
    expect(budget.kvAvailableBytes / GIB).toBeGreaterThan(6.5);
    expect(budget.kvAvailableBytes / GIB).toBeLessThan(7.5);
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

  it('starts with the most 8k sequences a server started for that many holds: n fit, n + 1 would not', () => {
    const n = Number(plan.settings.maxNumSeqs);
    const kv = (k: number) => 8192 * k * 28 * 4 * 128 * 2 * 2;
    expect(plan.maxConcurrency).toBe(n);
    expect(kv(n)).toBeLessThanOrEqual(Number(plan.settings.kvAvailableBytes));
    const next = vllmBudget(request(qwen), device, {
      maxNumBatchedTokens: 2048,
      maxNumSeqs: n + 1,
    });
    expect(kv(n + 1)).toBeGreaterThan(next.kvAvailableBytes);
    // Fewer sequences than the default 256: fewer CUDA graphs and a smaller penalty table.
    const atDefaults = vllmBudget(request(qwen), device);
    expect(n).toBeLessThan(256);
    expect(Number(plan.settings.graphBytes)).toBeLessThan(atDefaults.graphBytes / 4);
    expect(Number(plan.settings.kvAvailableBytes)).toBeGreaterThan(atDefaults.kvAvailableBytes);
  });

  it('says the default max_model_len fails when one sequence of the window does not fit', () => {
    const long = planVllm(
      request(qwen, { modelContextTokens: 262144, contextTokens: 65536, concurrency: 1 }),
      device,
    );
    expect(Number(long.settings.maxModelLen)).toBeLessThan(262144);
    expect(long.settings.maxModelLen).toBe(Number(long.settings.kvBlocks) * 16);
    expect(long.notes.join(' ')).toMatch(/refuse to start/);
  });

  it('chooses an FP8 KV cache on an FP8 GPU when bf16 would not hold the request, halving the cache', () => {
    const big = request(qwen, { contextTokens: 32768, concurrency: 8 });
    const fp8 = planVllm(big, device);
    expect(fp8.settings.kvCacheDtype).toBe('fp8');
    expect(fp8.fits).toBe(true);
    expect(fp8.kvCacheBytes).toBe(32768 * 8 * 28 * 4 * 128 * 2);
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

describe('the two vLLM generations', () => {
  const device = gpuDevice('rtx-4090');

  it('keeps the 0.11 model for the rows it measured: 0.9, graphs in the headroom, 38 bytes per sampled logit', () => {
    const legacy = vllmBudget(request(qwen), device, undefined, VLLM_GENERATIONS.legacy);
    expect(legacy.requestedBytes / GIB).toBeCloseTo((24564 * 0.9) / 1024, 2);
    expect(legacy.graphBytes).toBe(0);
    // The sampler's run (256 × 152,064 logits × 38 bytes and the hidden states) is the peak.
    expect(legacy.activationBytes / GIB).toBeCloseTo(
      (256 * 152064 * 38 + 2048 * 3584 * 2) / GIB,
      3,
    );
  });

  it('profiles the current sampler at its bf16 logits, so the forward pass is the peak for a 7B', () => {
    const current = vllmBudget(request(qwen), device);
    // 2048 tokens × (3 × 3,584 + 3 × 18,944) × 2 bytes at the MLP's down projection.
    expect(current.activationBytes).toBe(2048 * (3 * 3584 + 3 * 18944) * 2);
  });

  it('counts the graphs vLLM captures: 51 piecewise and 35 full at 256 sequences, 1024 at most on a B200', () => {
    expect(graphCaptureCounts(device, 256, 2048)).toEqual({
      piecewise: 51,
      full: 35,
      largest: 512,
    });
    expect(graphCaptureCounts(device, 8, 2048)).toEqual({ piecewise: 5, full: 4, largest: 16 });
    const b200 = { ...device, name: 'NVIDIA B200' };
    expect(graphCaptureCounts(b200, 1024, 16384).largest).toBe(1024);
    expect(graphCaptureCounts(device, 1024, 8192).largest).toBe(512);
  });

  it('serves with 16,384 batched tokens from 160 GiB in current releases, 8,192 before', () => {
    const big = { ...device, name: 'NVIDIA B200', memoryBytes: 179 * GIB };
    expect(vllmBatchDefaults(big)).toEqual({ maxNumBatchedTokens: 16384, maxNumSeqs: 1024 });
    expect(vllmBatchDefaults(big, VLLM_GENERATIONS.legacy).maxNumBatchedTokens).toBe(8192);
    expect(vllmBatchDefaults({ ...device, name: 'A100 80GB', memoryBytes: 79 * GIB })).toEqual({
      maxNumBatchedTokens: 2048,
      maxNumSeqs: 256,
    });
  });

  it('leaves more KV memory than 0.11 did, and says what it took', () => {
    const plan = planVllm(request(qwen), device);
    const legacy = vllmBudget(request(qwen), device, undefined, VLLM_GENERATIONS.legacy);
    expect(Number(plan.settings.kvAvailableBytes)).toBeGreaterThan(legacy.kvAvailableBytes);
    const graphs = (Number(plan.settings.graphBytes) / GIB).toFixed(2);
    expect(plan.notes[0]).toMatch(
      new RegExp(
        `^Takes 0\\.92 of the GPU .* ${graphs} GiB of CUDA graphs .*vLLM 0\\.21 and later`,
      ),
    );
  });
});
