import type { Benchmark, CatalogModel } from '../catalog/schema';
import type { Answers } from './answers';

/**
 * How well a model is expected to do before fine-tuning, 0–100, from published figures where they
 * exist (MMLU for general knowledge, HumanEval for code, MTEB/BEIR for retrieval) and a size prior
 * where they do not. Published figures come from different harnesses and shot counts, so this is a
 * tie-breaker among models that fit, not a leaderboard.
 */
export function qualityScore(
  model: CatalogModel,
  answers: Answers,
): { value: number; basis: string } {
  const figure = (name: Benchmark['name']) => model.benchmarks.find((b) => b.name === name);
  const purpose = answers.task.purpose;
  if (purpose === 'chat' || purpose === 'text-generation') {
    const mmlu = figure('MMLU');
    const humanEval = figure('HumanEval');
    if (answers.task.domain === 'code' && humanEval) {
      const value = mmlu ? 0.6 * humanEval.value + 0.4 * mmlu.value : humanEval.value;
      return { value, basis: 'HumanEval and MMLU' };
    }
    if (mmlu) return { value: mmlu.value, basis: 'MMLU' };
    if (humanEval) return { value: humanEval.value * 0.9, basis: 'HumanEval' };
  }
  if (purpose === 'similarity' || purpose === 'reranking') {
    const retrieval = figure('MTEB') ?? figure('BEIR');
    if (retrieval) return { value: retrieval.value, basis: retrieval.name };
  }
  return { value: sizePrior(model), basis: 'size (no published figure)' };
}

/** A rough prior from size and age when no figure is published: bigger and newer do better. */
function sizePrior(model: CatalogModel): number {
  const size = Math.log10(Math.max(1e7, model.parameters.total) / 1e8);
  const year = model.released ? Number(model.released.slice(0, 4)) : 2019;
  return Math.min(75, Math.max(15, 35 + 9 * size + 2 * Math.max(0, Math.min(5, year - 2019))));
}
