import { CATALOG_REVIEWED } from '../catalog/reviewed';
import type { Benchmark, CatalogModel } from '../catalog/schema';
import type { Answers } from './answers';
import { benchmarkLabel, comparableKey, rankingBenchmarks } from './rankingBenchmarks';

/** What a model's quality score rests on: a figure shared with other candidates, or the prior. */
export interface ScoreBasis {
  /** The figure the model is ranked on; null when it has no comparable figure. */
  figure: Benchmark | null;
  /** e.g. "IFEval (strict prompt, 0-shot)"; null without a figure. */
  label: string | null;
  /** Candidates (this one included) that publish the same figure. */
  peers: number;
  /** One sentence for the card. */
  sentence: string;
}

export interface Quality {
  /** 0–100: expected standing before fine-tuning. */
  value: number;
  basis: ScoreBasis;
}

/** A model needs at least one other candidate with the same figure for it to compare anything. */
const MIN_PEERS = 2;

/** Years from January 2019 to a "YYYY-MM" month (or "YYYY-MM-DD" day), by month. */
const yearsSince2019 = (month: string) =>
  Number(month.slice(0, 4)) - 2019 + (Number(month.slice(5, 7)) - 1) / 12;

/**
 * The prior's terms, in MMLU (5-shot) points: the least-squares fit of the catalog's largest
 * like-for-like group, MMLU 5-shot (51 models released 2024–26, residual 5.4 points), on
 * log10(total parameters / 100M) and years since January 2019. A tenfold size is worth 16 points
 * and a year of release 5.7, so a 2026 4B model and a 2024 14B one start level, as their published
 * figures are. scoring.test.ts refits it from the catalog and fails when these drift.
 */
export const PRIOR_FIT = { intercept: 4.7, perDecade: 16.1, perYear: 5.7 } as const;

/**
 * The prior from size and age, used when no comparable figure exists and as each figure group's
 * anchor: bigger and newer do better, by month up to the catalog's review date (a release after
 * the review earns nothing more). 10–90.
 */
export function sizePrior(model: CatalogModel): number {
  const decades = Math.log10(Math.max(1e7, model.parameters.total) / 1e8);
  const years = model.released ? yearsSince2019(model.released) : 0;
  const recency = Math.max(0, Math.min(yearsSince2019(CATALOG_REVIEWED), years));
  const prior = PRIOR_FIT.intercept + PRIOR_FIT.perDecade * decades + PRIOR_FIT.perYear * recency;
  return Math.min(90, Math.max(10, prior));
}

const NO_FIGURE = 'No comparable figure: ranked by size, recency and fit.';

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * Quality scores for the models being ranked, like for like: a published figure counts only
 * against the same benchmark, variant, language and shot count (see comparableKey) published by
 * at least one other of these models. Each model is ranked on the first of the purpose's ranking
 * benchmarks (rankingBenchmarks) for which it has such a figure. Within that group the figure
 * moves the model above or below the group's average prior by the points it leads or trails the
 * group's average figure, so that having a figure neither helps nor hurts on its own; models
 * without one keep their prior and say so. Deterministic in the order of `models`.
 */
export function qualityScores(
  models: readonly CatalogModel[],
  answers: Answers,
): Map<string, Quality> {
  const result = new Map<string, Quality>();
  const priors = new Map(models.map((m) => [m.id, sizePrior(m)]));
  for (const wanted of rankingBenchmarks(answers)) {
    const groups = new Map<string, { model: CatalogModel; figure: Benchmark }[]>();
    for (const model of models) {
      for (const figure of model.benchmarks) {
        if (figure.name !== wanted.name) continue;
        if (wanted.language && figure.language !== wanted.language) continue;
        const key = comparableKey(figure);
        const group = groups.get(key) ?? [];
        if (!group.some((member) => member.model.id === model.id)) group.push({ model, figure });
        groups.set(key, group);
      }
    }
    const ordered = [...groups.entries()]
      .filter(([, group]) => group.length >= MIN_PEERS)
      .sort(([ka, a], [kb, b]) => b.length - a.length || ka.localeCompare(kb));
    for (const [, group] of ordered) {
      const figureMean = mean(group.map((member) => member.figure.value));
      const priorMean = mean(group.map((member) => priors.get(member.model.id) as number));
      for (const { model, figure } of group) {
        if (result.has(model.id)) continue;
        const label = benchmarkLabel(figure);
        result.set(model.id, {
          value: Math.min(95, Math.max(5, priorMean + (figure.value - figureMean))),
          basis: {
            figure,
            label,
            peers: group.length,
            sentence: `Ranked on ${label} ${figure.value}, against the ${group.length - 1} other candidate${group.length > 2 ? 's' : ''} that publish${group.length > 2 ? '' : 'es'} the same figure.`,
          },
        });
      }
    }
  }
  for (const model of models) {
    if (!result.has(model.id)) {
      result.set(model.id, {
        value: priors.get(model.id) as number,
        basis: { figure: null, label: null, peers: 0, sentence: NO_FIGURE },
      });
    }
  }
  return result;
}
