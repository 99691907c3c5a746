import type { Command } from 'commander';
import { availableParallelism, freemem, loadavg, totalmem } from 'node:os';
import { discoverBenchmarks, type BenchResult, type BenchRow } from '../../bench';
import { EXIT } from '../shared';

function format(value: number, unit: string): string {
  if (!Number.isFinite(value)) return `— ${unit}`;
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

export interface BenchOptions {
  only?: string;
  json?: boolean;
  quick?: boolean;
}

export interface BenchReport {
  /** The machine at the time: timings on a shared machine mean little without it. */
  machine: { cores: number; loadAverage: number[]; memoryMb: number; freeMemoryMb: number };
  results: { name: string; seconds: number; result: BenchResult }[];
  /** Every row of the performance table, in the order run. */
  table: BenchRow[];
}

/** Runs the benchmarks asked for (by --only, --quick) and collects their results and table rows. */
export async function runBenchmarks(options: BenchOptions, onResult: (name: string, description: string, result: BenchResult) => void = () => {}): Promise<BenchReport | string> {
  const all = await discoverBenchmarks();
  const selected = all.filter((b) => (!options.only || b.name.toLowerCase().includes(options.only.toLowerCase())) && (!options.quick || b.quick));
  if (selected.length === 0) {
    const offered = options.quick ? all.filter((b) => b.quick) : all;
    return `no benchmark matches "${options.only ?? ''}"${options.quick ? ' among the quick ones' : ''}; there are: ${offered.map((b) => b.name).join('; ')}`;
  }
  const results: BenchReport['results'] = [];
  for (const benchmark of selected) {
    const start = performance.now();
    const result = await benchmark.run({ quick: options.quick ?? false });
    results.push({ name: benchmark.name, seconds: (performance.now() - start) / 1000, result });
    onResult(benchmark.name, benchmark.description, result);
  }
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  return {
    machine: { cores: availableParallelism(), loadAverage: loadavg().map((l) => Number(l.toFixed(2))), memoryMb: mb(totalmem()), freeMemoryMb: mb(freemem()) },
    results,
    table: results.flatMap((r) => r.result.rows ?? []),
  };
}

function printResult(name: string, description: string, result: BenchResult): void {
  console.log(`\n${name}\n  ${description}`);
  const width = Math.max(0, ...result.metrics.map((m) => m.label.length));
  for (const metric of result.metrics) console.log(`  ${metric.label.padEnd(width)}  ${format(metric.value, metric.unit)}`);
  for (const ratio of result.ratios ?? []) console.log(`  → ${ratio}`);
  for (const note of result.notes ?? []) console.log(`  · ${note}`);
}

/** The performance table: each row's value, its floor from the same run, the ratio and the goal. */
export function tableText(report: BenchReport): string {
  const lines = [`\nPerformance table (docs/performance.md); load average ${report.machine.loadAverage.join(', ')} on ${report.machine.cores} cores`];
  for (const row of report.table) {
    const floor = row.floor ? `${format(row.floor.value, row.floor.unit)} (${row.floor.what})` : '— (no floor)';
    const ratio = row.ratio === null ? '—' : `${row.ratio.toFixed(1)}×`;
    lines.push(
      `\n  ${row.row}`,
      `    measured  ${format(row.measured.value, row.measured.unit)} (${row.measured.what})`,
      `    floor     ${floor}`,
      `    ratio     ${ratio}`,
      `    goal      ${row.goal.text}: ${row.goal.met ? 'met' : 'NOT met'}`,
    );
    for (const point of row.growth ?? []) {
      const floorText = point.floorPerEventUs === null ? '' : `, floor ${format(point.floorPerEventUs, 'µs/event')}`;
      lines.push(`    at ${point.events.toLocaleString('en').padStart(6)} events  ${format(point.perEventUs, 'µs/event')}${floorText}`);
    }
    for (const detail of row.details ?? []) lines.push(`    · ${detail}`);
  }
  return lines.join('\n');
}

/**
 * `moot-council bench`: runs every benchmark in src/bench/*.bench.ts (or those whose name
 * contains --only; with --quick, the quick ones at their small sizes), prints their numbers, then
 * the performance table; --json prints the whole report as JSON instead.
 */
export async function bench(options: BenchOptions): Promise<number> {
  const report = await runBenchmarks(options, options.json ? undefined : printResult);
  if (typeof report === 'string') {
    console.error(report);
    return EXIT.usage;
  }
  if (options.json) console.log(JSON.stringify(report, null, 2));
  else if (report.table.length > 0) console.log(tableText(report));
  return EXIT.ok;
}

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('measure the performance table (docs/performance.md): each row against its floor in the same run')
    .option('--only <text>', 'run only the benchmarks whose name contains this text')
    .option('--quick', 'run only the quick benchmarks, at small sizes (under a minute)')
    .option('--json', 'print the results as JSON')
    .action(async (options: BenchOptions) => {
      process.exitCode = await bench(options);
    });
}
