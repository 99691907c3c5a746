import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { councilMembers } from '../core/scenario/membership';
import { LAN_PUSH_GOAL_MS, timePushes } from './class-load';
import { delegationsScenario, writeScenario } from './delegations';
import { HostClient as Student, memoryOf, startHost } from './host-process';
import { percentile, type Benchmark, type BenchMetric } from './types';

/** Simulated students, each on its own socket with its own seat's code. */
const CLIENTS = 60;
/** The whole run (host start, joins, a full round) must end within this, or it is abandoned. */
const TIME_LIMIT_MS = 90_000;
const TARGET_P99_MS = LAN_PUSH_GOAL_MS.atMost;

async function run(): Promise<{ metrics: BenchMetric[]; notes: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'moot-load-'));
  const scenarios = join(dir, 'scenarios');
  const web = join(dir, 'web');
  mkdirSync(scenarios);
  mkdirSync(web);
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>load</title>');
  const made = delegationsScenario(CLIENTS);
  writeScenario(scenarios, made);
  const { seats: codes, scenario } = made;
  const council = councilMembers(scenario);
  const { child, port, token } = await startHost({ scenarios, web, home: join(dir, 'home'), lan: true });
  const students: Student[] = [];
  try {
    const chair = await Student.open(port, 'facilitator');
    await chair.ok('classroom.auth', { token });
    const meta = await chair.ok<{ sessionId: string }>('session.create', {
      scenarioId: 'classroom-load',
      seed: 11,
      mode: 'facilitator',
      humanStates: codes,
      timers: false,
    });
    const sessionId = meta.sessionId;
    const status = await chair.ok<{ seats: { seatId: string; code: string | null }[] }>(
      'classroom.open',
      { sessionId },
    );
    const control = (event: unknown) =>
      chair.ok('session.submit', { sessionId, seatId: 'facilitator', event });
    const memoryIdle = memoryOf(child.pid!);

    const joinStart = performance.now();
    for (const seat of status.seats.filter((s) => s.code)) {
      const s = await Student.open(port, seat.seatId);
      await s.ok('classroom.join', { code: seat.code });
      await s.ok('session.subscribe', { sessionId, seatId: seat.seatId });
      students.push(s);
    }
    const joinMs = performance.now() - joinStart;
    if (students.length !== CLIENTS)
      throw new Error(`${students.length} clients joined, expected ${CLIENTS}`);

    const roundStart = performance.now();
    await control({ type: 'session.start' });
    await control({ type: 'phase.advance' }); // crisis update
    await control({ type: 'phase.advance' }); // negotiation
    // Latency of a move: from the moment the student sends it to the moment each client (all 60)
    // receives a view that contains it; each student makes one public statement.
    const { perClient, everyClient: allClients } = await timePushes(students, sessionId, students.length);
    await control({ type: 'phase.advance' }); // council
    const sponsor = students.find((s) => s.seat === council[0]!.toLowerCase())!;
    await sponsor.move(sessionId, {
      type: 'draft.table',
      draftId: 'load-draft',
      forum: 'council',
      title: 'Protection of civilians',
      measures: ['condemnation', 'commission-of-inquiry'],
      operativeParagraphs: ['Demands that all parties protect civilians.'],
    });
    await sponsor.move(sessionId, { type: 'vote.open', draftId: 'load-draft' });
    const view = await chair.ok<{
      view: { state: { ballots: { id: string; closedSeq: number | null }[] } };
    }>('session.subscribe', { sessionId, seatId: 'facilitator' });
    const ballot = view.view.state.ballots.find((b) => b.closedSeq === null)!;
    for (const code of council) {
      const s = students.find((x) => x.seat === code.toLowerCase());
      if (s) await s.move(sessionId, { type: 'vote.cast', ballotId: ballot.id, vote: 'yes' });
    }
    await control({ type: 'phase.advance' }); // conduct (the draft passed: no Uniting for Peace)
    for (const s of students) await s.move(sessionId, { type: 'conduct.done' });
    await control({ type: 'phase.advance' }); // round 2
    const roundMs = performance.now() - roundStart;
    const memoryAfter = memoryOf(child.pid!);

    const received = students.reduce((n, s) => n + s.bytes, 0);
    const wire = students.reduce(
      (n, s) =>
        n + ((s.ws as unknown as { _socket?: { bytesRead?: number } })._socket?.bytesRead ?? 0),
      0,
    );
    const metrics: BenchMetric[] = [
      { label: 'clients', value: students.length, unit: 'sockets' },
      { label: 'join 60 clients (code, subscribe)', value: joinMs, unit: 'ms' },
      { label: 'move → a client has it: p50', value: percentile(perClient, 50), unit: 'ms' },
      { label: 'move → a client has it: p99', value: percentile(perClient, 99), unit: 'ms' },
      { label: 'move → every client has it: p50', value: percentile(allClients, 50), unit: 'ms' },
      { label: 'move → every client has it: p99', value: percentile(allClients, 99), unit: 'ms' },
      { label: 'full round (60 statements, vote, 60 conduct)', value: roundMs / 1000, unit: 's' },
      { label: 'received by the 60 clients (views as patches)', value: received / 1e6, unit: 'MB' },
      { label: 'bytes on the wire to the 60 clients', value: wire / 1e6, unit: 'MB' },
    ];
    if (memoryIdle && memoryAfter) {
      metrics.push(
        {
          label: 'host memory, session open, nobody joined (RSS)',
          value: memoryIdle.rss,
          unit: 'MB',
        },
        { label: 'host memory after the round (RSS)', value: memoryAfter.rss, unit: 'MB' },
        { label: 'host memory peak (VmHWM)', value: memoryAfter.peak, unit: 'MB' },
      );
    }
    return {
      metrics,
      notes: [
        `${allClients.length} timed moves (public statements in negotiation); latency is measured from the send, so it includes validation, the guards, the fsync of the journal and one filtered view (sent as a patch from that client's previous view) per client.`,
        `p99 to every client: ${(percentile(allClients, 99) / TARGET_P99_MS).toFixed(2)} of the ${TARGET_P99_MS} ms target.`,
        'Loopback only (127.0.0.1); the host runs in its own process, as in class.',
        ...(memoryAfter
          ? []
          : ['Host memory is read from /proc (Linux only): not available here.']),
      ],
    };
  } finally {
    for (const s of students) s.ws.terminate();
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

export const benchmarks: Benchmark[] = [
  {
    name: `classroom: ${CLIENTS} clients through a full round over the host`,
    description: `${CLIENTS} simulated students (one WebSocket and one join code each, loopback) play a round of a 60-delegation scenario: statements, a Council vote, conduct. Reports how fast an accepted move reaches every client and the host's memory.`,
    async run() {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const limit = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`classroom load run over ${TIME_LIMIT_MS / 1000} s: abandoned`)),
          TIME_LIMIT_MS,
        );
      });
      try {
        return await Promise.race([run(), limit]);
      } finally {
        clearTimeout(timer);
      }
    },
  },
];
