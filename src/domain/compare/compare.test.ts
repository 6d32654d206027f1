import { NEAR_MISS_REQUEST } from '../recommend/nearMiss.testing';
import { describe, expect, it } from 'vitest';
import { findModel, specOfModel } from '../catalog/models';
import { trainingSetup } from '../export/trainingSetup';
import { resolvePlanOptions } from '../export/planOptions';
import { normalizeAnswers, recommend, type Answers } from '../recommend';
import { comparableKey } from '../recommend/rankingBenchmarks';
import { decodeAnswers, encodeAnswers } from '../share/urlCodec';
import { estimateTrainingSpeed } from '../speed';
import { compareModels, toggleCompared } from '.';
import { PASTED_3B } from '../recommend/pastedModel.testing';

const ranking = recommend({ scale: NEAR_MISS_REQUEST });
/** Whether two catalog models publish a figure in identical settings. */
const shareAFigure = (a: string, b: string) =>
  findModel(a)!.benchmarks.some((f) =>
    findModel(b)!.benchmarks.some((g) => comparableKey(f) === comparableKey(g)),
  );
/** A near miss with a plan, and a shortlisted model (not the top one) publishing a figure it does. */
const [second, nearMiss] = ranking.nearMisses
  .filter((candidate) => candidate.training.plan)
  .flatMap((miss) => ranking.shortlist.slice(1).map((pick) => [pick, miss] as const))
  .find(([pick, miss]) => shareAFigure(pick.id, miss.id))!;

function answersWith(scale: Partial<Answers['scale']>, hardware = {}): Answers {
  return normalizeAnswers({
    hardware,
    scale: { ...NEAR_MISS_REQUEST, customModel: { name: 'My 3B', config: PASTED_3B }, ...scale },
  }).answers;
}

const threeIds = [second.id, nearMiss.id, 'custom'];
const answers = answersWith({ compareModels: threeIds });
const comparison = compareModels(recommend(answers));

describe('compareModels', () => {
  it('compares the three models named, in the order chosen', () => {
    expect(comparison.ready).toBe(true);
    expect(comparison.leftOut).toEqual([]);
    expect(comparison.models.map((model) => model.candidate.id)).toEqual(threeIds);
    expect(comparison.models.map((model) => model.isPlan)).toEqual([false, false, false]);
  });

  it('shows each model’s figures exactly as its plan does when it is pinned', () => {
    for (const model of comparison.models) {
      const pinned = recommend({
        ...answers,
        scale: { ...answers.scale, pinnedModel: model.candidate.id },
      });
      const plan = pinned.top!;
      expect(plan.id).toBe(model.candidate.id);
      expect(model.candidate.training).toEqual(plan.training);
      expect(model.candidate.serving).toEqual(plan.serving);
      expect(model.candidate.license).toEqual(plan.license);
      expect(model.headroom).toBeCloseTo(
        1 - plan.training.plan!.estimate.reservedBytes / pinned.hardware.training.usableBytes,
        12,
      );
      expect(pinned.deployment?.totalBytes).toBe(model.candidate.serving.plan.neededBytes);
      expect(pinned.deployment?.maxContextTokens).toBe(model.candidate.serving.maxContext);
      // Time and cost on the user's GPU: the cost section's own row when this model is the plan.
      const yours = pinned.cost!.rows.find((row) => row.yours)!;
      expect(model.cost).toEqual({
        gpuId: yours.gpuId,
        gpuName: yours.gpuName,
        gpus: yours.gpus,
        method: yours.method,
        trainedTokens: yours.trainedTokens,
        tokensPerSecond: yours.tokensPerSecond,
        hours: yours.hours,
        gpuHours: yours.gpuHours,
        price: yours.price,
        costUsd: yours.costUsd,
      });
      // The exported script reads the same settings the comparison shows.
      expect(trainingSetup(pinned)?.plan).toEqual(
        resolvePlanOptions(model.candidate.training.plan!.options),
      );
    }
  });

  it('times each plan with the speed model on the plan’s own settings', () => {
    const [catalog] = comparison.models;
    const expected = estimateTrainingSpeed(
      specOfModel(findModel(second.id)!),
      second.training.plan!.options,
      'rtx-4090',
    );
    expect(catalog!.speed).toEqual({
      ok: true,
      speed: {
        tokensPerSecond: expected.tokensPerSecond,
        secondsPerMillionTokens: 1e6 / expected.tokensPerSecond,
        achievedFraction: expected.achievedFraction,
      },
    });
    expect(comparison.models.every((model) => model.speed.ok)).toBe(true);
  });

  it('prices each plan at the user’s price per GPU-hour', () => {
    const priced = compareModels(
      recommend(answersWith({ compareModels: threeIds, gpuHourPrice: 2 })),
    );
    for (const model of priced.models) {
      expect(model.cost!.price).toEqual({ usdPerGpuHour: 2, kind: 'yours', source: null });
      expect(model.cost!.costUsd).toBeCloseTo(model.cost!.gpuHours * 2, 9);
    }
    // A slower plan costs more for the same dataset.
    const [a, b] = [...priced.models].sort((x, y) => x.cost!.hours - y.cost!.hours);
    expect(a!.cost!.costUsd!).toBeLessThan(b!.cost!.costUsd!);
  });

  it('says why there is no speed on a GPU without throughput figures', () => {
    const custom = compareModels(
      recommend(answersWith({ compareModels: threeIds }, { gpuId: 'custom', customGpuGb: 48 })),
    );
    expect(custom.models[0]!.speed).toEqual({
      ok: false,
      reason: 'The speed model has no throughput figures for the Custom GPU, 48 GB.',
    });
  });

  it('marks the plan, and follows a pin', () => {
    const withTop = compareModels(
      recommend(answersWith({ compareModels: [ranking.shortlist[0]!.id, second.id] })),
    );
    expect(withTop.models.map((model) => model.isPlan)).toEqual([true, false]);
    const pinned = compareModels(
      recommend(
        answersWith({
          compareModels: [ranking.shortlist[0]!.id, second.id],
          pinnedModel: second.id,
        }),
      ),
    );
    expect(pinned.models.map((model) => model.isPlan)).toEqual([false, true]);
  });

  it('puts figures side by side only in identical settings', () => {
    const rows = comparison.benchmarks.rows;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const figures = row.figures.filter((figure) => figure !== null);
      expect(figures.length).toBeGreaterThanOrEqual(2);
      expect(new Set(figures.map(comparableKey))).toEqual(new Set([row.key]));
      // The pasted model publishes nothing.
      expect(row.figures[2]).toBeNull();
    }
    const first = rows[0]!;
    const published = second.benchmarks.find((figure) => comparableKey(figure) === first.key);
    expect(first.figures[0]?.value).toBe(published?.value);
    expect(first.ranking).toBe(true);
  });

  it('leaves out unknown ids with the reason and keeps the rest', () => {
    const rec = recommend(answersWith({ compareModels: [second.id, 'acme/no-such-model'] }));
    const partial = compareModels(rec);
    expect(partial.models.map((model) => model.candidate.id)).toEqual([second.id]);
    expect(partial.leftOut).toEqual([
      'Left out: “acme/no-such-model” is not a model Tunewise knows.',
    ]);
    expect(partial.ready).toBe(false);
  });

  it('keeps the compared models through the share link', () => {
    const decoded = decodeAnswers(encodeAnswers(answers, 5));
    expect(decoded.ignored).toEqual([]);
    expect(decoded.answers.scale.compareModels).toEqual(threeIds);
    expect(encodeAnswers(answers, 5)).toContain(
      `cmp=${threeIds.map(encodeURIComponent).join(',')}`,
    );
    expect(compareModels(recommend(decoded.answers))).toEqual(comparison);
  });
});

describe('toggleCompared', () => {
  it('adds at the end, removes, and does not pass four', () => {
    expect(toggleCompared(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleCompared(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleCompared(['a', 'b', 'c', 'd'], 'e')).toEqual(['a', 'b', 'c', 'd']);
  });
});
