/** The measured runs behind each memory and speed figure: typical error and the nearest run. */
export {
  MIN_LIKE_RUNS,
  memoryEvidence,
  speedEvidence,
  type FigureEvidence,
  type RunQuery,
} from './evidence';
export { memoryRuns, speedRuns, type MeasuredRun } from './runs';
export { sourceUrl } from './sourceUrl';
