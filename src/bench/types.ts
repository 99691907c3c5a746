/**
 * A named benchmark for `moot-council bench`. Add one by dropping a `*.bench.ts` file in
 * src/bench that exports `benchmarks: Benchmark[]`; the command finds it without other edits.
 */
export interface BenchMetric {
  label: string;
  value: number;
  unit: string;
}

export interface BenchResult {
  metrics: BenchMetric[];
  /** Ratios to a target, e.g. "0.21 of the 1 s budget"; each is a sentence. */
  ratios?: string[];
  notes?: string[];
}

export interface Benchmark {
  name: string;
  description: string;
  run(): BenchResult | Promise<BenchResult>;
}

/** Median wall time of `runs` calls (after one warm-up), in milliseconds. */
export function medianMs(runs: number, fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
