import { describe, expect, it } from 'vitest';
import { findModel, specOfModel } from '../catalog/models';
import { countParameters, estimateTrainingMemory, type TrainingOptions } from '../memory';
import { routedExpertParameters } from '../memory/experts';
import { CURRENT_STACK } from '../stack/profile';
import { normalizeAnswers, type Answers } from './answers';
import { fitTraining } from './fit';
import { planHardware } from './hardware';
import { recommend } from './recommend';

const GIB = 2 ** 30;
const spec = (id: string) => specOfModel(findModel(id)!);

function fitFor(id: string, input: Partial<{ [K in keyof Answers]: Partial<Answers[K]> }>) {
  const { answers } = normalizeAnswers(input);
  return fitTraining(
    spec(id),
    answers.scale,
    planHardware(answers.hardware),
    32_768,
    answers.task.purpose,
  );
}

/** Every field TrainingOptions has: the plan writes each one out. */
const PLAN_FIELDS: (keyof TrainingOptions)[] = [
  'method',
  'quantBits',
  'precision',
  'optimizer',
  'loraRank',
  'loraTargets',
  'loraOnExperts',
  'batchSize',
  'seqLen',
  'gradientCheckpointing',
  'activationOffload',
  'flashAttention',
  'gpus',
  'launcher',
  'cpuOffload',
  'doubleQuant',
  'loraDropout',
  'lossKernel',
  'kbitUpcast',
  'quantizeExperts',
  'packing',
  'textsPerExample',
  'gradCacheMiniBatch',
];

describe('the training plan', () => {
  it('writes out every setting, so no library default decides one', () => {
    const plan = recommend({}).top!.training.plan!;
    expect(Object.keys(plan.options).sort()).toEqual([...PLAN_FIELDS].sort());
    expect(Object.values(plan.options).every((value) => value !== undefined)).toBe(true);
  });

  it('follows the current stack: TRL’s chunked loss and fused AdamW unless the user chooses', () => {
    const plan = recommend({}).top!.training.plan!;
    expect(plan.options.lossKernel).toBe(CURRENT_STACK.defaults.lossKernel);
    expect(plan.options.lossKernel).toBe('chunked');
    expect(plan.options.optimizer).toBe('adamw');
    const liger = recommend({ scale: { lossKernel: 'liger', optimizer: 'adamw-8bit' } }).top!
      .training.plan!;
    expect(liger.options).toMatchObject({ lossKernel: 'liger', optimizer: 'adamw-8bit' });
  });

  it('fits a larger batch of Qwen3-8B QLoRA on a 24 GB GPU with the chunked loss than with whole fp32 logits', () => {
    const input = (lossKernel: 'plain' | 'auto') => ({
      hardware: { gpuId: 'rtx-4090' },
      // The 95% budget of before the headroom setting: the contrast is the loss kernel's.
      scale: {
        method: 'qlora' as const,
        trainingSeqLen: 2048,
        batchSize: 8,
        lossKernel,
        headroomPercent: 5,
      },
    });
    const chunked = fitFor('Qwen/Qwen3-8B', input('auto')).plan!;
    const plain = fitFor('Qwen/Qwen3-8B', input('plain')).plan!;
    // Batches divide the 8 asked for: 4 × 2 steps with the chunked loss, 2 × 4 with whole logits.
    expect(chunked.options.batchSize).toBe(4);
    expect(plain.options.batchSize).toBe(2);
    // At batch 3 × 2048 the whole logits (151,936 entries, 12 bytes each) are 10.4 GiB.
    const at3 = estimateTrainingMemory(spec('Qwen/Qwen3-8B'), { ...plain.options, batchSize: 3 });
    expect(at3.breakdown.logits / GIB).toBeCloseTo(10.4, 1);
  });

  it('counts prepare_model_for_kbit_training: +2.3 GiB of fp32 embeddings and head for Qwen3-8B', () => {
    const qwen = spec('Qwen/Qwen3-8B');
    const options = { method: 'qlora', seqLen: 512 } as const;
    const upcast = estimateTrainingMemory(qwen, options).breakdown.weights;
    const plain = estimateTrainingMemory(qwen, { ...options, kbitUpcast: false }).breakdown.weights;
    expect((upcast - plain) / GIB).toBeCloseTo(2.3, 1);
  });

  it('keeps a mixture of experts’ routed experts in bf16 under QLoRA, as transformers 5 loads them', () => {
    const mixtral = spec('mistralai/Mixtral-8x7B-Instruct-v0.1');
    const options = { method: 'qlora', seqLen: 512, kbitUpcast: false } as const;
    const today = estimateTrainingMemory(mixtral, options).breakdown.weights / GIB;
    const quantised =
      estimateTrainingMemory(mixtral, { ...options, quantizeExperts: true }).breakdown.weights /
      GIB;
    // 45.1B expert parameters at 2 bytes instead of about 0.52: the estimate grows by ~62 GiB.
    const experts = routedExpertParameters(mixtral);
    expect(experts / countParameters(mixtral).total).toBeGreaterThan(0.95);
    expect(quantised).toBeLessThan(26);
    expect(today).toBeGreaterThan(80);
    expect(today - quantised).toBeCloseTo((experts * (2 - 4.127 / 8)) / GIB, 0);
  });

  it('uses GradCache, not accumulation, when an embedding batch does not fit', () => {
    const fit = fitFor('BAAI/bge-large-en-v1.5', {
      task: { purpose: 'similarity' },
      hardware: { gpuId: 't4' },
      scale: { batchSize: 512, trainingSeqLen: 512, method: 'full', hardNegatives: 1 },
    }).plan!;
    expect(fit.options.textsPerExample).toBe(3);
    expect(fit.options.batchSize).toBe(512);
    expect(fit.options.gradCacheMiniBatch).toBeGreaterThan(0);
    expect(fit.options.gradCacheMiniBatch).toBeLessThan(512);
    expect(fit.adjustments.join(' ')).toMatch(/GradCache/);
    expect(fit.adjustments.join(' ')).not.toMatch(/accumulation:/);
  });

  it('counts the reranker’s 1 + 4 query–passage pairs per example', () => {
    const fit = fitFor('BAAI/bge-reranker-base', {
      task: { purpose: 'reranking' },
      hardware: { gpuId: 'a100-80gb' },
      scale: { batchSize: 4, trainingSeqLen: 512, method: 'full', gradientCheckpointing: 'off' },
    }).plan!;
    expect(fit.options.textsPerExample).toBe(5);
    const one = estimateTrainingMemory(spec('BAAI/bge-reranker-base'), {
      ...fit.options,
      textsPerExample: 1,
    });
    expect(fit.estimate.breakdown.activations / one.breakdown.activations).toBeCloseTo(5, 5);
  });

  it('starts several GPUs with DDP, or FSDP2 when sharding, and offloads only where the launcher can', () => {
    const ddp = recommend({ hardware: { gpuId: 'a100-80gb', gpuCount: 4 } }).top!.training.plan!;
    expect(ddp.options.launcher).toBe('ddp');
    expect(ddp.options.cpuOffload).toBe('none');
    const zero2 = recommend({
      hardware: { gpuId: 'a100-80gb', gpuCount: 4, sharding: true },
      scale: { launcher: 'zero2', cpuOffload: 'optimizer+params' },
    }).top!.training.plan!;
    expect(zero2.options).toMatchObject({ launcher: 'zero2', cpuOffload: 'optimizer' });
    const one = recommend({ scale: { launcher: 'zero3' } }).top!.training.plan!;
    expect(one.options.launcher).toBe('single');
  });

  it('skips the fp32 kbit upcast for sharded QLoRA, whose flat parameters need one dtype', () => {
    const qlora = (gpuCount: number, launcher: 'auto' | 'zero2' | 'zero3') =>
      recommend({
        hardware: { gpuId: 'rtx-4090', gpuCount, sharding: gpuCount > 1 },
        scale: { method: 'qlora', launcher },
      }).top!.training.plan!.options;
    expect(qlora(1, 'auto').kbitUpcast).toBe(true);
    expect(qlora(2, 'auto')).toMatchObject({ launcher: 'fsdp2', kbitUpcast: false });
    expect(qlora(2, 'zero3').kbitUpcast).toBe(false);
    expect(qlora(2, 'zero2').kbitUpcast).toBe(true);
  });
});

describe('the levers', () => {
  const rec = recommend({ hardware: { gpuId: 'a100-80gb', gpuCount: 2, sharding: true } });
  const plan = rec.top!.training.plan!;
  const model = spec(rec.top!.id);

  it('offers the loss kernel, optimizer, checkpointing, launcher and offload for a sharded decoder', () => {
    expect(rec.levers.map((lever) => lever.id)).toEqual([
      'lossKernel',
      'optimizer',
      'gradientCheckpointing',
      'launcher',
      'cpuOffload',
    ]);
  });

  it('gives each choice the difference of two estimates, and the current one saves nothing', () => {
    for (const lever of rec.levers) {
      expect(lever.choices.filter((choice) => choice.current)).toHaveLength(1);
      for (const choice of lever.choices) {
        expect(choice.savedBytes).toBeCloseTo(plan.estimate.reservedBytes - choice.neededBytes, 0);
        if (choice.current) expect(choice.savedBytes).toBe(0);
      }
    }
    const plain = rec.levers[0]!.choices.find((choice) => choice.value === 'plain')!;
    const expected = estimateTrainingMemory(model, { ...plan.options, lossKernel: 'plain' });
    expect(plain.neededBytes).toBe(expected.reservedBytes);
    expect(plain.savedBytes).toBeLessThan(0);
  });

  it('offers only what the device can run: no Triton kernels or 8-bit optimizers on Apple silicon', () => {
    const apple = recommend({ hardware: { gpuId: 'apple-64gb' } });
    const values = (id: string) =>
      apple.levers.find((lever) => lever.id === id)!.choices.map((choice) => choice.value);
    expect(values('lossKernel')).toEqual(['plain', 'chunked']);
    expect(values('optimizer')).toEqual(['adamw', 'sgd']);
    // A CUDA GPU gets all four of each.
    expect(rec.levers.find((lever) => lever.id === 'lossKernel')!.choices).toHaveLength(4);
    expect(rec.levers.find((lever) => lever.id === 'optimizer')!.choices).toHaveLength(4);
  });

  it('shows no levers when nothing fits', () => {
    const none = recommend({ hardware: { gpuId: 'custom', customGpuGb: 1 } });
    expect(none.top?.training.plan ?? null).toBeNull();
    expect(none.levers).toEqual([]);
  });
});
