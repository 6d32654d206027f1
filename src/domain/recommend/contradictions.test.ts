import { describe, expect, it } from 'vitest';
import { recommend } from './recommend';
import { catalogModels, specOfModel } from '../catalog/models';
import { normalizeAnswers } from './answers';
import { fitTraining, roundedSeqLen, stepBatch } from './fit';
import { planHardware } from './hardware';
import { bandOf, SIZE_BANDS, sizeBand } from './sizeBands';
import { countParameters } from '../memory';
import { gpus } from '../catalog/gpus';
import { trainingSetup } from '../export/trainingSetup';

describe('the plan never contradicts itself', () => {
  it('never says a model serves more context than its own window', () => {
    const rec = recommend({
      task: { purpose: 'multi-class-classification' },
      hardware: { gpuId: 'h100-80gb' },
    });
    const everyone = [...rec.shortlist, ...rec.nearMisses];
    expect(everyone.length).toBeGreaterThan(0);
    for (const candidate of everyone) {
      expect(candidate.serving.maxContext).toBeLessThanOrEqual(candidate.contextTokens);
      if (candidate.training.plan) {
        expect(candidate.training.plan.maxSeqLen).toBeLessThanOrEqual(candidate.contextTokens);
      }
    }
    expect(rec.deployment!.maxContextTokens).toBeLessThanOrEqual(rec.top!.contextTokens);
    expect(rec.deployment!.maxContextTokens).toBeLessThan(16_777_216);
  });

  it('says "too big for full fine-tuning", not "even with", when full is the only method tried', () => {
    const rec = recommend({
      hardware: { gpuId: 'rtx-3060-12gb' },
      scale: { method: 'full', sizeBand: '14-32b' },
    });
    const reasons = [...rec.nearMisses, ...rec.shortlist].flatMap((c) => c.whyNot);
    expect(reasons.some((r) => r.startsWith('Too big for full fine-tuning: needs'))).toBe(true);
    expect(reasons.some((r) => r.includes('even with full fine-tuning'))).toBe(false);
  });

  it.each([
    [{ hardware: { gpuId: 'rtx-4090' }, scale: { batchSize: 8, trainingSeqLen: 8192 } }],
    [{ hardware: { gpuId: 'rtx-3060-12gb' }, scale: { batchSize: 12, trainingSeqLen: 4096 } }],
    [{ hardware: { gpuId: 't4' }, scale: { batchSize: 64, trainingSeqLen: 2048 } }],
    [
      {
        task: { purpose: 'similarity' },
        hardware: { gpuId: 'rtx-4060-ti-16gb' },
        scale: { batchSize: 96 },
      },
    ],
  ] as const)('makes batch × accumulation equal the requested batch (%j)', (answers) => {
    const rec = recommend(answers);
    const setup = trainingSetup(rec)!;
    expect(setup.batchSize * setup.gradientAccumulation).toBe(answers.scale.batchSize);
    expect(rec.top!.training.plan!.options.batchSize).toBe(setup.batchSize);
  });

  it('cuts sequence lengths to multiples of 64', () => {
    expect(roundedSeqLen(3217)).toBe(3200);
    expect(roundedSeqLen(4096)).toBe(4096);
    const rec = recommend({
      hardware: { gpuId: 'rtx-3060-12gb' },
      scale: { trainingSeqLen: 131_072, method: 'qlora' },
    });
    for (const candidate of rec.shortlist) {
      const seqLen = candidate.training.plan!.options.seqLen;
      if (seqLen < 131_072) expect(seqLen % 64).toBe(0);
    }
  });

  it('picks the largest batch that divides the requested one', () => {
    expect(stepBatch(3, 8)).toBe(2);
    expect(stepBatch(5, 12)).toBe(4);
    expect(stepBatch(7, 7)).toBe(7);
    expect(stepBatch(1, 9)).toBe(1);
    expect(stepBatch(40, 16)).toBe(16);
  });

  it('turns checkpointing on before cutting the batch to 1–2 when that gives a larger batch', () => {
    const model = catalogModels.find((m) => m.id === 'mistralai/Mistral-7B-v0.3')!;
    const fit = (gradientCheckpointing: 'auto' | 'off', batchSize = 16) => {
      const answers = normalizeAnswers({
        hardware: { gpuId: 'rtx-4090' },
        scale: { batchSize, trainingSeqLen: 512, method: 'lora', gradientCheckpointing },
      }).answers;
      return fitTraining(specOfModel(model), answers.scale, planHardware(answers.hardware), 32768)
        .plan!.options;
    };
    expect(fit('off').batchSize).toBeLessThanOrEqual(2);
    expect(fit('auto')).toMatchObject({ gradientCheckpointing: true, batchSize: 16 });
    // A batch of 1–2 is what is worth checkpointing for: a request that small stays without it.
    expect(fit('auto', 1).gradientCheckpointing).toBe(false);
  });
});

describe('size band labels match their members', () => {
  it('labels each band with the range its models come from', () => {
    const decoders = catalogModels.filter((model) => model.purposes.includes('chat'));
    for (const band of SIZE_BANDS.filter((b) => b.family === 'decoder')) {
      const members = decoders.filter(
        (model) => bandOf(countParameters(specOfModel(model)).total, 'decoder') === band.id,
      );
      for (const model of members) {
        const parameters = countParameters(specOfModel(model)).total;
        expect(parameters, model.id).toBeGreaterThanOrEqual(band.minParameters);
        expect(parameters, model.id).toBeLessThan(band.maxParameters);
      }
    }
    const qwen3_4b = catalogModels.find((m) => m.id === 'Qwen/Qwen3-4B')!;
    const band = sizeBand(bandOf(countParameters(specOfModel(qwen3_4b)).total, 'decoder'));
    expect(band.label).toBe('Up to 4.5B (the 1B–3B class)');
  });
});

describe('one rounding for GPU memory', () => {
  it('gives the chart capacity and the decision text the same figure on every GPU', () => {
    for (const gpu of gpus) {
      const rec = recommend({ hardware: { gpuId: gpu.id } });
      const text = (rec.hardware.training.usableBytes / 2 ** 30).toFixed(1);
      expect(rec.charts.memoryByMethod.capacityGib.toFixed(1), gpu.id).toBe(text);
      if (rec.top?.training.plan) expect(rec.decision).toContain(`of ${text} GiB per GPU`);
    }
  });
});
