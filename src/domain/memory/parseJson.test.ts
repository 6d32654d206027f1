import { describe, expect, it } from 'vitest';
import { ModelConfigError } from './configFields';
import { parseConfigText } from './parseJson';

describe('parseConfigText', () => {
  it('reads bare Infinity, -Infinity and NaN as Python writes them', () => {
    const parsed = parseConfigText(
      '{"time_step_limit": [0.0, Infinity], "a": -Infinity, "b":NaN, "c": [NaN,Infinity]}',
    ) as Record<string, unknown>;
    expect(parsed.time_step_limit).toEqual([0, Number.POSITIVE_INFINITY]);
    expect(parsed.a).toBe(Number.NEGATIVE_INFINITY);
    expect(parsed.b).toBeNaN();
    expect(parsed.c).toEqual([Number.NaN, Number.POSITIVE_INFINITY]);
  });

  it('leaves the tokens alone inside strings, escaped quotes included', () => {
    const parsed = parseConfigText(
      '{"note": "Infinity, NaN", "q": "say \\"NaN\\", Infinity", "x": Infinity}',
    ) as Record<string, unknown>;
    expect(parsed.note).toBe('Infinity, NaN');
    expect(parsed.q).toBe('say "NaN", Infinity');
    expect(parsed.x).toBe(Number.POSITIVE_INFINITY);
  });

  it('still rejects text that is not JSON, and bare words that only start like the tokens', () => {
    expect(() => parseConfigText('{"a": 1,')).toThrow(ModelConfigError);
    expect(() => parseConfigText('{"a": Infinityx}')).toThrow(/not valid JSON/);
    expect(() => parseConfigText('{"a": nan}')).toThrow(/not valid JSON/);
  });
});
