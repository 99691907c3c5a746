import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { everyMemberConfig } from '../core/ai/self-play';
import { councilMembers, membershipCodes } from '../core/scenario/membership';
import { sessionFileHeader, writeSessionFile } from '../host/journal';
import { classroomHost, closeAll, facilitatorClient, joinStudents, pushSummary, subscribeAll, timePushes, unsubscribedMoveMs } from './class-load';
import { delegationsScenario } from './delegations';
import { benchScenario } from './fixtures';
import { bareWsServerMemory, type HostClient, memoryOf, stopHost } from './host-process';
import { benchFolder, FACILITATOR, longSessionFile } from './long-log';
import { median, percentile, tableRow, timedAsync, type Benchmark, type BenchRow } from './types';

const LONG = 20_000;
const SHORT = 1_000;
const CLASS = 60;
const REOPENS = 3;
const PARSE_RUNS = 5;
/** Timed moves at each length (fewer late, where each can take seconds today). */
const TIMED_MOVES: Record<number, number> = { [SHORT]: 12, [LONG]: 8 };
const FLOOR_MOVES = 12;
const AI_HUMANS = 15;
/** Facilitator steps through the first rounds of the AI session, each one AI pass on the host. */
const AI_STEPS = 10;
const REOPEN_GOAL = { atMost: 5, of: 'ratio' } as const;
const PUSH_GOAL_MS = { atMost: 10, of: 'value' } as const;
const MEMORY_GOAL_MB = { atMost: 120, of: 'value' } as const;
const AI_PASS_GOAL_MS = { atMost: 20, of: 'value' } as const;

/** What reopening cannot go below: reading the file and parsing each of its lines as JSON. */
function parseFloorMs(path: string): number {
  const times: number[] = [];
  for (let i = 0; i < PARSE_RUNS; i++) {
    const start = performance.now();
    const lines = readFileSync(path, 'utf8').split('\n');
    for (const line of lines) if (line) JSON.parse(line);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** A session of every Member State, all but fifteen played by the host's AI delegates, not yet started. */
function aiSessionFile(): string {
  const { scenario } = benchScenario();
  const members = membershipCodes(scenario);
  const council = new Set(councilMembers(scenario));
  const briefed = new Set(scenario.states.map((s) => s.code));
  const humans = members.filter((m) => !council.has(m) && !briefed.has(m)).slice(0, AI_HUMANS);
  const config = everyMemberConfig(scenario, members, 1, humans);
  config.seats = config.seats.map((s) => (s.kind === 'facilitator' ? { ...s, id: FACILITATOR } : s));
  const path = join(benchFolder(), 'ai-seats.moot.jsonl');
  writeSessionFile(path, { ...sessionFileHeader(scenario, config), mode: 'facilitator', timers: false } as ReturnType<typeof sessionFileHeader>, []);
  return path;
}

async function pushRows(port: number, chair: HostClient, sessionId: string, events: number): Promise<BenchRow> {
  const students = await joinStudents(port, chair, sessionId, CLASS);
  try {
    const floor = await unsubscribedMoveMs(students, sessionId, FLOOR_MOVES);
    await subscribeAll(students, sessionId);
    const times = await timePushes(students, sessionId, TIMED_MOVES[events] ?? FLOOR_MOVES);
    return tableRow(
      `one move pushed to ${students.length} classroom subscribers, at ${events.toLocaleString('en')} events (p99 to every client)`,
      { what: 'send → every subscriber has it, p99', value: percentile(times.everyClient, 99), unit: 'ms' },
      { what: 'the same move with nobody subscribed, median', value: floor, unit: 'ms' },
      PUSH_GOAL_MS,
      { details: [pushSummary(times)] },
    );
  } finally {
    closeAll(students);
  }
}

export const benchmarks: Benchmark[] = [
  {
    name: 'host: reopen a 20,000-event session, its memory, pushes late in it, an AI pass',
    description:
      'The host in its own process (classroom mode, loopback): session.open of a 20,000-event file, the host memory with it open, one move pushed to 60 subscribers at 1,000 and at 20,000 events, and the AI pass of 178 AI delegates.',
    async run() {
      const made = delegationsScenario(CLASS);
      const longFile = longSessionFile(made.scenario, made.seats, LONG);
      const shortFile = longSessionFile(made.scenario, made.seats, SHORT);
      const parseMs = parseFloorMs(longFile);
      const bareMb = await bareWsServerMemory();
      const { host, dir } = await classroomHost(made, 'host');
      const clients: HostClient[] = [];
      try {
        const copies = Array.from({ length: REOPENS }, (_, i) => {
          const copy = join(dir, `long-${i}.moot.jsonl`);
          copyFileSync(longFile, copy);
          return copy;
        });
        const chair = await facilitatorClient(host.port, host.token);
        clients.push(chair);
        const memoryBefore = memoryOf(host.child.pid!);
        const opens: { value: { sessionId: string }; ms: number }[] = [];
        let memoryOpen: ReturnType<typeof memoryOf> = null;
        for (const copy of copies) {
          opens.push(await timedAsync(() => chair.ok<{ sessionId: string }>('session.open', { file: copy })));
          memoryOpen ??= memoryOf(host.child.pid!);
        }
        const rows: BenchRow[] = [];
        const reopenMs = median(opens.map((o) => o.ms));
        rows.push(
          tableRow(
            `reopen a ${LONG.toLocaleString('en')}-event session (session.open through the host)`,
            { what: `session.open round trip, median of ${REOPENS}`, value: reopenMs, unit: 'ms' },
            { what: 'read + JSON.parse every line', value: parseMs, unit: 'ms' },
            REOPEN_GOAL,
            { details: [`each open: ${opens.map((o) => `${o.ms.toFixed(0)} ms`).join(', ')}`] },
          ),
        );
        if (memoryOpen && bareMb !== null) {
          rows.push(
            tableRow(
              `host memory with a ${LONG.toLocaleString('en')}-event session open`,
              { what: 'host RSS after the first open', value: memoryOpen.rss, unit: 'MB' },
              { what: 'bare Node ws server, one client', value: bareMb, unit: 'MB' },
              MEMORY_GOAL_MB,
              { details: [`host RSS before any session: ${memoryBefore?.rss.toFixed(0)} MB; peak after ${REOPENS} opens: ${memoryOf(host.child.pid!)?.peak.toFixed(0)} MB`] },
            ),
          );
        }
        const short = await chair.ok<{ sessionId: string }>('session.open', { file: shortFile });
        rows.push(await pushRows(host.port, chair, short.sessionId, SHORT));
        rows.push(await pushRows(host.port, chair, opens[0]!.value.sessionId, LONG));

        const ai = await chair.ok<{ sessionId: string }>('session.open', { file: aiSessionFile() });
        const passes: number[] = [];
        for (let step = 0; step < AI_STEPS; step++) {
          const event = step === 0 ? { type: 'session.start' } : { type: 'phase.advance' };
          const { value, ms } = await timedAsync(() => chair.ok<{ ok: boolean }>('session.submit', { sessionId: ai.sessionId, seatId: FACILITATOR, event }));
          if (!value.ok) break;
          passes.push(ms);
        }
        const sorted = [...passes].sort((a, b) => a - b);
        rows.push(
          tableRow(
            `host AI pass (${membershipCodes(benchScenario().scenario).length - AI_HUMANS} AI seats)`,
            { what: 'slowest facilitator step and the AI moves after it', value: sorted.at(-1) ?? NaN, unit: 'ms' },
            null,
            AI_PASS_GOAL_MS,
            { details: [`${passes.length} steps (start, then each phase of the first rounds): median ${median(passes).toFixed(0)} ms; each: ${passes.map((p) => p.toFixed(0)).join(', ')} ms`] },
          ),
        );
        return { metrics: [], rows };
      } finally {
        closeAll(clients);
        await stopHost(host);
      }
    },
  },
];
