import type { ModelSpec } from '../memory';
import type { TrainingPlan } from '../recommend/fit';
import type { HardwarePlan } from '../recommend/hardware';
import { estimateTrainingSpeed } from '../speed';

/** One plan's speed on the user's GPUs: the figures a time or cost row is built from. */
export interface PlanSpeed {
  /** Trained tokens per second over all the plan's GPUs. */
  tokensPerSecond: number;
  /** Wall-clock seconds to train one million tokens at that rate. */
  secondsPerMillionTokens: number;
  /** Share of the GPUs' dense peak the run reaches (0–1). */
  achievedFraction: number;
}

export type SpeedResult = { ok: true; speed: PlanSpeed } | { ok: false; reason: string };

/**
 * The speed model's estimate for a plan (`estimateTrainingSpeed` on the plan's own options), or
 * why there is none: no plan that fits, or a training device the speed model has no throughput
 * figures for (a custom amount of memory, Apple silicon).
 */
export function planSpeed(
  spec: ModelSpec,
  plan: TrainingPlan | null,
  hardware: HardwarePlan,
): SpeedResult {
  if (!plan) return { ok: false, reason: 'No plan fits, so there is nothing to time.' };
  try {
    const speed = estimateTrainingSpeed(spec, plan.options, hardware.training.id);
    return {
      ok: true,
      speed: {
        tokensPerSecond: speed.tokensPerSecond,
        secondsPerMillionTokens: 1e6 / speed.tokensPerSecond,
        achievedFraction: speed.achievedFraction,
      },
    };
  } catch {
    return {
      ok: false,
      reason: `The speed model has no throughput figures for the ${hardware.training.name}.`,
    };
  }
}
