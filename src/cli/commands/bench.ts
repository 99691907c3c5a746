import type { Command } from 'commander';
import { discoverBenchmarks, type BenchResult } from '../../bench';
import { EXIT } from '../shared';

function format(value: number, unit: string): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

/**
 * `moot-council bench`: runs every benchmark in src/bench/*.bench.ts (or those whose name
 * contains --only) and prints its numbers and ratios; --json prints them as JSON.
 */
export async function bench(options: { only?: string; json?: boolean }): Promise<number> {
  const all = await discoverBenchmarks();
  const selected = options.only ? all.filter((b) => b.name.toLowerCase().includes(options.only!.toLowerCase())) : all;
  if (selected.length === 0) {
    console.error(`no benchmark matches "${options.only}"; there are: ${all.map((b) => b.name).join('; ')}`);
    return EXIT.usage;
  }
  const results: { name: string; result: BenchResult }[] = [];
  for (const benchmark of selected) {
    const result = await benchmark.run();
    results.push({ name: benchmark.name, result });
    if (options.json) continue;
    console.log(`\n${benchmark.name}\n  ${benchmark.description}`);
    const width = Math.max(...result.metrics.map((m) => m.label.length));
    for (const metric of result.metrics) console.log(`  ${metric.label.padEnd(width)}  ${format(metric.value, metric.unit)}`);
    for (const ratio of result.ratios ?? []) console.log(`  → ${ratio}`);
    for (const note of result.notes ?? []) console.log(`  · ${note}`);
  }
  if (options.json) console.log(JSON.stringify(results, null, 2));
  return EXIT.ok;
}

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('measure replay, adjudication and AI speed on the shipped scenarios')
    .option('--only <text>', 'run only the benchmarks whose name contains this text')
    .option('--json', 'print the results as JSON')
    .action(async (options: { only?: string; json?: boolean }) => {
      process.exitCode = await bench(options);
    });
}
