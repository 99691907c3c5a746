import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchScenario } from '../bench/fixtures';
import { measureExport } from '../bench/transcript.bench';
import { tableRow, type BenchRow } from '../bench/types';
import type { BenchReport } from './commands/bench';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'moot-council.mjs');
/** The quick replay benchmark takes seconds alone and longer on a shared, busy machine. */
const QUICK_RUN_LIMIT_MS = 240_000;

describe('moot-council bench', () => {
  it(
    '--quick --json: the replay rows each have a measured value, a floor from the same run and their ratio',
    () => {
      const result = spawnSync(process.execPath, [bin, 'bench', '--quick', '--only', 'replay', '--json'], { cwd: root, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const report = JSON.parse(result.stdout) as BenchReport;
      expect(report.results.map((r) => r.name)).toEqual(['session: replay per event, and its growth from 1,000 to 80,000 events']);
      expect(report.machine.loadAverage).toHaveLength(3);
      expect(report.table.map((r) => r.row)).toEqual(['replay, per event, at 5,000 events', 'replay growth 1,000 → 5,000 events']);
      for (const row of report.table) {
        expect(row.measured.value).toBeGreaterThan(0);
        expect(row.floor?.value).toBeGreaterThan(0);
        expect(row.ratio).toBeCloseTo(row.measured.value / row.floor!.value);
        expect(typeof row.goal.met).toBe('boolean');
      }
      const growth = report.table[1]!.growth!;
      expect(growth.map((g) => g.events)).toEqual([1000, 5000]);
      for (const point of growth) expect(point.floorPerEventUs).toBeGreaterThan(0);
    },
    QUICK_RUN_LIMIT_MS,
  );

  it('--quick refuses a benchmark that is not quick, naming the quick ones', { timeout: 60_000 }, () => {
    const result = spawnSync(process.execPath, [bin, 'bench', '--quick', '--only', 'browser'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('among the quick ones');
    expect(result.stderr).toContain('session: replay');
  });
});

describe('the rows issue 18 asks of the bench', () => {
  const expectRowAgainstItsFloor = (row: BenchRow | undefined, goal: string) => {
    expect(row).toBeDefined();
    expect(row!.measured.value).toBeGreaterThan(0);
    expect(row!.floor!.value).toBeGreaterThan(0);
    expect(row!.ratio).toBeCloseTo(row!.measured.value / row!.floor!.value);
    expect(row!.goal.text).toBe(goal);
  };

  it(
    'what would have changed the findings: every state of the largest shipped scenario, against one score-only judgment, goal 2 s',
    () => {
      const result = spawnSync(process.execPath, [bin, 'bench', '--quick', '--only', 'what would have changed', '--json'], { cwd: root, encoding: 'utf8' });
      expect(result.status).toBe(0);
      const report = JSON.parse(result.stdout) as BenchReport;
      const row = report.table.find((r) => r.row.startsWith('what would have changed the findings, 24 states of'));
      expectRowAgainstItsFloor(row, '≤ 2000 ms');
      expect(row!.details).toContain('no search cut off');
    },
    QUICK_RUN_LIMIT_MS,
  );

  it(
    'the full export of a full-Assembly session as the host runs it, and its PDF printing, each against one page printed, goal 3 s',
    async () => {
      // A printer that answers at once: the rows, not Chromium, are under test.
      const printer = async (html: string) => {
        await new Promise((resolve) => setImmediate(resolve));
        return new TextEncoder().encode(`%PDF-1.4 /Type /Page ${html.length}`);
      };
      const { scenario, file } = benchScenario();
      const result = await measureExport(scenario, file, 1, printer);
      const rows = result.rows ?? [];
      expect(rows.map((r) => r.row)).toEqual([
        "full export, 1-round full-Assembly session: the facilitator's record with its appendix, as PDF",
        'PDF export, 1-round full-Assembly session (1 page)',
      ]);
      for (const row of rows) expectRowAgainstItsFloor(row, '≤ 3000 ms');
      expect(rows[0]!.details![0]).toMatch(/judgment \d+ ms, what would have changed \d+ ms, transcript model \d+ ms, HTML \d+ ms, PDF printing \d+ ms/);
    },
    QUICK_RUN_LIMIT_MS,
  );
});

describe('a row of the performance table', () => {
  const measured = (value: number) => ({ what: 'measured', value, unit: 'ms' });
  const floor = { what: 'floor', value: 100, unit: 'ms' };

  it('meets a goal on the ratio to its floor only when the ratio is within it', () => {
    const within: BenchRow = tableRow('reopen', measured(500), floor, { atMost: 5, of: 'ratio' });
    const over: BenchRow = tableRow('reopen', measured(501), floor, { atMost: 5, of: 'ratio' });
    expect([within.ratio, within.goal.met, within.goal.text]).toEqual([5, true, '≤ 5× floor']);
    expect([over.goal.met]).toEqual([false]);
  });

  it('meets a goal on the value whatever its floor, and without a floor has no ratio', () => {
    const row = tableRow('AI pass', measured(25), null, { atMost: 20, of: 'value' });
    expect([row.ratio, row.goal.met, row.goal.text]).toEqual([null, false, '≤ 20 ms']);
    expect(tableRow('AI pass', measured(15), floor, { atMost: 20, of: 'value' }).goal.met).toBe(true);
  });
});
