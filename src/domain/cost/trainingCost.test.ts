import { describe, expect, it } from 'vitest';
import { findModel, specOfModel } from '../catalog/models';
import { estimateTrainingSpeed } from '../speed';
import { GPU_PRICES, defaultPriceOf } from './gpuPrices';
import { priceFor, trainedTokens, trainingCost } from './trainingCost';

const qwen8b = specOfModel(findModel('Qwen/Qwen3-8B')!);
const options = {
  method: 'lora',
  seqLen: 2048,
  batchSize: 2,
  gradientCheckpointing: true,
} as const;
const job = { datasetExamples: 20_000, tokensPerExample: 600, epochs: 2.5 };

describe('time and cost of a job', () => {
  it('trains examples × tokens × epochs', () => {
    expect(trainedTokens(job)).toBe(30_000_000);
  });

  it('takes tokens ÷ the speed model’s tokens per second, and bills GPU-hours × the price', () => {
    const speed = estimateTrainingSpeed(qwen8b, options, 'a100-80gb');
    const cost = trainingCost({
      spec: qwen8b,
      options,
      gpuId: 'a100-80gb',
      gpuName: 'A100',
      job,
      price: priceFor('a100-80gb', 1.5),
    })!;
    expect(cost.tokensPerSecond).toBe(speed.tokensPerSecond);
    expect(cost.hours).toBeCloseTo(30_000_000 / speed.tokensPerSecond / 3600, 9);
    expect(cost.gpuHours).toBe(cost.hours);
    expect(cost.costUsd).toBeCloseTo(cost.hours * 1.5, 9);
    expect(cost.price).toEqual({ usdPerGpuHour: 1.5, kind: 'yours', source: null });
  });

  it('bills every GPU of a multi-GPU run: GPU-hours are hours × GPUs', () => {
    const four = { ...options, gpus: 4, launcher: 'ddp' } as const;
    const cost = trainingCost({
      spec: qwen8b,
      options: four,
      gpuId: 'h100-80gb',
      gpuName: 'H100',
      job,
      price: priceFor('h100-80gb', null),
    })!;
    expect(cost.gpuHours).toBeCloseTo(cost.hours * 4, 9);
    expect(cost.costUsd).toBeCloseTo(cost.gpuHours * 4.76, 9);
    expect(cost.price?.kind).toBe('default');
  });

  it('has no figures for a GPU the speed model does not know, and no cost without a price', () => {
    const args = { spec: qwen8b, options, gpuName: 'x', job, price: null };
    expect(trainingCost({ ...args, gpuId: 'custom' })).toBeNull();
    expect(trainingCost({ ...args, gpuId: 'm4-max-128gb' })).toBeNull();
    expect(trainingCost({ ...args, gpuId: 't4' })?.costUsd).toBeNull();
    expect(priceFor('t4', null)).toBeNull();
  });

  it('keeps every default price with its source, date and status, one row per GPU', () => {
    const ids = GPU_PRICES.map((p) => p.gpuId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const price of GPU_PRICES) {
      expect(price.usdPerHour).toBeGreaterThan(0);
      expect(price.source).toMatch(/https:\/\//);
      expect(price.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(price.status).toBe('secondary');
    }
    expect(defaultPriceOf('rtx-4090')?.usdPerHour).toBe(0.6);
    expect(defaultPriceOf('h100-80gb')?.usdPerHour).toBe(4.76);
  });
});
