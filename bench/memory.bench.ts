import { catalogModels, specOfModel } from '../src/domain/catalog/models';
import {
  estimateServingMemory,
  estimateTrainingMemory,
  type TrainingMethod,
} from '../src/domain/memory';
import type { Benchmark } from './harness';

const specs = catalogModels.map(specOfModel);
const methods: TrainingMethod[] = ['full', 'lora', 'qlora'];
/** 64 context lengths from 512 to 131,072 tokens, evenly spaced on a log scale. */
const contexts = Array.from({ length: 64 }, (_, i) => Math.round(512 * 256 ** (i / 63)));

/**
 * The budget is per estimate, so it follows the catalog: 160 ns for a training and a serving
 * estimate together (5 ms over the 82-model catalog it was first set on, 82 × 3 × 64 pairs).
 */
const BUDGET_NS_PER_PAIR = 160;
const pairs = specs.length * methods.length * contexts.length;

export const memorySweep: Benchmark = {
  name: 'memory sweep',
  work: `training + serving estimates: ${specs.length} models × ${methods.length} methods × ${contexts.length} contexts (budget ${BUDGET_NS_PER_PAIR} ns per pair)`,
  budgetMs: Math.round((pairs * BUDGET_NS_PER_PAIR) / 1e5) / 10,
  run() {
    let checksum = 0;
    for (const spec of specs) {
      for (const method of methods) {
        for (const tokens of contexts) {
          checksum += estimateTrainingMemory(spec, { method, seqLen: tokens }).reservedBytes;
          checksum += estimateServingMemory(spec, { contextLength: tokens }).reservedBytes;
        }
      }
    }
    return checksum / 1e12;
  },
};
