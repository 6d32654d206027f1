import { describe, expect, it } from 'vitest';
import { specOf } from '../memory/accuracy';
import { meanContext, tokenFlops } from './flops';
import { resolveTraining } from '../memory/resolve';
import { estimateTrainingSpeed } from './index';

const llama8b = specOf('Llama-3.1-8B');

describe('estimateTrainingSpeed', () => {
  it('throws a clear error for a GPU without throughput figures', () => {
    const plan = { method: 'lora', seqLen: 2048 } as const;
    expect(() => estimateTrainingSpeed(llama8b, plan, 'no-such-gpu')).toThrow(
      /No throughput figures for GPU "no-such-gpu"/,
    );
    expect(() => estimateTrainingSpeed(llama8b, plan, 'custom')).toThrow(/custom/);
    expect(() => estimateTrainingSpeed(llama8b, plan, 'apple-64gb')).toThrow(/apple-64gb/);
  });

  it('counts every GPU: tokens/s = GPUs × batch × seq ÷ seconds per step', () => {
    const speed = estimateTrainingSpeed(
      llama8b,
      { method: 'full', seqLen: 4096, batchSize: 2, gpus: 8, launcher: 'fsdp2' },
      'h100-80gb',
    );
    expect(speed.tokensPerSecond * speed.secondsPerStep).toBeCloseTo(8 * 2 * 4096, 6);
    expect(speed.achievedFraction).toBeGreaterThan(0.2);
    expect(speed.achievedFraction).toBeLessThan(0.6);
  });

  it('counts about 6N FLOPs per token for full fine-tuning and about 4N for a frozen LoRA base', () => {
    const short = { seqLen: 128, loraRank: 8, loraTargets: ['q' as const] };
    const full = tokenFlops(llama8b, resolveTraining({ method: 'full', ...short }));
    const lora = tokenFlops(llama8b, resolveTraining({ method: 'lora', ...short }));
    const n = full.matmulParameters + llama8b.vocabSize * llama8b.hiddenSize;
    expect(full.total / n).toBeCloseTo(6, 1);
    expect(lora.total / n).toBeCloseTo(4, 1);
  });

  it('counts active parameters only for a mixture of experts', () => {
    const mixtral = specOf('Mixtral-8x7B-v0.1');
    const flops = tokenFlops(mixtral, resolveTraining({ method: 'full', seqLen: 128 }));
    // Two of eight experts: about 12.9B of 46.7B parameters touched per token (Mixtral paper).
    expect(flops.matmulParameters / 1e9).toBeGreaterThan(12);
    expect(flops.matmulParameters / 1e9).toBeLessThan(13.5);
  });

  it('grows attention with sequence length, halved for causal and capped by a window', () => {
    expect(meanContext(4096, null, true)).toBeCloseTo(2048.5, 6);
    expect(meanContext(4096, null, false)).toBe(4096);
    expect(meanContext(32768, 4096, true)).toBeLessThan(4096);
    expect(meanContext(32768, 4096, true)).toBeGreaterThan(3800);
    const per = (seqLen: number) =>
      tokenFlops(llama8b, resolveTraining({ method: 'full', seqLen })).total;
    expect(per(32768)).toBeGreaterThan(per(2048) * 1.3);
  });

  it('multiplies tokens by the texts of a contrastive example', () => {
    const bge = specOf('bert-base-cased');
    const one = estimateTrainingSpeed(
      bge,
      { method: 'full', seqLen: 256, batchSize: 32 },
      'a100-80gb',
    );
    const pair = estimateTrainingSpeed(
      bge,
      { method: 'full', seqLen: 256, batchSize: 32, textsPerExample: 2 },
      'a100-80gb',
    );
    expect(pair.secondsPerStep).toBeGreaterThan(one.secondsPerStep);
    expect(pair.tokensPerSecond).toBeGreaterThanOrEqual(one.tokensPerSecond);
    expect(pair.tokensPerSecond * pair.secondsPerStep).toBeCloseTo(2 * 32 * 256, 6);
  });
});
