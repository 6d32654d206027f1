import { describe, expect, it } from 'vitest';
import { PRIVATE_CITATION, stringsIn } from '../privateCitation.testing';
import * as configs from './fixtures/configs';
import * as gguf from './fixtures/ggufSizes';
import * as measurements from './fixtures/servingMeasurements';
import { FACTS } from './sources';

describe('serving fixtures and facts cite public addresses only', () => {
  it.each([
    ['serving measurements', measurements],
    ['GGUF sizes', gguf],
    ['configs', configs],
    ['facts', FACTS],
  ])('%s', (_, fixtures) => {
    const texts = stringsIn(fixtures);
    expect(texts.length).toBeGreaterThan(3);
    expect(texts.filter((text) => PRIVATE_CITATION.test(text))).toEqual([]);
  });
});
