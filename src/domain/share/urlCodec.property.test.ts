import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersSchema, normalizeAnswers, type Answers } from '../recommend/answers';
import { readCustomModel } from '../recommend/customModel';
import { answersArbitrary } from './arbitraries.testing';
import { FIELD_PARAMS, KNOWN_KEYS, type FieldParam, type ParamKind } from './params';
import { decodeAnswers, encodeAnswers, type DecodedAnswers } from './urlCodec';

const stepsArbitrary = fc.integer({ min: 0, max: 5 });

/** Values no field of that kind accepts. */
const BAD_VALUE: Record<ParamKind, (param: FieldParam) => string> = {
  text: (param) =>
    param.field === 'projectName'
      ? 'x'.repeat(81)
      : param.field === 'pinnedModel'
        ? 'not a model id'
        : 'no-such-choice',
  number: () => '-1e9',
  boolean: () => 'yes',
  targets: () => 'q,nope',
  list: () => 'Qwen/Qwen3-8B,no such model',
  model: () => '***',
};

/** Model configs in a link that the engine cannot use (10^12 layers; heads that do not divide). */
const UNUSABLE_MODELS = [
  { num_hidden_layers: 1e12, num_attention_heads: 32 },
  { num_hidden_layers: 32, num_attention_heads: 30 },
].map((dims) =>
  btoa(
    JSON.stringify({
      name: 'Mine',
      config: {
        model_type: 'llama',
        hidden_size: 4096,
        intermediate_size: 11008,
        vocab_size: 32000,
        ...dims,
      },
    }),
  ).replace(/=+$/, ''),
);

/** Values a hostile or broken link may carry, written raw into the query (not escaped). */
const nastyValue = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    ...['NaN', 'Infinity', '-Infinity', '1e999', '-1', '-0', '0x10', '', '%', '%E0%A4%A'],
    ...['%zz', '%FF%FE', '1,2', 'all', 'q,,k', '+', ' 1', '1.5', '9007199254740993', 'null'],
    ...['true', '1', '0', 'chat', 'a100-80gb', 'eyJuYW1lIjoieCJ9', 'bnVsbA', 'e30'],
    ...['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '2', '3', 'abc'],
    ...UNUSABLE_MODELS,
  ),
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.integer({ min: 1990, max: 6000 }).map((length) => 'a'.repeat(length)),
  fc.jsonValue().map((value) => btoa(encodeURIComponent(JSON.stringify(value)))),
  fc.string({ unit: 'grapheme' }).map(encodeURIComponent),
);

const keyArbitrary = fc.oneof(
  fc.constantFrom(...KNOWN_KEYS, 'V', 'gpu ', '', 'utm_source'),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'),
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

/** The one note a link gets for its own model when the engine cannot read it. */
function modelNotes(answers: Answers): unknown[] {
  const custom = answers.scale.customModel;
  return custom && !readCustomModel(custom).ok
    ? [expect.stringMatching(/^cm \(the model config .* cannot be used: /s)]
    : [];
}

const fieldOf = (answers: Answers, param: FieldParam): unknown =>
  (answers[param.step] as Record<string, unknown>)[param.field];

describe('share links: round trip', () => {
  it('decodes every valid answer set to itself, with its completed steps', () => {
    fc.assert(
      fc.property(answersArbitrary, stepsArbitrary, (answers, steps) => {
        const decoded = decodeAnswers(encodeAnswers(answers, steps));
        expect(decoded.ignored).toEqual(modelNotes(answers));
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
        const notes = param.kind === 'model' ? [] : modelNotes(answers);
        expect(decoded.ignored).toHaveLength(1 + notes.length);
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

describe('share links: the version field', () => {
  const versionValue = fc.oneof(
    fc.constantFrom('', '0', '1', '2', '3', '99', 'abc', '1.0', '-1', '0x2', '2 ', '__proto__'),
    fc.string({ maxLength: 4 }),
  );

  it('keeps every answer of a valid link whatever extra or malformed v is added', () => {
    fc.assert(
      fc.property(
        answersArbitrary,
        stepsArbitrary,
        fc.array(versionValue, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (answers, steps, extra, replace) => {
          const params = new URLSearchParams(encodeAnswers(answers, steps));
          if (replace) params.delete('v');
          for (const value of extra) params.append('v', value);
          const wellFormed = params.getAll('v').filter((v) => /^[1-9]\d{0,8}$/.test(v));
          const newer = wellFormed.length > 0 && !wellFormed.some((v) => v === '1' || v === '2');
          const decoded = decodeAnswers(params.toString());
          expectSound(decoded);
          if (newer) {
            expect(decoded.newer).toBe(true);
            return;
          }
          expect(decoded.answers).toEqual(answers);
          expect(decoded.completedSteps).toBe(steps);
          expect(decoded.ignored.filter((entry) => !entry.startsWith('cm ('))).toHaveLength(
            new Set(params.getAll('v')).size > 1 || !/^[12]$/.test(params.get('v') ?? '') ? 1 : 0,
          );
        },
      ),
      { numRuns: 600 },
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
