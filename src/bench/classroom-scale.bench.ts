import { classroomHost, closeAll, facilitatorClient, joinStudents, LAN_PUSH_GOAL_MS, pushSummary, subscribeAll, timePushes, unsubscribedMoveMs, type PushTimes } from './class-load';
import { delegationsScenario, type DelegationsScenario } from './delegations';
import { memoryOf, stopHost, type HostClient } from './host-process';
import { FACILITATOR } from './long-log';
import { median, percentile, tableRow, type Benchmark, type BenchRow } from './types';

const ASSEMBLY = 193;
const ASSEMBLY_MOVES = 15;
const SESSIONS = 10;
/** Students per concurrent session: a Security Council class. */
const PER_SESSION = 15;
const CONCURRENT_MOVES = 10;
const FLOOR_MOVES = 8;

/** A new classroom session with every seatable state human, brought to negotiation in round 1. */
async function negotiatingSession(chair: HostClient, made: DelegationsScenario, seed: number): Promise<string> {
  const { sessionId } = await chair.ok<{ sessionId: string }>('session.create', { scenarioId: made.id, seed, mode: 'facilitator', humanStates: made.seats, timers: false });
  for (const event of [{ type: 'session.start' }, { type: 'phase.advance' }, { type: 'phase.advance' }]) {
    await chair.ok('session.submit', { sessionId, seatId: FACILITATOR, event });
  }
  return sessionId;
}

const mbText = (pid: number) => {
  const memory = memoryOf(pid);
  return memory ? `host memory ${memory.rss.toFixed(0)} MB (peak ${memory.peak.toFixed(0)} MB)` : 'host memory not available (Linux /proc only)';
};

async function fullAssembly(): Promise<BenchRow> {
  const made = delegationsScenario(ASSEMBLY);
  const { host } = await classroomHost(made, 'assembly');
  const clients: HostClient[] = [];
  try {
    const chair = await facilitatorClient(host.port, host.token);
    clients.push(chair);
    const sessionId = await negotiatingSession(chair, made, 193);
    const students = await joinStudents(host.port, chair, sessionId);
    clients.push(...students);
    const floor = await unsubscribedMoveMs(students, sessionId, FLOOR_MOVES);
    await subscribeAll(students, sessionId);
    const times = await timePushes(students, sessionId, ASSEMBLY_MOVES);
    return tableRow(
      `a full Assembly: one move pushed to ${students.length} human delegates in one session (p99 to every client)`,
      { what: 'send → every delegate has it, p99', value: percentile(times.everyClient, 99), unit: 'ms' },
      { what: 'the same move with nobody subscribed, median', value: floor, unit: 'ms' },
      LAN_PUSH_GOAL_MS,
      { details: [pushSummary(times), mbText(host.child.pid!)] },
    );
  } finally {
    closeAll(clients);
    await stopHost(host);
  }
}

async function concurrentSessions(): Promise<BenchRow> {
  const made = delegationsScenario(60);
  const { host } = await classroomHost(made, 'concurrent');
  const clients: HostClient[] = [];
  try {
    const chair = await facilitatorClient(host.port, host.token);
    clients.push(chair);
    const classes: { sessionId: string; students: HostClient[] }[] = [];
    for (let i = 0; i < SESSIONS; i++) {
      const sessionId = await negotiatingSession(chair, made, 100 + i);
      const students = await joinStudents(host.port, chair, sessionId, PER_SESSION);
      clients.push(...students);
      classes.push({ sessionId, students });
    }
    const floors: number[] = [];
    for (const c of classes) floors.push(await unsubscribedMoveMs(c.students, c.sessionId, FLOOR_MOVES));
    for (const c of classes) await subscribeAll(c.students, c.sessionId);
    // Every class plays at once: each session's moves in turn, the ten sessions side by side.
    const each: PushTimes[] = await Promise.all(classes.map((c) => timePushes(c.students, c.sessionId, CONCURRENT_MOVES)));
    const all: PushTimes = {
      perClient: each.flatMap((t) => t.perClient).sort((a, b) => a - b),
      everyClient: each.flatMap((t) => t.everyClient).sort((a, b) => a - b),
    };
    const p99s = each.map((t) => percentile(t.everyClient, 99));
    return tableRow(
      `${SESSIONS} concurrent sessions on one host, ${PER_SESSION} students each (p99 to every client)`,
      { what: 'send → every student of that session has it, p99 over all sessions', value: percentile(all.everyClient, 99), unit: 'ms' },
      { what: 'the same move with nobody subscribed, one session at a time, median', value: median(floors), unit: 'ms' },
      LAN_PUSH_GOAL_MS,
      { details: [pushSummary(all), `p99 per session from ${Math.min(...p99s).toFixed(0)} to ${Math.max(...p99s).toFixed(0)} ms`, mbText(host.child.pid!)] },
    );
  } finally {
    closeAll(clients);
    await stopHost(host);
  }
}

export const benchmarks: Benchmark[] = [
  {
    name: `classroom at scale: a ${ASSEMBLY}-delegate Assembly, and ${SESSIONS} sessions on one host`,
    description: `The host in its own process (classroom mode, loopback): one session with all ${ASSEMBLY} Member States played by students, then ${SESSIONS} sessions of ${PER_SESSION} students played at once; public statements timed until every subscriber has them.`,
    async run() {
      return { metrics: [], rows: [await fullAssembly(), await concurrentSessions()] };
    },
  },
];
