import { describe, expect, it } from 'vitest';
import { findModel } from '../catalog/models';
import { catalogModelSchema } from '../catalog/schema';
import { recommend } from './recommend';
import { successorsFirst, supersededLine, type Supersession } from './supersession';

/** Test links between real catalog entries; the catalog itself records only published ones. */
const link = (id: string): Supersession => ({
  id,
  reason: 'its successor is trained on more data with the same architecture.',
  source: 'https://example.org/a-release-note',
});

describe('a superseded model never outranks its successor', () => {
  // The chat shortlist on an RTX 4090, best first, as the page shows it.
  const ranked = recommend({ task: { purpose: 'chat' } }).shortlist;
  const ids = ranked.map((c) => c.id);

  it('moves a superseded model to just below its successor when both are candidates', () => {
    expect(ranked.length).toBeGreaterThanOrEqual(4);
    const [first, second, third, fourth] = ids as [string, string, string, string];
    const links = new Map([[first, link(third)]]);
    const order = successorsFirst(ranked, (id) => links.get(id)).map((c) => c.id);
    expect(order.slice(0, 4)).toEqual([second, third, first, fourth]);
  });

  it('keeps the order when the successor already ranks higher or is not a candidate', () => {
    const [first, second] = ids as [string, string];
    const links = new Map([
      [second, link(first)],
      [first, link('Qwen/Not-A-Candidate')],
    ]);
    expect(successorsFirst(ranked, (id) => links.get(id)).map((c) => c.id)).toEqual(ids);
  });

  it('settles chains: A superseded by B, B by C puts C, B, A in that order', () => {
    const [a, b, c] = ids as [string, string, string];
    const links = new Map([
      [a, link(b)],
      [b, link(c)],
    ]);
    expect(
      successorsFirst(ranked, (id) => links.get(id))
        .slice(0, 3)
        .map((x) => x.id),
    ).toEqual([c, b, a]);
  });

  it('says so on the card, naming the successor and the reason', () => {
    const successor = findModel('Qwen/Qwen3-8B');
    expect(supersededLine(successor!.name, link('Qwen/Qwen3-8B'))).toBe(
      'Superseded by Qwen3-8B: its successor is trained on more data with the same architecture.',
    );
  });
});

describe('the supersededBy field', () => {
  it('is accepted with a catalog id, a reason and a source, and refused without', () => {
    const model = findModel('Qwen/Qwen2.5-7B-Instruct')!;
    const withLink = { ...model, supersededBy: link('Qwen/Qwen3-8B') };
    expect(catalogModelSchema.safeParse(withLink).success).toBe(true);
    const bad = { ...model, supersededBy: { id: 'Qwen3-8B' } };
    expect(catalogModelSchema.safeParse(bad).success).toBe(false);
  });
});
