import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeScenario, type DelegationsScenario } from './delegations';
import { HostClient, startHost, type RunningHost } from './host-process';
import { benchFolder } from './long-log';
import { median, percentile } from './types';

/**
 * The bar for a move to reach every client on a classroom LAN, p99 (a benchmark, never
 * asserted); the 60-subscriber rows have the stricter bar of 10 ms at any length.
 */
export const LAN_PUSH_GOAL_MS = { atMost: 250, of: 'value' } as const;

/**
 * A host of its own in classroom mode on loopback, its folder under this run's temporary folder
 * (`name`), with the scenario in its scenarios folder and a stub page for its web folder.
 */
export async function classroomHost(made: DelegationsScenario, name: string): Promise<{ host: RunningHost; dir: string }> {
  const dir = join(benchFolder(), name);
  const scenarios = join(dir, 'scenarios');
  const web = join(dir, 'web');
  mkdirSync(scenarios, { recursive: true });
  mkdirSync(web, { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>bench</title>');
  writeScenario(scenarios, made);
  return { host: await startHost({ scenarios, web, home: join(dir, 'home'), lan: true }), dir };
}

type Status = { seats: { seatId: string; code: string | null }[] };

/** The facilitator's socket in classroom mode, authenticated with the printed token. */
export async function facilitatorClient(port: number, token: string | null): Promise<HostClient> {
  const chair = await HostClient.open(port, 'facilitator');
  await chair.ok('classroom.auth', { token });
  return chair;
}

/** Issues the seats' codes and joins one student per seat (all, or the first `limit`), each unsubscribed. */
export async function joinStudents(port: number, chair: HostClient, sessionId: string, limit = Infinity): Promise<HostClient[]> {
  const status = await chair.ok<Status>('classroom.open', { sessionId });
  const students: HostClient[] = [];
  for (const seat of status.seats.filter((s) => s.code).slice(0, limit)) {
    const student = await HostClient.open(port, seat.seatId);
    await student.ok('classroom.join', { code: seat.code });
    students.push(student);
  }
  return students;
}

export async function subscribeAll(students: readonly HostClient[], sessionId: string): Promise<void> {
  for (const s of students) await s.ok('session.subscribe', { sessionId, seatId: s.seat });
}

export interface PushTimes {
  /** From the send to each client's receiving the move, every client of every move, ascending. */
  perClient: number[];
  /** From the send to the last client's receiving it, one per move, ascending. */
  everyClient: number[];
}

let markers = 0;
function statement(student: HostClient): { marker: string; event: unknown } {
  markers += 1;
  const marker = `mv${markers}x${Date.now().toString(36)}`;
  return { marker, event: { type: 'statement.public', text: `${student.seat.toUpperCase()} (${marker}) calls for the protection of civilians.` } };
}

/**
 * `moves` public statements, taken in turn by the students; each is timed from the moment it is
 * sent to the moment every subscriber has a view that contains it (found by a unique marker).
 */
export async function timePushes(students: readonly HostClient[], sessionId: string, moves: number): Promise<PushTimes> {
  const perClient: number[] = [];
  const everyClient: number[] = [];
  for (let i = 0; i < moves; i++) {
    const mover = students[i % students.length]!;
    const { marker, event } = statement(mover);
    const arrived: number[] = [];
    const start = performance.now();
    const done = new Promise<void>((resolve) => {
      for (const s of students) {
        s.onFrame = (text, at) => {
          if (!text.includes(marker)) return;
          s.onFrame = () => {};
          arrived.push(at - start);
          if (arrived.length === students.length) resolve();
        };
      }
    });
    await mover.move(sessionId, event);
    await done;
    perClient.push(...arrived);
    everyClient.push(Math.max(...arrived));
  }
  perClient.sort((a, b) => a - b);
  everyClient.sort((a, b) => a - b);
  return { perClient, everyClient };
}

/** The floor of a push: the same statement's round trip when nobody is subscribed (median, ms). */
export async function unsubscribedMoveMs(students: readonly HostClient[], sessionId: string, moves: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < moves; i++) {
    const mover = students[i % students.length]!;
    const start = performance.now();
    await mover.move(sessionId, statement(mover).event);
    times.push(performance.now() - start);
  }
  return median(times);
}

export function pushSummary(times: PushTimes): string {
  const f = (x: number) => `${x.toFixed(1)} ms`;
  return `to every client p50 ${f(percentile(times.everyClient, 50))}, p99 ${f(percentile(times.everyClient, 99))}; to a client p50 ${f(percentile(times.perClient, 50))}, p99 ${f(percentile(times.perClient, 99))} (${times.everyClient.length} moves)`;
}

export function closeAll(clients: readonly HostClient[]): void {
  for (const c of clients) c.ws.terminate();
}
