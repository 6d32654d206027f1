import { describe, expect, it } from 'vitest';
import { servingByContext } from './chart';
import { planVllm } from './vllm';
import { gpuDevice, request } from './testSupport';

const qwen = 'Qwen/Qwen2.5-7B-Instruct';

describe('serving memory by context chart', () => {
  const device = gpuDevice('rtx-4090');
  const r = request(qwen, { contextTokens: 8192, concurrency: 4 });
  const chart = servingByContext(['vllm', 'sglang', 'transformers', 'llama.cpp'], r, device);

  it('draws one line per engine and an FP8 KV line for vLLM on an FP8 GPU', () => {
    expect(chart.lines.map((line) => line.key)).toEqual([
      'vllm',
      'vllm-fp8',
      'sglang',
      'transformers',
      'llama.cpp',
    ]);
    expect(chart.points.map((p) => p.tokens)).toContain(8192);
  });

  it('crosses the device where vLLM stops fitting: under it at the largest context, over it at twice that', () => {
    // A 128k window, so the longest context that fits ends before the window does.
    const long = request(qwen, { contextTokens: 8192, concurrency: 4, modelContextTokens: 131072 });
    const plan = planVllm(long, device);
    const lines = servingByContext(['vllm'], long, device);
    expect(plan.maxContextTokens).toBeLessThan(131072);
    const under = lines.points.filter((p) => p.tokens <= plan.maxContextTokens).at(-1)!;
    const over = lines.points.find((p) => p.tokens > plan.maxContextTokens)!;
    expect(under.vllm).toBeLessThanOrEqual(lines.capacityGib);
    expect(over.vllm).toBeGreaterThan(lines.capacityGib);
  });

  it('halves the KV part on the FP8 line and grows every line with context', () => {
    const at8k = chart.points.find((p) => p.tokens === 8192)!;
    const at16k = chart.points.find((p) => p.tokens === 16384)!;
    const kv8k = (8192 * 4 * 28 * 4 * 128 * 2 * 2) / 2 ** 30;
    expect(at8k.vllm! - at8k['vllm-fp8']!).toBeCloseTo(kv8k / 2, 1);
    for (const line of chart.lines) expect(at16k[line.key]!).toBeGreaterThan(at8k[line.key]!);
  });
});
