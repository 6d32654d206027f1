import { CURRENT_STACK, STACK_2023_24, type StackProfile } from '../stack/profile';
import { modelSpecFromConfig } from './config';
import { referenceConfig } from './fixtures/referenceConfigs';
import { extraConfigs2026 } from './fixtures/measurements2026';
import type { Measurement } from './fixtures/measurements';
import { estimateServingMemory } from './serving';
import { estimateTrainingMemory } from './training';
import type { MemoryEstimate } from './types';

export interface Comparison {
  measurement: Measurement;
  estimatedBytes: number;
  /** (estimate − measured) / measured. */
  relativeError: number;
}

/** The stack profile a measurement ran on (CSV rows are 2023–24). */
export function stackOf(measurement: Pick<Measurement, 'stack'>): StackProfile {
  return measurement.stack === '2025-26' ? CURRENT_STACK : STACK_2023_24;
}

export function specOf(model: string, overrides: Record<string, unknown> = {}) {
  const config = Object.hasOwn(extraConfigs2026, model)
    ? (extraConfigs2026[model] as Record<string, unknown>)
    : referenceConfig(model);
  return modelSpecFromConfig({ ...config, ...overrides });
}

/** Median, 90th percentile and count of absolute relative errors. */
export function errorSummary(comparisons: readonly Comparison[]) {
  const errors = comparisons.map((c) => Math.abs(c.relativeError));
  return { n: errors.length, median: quantile(errors, 0.5), p90: quantile(errors, 0.9) };
}

/** The figure of an estimate that matches what the source read. */
export function comparable(estimate: MemoryEstimate, metric: Measurement['metric']): number {
  if (metric === 'allocated') return estimate.allocatedBytes;
  if (metric === 'reserved') return estimate.reservedBytes - estimate.cudaContextBytes;
  return estimate.reservedBytes;
}

export function compare(measurement: Measurement): Comparison {
  const spec = specOf(measurement.model, measurement.configOverrides);
  const estimate =
    measurement.kind === 'training'
      ? estimateTrainingMemory(spec, measurement.options, stackOf(measurement).defaults)
      : estimateServingMemory(spec, measurement.options);
  const estimatedBytes = comparable(estimate, measurement.metric);
  return {
    measurement,
    estimatedBytes,
    relativeError: (estimatedBytes - measurement.bytes) / measurement.bytes,
  };
}

/** The q-quantile (0–1) of values, by linear interpolation between order statistics. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (position - lower);
}
