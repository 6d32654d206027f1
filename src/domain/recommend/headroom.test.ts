import { describe, expect, it } from 'vitest';
import { findModel, specOfModel } from '../catalog/models';
import { normalizeAnswers } from './answers';
import { budgetOf, fitTraining } from './fit';
import { fitServing } from './servingFit';
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

  it('applies to serving with an engine that allocates as it goes: MLX drops from 8- to 4-bit', () => {
    const model = findModel('Qwen/Qwen3-8B')!;
    const spec = specOfModel(model);
    const scale = (headroomPercent: number) =>
      normalizeAnswers({ scale: { contextWindow: 32_768, concurrency: 1, headroomPercent } })
        .answers.scale;
    const mac = planHardware(
      normalizeAnswers({ hardware: { gpuId: 'apple-24gb' } }).answers.hardware,
    ).serving;
    const window = model.context.extended ?? model.context.native;
    // 8-bit weights (9 GB) and a 32k cache fit the Mac's 16 GiB wired limit with 10% kept, not 40%.
    const kept10 = fitServing(spec, scale(10), mac, window);
    const kept40 = fitServing(spec, scale(40), mac, window);
    expect(kept10.options.weightBits).toBe(8);
    expect(kept40.options.weightBits).toBe(4);
    expect(kept40.plan.capacityBytes).toBe(budgetOf(mac, 40));
  });

  it('leaves vLLM at its own 0.92 of the GPU: it pre-allocates, so the headroom is its utilisation', () => {
    const model = findModel('Qwen/Qwen3-8B')!;
    const spec = specOfModel(model);
    const gpu = planHardware(
      normalizeAnswers({ hardware: { gpuId: 'rtx-4090' } }).answers.hardware,
    ).serving;
    const at = (headroomPercent: number) =>
      fitServing(
        spec,
        normalizeAnswers({ scale: { contextWindow: 32_768, concurrency: 1, headroomPercent } })
          .answers.scale,
        gpu,
        model.context.extended ?? model.context.native,
      );
    expect(at(40)).toEqual(at(0));
    expect(at(40).plan).toMatchObject({ fits: true, capacityBytes: gpu.usableBytes });
    expect(at(40).plan.settings.gpuMemoryUtilization).toBe(0.92);
  });
});
