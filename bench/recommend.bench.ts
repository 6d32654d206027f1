import { catalogModels } from '../src/domain/catalog/models';
import { recommend, type Answers } from '../src/domain/recommend';
import type { Benchmark } from './harness';

type DeepPartial<T> = { [K in keyof T]?: Partial<T[K]> };

/** Realistic answer sets across purposes and hardware; each run recommends for one of them. */
const scenarios: DeepPartial<Answers>[] = [
  {},
  { task: { purpose: 'chat', domain: 'legal' }, hardware: { gpuId: 'rtx-4090' } },
  { task: { purpose: 'text-generation', domain: 'code' }, hardware: { gpuId: 'a100-80gb' } },
  { task: { purpose: 'multi-class-classification' }, hardware: { gpuId: 't4' } },
  { task: { purpose: 'similarity', languages: 'multilingual' } },
  { task: { purpose: 'reranking' }, license: { intendedUse: 'research' } },
  { task: { purpose: 'chat' }, hardware: { gpuId: 'h100-80gb', gpuCount: 8, sharding: true } },
  { task: { purpose: 'chat' }, hardware: { gpuId: 'apple-64gb' } },
];

let next = 0;

export const recommendWholeCatalog: Benchmark = {
  name: 'recommend()',
  work: `one recommendation over the ${catalogModels.length}-model catalog (cycling through ${scenarios.length} answer sets)`,
  budgetMs: 5,
  run() {
    const scenario = scenarios[next++ % scenarios.length];
    const result = recommend(scenario);
    return result.shortlist.length + result.nearMisses.length;
  },
};
