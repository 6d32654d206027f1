import { describe, expect, it } from 'vitest';
import { resolveTraining } from '../memory/resolve';
import { recommend } from '../recommend';
import { resolvePlanOptions } from './planOptions';
import { expectedRunSettings, settingsMismatches } from './runSettings';
import { trainingSetup } from './trainingSetup';

const ANSWERS = [
  {},
  { hardware: { gpuId: 't4' }, scale: { method: 'qlora' } },
  { task: { purpose: 'text-generation' }, scale: { method: 'full' } },
  { task: { purpose: 'multi-label-classification' } },
  { task: { purpose: 'similarity' }, scale: { batchSize: 256 } },
  { task: { purpose: 'reranking' } },
  { hardware: { gpuId: 'a100-80gb', gpuCount: 8 }, scale: { launcher: 'zero3' } },
] as const;

describe('expectedRunSettings', () => {
  it.each(ANSWERS)(
    '%j: reads the options the memory estimate resolves, nothing else',
    (answers) => {
      const rec = recommend(answers);
      const options = rec.top!.training.plan!.options;
      const { targetMask: _mask, ...engine } = resolveTraining(options);
      const setup = trainingSetup(rec)!;
      expect(setup.plan).toEqual(engine);
      expect(resolvePlanOptions(options)).toEqual(engine);
      const expected = expectedRunSettings(setup);
      for (const field of ['method', 'precision', 'optimizer', 'batchSize', 'seqLen'] as const) {
        expect(expected[field]).toBe(engine[field]);
      }
      expect(expected.gradientCheckpointing).toBe(engine.gradientCheckpointing);
    },
  );

  it('contrastive plans carry texts per example and GradCache; decoders carry the loss kernel', () => {
    const similarity = expectedRunSettings(trainingSetup(recommend(ANSWERS[4]))!);
    expect(similarity.textsPerExample).toBeGreaterThanOrEqual(2);
    expect(similarity).toHaveProperty('gradCacheMiniBatch');
    expect(similarity).not.toHaveProperty('lossKernel');
    const chat = expectedRunSettings(trainingSetup(recommend({}))!);
    expect(chat).toMatchObject({ lossKernel: 'chunked', objective: 'assistant-only' });
  });
});

describe('settingsMismatches', () => {
  const expected = {
    method: 'qlora',
    optimizer: 'adamw-8bit',
    batchSize: 4,
    ropeScaling: { ropeType: 'yarn', factor: 2 },
  };

  it('is empty when the run prints the plan, whatever the key order', () => {
    const printed = { ...expected, ropeScaling: { factor: 2, ropeType: 'yarn' }, cpuChanges: {} };
    expect(settingsMismatches(expected, printed)).toEqual([]);
  });

  it('names each field the run changed without a CPU reason', () => {
    expect(settingsMismatches(expected, { ...expected, batchSize: 2, cpuChanges: {} })).toEqual([
      'batchSize: plan 4, run 2',
    ]);
  });

  it('accepts CPU fallbacks only for fields that need CUDA, and only with a reason', () => {
    const cpu = { ...expected, method: 'lora', optimizer: 'adamw' };
    expect(settingsMismatches(expected, { ...cpu, cpuChanges: {} })).toHaveLength(2);
    const explained = {
      ...cpu,
      cpuChanges: { method: 'no bitsandbytes', optimizer: 'no bitsandbytes' },
    };
    expect(settingsMismatches(expected, explained)).toEqual([]);
    const sneaky = { ...expected, batchSize: 1, cpuChanges: { batchSize: 'smaller on the CPU' } };
    expect(settingsMismatches(expected, sneaky)).toEqual([
      'batchSize: plan 4, run 1',
      'batchSize: changed on the CPU, which the plan does not allow',
    ]);
  });
});
