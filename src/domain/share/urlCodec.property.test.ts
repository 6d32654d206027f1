import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersSchema, normalizeAnswers, type Answers } from '../recommend/answers';
import { answersArbitrary } from './arbitraries.testing';
import { FIELD_PARAMS, KNOWN_KEYS, type FieldParam, type ParamKind } from './params';
import { decodeAnswers, encodeAnswers, type DecodedAnswers } from './urlCodec';

const stepsArbitrary = fc.integer({ min: 0, max: 5 });

/** Values no field of that kind accepts. */
const BAD_VALUE: Record<ParamKind, (param: FieldParam) => string> = {
  text: (param) => (param.field === 'projectName' ? 'x'.repeat(81) : 'no-such-choice'),
  number: () => '-1e9',
  boolean: () => 'yes',
  targets: () => 'q,nope',
  model: () => '***',
};

/** Values a hostile or broken link may carry, written raw into the query (not escaped). */
const nastyValue = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    ...['NaN', 'Infinity', '-Infinity', '1e999', '-1', '-0', '0x10', '', '%', '%E0%A4%A'],
    ...['%zz', '%FF%FE', '1,2', 'all', 'q,,k', '+', ' 1', '1.5', '9007199254740993', 'null'],
    ...['true', '1', '0', 'chat', 'a100-80gb', 'eyJuYW1lIjoieCJ9', 'bnVsbA', 'e30'],
  ),
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.integer({ min: 1990, max: 6000 }).map((length) => 'a'.repeat(length)),
  fc.jsonValue().map((value) => btoa(encodeURIComponent(JSON.stringify(value)))),
  fc.string({ unit: 'grapheme' }).map(encodeURIComponent),
);

const keyArbitrary = fc.oneof(
  fc.constantFrom(...KNOWN_KEYS, 'V', 'gpu ', '', '__proto__', 'constructor', 'utm_source'),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

const pairsQuery = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(keyArbitrary, nastyValue), { maxLength: 12 }))
  .map(([mark, pairs]) => (mark ? '?' : '') + pairs.map(([k, v]) => `${k}=${v}`).join('&'));

/** A valid link with one param dropped, repeated, altered, or a stray one added. */
const mutatedQuery = fc
  .tuple(answersArbitrary, stepsArbitrary, fc.nat(), fc.nat(3), keyArbitrary, nastyValue)
  .map(([answers, steps, index, operation, key, value]) => {
    const parts = encodeAnswers(answers, steps).split('&');
    const at = index % parts.length;
    const [name] = (parts[at] ?? '').split('=');
    if (operation === 0) parts.splice(at, 1);
    else if (operation === 1) parts.push(`${name}=${value}`);
    else if (operation === 2) parts[at] = `${name}=${value}`;
    else parts.splice(at, 0, `${key}=${value}`);
    return parts.join('&');
  });

function expectSound(decoded: DecodedAnswers) {
  expect(answersSchema.safeParse(decoded.answers).success).toBe(true);
  expect(Array.isArray(decoded.ignored)).toBe(true);
  expect(Number.isInteger(decoded.completedSteps)).toBe(true);
  expect(decoded.completedSteps).toBeGreaterThanOrEqual(0);
  expect(decoded.completedSteps).toBeLessThanOrEqual(5);
  expect(typeof decoded.hasAnswers).toBe('boolean');
}

const fieldOf = (answers: Answers, param: FieldParam): unknown =>
  (answers[param.step] as Record<string, unknown>)[param.field];

describe('share links: round trip', () => {
  it('decodes every valid answer set to itself, with its completed steps', () => {
    fc.assert(
      fc.property(answersArbitrary, stepsArbitrary, (answers, steps) => {
        const decoded = decodeAnswers(encodeAnswers(answers, steps));
        expect(decoded.ignored).toEqual([]);
        expect(decoded.answers).toEqual(answers);
        expect(decoded.completedSteps).toBe(steps);
        expect(decoded.hasAnswers).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it('loses only the one bad field of an otherwise valid link', () => {
    const params = fc.constantFrom(...FIELD_PARAMS.filter((param) => param.key !== 'p'));
    fc.assert(
      fc.property(answersArbitrary, params, (answers, param) => {
        const query = new URLSearchParams(encodeAnswers(answers, 2));
        query.set(param.key, BAD_VALUE[param.kind](param));
        const decoded = decodeAnswers(query.toString());
        expect(decoded.ignored).toHaveLength(1);
        expect(decoded.ignored[0]).toMatch(new RegExp(`^${param.key} \\(`));
        const fallback = normalizeAnswers({ task: { purpose: answers.task.purpose } }).answers;
        for (const other of FIELD_PARAMS) {
          const expected = other === param ? fallback : answers;
          expect(fieldOf(decoded.answers, other)).toEqual(fieldOf(expected, other));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('share links: fuzz', () => {
  it('never throws on random queries of known and unknown keys (4,000 queries)', () => {
    fc.assert(
      fc.property(pairsQuery, (query) => expectSound(decodeAnswers(query))),
      { numRuns: 4000 },
    );
  });

  it('never throws on arbitrary text (4,000 strings)', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string());
    fc.assert(
      fc.property(text, (query) => expectSound(decodeAnswers(query))),
      { numRuns: 4000 },
    );
  });

  it('never throws on mutated valid links (4,000 links)', () => {
    fc.assert(
      fc.property(mutatedQuery, (query) => expectSound(decodeAnswers(query))),
      { numRuns: 4000 },
    );
  });
});
