import { describe, expect, it } from 'vitest';
import {
  formatTokens,
  formatTokensExact,
  gibAxisCeiling,
  niceCeil,
  roundTicks,
  tokenDomain,
  tokenTicks,
  wrapLabel,
} from './format';

describe('token formatting', () => {
  it('names context windows in binary thousands', () => {
    expect([256, 1024, 4096, 32_768, 131_072, 1_048_576].map(formatTokens)).toEqual([
      '256',
      '1k',
      '4k',
      '32k',
      '128k',
      '1M',
    ]);
    expect(formatTokens(2528)).toBe('2.5k');
    expect(formatTokens(23_367)).toBe('23k');
    expect(formatTokensExact(131_072)).toBe('131,072');
  });

  it('ticks a log axis at the powers of two in range', () => {
    expect(tokenTicks(256, 131_072)).toEqual([
      256, 512, 1024, 2048, 4096, 8192, 16_384, 32_768, 65_536, 131_072,
    ]);
    expect(tokenTicks(300, 1000)).toEqual([512]);
  });
});

describe('gibAxisCeiling', () => {
  it('rounds up to a round number above the largest value and the capacity', () => {
    expect(niceCeil(34.5)).toBe(40);
    expect(niceCeil(0)).toBe(1);
    expect(gibAxisCeiling([10, 20], 24)).toBe(30);
  });

  it('lets values far above the capacity run off the axis', () => {
    expect(gibAxisCeiling([154, 21.7, 12.1, null], 24)).toBe(30);
    expect(gibAxisCeiling([154, 32.8, 22.6], 24)).toBe(40);
  });

  it('keeps something in view when every value is far above the capacity', () => {
    expect(gibAxisCeiling([200, 300, 900], 8)).toBe(400);
    expect(gibAxisCeiling([null], 24)).toBe(30);
  });
});

describe('wrapLabel', () => {
  it('breaks long model names at hyphens', () => {
    expect(wrapLabel('DeepSeek-R1-Distill-Qwen-7B', 14)).toEqual([
      'DeepSeek-R1-',
      'Distill-Qwen-',
      '7B',
    ]);
    expect(wrapLabel('Qwen3-8B', 14)).toEqual(['Qwen3-8B']);
  });

  it('ellipsises what does not fit in the lines allowed', () => {
    expect(wrapLabel('a-b-c-d', 2, 2)).toEqual(['a-', 'b…']);
  });
});

describe('round axis ticks', () => {
  it.each([
    [120, 120, 20],
    [25, 25, 5],
    [15, 15, 2.5],
    [40, 40, 10],
    [1.2, 1.2, 0.2],
    [0.3, 0.3, 0.05],
  ])('ends an axis of %s on a tick (top %s, step %s)', (ceiling, top, step) => {
    const axis = roundTicks(ceiling);
    expect(axis.top).toBe(top);
    expect(axis.ticks.at(-1)).toBe(axis.top);
    expect(axis.ticks[0]).toBe(0);
    expect(axis.ticks[1]).toBe(step);
    expect(axis.ticks.length).toBeLessThanOrEqual(7);
  });

  it('rounds a top that is not a whole number of steps up to the next tick', () => {
    expect(roundTicks(130).top).toBe(150);
    expect(roundTicks(130).ticks).toEqual([0, 25, 50, 75, 100, 125, 150]);
  });

  it('widens a log token axis to the powers of two around it', () => {
    expect(tokenDomain(500, 40_960)).toEqual([256, 65_536]);
    expect(tokenDomain(512, 131_072)).toEqual([512, 131_072]);
  });
});

describe('round axis ticks at the edges', () => {
  it.each([Infinity, NaN, 0, -5, 1e-300, 1e300])('stays finite for %s', (ceiling) => {
    const axis = roundTicks(ceiling);
    expect(Number.isFinite(axis.top)).toBe(true);
    expect(axis.ticks.length).toBeLessThanOrEqual(7);
  });
});
