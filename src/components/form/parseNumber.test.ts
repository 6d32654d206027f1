import { describe, expect, it } from 'vitest';
import { labelInSentence, parseTypedNumber } from './parseNumber';

const whole = { integer: true, optional: false };
const decimal = { integer: false, optional: true };

describe('parseTypedNumber', () => {
  it.each([
    ['2048', whole, 2048],
    [' 512 ', whole, 512],
    ['12,000', whole, 12_000],
    ['1,024', whole, 1024],
    ['1,000,000', whole, 1_000_000],
    ['12 000', whole, 12_000],
    ['12\u202f000', whole, 12_000],
    ['10_000', whole, 10_000],
    ['1.5', decimal, 1.5],
    ['.5', decimal, 0.5],
    ['1.000', decimal, 1],
    ['12,000.5', decimal, 12_000.5],
    ['-3', whole, -3],
    ['', decimal, null],
  ] as const)('reads %j as %s', (text, options, value) => {
    expect(parseTypedNumber(text, options)).toEqual({ ok: true, value });
  });

  it.each([
    ['1,5', decimal, ['1.5', '15']],
    ['0,75', decimal, ['0.75', '075']],
    ['1.000,5', decimal, ['1000.5', '10005']],
    ['1,5', whole, ['1.5', '15']],
    ['1.000', whole, ['1000', '1']],
    ['12.500', whole, ['12500', '12.5']],
  ] as const)('refuses the ambiguous %j, giving both readings', (text, options, readings) => {
    expect(parseTypedNumber(text, options)).toEqual({ ok: false, kind: 'ambiguous', readings });
  });

  it.each(['0x40', '1e3', '1E-2', 'Infinity', 'NaN', 'lots', '1,2,3', '1 2', '١٢', '--1'])(
    'refuses %j as not a number written in digits',
    (text) => {
      expect(parseTypedNumber(text, whole)).toEqual({ ok: false, kind: 'not-a-number' });
    },
  );

  it('tells an empty required field from an empty optional one', () => {
    expect(parseTypedNumber('  ', whole)).toEqual({ ok: false, kind: 'empty' });
    expect(parseTypedNumber('  ', decimal)).toEqual({ ok: true, value: null });
  });
});

describe('labelInSentence', () => {
  it.each([
    ['Number of GPUs', 'number of GPUs'],
    ['GPU memory', 'GPU memory'],
    ['LoRA rank', 'LoRA rank'],
    ['Held-out examples', 'held-out examples'],
    ['Training sequence length', 'training sequence length'],
  ])('%j → %j', (label, expected) => {
    expect(labelInSentence(label)).toBe(expected);
  });
});
