import { describe, expect, it } from 'vitest';
import { findModel, specOfModel } from '../catalog/models';
import { hardwareAnswersSchema, scaleAnswersSchema, type ScaleAnswers } from './answers';
import { budgetOf, fitTraining } from './fit';
import { planHardware } from './hardware';

const spec = (id: string) => specOfModel(findModel(id)!);
const hardware = (partial: object) => planHardware(hardwareAnswersSchema.parse(partial));
const scale = (partial: Partial<ScaleAnswers> = {}) => scaleAnswersSchema.parse(partial);

describe('fitTraining', () => {
  it('picks full fine-tuning when it fits (a small encoder on a T4)', () => {
    const fit = fitTraining(
      spec('google-bert/bert-base-uncased'),
      scale({ trainingSeqLen: 512, batchSize: 32 }),
      hardware({ gpuId: 't4' }),
      512,
    );
    expect(fit.plan?.method).toBe('full');
    expect(fit.plan?.options.batchSize).toBe(32);
  });

  it('falls back from full to LoRA to QLoRA as the model grows on a 24 GB GPU', () => {
    const gpu = hardware({ gpuId: 'rtx-4090' });
    expect(fitTraining(spec('Qwen/Qwen2.5-0.5B-Instruct'), scale(), gpu, 32768).plan?.method).toBe(
      'full',
    );
    expect(fitTraining(spec('Qwen/Qwen2.5-7B-Instruct'), scale(), gpu, 32768).plan?.method).toBe(
      'lora',
    );
    const qwen14 = fitTraining(spec('Qwen/Qwen2.5-14B-Instruct'), scale(), gpu, 32768);
    expect(qwen14.plan?.method).toBe('qlora');
    expect(qwen14.attempts.map((a) => a.method)).toEqual(['full', 'lora']);
  });

  it('keeps the estimate inside 95% of the GPU', () => {
    const gpu = hardware({ gpuId: 'rtx-4090' });
    const fit = fitTraining(spec('meta-llama/Llama-3.1-8B-Instruct'), scale(), gpu, 131072);
    expect(fit.plan!.estimate.reservedBytes).toBeLessThanOrEqual(budgetOf(gpu.training));
  });

  it('uses the method the user chose, and says when it does not fit', () => {
    const gpu = hardware({ gpuId: 'rtx-4090' });
    const fit = fitTraining(
      spec('Qwen/Qwen2.5-14B-Instruct'),
      scale({ method: 'lora' }),
      gpu,
      32768,
    );
    expect(fit.plan).toBeNull();
    expect(fit.attempts[0]?.reason).toMatch(/Needs \d+\.\d GiB/);
  });

  it('skips QLoRA on Apple silicon', () => {
    const fit = fitTraining(
      spec('Qwen/Qwen2.5-32B-Instruct'),
      scale(),
      hardware({ gpuId: 'apple-36gb' }),
      32768,
    );
    expect(fit.plan).toBeNull();
    expect(fit.attempts.find((a) => a.method === 'qlora')?.reason).toMatch(/unavailable.*MLX/);
  });

  it('turns on gradient checkpointing, then shortens sequences, to fit long requests', () => {
    const gpu = hardware({ gpuId: 'rtx-4090' });
    const long = fitTraining(
      spec('meta-llama/Llama-3.1-8B-Instruct'),
      scale({ trainingSeqLen: 16384 }),
      gpu,
      131072,
    );
    expect(long.plan?.options.gradientCheckpointing).toBe(true);
    const tooLong = fitTraining(
      spec('meta-llama/Llama-3.1-8B-Instruct'),
      scale({ trainingSeqLen: 131072, gradientCheckpointing: 'off' }),
      gpu,
      131072,
    );
    expect(tooLong.plan?.options.seqLen).toBeLessThan(131072);
    expect(tooLong.plan?.adjustments.join(' ')).toMatch(/reduced from 131,072/);
  });

  it('caps training sequences at the model’s window', () => {
    const fit = fitTraining(
      spec('google-bert/bert-base-uncased'),
      scale({ trainingSeqLen: 4096 }),
      hardware({ gpuId: 'a100-80gb' }),
      512,
    );
    expect(fit.plan?.options.seqLen).toBe(512);
    expect(fit.plan?.adjustments[0]).toMatch(
      /512-token context window, shorter than the sequence length/,
    );
  });

  it('shards with FSDP when several GPUs can shard, making full fine-tuning of an 8B model fit', () => {
    const single = fitTraining(
      spec('meta-llama/Llama-3.1-8B-Instruct'),
      scale(),
      hardware({ gpuId: 'a100-80gb' }),
      131072,
    );
    const sharded = fitTraining(
      spec('meta-llama/Llama-3.1-8B-Instruct'),
      scale(),
      hardware({ gpuId: 'a100-80gb', gpuCount: 8, sharding: true }),
      131072,
    );
    expect(single.plan?.method).toBe('lora');
    expect(sharded.plan?.method).toBe('full');
    expect(sharded.plan?.options.launcher).toBe('fsdp2');
  });
});
