import type { TrainingOptions } from '../memory';
import { resolveTraining, type ResolvedTraining } from '../memory/resolve';

/**
 * Every field of the training plan with its default filled: the one value the memory estimate
 * and every export read. Names are TrainingOptions' own.
 */
export type PlanOptions = Omit<ResolvedTraining, 'targetMask'>;

/**
 * The plan's options exactly as the memory engine resolves them (`resolveTraining`, defaults from
 * the stack profile), so an export cannot assume a default the estimate did not.
 */
export function resolvePlanOptions(options: TrainingOptions): PlanOptions {
  const { targetMask: _mask, ...plan } = resolveTraining(options);
  return plan;
}
