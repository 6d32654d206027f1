import { describe, expect, it } from 'vitest';
import { normalizeAnswers } from './answers';
import { baselinePlan } from './baseline';
import { recommend } from './recommend';

const plan = (input: object) => {
  const { answers } = normalizeAnswers(input);
  return baselinePlan(answers, recommend(answers).shortlist);
};

describe('baseline plan', () => {
  it('names the metric for each purpose', () => {
    expect(plan({ task: { purpose: 'multi-class-classification' } }).metric).toMatch(
      /Accuracy and macro-F1/,
    );
    expect(plan({ task: { purpose: 'multi-label-classification' } }).metric).toMatch(/threshold/);
    expect(plan({ task: { purpose: 'similarity' } }).metric).toMatch(/nDCG@10/);
    expect(plan({ task: { purpose: 'reranking' } }).alsoTrack.join(' ')).toMatch(/MRR@10/);
    expect(plan({ task: { purpose: 'chat' } }).metric).toMatch(/win rate/i);
    expect(plan({ task: { purpose: 'text-generation', domain: 'code' } }).metric).toMatch(/pass@k/);
  });

  it('lists the published figures that matter, with their sources', () => {
    const chat = plan({ task: { purpose: 'chat' } });
    expect(chat.publishedFigures.length).toBeGreaterThan(0);
    expect(
      chat.publishedFigures.every((f) => ['MMLU', 'HumanEval'].includes(f.benchmark.name)),
    ).toBe(true);
    expect(chat.publishedFigures[0]?.benchmark.source.length).toBeGreaterThan(8);
    const retrieval = plan({ task: { purpose: 'similarity' } });
    expect(
      retrieval.publishedFigures.every((f) => ['MTEB', 'BEIR'].includes(f.benchmark.name)),
    ).toBe(true);
  });

  it('suggests a held-out size that grows with the number of labels', () => {
    expect(
      plan({ task: { purpose: 'multi-class-classification', labelCount: 4 } }).suggestedHeldOutSize,
    ).toBe(300);
    expect(
      plan({ task: { purpose: 'multi-class-classification', labelCount: 40 } })
        .suggestedHeldOutSize,
    ).toBe(2000);
  });

  it('judges the gap between the measured floor and the target', () => {
    expect(plan({}).verdict).toMatch(/Measure the untuned model first/);
    expect(plan({ baseline: { floor: 82, target: 80 } }).verdict).toMatch(
      /already meets your target/,
    );
    expect(plan({ baseline: { floor: 78, target: 80 } })).toMatchObject({ gap: 2 });
    expect(plan({ baseline: { floor: 78, target: 80 } }).verdict).toMatch(/try better prompts/);
    expect(plan({ baseline: { floor: 61.5, target: 75 } }).verdict).toMatch(
      /13.5-point gap justifies fine-tuning/,
    );
  });
});
