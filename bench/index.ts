import { measure } from './harness';
import { memorySweep } from './memory.bench';

export const benchmarks = [memorySweep];

export function runAll() {
  return benchmarks.map((bench) => measure(bench));
}
