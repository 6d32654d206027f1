import { describe, expect, it } from 'vitest';
import { artifacts } from './artifacts';
import { PUBLISHED_GGUF, publishedBytes } from './fixtures/ggufSizes';
import { gpuDevice, request } from './testSupport';
import type { ServingDevice } from './types';

const qwen = 'Qwen/Qwen2.5-7B-Instruct';
const adapter = { rank: 16, parameters: 40_370_176 };

describe('artifacts after LoRA', () => {
  const gpu = artifacts(request(qwen, { adapter }), gpuDevice('rtx-4090'));
  const byKind = Object.fromEntries(gpu.map((a) => [a.kind, a]));

  it('lists the adapter on the base, merged bf16, AWQ int4, FP8, three GGUF k-quants and MLX 4-bit', () => {
    expect(gpu.map((a) => a.kind)).toEqual([
      'adapter',
      'merged-bf16',
      'awq-int4',
      'fp8',
      'gguf-Q8_0',
      'gguf-Q5_K_M',
      'gguf-Q4_K_M',
      'mlx-4bit',
    ]);
    for (const a of gpu) expect(a.caveat.length).toBeGreaterThan(20);
  });

  it('sizes the adapter as PEFT saves it (float32) and the merged model at 2 bytes a parameter', () => {
    expect(byKind.adapter!.diskBytes).toBe(40_370_176 * 4);
    expect(byKind['merged-bf16']!.diskBytes).toBe(7_615_616_512 * 2);
  });

  it('sizes GGUF Q4_K_M within 2% of the published file, and int4 below FP8 below bf16', () => {
    const published = publishedBytes(
      PUBLISHED_GGUF.find(
        (row) => row.mix === 'Q4_K_M' && row.modelId === 'Qwen/Qwen2.5-7B-Instruct',
      )!,
    );
    expect(Math.abs(byKind['gguf-Q4_K_M']!.diskBytes / published - 1)).toBeLessThan(0.02);
    expect(byKind['awq-int4']!.diskBytes).toBeLessThan(byKind.fp8!.diskBytes);
    expect(byKind.fp8!.diskBytes).toBeLessThan(byKind['merged-bf16']!.diskBytes);
  });

  it('serves the adapter with slightly more memory than the merged model, and MLX only on Apple', () => {
    expect(byKind.adapter!.servingBytes!).toBeGreaterThan(byKind['merged-bf16']!.servingBytes!);
    expect(byKind['mlx-4bit']!.servingBytes).toBeNull();
  });

  it('offers only llama.cpp artifacts on an edge device', () => {
    const edge: ServingDevice = {
      ...gpuDevice('rtx-4090'),
      kind: 'edge',
      bandwidthBytesPerSecond: null,
    };
    const served = artifacts(request(qwen, { adapter }), edge).filter(
      (a) => a.servingBytes !== null,
    );
    expect(served.map((a) => a.engine)).toEqual(['llama.cpp', 'llama.cpp', 'llama.cpp']);
  });
});
