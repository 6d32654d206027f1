import { describe, expect, it } from 'vitest';
import { findModel, specOfModel } from '../catalog/models';
import { estimateTrainingMemory } from '../memory';
import { normalizeAnswers } from './answers';
import { planHardware } from './hardware';
import { planOptions } from './planOptions';
import { recommend } from './recommend';
import { whatToChange, type FitAdviceInput } from './whatToChange';

const GIB = 2 ** 30;
const spec = (id: string) => specOfModel(findModel(id)!);

function inputFor(budgetGib: number, overrides: Partial<FitAdviceInput> = {}): FitAdviceInput {
  const { answers } = normalizeAnswers({ hardware: { gpuId: 'rtx-4090' } });
  const hardware = planHardware(answers.hardware);
  return {
    modelName: 'Qwen3-8B',
    spec: spec('Qwen/Qwen3-8B'),
    wanted: {
      ...planOptions({
        method: 'lora',
        scale: answers.scale,
        hardware,
        purpose: 'chat',
        seqLen: 4096,
        checkpointing: false,
      }),
      batchSize: 8,
    },
    situation: 'cut',
    device: hardware.training,
    budgetBytes: budgetGib * GIB,
    job: { datasetExamples: 10_000, tokensPerExample: 1000, epochs: 1 },
    price: 0.6,
    smaller: { name: 'Qwen3-4B', spec: spec('Qwen/Qwen3-4B') },
    ...overrides,
  };
}

describe('what to change to fit', () => {
  const input = inputFor(21.6);
  const advice = whatToChange(input);

  it('lists the levers by memory saved, the largest first', () => {
    const saved = advice.levers.map((l) => l.savedBytes);
    expect(saved.length).toBeGreaterThanOrEqual(8);
    expect(saved).toEqual([...saved].sort((a, b) => b - a));
    const ids = advice.levers.map((l) => l.id);
    for (const id of ['qlora', 'rank', 'targets', 'seq-len', 'batch', 'checkpointing']) {
      expect(ids).toContain(id);
    }
    for (const id of ['loss-kernel', 'optimizer', 'more-gpus', 'cpu-offload', 'smaller-model']) {
      expect(ids).toContain(id);
    }
  });

  it('gives each saving as the difference of two estimates of the memory model', () => {
    const base = estimateTrainingMemory(input.spec, input.wanted).reservedBytes;
    expect(advice.neededBytes).toBe(base);
    for (const lever of advice.levers) {
      const other = lever.modelName ? input.smaller!.spec : input.spec;
      const changed = estimateTrainingMemory(other, { ...input.wanted, ...lever.change });
      expect(lever.neededBytes, lever.id).toBe(changed.reservedBytes);
      expect(lever.savedBytes, lever.id).toBe(base - changed.reservedBytes);
      expect(lever.fits, lever.id).toBe(changed.reservedBytes <= input.budgetBytes);
    }
  });

  it('prices each change from the speed model: checkpointing is slower, batch 1 too', () => {
    const byId = (id: string) => advice.levers.find((l) => l.id === id)!;
    expect(byId('checkpointing').speedRatio).toBeLessThan(0.9);
    expect(byId('checkpointing').costDeltaUsd).toBeGreaterThan(0);
    expect(byId('batch').speedRatio).toBeLessThan(1);
    expect(byId('smaller-model').speedRatio).toBeGreaterThan(1.3);
    expect(byId('smaller-model').costDeltaUsd).toBeLessThan(0);
  });

  it('says plainly when nothing makes it fit, even every setting together', () => {
    const none = whatToChange(inputFor(1));
    expect(none.levers.every((l) => !l.fits)).toBe(true);
    expect(none.combinedBytes).toBeGreaterThan(1 * GIB);
    expect(none.nothingFits).toBe(true);
    expect(advice.nothingFits).toBe(false);
  });

  it('advises the first near miss when no model fits the GPU', () => {
    const rec = recommend({ hardware: { gpuId: 'custom', customGpuGb: 2 } });
    expect(rec.top).toBeNull();
    expect(rec.fitAdvice?.situation).toBe('no-fit');
    expect(rec.fitAdvice!.neededBytes).toBeGreaterThan(rec.fitAdvice!.budgetBytes);
    expect(rec.fitAdvice!.levers.length).toBeGreaterThan(0);
  });

  it('advises the top model when its plan cut the batch asked for, and not when it did not', () => {
    const cut = recommend({ hardware: { gpuId: 'rtx-4090' }, scale: { batchSize: 8 } });
    expect(cut.top!.training.plan!.options.batchSize).toBeLessThan(8);
    expect(cut.fitAdvice).toMatchObject({ situation: 'cut', modelName: cut.top!.name });
    const whole = recommend({ hardware: { gpuId: 'h100-80gb' }, scale: { batchSize: 1 } });
    expect(whole.top!.training.plan!.options.batchSize).toBe(1);
    expect(whole.fitAdvice).toBeNull();
  });
});
