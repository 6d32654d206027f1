import { isTraining } from './resolve';
import { estimateServingMemory } from './serving';
import type { ModelSpec } from './spec';
import { estimateTrainingMemory } from './training';
import type { ServingOptions, TrainingOptions } from './types';

/** The longest context any search considers: 16M tokens. */
export const MAX_SEARCH_TOKENS = 2 ** 24;

/**
 * The largest whole number n in [1, limit] for which `fits(n)` holds, assuming `fits` is monotone
 * (true up to some n, false after); 0 when even 1 does not fit.
 */
export function largestFitting(fits: (n: number) => boolean, limit: number): number {
  if (!fits(1)) return 0;
  let low = 1;
  let high = Math.max(1, Math.floor(limit));
  if (fits(high)) return high;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid;
  }
  return low;
}

/**
 * The longest sequence (training: `seqLen`; serving: `contextLength`) whose estimate fits in
 * `gpuBytes`, judged by `reservedBytes` (what the GPU must really have free). Other options are
 * kept. Returns tokens, 0 when even one token does not fit, at most `limit` (16,777,216 unless a
 * smaller one is given: a caller that wants no more than the model's window passes the window,
 * and a model that fits all of it is answered by two estimates instead of a 24-step search).
 */
export function maxContextLength(
  model: ModelSpec,
  options: TrainingOptions | ServingOptions,
  gpuBytes: number,
  limit: number = MAX_SEARCH_TOKENS,
): number {
  if (!(gpuBytes > 0) || !(limit >= 1)) return 0;
  const upTo = Math.min(MAX_SEARCH_TOKENS, limit);
  if (isTraining(options)) {
    return largestFitting(
      (seqLen) => estimateTrainingMemory(model, { ...options, seqLen }).reservedBytes <= gpuBytes,
      upTo,
    );
  }
  return largestFitting(
    (contextLength) =>
      estimateServingMemory(model, { ...options, contextLength }).reservedBytes <= gpuBytes,
    upTo,
  );
}

/** The largest batch (up to `limit`) whose training estimate fits in `gpuBytes`; 0 if none. */
export function maxBatchSize(
  model: ModelSpec,
  options: TrainingOptions,
  gpuBytes: number,
  limit = 1024,
): number {
  if (!(gpuBytes > 0)) return 0;
  return largestFitting(
    (batchSize) =>
      estimateTrainingMemory(model, { ...options, batchSize }).reservedBytes <= gpuBytes,
    limit,
  );
}
