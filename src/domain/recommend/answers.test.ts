import { describe, expect, it } from 'vitest';
import { answersSchema, defaultAnswers, normalizeAnswers } from './answers';

describe('answersSchema', () => {
  it('gives a complete answer set for an empty input', () => {
    const answers = answersSchema.parse({});
    expect(answers.task.purpose).toBe('chat');
    expect(answers.hardware.gpuId).toBe('rtx-4090');
    expect(answers.scale.loraTargets).toEqual(['q', 'k', 'v', 'o', 'gate', 'up', 'down']);
    expect(answers.license.intendedUse).toBe('commercial');
    expect(answers.baseline.floor).toBeNull();
  });

  it('fills the defaults of a partial step', () => {
    const answers = answersSchema.parse({ task: { purpose: 'reranking' } });
    expect(answers.task).toMatchObject({
      purpose: 'reranking',
      languages: 'english',
      domain: 'general',
    });
  });

  it('rejects out-of-range values', () => {
    expect(answersSchema.safeParse({ scale: { trainingSeqLen: 10 } }).success).toBe(false);
    expect(answersSchema.safeParse({ hardware: { gpuId: 'gtx-9999' } }).success).toBe(false);
    expect(answersSchema.safeParse({ baseline: { floor: 140 } }).success).toBe(false);
  });
});

describe('normalizeAnswers', () => {
  it('keeps valid fields, replaces invalid ones with defaults and names them', () => {
    const { answers, ignored } = normalizeAnswers({
      task: { purpose: 'similarity', languages: 'klingon' },
      hardware: { gpuId: 'a100-80gb', gpuCount: -3 },
      scale: { loraRank: 64, mystery: true },
      extra: 1,
    });
    expect(answers.task.purpose).toBe('similarity');
    expect(answers.task.languages).toBe('english');
    expect(answers.hardware.gpuId).toBe('a100-80gb');
    expect(answers.hardware.gpuCount).toBe(1);
    expect(answers.scale.loraRank).toBe(64);
    expect(ignored.sort()).toEqual([
      'extra',
      'hardware.gpuCount',
      'scale.mystery',
      'task.languages',
    ]);
  });

  it('survives any input: null, arrays, strings, nested garbage', () => {
    for (const input of [null, undefined, 42, 'x', [], { task: 'chat' }, { task: [1] }]) {
      const { answers } = normalizeAnswers(input);
      expect(answersSchema.safeParse(answers).success).toBe(true);
    }
  });

  it('applies the purpose’s scale defaults to fields the input leaves out', () => {
    const encoder = normalizeAnswers({ task: { purpose: 'multi-class-classification' } }).answers;
    expect(encoder.scale).toMatchObject({ trainingSeqLen: 512, contextWindow: 512, batchSize: 32 });
    const kept = normalizeAnswers({
      task: { purpose: 'multi-class-classification' },
      scale: { contextWindow: 4096 },
    }).answers;
    expect(kept.scale.contextWindow).toBe(4096);
    expect(defaultAnswers().scale.contextWindow).toBe(8192);
  });

  it('is stable across a JSON round trip', () => {
    const { answers } = normalizeAnswers({
      task: { purpose: 'chat', projectName: 'Legal assistant' },
    });
    expect(normalizeAnswers(JSON.parse(JSON.stringify(answers))).answers).toEqual(answers);
  });
});

describe('normalizeAnswers with keys named after Object.prototype', () => {
  const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

  it.each(names)('drops a step key %s and keeps every other answer', (name) => {
    const stored = JSON.parse(
      `{"task":{"purpose":"reranking","${name}":1},"scale":{"loraRank":64,"${name}":"x"},"hardware":{"gpuId":"a100-80gb"}}`,
    ) as unknown;
    const { answers, ignored } = normalizeAnswers(stored);
    expect(answers.task.purpose).toBe('reranking');
    expect(answers.scale.loraRank).toBe(64);
    expect(answers.hardware.gpuId).toBe('a100-80gb');
    expect(ignored).toEqual(expect.arrayContaining([`task.${name}`, `scale.${name}`]));
  });
});
