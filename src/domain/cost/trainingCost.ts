import type { ModelSpec, TrainingMethod, TrainingOptions } from '../memory';
import type { ScaleAnswers } from '../recommend/answers';
import { estimateTrainingSpeed } from '../speed';
import { GPUS_WITH_PEAK } from '../speed/gpuPeak';
import { defaultPriceOf, type GpuPrice } from './gpuPrices';

/** The answers that size the job: examples, their mean length and the passes over them. */
export type JobAnswers = Pick<ScaleAnswers, 'datasetExamples' | 'tokensPerExample' | 'epochs'>;

/**
 * Tokens the run trains on: examples × mean tokens per example × epochs. Padding is not counted
 * (the speed model takes sequences as packed or equal-length), so unpacked runs of uneven
 * examples take longer than this says.
 */
export function trainedTokens(job: JobAnswers): number {
  return job.datasetExamples * job.tokensPerExample * job.epochs;
}

/** The price a cost figure used: the user's own, or the table's default with its source. */
export interface PriceUsed {
  usdPerGpuHour: number;
  /** 'yours': typed on the scale step; 'default': from `GPU_PRICES`. */
  kind: 'yours' | 'default';
  /** The table row of a default price; null for the user's own. */
  source: GpuPrice | null;
}

/** Whether the speed model has throughput figures for a GPU id. */
export function hasSpeedFigures(gpuId: string): boolean {
  return GPUS_WITH_PEAK.includes(gpuId);
}

/** The price the user set for `gpuId` in `gpu-id:dollars` entries (answers.scale.gpuPrices), or null. */
export function listedPriceOf(entries: readonly string[], gpuId: string): number | null {
  const entry = entries.find((e) => e.slice(0, e.lastIndexOf(':')) === gpuId);
  return entry === undefined ? null : Number(entry.slice(entry.lastIndexOf(':') + 1));
}

/** `entries` with `gpuId`'s price set to `usd`, or removed when `usd` is null. */
export function withListedPrice(
  entries: readonly string[],
  gpuId: string,
  usd: number | null,
): string[] {
  const rest = entries.filter((e) => e.slice(0, e.lastIndexOf(':')) !== gpuId);
  return usd === null ? rest : [...rest, `${gpuId}:${usd}`];
}

/** The user's price when given, else the GPU's default, else null (no public price known). */
export function priceFor(gpuId: string, yours: number | null): PriceUsed | null {
  if (yours !== null) return { usdPerGpuHour: yours, kind: 'yours', source: null };
  const row = defaultPriceOf(gpuId);
  return row ? { usdPerGpuHour: row.usdPerHour, kind: 'default', source: row } : null;
}

export interface TrainingCost {
  gpuId: string;
  gpuName: string;
  /** GPUs the run uses at once. */
  gpus: number;
  method: TrainingMethod;
  trainedTokens: number;
  /** Trained tokens per second over all the run's GPUs. */
  tokensPerSecond: number;
  /** Wall-clock hours of training (no evaluation, saving or data loading). */
  hours: number;
  /** hours × GPUs: what a provider bills. */
  gpuHours: number;
  price: PriceUsed | null;
  /** gpuHours × price, in US dollars; null without a price. */
  costUsd: number | null;
}

/**
 * Time and cost of one job with one plan on one GPU kind, from the speed model. Null when the
 * speed model has no figures for the GPU (a custom amount of memory, Apple silicon).
 */
export function trainingCost(input: {
  spec: ModelSpec;
  options: TrainingOptions;
  gpuId: string;
  gpuName: string;
  job: JobAnswers;
  price: PriceUsed | null;
}): TrainingCost | null {
  if (!hasSpeedFigures(input.gpuId)) return null;
  const speed = estimateTrainingSpeed(input.spec, input.options, input.gpuId);
  const tokens = trainedTokens(input.job);
  const gpus = input.options.gpus ?? 1;
  const hours = tokens / speed.tokensPerSecond / 3600;
  const gpuHours = hours * gpus;
  return {
    gpuId: input.gpuId,
    gpuName: input.gpuName,
    gpus,
    method: input.options.method,
    trainedTokens: tokens,
    tokensPerSecond: speed.tokensPerSecond,
    hours,
    gpuHours,
    price: input.price,
    costUsd: input.price ? gpuHours * input.price.usdPerGpuHour : null,
  };
}
