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
  /** Rows of the performance table, each with its floor from the same run (docs/performance.md). */
  rows?: BenchRow[];
  /** Ratios to a target, e.g. "0.21 of the 1 s budget"; each is a sentence. */
  ratios?: string[];
  notes?: string[];
}

export interface Benchmark {
  name: string;
  description: string;
  /** Part of `bench --quick` (a subset a developer can run in under a minute). */
  quick?: boolean;
  run(options: BenchRunOptions): BenchResult | Promise<BenchResult>;
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

/** How a run is asked for: `--quick` runs only the benchmarks marked quick, at their small sizes. */
export interface BenchRunOptions {
  quick: boolean;
}

/** A measured quantity: what it is, its number and its unit. */
export interface Measured {
  what: string;
  value: number;
  unit: string;
}

/**
 * A goal from issue 15: at most `atMost` of either the measured value itself ("≤ 10 ms") or its
 * ratio to the floor measured in the same run ("≤ 5× floor").
 */
export interface Goal {
  atMost: number;
  of: 'value' | 'ratio';
  /** The goal in words, when "≤ N unit" does not say it (e.g. "linear"). */
  text?: string;
}

/** The per-event cost of one measurement at one session length. */
export interface GrowthPoint {
  events: number;
  perEventUs: number;
  floorPerEventUs: number | null;
}

/**
 * One row of the performance table (docs/performance.md): the measured value, the floor measured
 * in the same run (what the same work cannot go below on this machine), their ratio, the goal and
 * whether it is met. Details carry what the row's one number leaves out (p50 beside p99, memory).
 */
export interface BenchRow {
  row: string;
  measured: Measured;
  floor: Measured | null;
  /** measured / floor, when both are in the same unit; null without a floor. */
  ratio: number | null;
  goal: Goal & { text: string; met: boolean };
  growth?: GrowthPoint[];
  details?: string[];
}

function goalText(goal: Goal, unit: string): string {
  if (goal.text) return goal.text;
  return goal.of === 'ratio' ? `≤ ${goal.atMost}× floor` : `≤ ${goal.atMost} ${unit}`;
}

/** A table row with its ratio and verdict worked out (a floor of zero gives no ratio). */
export function tableRow(row: string, measured: Measured, floor: Measured | null, goal: Goal, extra: Pick<BenchRow, 'growth' | 'details'> = {}): BenchRow {
  const ratio = floor && floor.value > 0 ? measured.value / floor.value : null;
  const judged = goal.of === 'ratio' ? ratio : measured.value;
  return {
    row,
    measured,
    floor,
    ratio,
    goal: { ...goal, text: goalText(goal, measured.unit), met: judged !== null && judged <= goal.atMost },
    ...extra,
  };
}

/** The nearest-rank percentile of ascending numbers (NaN for none). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Median of some numbers (NaN for none). */
export function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

/** Wall time of one awaited call, in milliseconds, with its value. */
export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}
