import { describe, expect, it } from 'vitest';
import { countParameters, modelSpecFromConfig } from '../memory';
import { artifacts } from './artifacts';
import { PUBLISHED_GGUF, publishedBytes } from './fixtures/ggufSizes';
import {
  MEASURED_GGUF_TINY,
  MEASURED_MERGED_TINY,
  TINY_CONFIGS,
} from './fixtures/measuredGgufTiny';
import { ggufSize } from './gguf';
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

describe('artifacts of the export run test’s tiny models against the files it measured', () => {
  const cpu: ServingDevice = {
    ...gpuDevice('rtx-4090'),
    kind: 'cpu',
    bandwidthBytesPerSecond: null,
  };
  for (const [name, config] of Object.entries(TINY_CONFIGS)) {
    const model = modelSpecFromConfig(config);
    const rows = MEASURED_GGUF_TINY.filter((row) => row.model === name);
    const list = artifacts(
      { ...request(qwen), model, contextTokens: 512, modelContextTokens: 512 },
      cpu,
    );
    const disk = (kind: string) => list.find((a) => a.kind === kind)!.diskBytes;

    it(`${name}: the merged bf16 checkpoint to the byte (tensor data of model.safetensors)`, () => {
      expect(disk('merged-bf16')).toBe(MEASURED_MERGED_TINY[name]);
    });

    it(`${name}: the F16 GGUF convert_hf_to_gguf.py writes holds weights at 2 bytes and norms at 4`, () => {
      const counts = countParameters(model);
      const f16 = rows.find((row) => row.type === 'F16')!;
      expect(f16.tensorBytes).toBe(
        2 * (counts.linear + counts.embedding + counts.lmHead) + 4 * counts.other,
      );
    });

    it(`${name}: every GGUF mix's tensors to the byte; the only error is the metadata estimate`, () => {
      const mixes = rows.filter((row) => row.type !== 'F16');
      expect(mixes.map((row) => row.type)).toEqual(['Q8_0', 'Q6_K', 'Q5_K_M', 'Q4_K_M']);
      // ggufSize = tensors + estimated metadata: with the tensors exact, what is left over is the
      // same for every mix, and it is off from the measured metadata (which alignment padding
      // moves by a few bytes between mixes) by less than a quarter.
      const estimatedMetadata = mixes.map(
        (row) =>
          ggufSize(model, row.type as Exclude<typeof row.type, 'F16'>).fileBytes - row.tensorBytes,
      );
      expect(new Set(estimatedMetadata).size).toBe(1);
      const measuredMetadata = mixes[0]!.fileBytes - mixes[0]!.tensorBytes;
      expect(Math.abs(estimatedMetadata[0]! / measuredMetadata - 1)).toBeLessThan(0.25);
      for (const kind of ['Q8_0', 'Q5_K_M', 'Q4_K_M'] as const) {
        const row = mixes.find((r) => r.type === kind)!;
        expect(disk(`gguf-${kind}`)).toBe(ggufSize(model, kind).fileBytes);
        // The whole file: within 6% (the metadata of a 472-token vocabulary is a fifth of it).
        expect(Math.abs(disk(`gguf-${kind}`) / row.fileBytes - 1)).toBeLessThan(0.06);
      }
    });
  }
});
