import { quantile } from '../memory/accuracy';
import { compareSpeed, type SpeedComparison } from './accuracy';
import { CALIBRATION, type SpeedCalibration } from './calibration';
import type { SpeedMeasurement } from './fixtures/measuredSpeed';

/** The fitted constants as one flat record, so the search can scale each in turn. */
type Knobs = Record<
  | 'peakShare'
  | 'halfShareHidden'
  | 'blockFull'
  | 'blockAdapter'
  | 'dequant'
  | 'highPeakShare'
  | 'zero3'
  | 'interconnectShare',
  number
>;

const knobsOf = (c: SpeedCalibration): Knobs => ({
  peakShare: c.peakShare,
  halfShareHidden: c.halfShareHidden,
  blockFull: c.blockOverheadSeconds.full,
  blockAdapter: c.blockOverheadSeconds.adapter,
  dequant: c.dequantBytesPerWeight,
  highPeakShare: c.highPeakShare,
  zero3: c.zero3BlockSeconds,
  interconnectShare: c.interconnectShare,
});

const calibrationOf = (k: Knobs): SpeedCalibration => ({
  ...CALIBRATION,
  peakShare: Math.min(1, k.peakShare),
  halfShareHidden: k.halfShareHidden,
  blockOverheadSeconds: { full: k.blockFull, adapter: k.blockAdapter },
  dequantBytesPerWeight: k.dequant,
  highPeakShare: Math.min(1, k.highPeakShare),
  zero3BlockSeconds: k.zero3,
  interconnectShare: Math.min(1, k.interconnectShare),
});

/** What the fit minimises: median + ½ × p90 of the absolute relative errors. */
export function fitObjective(comparisons: readonly SpeedComparison[]): number {
  const errors = comparisons.map((c) => Math.abs(c.relativeError));
  return quantile(errors, 0.5) + 0.5 * quantile(errors, 0.9);
}

/**
 * Coordinate search: scale one constant at a time by a factor (1.5, then 1.25, 1.1, 1.05) while
 * that lowers fitObjective on `measurements`. This is how CALIBRATION was found (then rounded);
 * the held-out check reruns it without one source.
 */
export function fitCalibration(
  measurements: readonly SpeedMeasurement[],
  start: SpeedCalibration = CALIBRATION,
): SpeedCalibration {
  const score = (k: Knobs) =>
    fitObjective(measurements.map((m) => compareSpeed(m, calibrationOf(k))));
  let best = knobsOf(start);
  let bestScore = score(best);
  for (const step of [1.5, 1.25, 1.1, 1.05]) {
    let improved = true;
    while (improved) {
      improved = false;
      for (const key of Object.keys(best) as (keyof Knobs)[]) {
        for (const factor of [step, 1 / step]) {
          const trial = { ...best, [key]: best[key] * factor };
          const trialScore = score(trial);
          if (trialScore < bestScore - 1e-6) {
            best = trial;
            bestScore = trialScore;
            improved = true;
          }
        }
      }
    }
  }
  return calibrationOf(best);
}

/**
 * The values the constants had before any fit (round guesses from the physics: 60% of peak,
 * a millisecond a block, bitsandbytes' 4.5 bytes per weight with launch gaps, half the link). The
 * held-out check starts from these, so the held-out source has no say in where the search begins.
 */
export const FIRST_GUESS: SpeedCalibration = {
  ...CALIBRATION,
  peakShare: 0.6,
  halfShareHidden: 512,
  blockOverheadSeconds: { full: 0.5e-3, adapter: 1e-3 },
  dequantBytesPerWeight: 17,
  highPeakShare: 0.6,
  zero3BlockSeconds: 3e-3,
  interconnectShare: 0.5,
};

/**
 * Held-out check: for each source, refit every constant on the other sources' rows, starting from
 * FIRST_GUESS, and compare the held-out source's rows with that fit.
 */
export function heldOutBySource(measurements: readonly SpeedMeasurement[]): {
  source: SpeedMeasurement['source'];
  calibration: SpeedCalibration;
  comparisons: SpeedComparison[];
}[] {
  const sources = [...new Set(measurements.map((m) => m.source))];
  return sources.map((source) => {
    const training = measurements.filter((m) => m.source !== source);
    const calibration = fitCalibration(training, FIRST_GUESS);
    const comparisons = measurements
      .filter((m) => m.source === source)
      .map((m) => compareSpeed(m, calibration));
    return { source, calibration, comparisons };
  });
}
