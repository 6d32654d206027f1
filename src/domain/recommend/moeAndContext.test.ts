import { describe, expect, it } from 'vitest';
import { findModel, specOfModel } from '../catalog/models';
import { estimateTrainingMemory, LORA_TARGETS, loraParameters } from '../memory';
import { normalizeAnswers } from './answers';
import { fitTraining } from './fit';
import { planHardware } from './hardware';
import { recommend } from './recommend';
import { ropeScalingFor } from './ropeScaling';

const qwenMoe = findModel('Qwen/Qwen3-30B-A3B')!;

function moePlan(moeLoraTargets?: 'attention' | 'experts') {
  const answers = normalizeAnswers({
    hardware: { gpuId: 'h100-80gb' },
    scale: { method: 'qlora', ...(moeLoraTargets ? { moeLoraTargets } : {}) },
  }).answers;
  const spec = specOfModel(qwenMoe);
  return {
    spec,
    plan: fitTraining(spec, answers.scale, planHardware(answers.hardware), 32768).plan!,
  };
}

describe('mixture of experts', () => {
  it('puts LoRA on attention only by default, and on every expert when asked', () => {
    const byDefault = moePlan();
    expect(byDefault.plan.options.loraOnExperts).toBe(false);
    const attention = loraParameters(byDefault.spec, 16, ['q', 'k', 'v', 'o']);
    expect(byDefault.plan.estimate.parameters.trainable).toBe(attention);
    expect(attention).toBe(16 * (2048 + 4096 + 2 * (2048 + 512) + 4096 + 2048) * 48);

    // On every expert the same run trains 0.84B parameters, and needs the memory for them.
    const experts = estimateTrainingMemory(byDefault.spec, {
      ...byDefault.plan.options,
      loraOnExperts: true,
    });
    expect(experts.parameters.trainable).toBe(loraParameters(byDefault.spec, 16, LORA_TARGETS));
    expect(experts.parameters.trainable).toBeGreaterThan(0.8e9);
    expect(experts.reservedBytes).toBeGreaterThan(byDefault.plan.estimate.reservedBytes);
  });

  it('says how many parameters train and that the routed experts stay frozen', () => {
    const rec = recommend({
      task: { purpose: 'chat' },
      hardware: { gpuId: 'h100-80gb' },
      scale: { sizeBand: '14-32b', method: 'lora' },
    });
    const moe = rec.models.find((c) => c.id === qwenMoe.id)!;
    expect(moe.activeParameters).toBe(3_353_032_704);
    expect(moe.why.join(' ')).toMatch(
      /LoRA on attention only, 13\.4M trainable parameters at rank 16; the 128 routed experts stay frozen \(adapting them too would train 0\.\d+B\)/,
    );
  });
});

describe('RoPE scaling', () => {
  const qwen = findModel('Qwen/Qwen2.5-7B-Instruct')!;
  const scaleOf = (contextWindow: number) =>
    normalizeAnswers({ scale: { contextWindow } }).answers.scale;

  it('asks for YaRN when the context exceeds the native window, and not before', () => {
    expect(ropeScalingFor(qwen, scaleOf(131_072))).toEqual({
      type: 'yarn',
      factor: 4,
      originalMaxPositionEmbeddings: 32_768,
    });
    expect(ropeScalingFor(qwen, scaleOf(32_768))).toBeNull();
    expect(
      ropeScalingFor(findModel('meta-llama/Llama-3.1-8B-Instruct')!, scaleOf(131_072)),
    ).toBeNull();
  });

  it('puts the scaling on the recommendation and in the card of a 128k chat', () => {
    const rec = recommend({
      task: { purpose: 'chat', languages: 'multilingual' },
      hardware: { gpuId: 'h100-80gb' },
      scale: { contextWindow: 131_072, trainingSeqLen: 8192, concurrency: 1 },
    });
    const scaled = [...rec.shortlist].filter((c) => c.ropeScaling);
    expect(scaled.length).toBeGreaterThan(0);
    for (const candidate of scaled) {
      expect(candidate.why.join(' ')).toMatch(
        /needs YaRN RoPE scaling \(factor 4 over 32,768 positions/,
      );
    }
    const unscaled = rec.shortlist.filter((c) => c.ropeScaling === null);
    for (const candidate of unscaled) expect(candidate.why.join(' ')).not.toMatch(/YaRN/);
    expect(rec.advice.map((a) => a.text).join(' ')).toMatch(/long examples/);
  });
});
