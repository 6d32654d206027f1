/** A benchmark: a named function, timed as a whole per run, with a budget for its median. */
export interface Benchmark {
  name: string;
  /** What one run does, for the report. */
  work: string;
  budgetMs: number;
  run: () => number;
}

export interface BenchResult {
  name: string;
  work: string;
  medianMs: number;
  p90Ms: number;
  minMs: number;
  runs: number;
  budgetMs: number;
  withinBudget: boolean;
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

/**
 * Warms a benchmark up (so the JIT has compiled the hot path, as in a page that has been used),
 * then times `runs` runs and reports the median. The returned checksum is consumed so the work
 * cannot be optimised away.
 */
export function measure(bench: Benchmark, warmup = 40, runs = 200): BenchResult {
  let checksum = 0;
  for (let i = 0; i < warmup; i++) checksum += bench.run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    checksum += bench.run();
    times.push(performance.now() - start);
  }
  if (!Number.isFinite(checksum)) throw new Error(`${bench.name} produced a non-finite result`);
  times.sort((a, b) => a - b);
  const medianMs = percentile(times, 0.5);
  return {
    name: bench.name,
    work: bench.work,
    medianMs,
    p90Ms: percentile(times, 0.9),
    minMs: times[0] as number,
    runs,
    budgetMs: bench.budgetMs,
    withinBudget: medianMs <= bench.budgetMs,
  };
}
