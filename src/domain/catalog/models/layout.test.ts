import { describe, expect, it } from 'vitest';
import type { CatalogModel } from '../schema';
import { catalogModels } from './index';

/** Every family module of this folder (not the index, the shared sources or the tests). */
const modules = import.meta.glob<Record<string, unknown>>(
  ['./*.ts', '!./index.ts', '!./*.test.ts'],
  {
    eager: true,
  },
);
const texts = import.meta.glob<string>(['./*.ts', './sources/*.ts', '!./*.test.ts'], {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** The file-name slug of a family: lowercased, spaces and dots as '-' ("Qwen2.5" → "qwen2-5"). */
const slugOf = (family: string) => family.toLowerCase().replace(/[ .]/g, '-');
const fileName = (path: string) => path.replace(/^.*\//, '').replace(/\.ts$/, '');
const modelsIn = (module: Record<string, unknown>) =>
  Object.entries(module)
    .filter(([name]) => name.endsWith('Models'))
    .flatMap(([, value]) => value as CatalogModel[]);

describe('catalog layout: one module per family under models/', () => {
  it('keeps every module under 600 lines', () => {
    expect(Object.keys(texts).length).toBeGreaterThan(30);
    for (const [path, text] of Object.entries(texts)) {
      expect(text.split('\n').length, path).toBeLessThanOrEqual(601);
    }
  });

  it('names each module after the family of every model in it', () => {
    for (const [path, module] of Object.entries(modules)) {
      const models = modelsIn(module);
      expect(models.length, path).toBeGreaterThan(0);
      for (const model of models)
        expect(fileName(path), model.id).toMatch(new RegExp(`^${slugOf(model.family)}`));
    }
  });

  it('registers every module in the index, once', () => {
    const inModules = Object.values(modules)
      .flatMap(modelsIn)
      .map((m) => m.id);
    expect([...inModules].sort()).toEqual(catalogModels.map((m) => m.id).sort());
  });
});
