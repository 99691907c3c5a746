import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Benchmark } from './types';

export type { Benchmark, BenchMetric, BenchResult, BenchRow, BenchRunOptions } from './types';

/** Every benchmark in src/bench/*.bench.ts, in file-name order. */
export async function discoverBenchmarks(dir: string = import.meta.dirname): Promise<Benchmark[]> {
  const files = readdirSync(dir)
    .filter((f) => /\.bench\.(ts|js|mjs)$/.test(f))
    .sort();
  const found: Benchmark[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as { benchmarks?: Benchmark[] };
    if (!Array.isArray(module.benchmarks)) throw new Error(`${file}: a bench module exports "benchmarks: Benchmark[]"`);
    found.push(...module.benchmarks);
  }
  return found;
}
