import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Journal, sessionFileHeader, writeSessionFile } from '../host/journal';
import { removeSnapshot, SNAPSHOT_INTERVAL, snapshotPath, writeSnapshot } from '../host/snapshot';
import { benchScenario } from './fixtures';
import { longSession } from './replay.bench';
import type { Benchmark } from './types';

const EVENTS = 20_000;
const RUNS = 5;
/** The goal: reopening costs at most this many times reading and parsing every line. */
const FLOOR_MULTIPLE = 5;

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median time of opening the journal (closing it is not counted), after `prepare`. */
function openMs(file: string, prepare: () => void): number {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    prepare();
    const start = performance.now();
    const journal = Journal.open(file);
    const elapsed = performance.now() - start;
    journal.close();
    if (i > 0) times.push(elapsed);
  }
  return median(times);
}

function timedMs(fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const start = performance.now();
    fn();
    if (i > 0) times.push(performance.now() - start);
  }
  return median(times);
}

export const benchmarks: Benchmark[] = [
  {
    name: 'journal: reopen 20,000 events',
    description:
      'Reopens a 20,000-entry session file through the journal: with no snapshot (a full replay), with a snapshot at its last entry, and with one ' +
      `${SNAPSHOT_INTERVAL - 1} entries behind (after a crash); against reading and parsing every line.`,
    run() {
      const { scenario } = benchScenario();
      const { config, log } = longSession(scenario, EVENTS);
      const dir = mkdtempSync(join(tmpdir(), 'moot-reopen-'));
      try {
        const file = join(dir, 'reopen.moot.jsonl');
        const header = sessionFileHeader(scenario, config);
        writeSessionFile(file, header, log);
        const floor = timedMs(() => {
          for (const line of readFileSync(file, 'utf8').split('\n')) if (line) JSON.parse(line);
        });
        const replayed = openMs(file, () => removeSnapshot(file));
        const fromSnapshot = openMs(file, () => undefined);
        const check = timedMs(() => {
          const journal = Journal.open(file);
          journal.verifySnapshot();
          journal.close();
        });
        const journal = Journal.open(file);
        journal.verifySnapshot();
        const write = timedMs(() => writeSnapshot(file, EVENTS, journal.integrity.head, journal.state));
        journal.close();

        // A snapshot SNAPSHOT_INTERVAL - 1 entries behind the file, as a crash can leave it.
        const behind = join(dir, 'behind.moot.jsonl');
        writeSessionFile(behind, header, log.slice(0, EVENTS - SNAPSHOT_INTERVAL + 1));
        Journal.open(behind).close();
        const stale = readFileSync(snapshotPath(behind), 'utf8');
        writeSessionFile(behind, header, log);
        const fromStale = openMs(behind, () => writeFileSync(snapshotPath(behind), stale));

        return {
          metrics: [
            { label: `read and JSON.parse every line (the floor)`, value: floor, unit: 'ms' },
            { label: 'reopen without a snapshot (full replay, then a snapshot written)', value: replayed, unit: 'ms' },
            { label: 'reopen from a snapshot at the last entry', value: fromSnapshot, unit: 'ms' },
            { label: `reopen from a snapshot ${SNAPSHOT_INTERVAL - 1} entries behind`, value: fromStale, unit: 'ms' },
            { label: 'reopen from a snapshot and check it by replay at once', value: check, unit: 'ms' },
            { label: `writing a snapshot at ${EVENTS} entries (atomic, fsynced)`, value: write, unit: 'ms' },
          ],
          ratios: [
            `reopening from a snapshot costs ${(fromSnapshot / floor).toFixed(1)}× the floor (${(fromStale / floor).toFixed(1)}× with the tail a crash can leave); the goal is ${FLOOR_MULTIPLE}×`,
            `without a snapshot it costs ${(replayed / floor).toFixed(1)}× the floor`,
          ],
        };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
