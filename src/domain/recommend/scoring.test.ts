import { describe, expect, it } from 'vitest';
import { findModel } from '../catalog/models';
import type { CatalogModel } from '../catalog/schema';
import { sizePrior } from './scoring';

const releasedIn = (model: CatalogModel, released: string) => ({ ...model, released });

describe('the size and recency prior', () => {
  const model = findModel('Qwen/Qwen3-8B')!;

  it('keeps rising past 2024, by month, up to the catalog review date', () => {
    const priors = ['2023-06', '2024-06', '2025-06', '2026-06'].map((month) =>
      sizePrior(releasedIn(model, month)),
    );
    for (let i = 1; i < priors.length; i++) expect(priors[i]).toBeCloseTo(priors[i - 1]! + 2, 6);
    expect(sizePrior(releasedIn(model, '2026-07'))).toBeCloseTo(
      sizePrior(releasedIn(model, '2026-01')) + 1,
      6,
    );
  });

  it('does not reward a release date after the review', () => {
    expect(sizePrior(releasedIn(model, '2027-06'))).toBe(sizePrior(releasedIn(model, '2026-12')));
  });

  it('ranks bigger above smaller of the same month', () => {
    const small = findModel('Qwen/Qwen3-4B')!;
    expect(sizePrior(releasedIn(model, '2025-04'))).toBeGreaterThan(
      sizePrior(releasedIn(small, '2025-04')),
    );
  });
});
