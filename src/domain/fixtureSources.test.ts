import { describe, expect, it } from 'vitest';
import * as measurements from './memory/fixtures/measurements';
import * as measurements2026 from './memory/fixtures/measurements2026';
import { referenceConfigs } from './memory/fixtures/referenceConfigs';
import { PRIVATE_CITATION, stringsIn } from './privateCitation.testing';
import * as speed from './speed/fixtures/measuredSpeed';

const published = import.meta.glob<Record<string, unknown>>('./memory/fixtures/configs2026/*.ts', {
  eager: true,
});

describe('test fixtures cite public addresses only', () => {
  it.each([
    ['memory measurements 2023–24', measurements],
    ['memory measurements 2025–26', measurements2026],
    ['reference configs', referenceConfigs],
    ['published 2025–26 configs', published],
    ['speed measurements', speed],
  ])('%s', (_, fixtures) => {
    const texts = stringsIn(fixtures);
    expect(texts.length).toBeGreaterThan(20);
    const privateOnes = texts.filter((text) => PRIVATE_CITATION.test(text));
    expect(privateOnes).toEqual([]);
  });

  it('the check catches the citations it is meant to', () => {
    // Invented examples of the forms the fixtures used to carry (no real ids).
    for (const text of [
      'a paper, read in a copy: search index file id 1234',
      'HF page (docs corpus) https://huggingface.co/x/y',
      'a modeling file, copies (find_string …, e.g. hit id 1234)',
    ])
      expect(text).toMatch(PRIVATE_CITATION);
    expect('https://huggingface.co/Qwen/Qwen-7B/blob/main/config.json').not.toMatch(
      PRIVATE_CITATION,
    );
  });
});
