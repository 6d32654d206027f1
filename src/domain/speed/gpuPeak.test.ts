import { describe, expect, it } from 'vitest';
import { gpus } from '../catalog/gpus';
import { GPUS_WITH_PEAK, gpuPeak } from './gpuPeak';

describe('the speed model’s GPU peaks', () => {
  it('agree with the GPU catalog’s throughput and bandwidth for every GPU both know', () => {
    expect(GPUS_WITH_PEAK.length).toBeGreaterThanOrEqual(20);
    for (const id of GPUS_WITH_PEAK) {
      const gpu = gpus.find((g) => g.id === id);
      expect(gpu, id).toBeDefined();
      const throughput = gpu!.throughput;
      const dense = throughput.bf16DenseTflops ?? throughput.fp16DenseTflops;
      expect(gpuPeak(id).dense16Tflops / dense!, id).toBeCloseTo(1, 2);
      expect(gpuPeak(id).memoryBandwidthGBs, id).toBe(throughput.memoryBandwidthGBs);
    }
  });

  it('names the GPUs it knows when asked for one it does not', () => {
    expect(() => gpuPeak('apple-64gb')).toThrow(/No throughput figures for GPU "apple-64gb"/);
  });
});
