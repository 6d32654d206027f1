import { measure } from './harness';
import { memorySweep } from './memory.bench';
import { recommendWholeCatalog } from './recommend.bench';

export const benchmarks = [memorySweep, recommendWholeCatalog];

export function runAll() {
  return benchmarks.map((bench) => measure(bench));
}
