import { readFileSync } from 'node:fs';
import { assign, createMachine, initialTransition, transition } from 'xstate';
import { replay } from '../core/session';
import { delegationsScenario } from './delegations';
import { longRecord, longSessionFile } from './long-log';
import { median, tableRow, type Benchmark, type GrowthPoint } from './types';

const CLASS = 60;
const SIZES = [1_000, 5_000, 20_000, 80_000];
const QUICK_SIZES = [1_000, 5_000];
/** Replays at each size (the longest once: at today's speed it takes about a minute). */
const RUNS: Record<number, number> = { 1000: 3, 5000: 3, 20000: 2, 80000: 1 };
const PER_EVENT_GOAL_US = { atMost: 10, of: 'value' } as const;
/** Linear: the per-event cost at the largest size at most this many times that at the smallest. */
const LINEAR_TOLERANCE = 1.5;

function medianOf(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The floor of a replay: a one-state xstate machine counting events, transition() per event. */
function trivialMachineUs(events: number): number {
  const machine = createMachine({
    context: { count: 0 },
    initial: 'open',
    states: { open: { on: { entry: { actions: assign({ count: ({ context }) => context.count + 1 }) } } } },
  });
  const ms = medianOf(3, () => {
    let [snapshot] = initialTransition(machine);
    for (let i = 0; i < events; i++) [snapshot] = transition(machine, snapshot, { type: 'entry' });
  });
  return (ms * 1000) / events;
}

/** The floor of reading a record: its file read and every line parsed as JSON. */
function parseUs(path: string, events: number): number {
  const ms = medianOf(3, () => {
    for (const line of readFileSync(path, 'utf8').split('\n')) if (line) JSON.parse(line);
  });
  return (ms * 1000) / events;
}

export const benchmarks: Benchmark[] = [
  {
    name: 'session: replay per event, and its growth from 1,000 to 80,000 events',
    description:
      'Rebuilds a classroom session (60 delegations) from its record at 1,000, 5,000, 20,000 and 80,000 entries (zod validation, guards, xstate transition per entry); --quick stops at 5,000.',
    quick: true,
    run({ quick }) {
      const made = delegationsScenario(CLASS);
      const sizes = quick ? QUICK_SIZES : SIZES;
      const warm = longRecord(made.scenario, made.seats, sizes[0]!);
      replay(made.scenario, warm.config, warm.log);
      const growth: GrowthPoint[] = sizes.map((events) => {
        const { config, log } = longRecord(made.scenario, made.seats, events);
        const ms = medianOf(RUNS[events] ?? 1, () => replay(made.scenario, config, log));
        return { events, perEventUs: (ms * 1000) / events, floorPerEventUs: parseUs(longSessionFile(made.scenario, made.seats, events), events) };
      });
      const first = growth[0]!;
      const last = growth.at(-1)!;
      const atPerEvent = growth.find((g) => g.events === 20_000) ?? last;
      const words = (n: number) => n.toLocaleString('en');
      return {
        metrics: growth.map((g) => ({ label: `replay of ${words(g.events)} entries, per entry`, value: g.perEventUs, unit: 'µs' })),
        rows: [
          tableRow(
            `replay, per event, at ${words(atPerEvent.events)} events`,
            { what: `replay(), median of ${RUNS[atPerEvent.events] ?? 1}`, value: atPerEvent.perEventUs, unit: 'µs/event' },
            { what: "a trivial xstate machine's transition()", value: trivialMachineUs(atPerEvent.events), unit: 'µs/event' },
            PER_EVENT_GOAL_US,
          ),
          tableRow(
            `replay growth ${growth.map((g) => words(g.events)).join(' → ')} events`,
            { what: `µs/event at ${words(last.events)} over µs/event at ${words(first.events)}`, value: last.perEventUs / first.perEventUs, unit: '×' },
            { what: 'the same for read + JSON.parse', value: last.floorPerEventUs! / first.floorPerEventUs!, unit: '×' },
            { atMost: LINEAR_TOLERANCE, of: 'value', text: `linear (≤ ${LINEAR_TOLERANCE}× the per-event cost at ${words(first.events)})` },
            { growth },
          ),
        ],
      };
    },
  },
];
