import { describe, expect, it } from 'vitest';
import { recommend } from './recommend';

const adviceOf = (task: object) =>
  recommend({ task })
    .advice.map((line) => line.text)
    .join(' ');

describe('advice for the task', () => {
  it.each([
    [
      { purpose: 'chat', changeKind: 'output-format' },
      /constrained decoding with a JSON schema or grammar/,
    ],
    [{ purpose: 'text-generation', domain: 'code' }, /fill-in-the-middle examples/],
    [{ purpose: 'similarity' }, /in-batch negatives[\s\S]*hard negatives/],
    [{ purpose: 'reranking' }, /hard negatives from its top results/],
    [{ purpose: 'multi-label-classification' }, /threshold for each label/],
    [
      { purpose: 'multi-class-classification' },
      /weight the cross-entropy by inverse class frequency/,
    ],
  ])('%j → %s', (task, expected) => {
    expect(adviceOf(task)).toMatch(expected);
  });

  it('gives every purpose one or two lines at least, each in a sentence', () => {
    for (const purpose of ['chat', 'text-generation', 'similarity', 'reranking'] as const) {
      const advice = recommend({ task: { purpose } }).advice;
      expect(advice.length, purpose).toBeGreaterThanOrEqual(1);
      for (const line of advice) expect(line.text).toMatch(/^[A-Z].*\.$/);
    }
  });
});
