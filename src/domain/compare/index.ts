/** Side-by-side comparison of evaluated models: pure data, read from the recommendation. */
export {
  compareModels,
  MAX_COMPARED,
  MIN_COMPARED,
  type ComparedModel,
  type Comparison,
} from './compare';
export { sharedBenchmarks, type BenchmarkRow, type SharedBenchmarks } from './benchmarks';
export { planSpeed, type PlanSpeed, type SpeedResult } from './speed';
export { specOfCandidate } from './modelSpec';
export { toggleCompared } from './selection';
