import type { Candidate, Recommendation } from '../recommend';
import { unavailableReason } from '../recommend/pin';
import { sharedBenchmarks, type SharedBenchmarks } from './benchmarks';
import { specOfCandidate } from './modelSpec';
import { priceFor, trainingCost, type TrainingCost } from '../cost';
import { planSpeed, type SpeedResult } from './speed';

/** One model in the comparison: its candidate as the recommendation evaluated it, and derived figures. */
export interface ComparedModel {
  /** The same candidate a pin makes the plan: method, settings, memory, serving, licence. */
  candidate: Candidate;
  /** Share of the training GPU's usable memory the plan reserves; null when nothing fits. */
  memoryShare: number | null;
  /** 1 − memoryShare: what the plan leaves free; null when nothing fits. */
  headroom: number | null;
  speed: SpeedResult;
  /**
   * Time and cost of the user's dataset with this plan on the user's GPU, at the user's price (or
   * the GPU's default): the figures the results' cost section shows when this model is pinned.
   * Null without a plan or throughput figures for the GPU.
   */
  cost: TrainingCost | null;
  /** The model is the recommendation's plan (pinned, or the ranking's first). */
  isPlan: boolean;
}

export interface Comparison {
  models: ComparedModel[];
  benchmarks: SharedBenchmarks;
  /** Models named in the answers that cannot be compared, one sentence each. */
  leftOut: string[];
  /** Usable bytes of one training GPU and of the serving device. */
  trainingCapacityBytes: number;
  servingCapacityBytes: number;
  /** Two to four models: enough to compare. */
  ready: boolean;
}

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

function compared(candidate: Candidate, rec: Recommendation): ComparedModel {
  const plan = candidate.training.plan;
  const share = plan ? plan.estimate.reservedBytes / rec.hardware.training.usableBytes : null;
  const spec = specOfCandidate(candidate, rec.answers);
  return {
    candidate,
    memoryShare: share,
    headroom: share === null ? null : 1 - share,
    speed: spec
      ? planSpeed(spec, plan, rec.hardware)
      : { ok: false, reason: 'The model’s config could not be read.' },
    cost:
      spec && plan
        ? trainingCost({
            spec,
            options: plan.options,
            gpuId: rec.hardware.training.id,
            gpuName: rec.hardware.training.name,
            job: rec.answers.scale,
            price: priceFor(rec.hardware.training.id, rec.answers.scale.gpuHourPrice),
          })
        : null,
    isPlan: rec.top?.id === candidate.id,
  };
}

/**
 * The models the answers name for comparison (`scale.compareModels`), side by side, each read from
 * the recommendation's own evaluated candidates (`Recommendation.models`): the figures are the
 * ones that model's plan shows when it is pinned. Ids the recommendation did not evaluate are left
 * out with the reason, as a bad pin is; repeated ids count once.
 */
export function compareModels(rec: Recommendation): Comparison {
  const ids = [...new Set(rec.answers.scale.compareModels)];
  const leftOut: string[] = [];
  const candidates: Candidate[] = [];
  for (const id of ids) {
    const candidate = rec.models.find((model) => model.id === id);
    if (candidate) candidates.push(candidate);
    else leftOut.push(`Left out: ${unavailableReason(id, rec.answers)}.`);
  }
  return {
    models: candidates.map((candidate) => compared(candidate, rec)),
    benchmarks: sharedBenchmarks(candidates, rec.answers),
    leftOut,
    trainingCapacityBytes: rec.hardware.training.usableBytes,
    servingCapacityBytes: rec.hardware.serving.usableBytes,
    ready: candidates.length >= MIN_COMPARED && candidates.length <= MAX_COMPARED,
  };
}
