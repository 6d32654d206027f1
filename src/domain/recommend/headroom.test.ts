import { describe, expect, it } from 'vitest';
import { findModel, specOfModel } from '../catalog/models';
import { normalizeAnswers } from './answers';
import { budgetOf, fitServing, fitTraining } from './fit';
import { planHardware } from './hardware';
import { recommend } from './recommend';

const GIB = 2 ** 30;

describe('the headroom the user keeps', () => {
  it('defaults to 10%: the budget is 90% of the GPU', () => {
    const { answers } = normalizeAnswers({ hardware: { gpuId: 'rtx-4090' } });
    expect(answers.scale.headroomPercent).toBe(10);
    const gpu = planHardware(answers.hardware).training;
    expect(budgetOf(gpu)).toBe(Math.floor(gpu.usableBytes * 0.9));
    expect(budgetOf(gpu, 25)).toBe(Math.floor(gpu.usableBytes * 0.75));
  });

  it('changes the verdict: a plan that fits with 5% kept does not fit with 30%', () => {
    const answers = (headroomPercent: number) =>
      normalizeAnswers({
        hardware: { gpuId: 'rtx-4090' },
        scale: { method: 'lora', trainingSeqLen: 2048, batchSize: 1, headroomPercent },
      }).answers;
    const spec = specOfModel(findModel('Qwen/Qwen3-8B')!);
    const fitFor = (h: number) =>
      fitTraining(spec, answers(h).scale, planHardware(answers(h).hardware), 32_768, 'chat');
    const loose = fitFor(5).plan!;
    expect(loose.options.seqLen).toBe(2048);
    const used =
      loose.estimate.reservedBytes / planHardware(answers(5).hardware).training.usableBytes;
    expect(used).toBeGreaterThan(0.7);
    const strict = fitFor(30);
    // With 30% kept, LoRA at 2,048 tokens no longer fits: the plan is shorter or absent.
    expect(strict.plan === null || strict.plan.options.seqLen < 2048).toBe(true);
    expect(strict.attempts[0]!.reason).toMatch(/budget \(70% of the GPU\)/);
  });

  it('keeps every plan of the recommendation inside the budget it sets', () => {
    for (const headroomPercent of [0, 10, 40]) {
      const rec = recommend({ hardware: { gpuId: 'l40s' }, scale: { headroomPercent } });
      const budget = rec.hardware.training.usableBytes * (1 - headroomPercent / 100);
      for (const c of rec.shortlist) {
        expect(c.training.plan!.estimate.reservedBytes / GIB).toBeLessThanOrEqual(budget / GIB);
      }
    }
  });

  it('applies to serving too', () => {
    const spec = specOfModel(findModel('Qwen/Qwen3-8B')!);
    const scale = (headroomPercent: number) =>
      normalizeAnswers({ scale: { contextWindow: 32_768, concurrency: 1, headroomPercent } })
        .answers.scale;
    const device = planHardware(
      normalizeAnswers({ hardware: { gpuId: 'rtx-4090' } }).answers.hardware,
    ).serving;
    // 16-bit weights and a 32k cache fill most of a 4090: with 40% kept, only 4-bit fits.
    expect(fitServing(spec, scale(0), device).options.weightBits).toBe(16);
    expect(fitServing(spec, scale(40), device).options.weightBits).toBe(4);
  });
});
