import { describe, expect, it } from 'vitest';
import { normalizeAnswers } from './answers';
import { bandOf, suggestSizeBand } from './sizeBands';

const suggest = (input: unknown, bytes?: number) =>
  suggestSizeBand(normalizeAnswers(input).answers, bytes).band;
const GIB = 2 ** 30;

describe('size bands', () => {
  it('puts edge and mobile deployments, and CPU serving, at 1–3B', () => {
    expect(suggest({ hardware: { deploymentTarget: 'edge' } })).toBe('1-3b');
    expect(suggest({ hardware: { deploymentTarget: 'cpu' } })).toBe('1-3b');
  });

  it('suggests 7–8B for general reasoning and code', () => {
    expect(suggest({})).toBe('7-8b');
    expect(suggest({ task: { domain: 'code' } })).toBe('7-8b');
  });

  it('suggests 14–32B for complex domains when the hardware has room, 7–8B on one 24 GB GPU', () => {
    for (const domain of ['medical', 'legal', 'scientific', 'finance']) {
      expect(suggest({ task: { domain } }, 80 * GIB)).toBe('14-32b');
      expect(suggest({ task: { domain } }, 24 * GIB)).toBe('7-8b');
    }
  });

  it('suggests encoder sizes for encoder purposes', () => {
    expect(suggest({ task: { purpose: 'multi-class-classification' } })).toBe('encoder-base');
    expect(
      suggest({ task: { purpose: 'multi-label-classification', languages: 'multilingual' } }),
    ).toBe('encoder-large');
    expect(suggest({ task: { purpose: 'reranking' } })).toBe('encoder-large');
    expect(
      suggest({ task: { purpose: 'similarity' }, hardware: { deploymentTarget: 'edge' } }),
    ).toBe('encoder-base');
  });

  it('places models in bands by parameter count', () => {
    expect(bandOf(1.24e9, 'decoder')).toBe('1-3b');
    expect(bandOf(8.03e9, 'decoder')).toBe('7-8b');
    expect(bandOf(14.8e9, 'decoder')).toBe('14-32b');
    expect(bandOf(70.6e9, 'decoder')).toBe('70b');
    expect(bandOf(110e6, 'encoder')).toBe('encoder-base');
    expect(bandOf(568e6, 'encoder')).toBe('encoder-large');
  });
});
