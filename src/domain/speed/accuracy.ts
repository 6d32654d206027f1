import type { ModelSpec } from '../memory';
import { specOf } from '../memory/accuracy';
import { resolveTraining } from '../memory/resolve';
import { CALIBRATION, type SpeedCalibration } from './calibration';
import type { SpeedMeasurement } from './fixtures/measuredSpeed';
import { gpuPeak } from './gpuPeak';
import { stepTiming } from './timing';

const specs = new Map<string, ModelSpec>();
/** Parsed once per model: the fit and the held-out check compare every row many times. */
function specFor(model: string): ModelSpec {
  let spec = specs.get(model);
  if (!spec) {
    spec = specOf(model);
    specs.set(model, spec);
  }
  return spec;
}

export interface SpeedComparison {
  measurement: SpeedMeasurement;
  /** The estimate in the unit the source printed. */
  estimated: number;
  /** (estimated − measured) / measured, on throughput (seconds per step are inverted first). */
  relativeError: number;
}

/**
 * The estimate for a published run, in its own metric: tokens/s per GPU or for the whole run, or
 * seconds per optimizer step with the source's gradient accumulation (the update once per step).
 */
export function compareSpeed(
  measurement: SpeedMeasurement,
  calibration: SpeedCalibration = CALIBRATION,
): SpeedComparison {
  const spec = specFor(measurement.model);
  const plan = resolveTraining(measurement.options);
  const timing = stepTiming(spec, plan, gpuPeak(measurement.gpu), calibration);
  const accumulation = measurement.gradientAccumulation ?? 1;
  const seconds = accumulation * timing.microStepSeconds + timing.updateSeconds;
  const perGpu = (accumulation * timing.microStepTokens) / seconds;
  const estimated =
    measurement.metric === 'seconds-per-step'
      ? seconds
      : measurement.metric === 'tokens-per-second-total'
        ? perGpu * plan.gpus
        : perGpu;
  const relativeError =
    measurement.metric === 'seconds-per-step'
      ? measurement.value / estimated - 1
      : estimated / measurement.value - 1;
  return { measurement, estimated, relativeError };
}
