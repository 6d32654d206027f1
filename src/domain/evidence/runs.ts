import type { MeasuredRun } from './measureRuns';
import { RUN_TABLE } from './runTable';

export type { MeasuredRun } from './measureRuns';

/*
 * The measured runs as data: `runTable.ts` holds every published run with our estimate of it, so
 * the app does not carry the fixtures and reference configs that compute them.
 * `runTable.test.ts` recomputes the table from the fixtures and fails when the file differs
 * (`npx vitest run src/domain/evidence/runTable.test.ts -u` rewrites it).
 */

/** The published training-memory runs (both stack generations) with our estimate of each. */
export function memoryRuns(): readonly MeasuredRun[] {
  return RUN_TABLE.memory;
}

/** The published throughput runs the speed model is calibrated on, with our estimate of each. */
export function speedRuns(): readonly MeasuredRun[] {
  return RUN_TABLE.speed;
}
