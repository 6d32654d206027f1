import { describe, expect, it, vi } from 'vitest';
import type * as exportsFull from '../export';
import type { recommend as recommendFull } from '../recommend';
import * as full from './models';
import { gpus, CUSTOM_GPU_ID } from './gpus';
import { leanGpu, leanLicense, leanModel } from './lean';
import { licenses } from './licenses';
import { catalogLookup } from './lookup';

interface Domain {
  recommend: typeof recommendFull;
  exports: typeof exportsFull;
  catalog: typeof full;
}

/** recommend() and the exports, loaded afresh against a given catalog module. */
async function domainWith(lean: boolean): Promise<Domain> {
  vi.resetModules();
  if (lean) {
    const models = full.catalogModels.map(leanModel);
    vi.doMock('./models', () => ({ catalogModels: models, ...catalogLookup(models) }));
    vi.doMock('./gpus', () => ({ gpus: gpus.map(leanGpu), CUSTOM_GPU_ID }));
    vi.doMock('./licenses', () => ({ licenses: licenses.map(leanLicense) }));
  } else {
    for (const path of ['./models', './gpus', './licenses']) vi.doUnmock(path);
  }
  const [{ recommend }, exports, catalog] = await Promise.all([
    import('../recommend'),
    import('../export'),
    import('./models'),
  ]);
  return { recommend, exports, catalog };
}

const cases = [
  {},
  { task: { purpose: 'chat', domain: 'code' } },
  { task: { purpose: 'text-generation' }, hardware: { gpuId: 'a100-80gb', gpuCount: 2 } },
  { task: { purpose: 'similarity', languages: 'multilingual' } },
  { task: { purpose: 'reranking' }, hardware: { gpuId: 't4' } },
  { task: { purpose: 'multi-label-classification' }, hardware: { gpuId: 'apple-36gb' } },
] as const;

const everything = ({ recommend, exports }: Domain, answers: object) => {
  const rec = recommend(answers);
  return JSON.stringify({
    rec,
    json: exports.exportJsonText(rec),
    markdown: exports.exportMarkdown(rec, { link: 'https://example.org/r', date: '2026-12-02' }),
    python: exports.pythonSnippet(rec),
    axolotl: exports.axolotlYaml(rec),
    mlx: exports.mlxLoraConfig(rec),
    launch: exports.launchFiles(rec),
  });
};

describe('the lean catalog the production build ships', () => {
  const lean = full.catalogModels.map(leanModel);

  it('drops the provenance text: under half of the catalog’s characters', () => {
    const size = (value: unknown) => JSON.stringify(value).length;
    expect(size(lean) / size(full.catalogModels)).toBeLessThan(0.5);
    expect(lean.every((m) => m.sources.length === 0 && m.notes.length === 0)).toBe(true);
  });

  it('gives the same recommendation and the same exports as the full catalogs', async () => {
    const withFull = await domainWith(false);
    const withLean = await domainWith(true);
    expect(withLean.catalog.findModel('Qwen/Qwen3-8B')?.sources).toEqual([]);
    expect(withFull.catalog.findModel('Qwen/Qwen3-8B')?.sources.length).toBeGreaterThan(1);
    for (const answers of cases) {
      expect(everything(withLean, answers), JSON.stringify(answers)).toBe(
        everything(withFull, answers),
      );
    }
  });
});
