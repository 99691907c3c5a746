import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import {
  MAX_MESSAGE_BYTES,
  PROJECTOR_SEAT,
  type ClassroomStatus,
  type SessionUpdate,
} from '../../core/protocol';
import { Host } from '../host';
import { startServer, type RunningServer } from '../server';
import { normalizeCode } from './codes';
import { RATE_LIMIT_BURST, RATE_LIMIT_MAX_REFUSALS } from './rate-limit';
import {
  CLOSE_REPLACED,
  CLOSE_REVOKED,
  CLOSE_TOO_MANY_FAILURES,
  MAX_CODE_FAILURES,
} from './service';

/**
 * Classroom protocol over real sockets: the host with its loopback listener (the facilitator's
 * own browser) and a classroom listener bound to 0.0.0.0, reached through 127.0.0.1 only.
 */

const root = mkdtempSync(join(tmpdir(), 'moot-classroom-'));
const web = join(root, 'web');
const scenariosDir = join(import.meta.dirname, '..', '..', '..', 'scenarios');
beforeAll(() => {
  rmSync(web, { recursive: true, force: true });
  mkdirSync(web, { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>t</title>');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Frame = { text: string; json: unknown };

/** A raw protocol client that keeps every frame it received. */
class Client {
  readonly frames: Frame[] = [];
  private counter = 0;
  private readonly waiting = new Map<string, (reply: Reply) => void>();
  closed: Promise<{ code: number; reason: string }>;

  private constructor(readonly ws: WebSocket) {
    this.closed = new Promise((resolve) =>
      ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    ws.on('message', (data) => {
      const text = data.toString();
      let json: unknown = null;
      try {
        json = JSON.parse(text);
      } catch {
        json = null;
      }
      this.frames.push({ text, json });
      const id = (json as { id?: unknown })?.id;
      if (typeof id === 'string' && this.waiting.has(id)) {
        this.waiting.get(id)!(json as Reply);
        this.waiting.delete(id);
      }
    });
  }

  static open(port: number, hostHeader = `127.0.0.1:${port}`, query = ''): Promise<Client> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/ws${query}`, {
        origin: `http://${hostHeader}`,
        headers: { host: hostHeader },
      });
      const client = new Client(ws);
      ws.once('open', () => resolve(client));
      ws.once('error', reject);
    });
  }

  request(type: string, payload: unknown = {}): Promise<Reply> {
    this.counter += 1;
    const id = `q${this.counter}`;
    return this.raw(JSON.stringify({ id, type, payload }), id);
  }

  /** Sends text as is; resolves with the reply carrying `id`. */
  raw(text: string, id: string): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no reply to ${id}`)), 5000);
      this.waiting.set(id, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      this.ws.send(text);
    });
  }

  async ok<T = unknown>(type: string, payload: unknown = {}): Promise<T> {
    const reply = await this.request(type, payload);
    if (!reply.ok) throw new Error(`${type} failed: ${reply.error.code} ${reply.error.message}`);
    return reply.result as T;
  }

  /** Everything received, as one string (to search for text that must never arrive). */
  get everything(): string {
    return this.frames.map((f) => f.text).join('\n');
  }

  pushes(topic: string): unknown[] {
    return this.frames
      .map((f) => f.json as { type?: string; topic?: string; payload?: unknown })
      .filter((m) => m?.type === 'update' && m.topic === topic)
      .map((m) => m.payload);
  }

  close(): void {
    this.ws.close();
  }
}

type Reply =
  | { id: string; ok: true; result: unknown }
  | { id: string; ok: false; error: { code: string; message: string } };

let counter = 0;
let host: Host;
let local: RunningServer;
let lanPort: number;
let facilitator: Client;
let sessionId: string;
let status: ClassroomStatus;
const clients: Client[] = [];

async function student(code: string): Promise<Client> {
  const c = await Client.open(lanPort);
  clients.push(c);
  await c.ok('classroom.join', { code });
  return c;
}

function codeOf(seatId: string): string {
  const code = status.seats.find((s) => s.seatId === seatId)?.code;
  if (!code) throw new Error(`no code for ${seatId}`);
  return code;
}

/** The session as the host holds it, to compare before and after refused messages. */
function snapshot(): string {
  return JSON.stringify(host.sessions.stateOf(sessionId));
}

let nonce = 0;
function submit(c: Client, seatId: string, event: unknown, extra: Record<string, unknown> = {}) {
  nonce += 1;
  return c.request('session.submit', {
    sessionId,
    seatId,
    event,
    nonce: { client: 'test-client-1', seq: nonce },
    ...extra,
  });
}

beforeEach(async () => {
  counter += 1;
  nonce = 0;
  host = new Host({
    scenariosDir,
    sessionsDir: join(root, `sessions-${counter}`),
    sessionTimers: false,
    appVersion: 'test',
    classroom: {
      listenOnDemand: true,
      port: 0,
      bind: '0.0.0.0',
      webRoot: web,
      addresses: (port) => [
        { interface: 'test0', address: '192.0.2.10', url: `http://192.0.2.10:${port}/` },
      ],
    },
  });
  local = await startServer({ host, webRoot: web, port: 0 });
  facilitator = await Client.open(local.port);
  await facilitator.ok('classroom.auth', { token: host.classroom.facilitatorToken });
  const meta = await facilitator.ok<{ sessionId: string }>('session.create', {
    scenarioId: 'training-kestria',
    seed: 7,
    mode: 'facilitator',
    humanStates: ['FRA', 'RUS', 'GBR', 'USA'],
    timers: false,
  });
  sessionId = meta.sessionId;
  status = await facilitator.ok<ClassroomStatus>('classroom.open', { sessionId });
  lanPort = status.listening!.port;
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  facilitator.close();
  await host.classroom.close();
  await local.close();
  host.sessions.closeAll();
});

describe('opening a session to the classroom', () => {
  it('listens on the network only when asked, and issues one unguessable code per human seat and the projector', async () => {
    expect(status.listening).toMatchObject({
      port: lanPort,
      localUrl: `http://127.0.0.1:${lanPort}/`,
    });
    expect(status.listening!.addresses[0]!.url).toBe(`http://192.0.2.10:${lanPort}/`);
    const human = status.seats.filter((s) => s.kind === 'human');
    expect(human.map((s) => s.seatId).sort()).toEqual(['fra', 'gbr', 'rus', 'usa']);
    const codes = [...human.map((s) => s.code!), status.projector.code!];
    expect(new Set(codes).size).toBe(5);
    for (const code of codes) {
      // 26 base32 characters = 130 bits, shown in groups of four.
      expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
      expect(normalizeCode(code)).toHaveLength(26);
    }
    expect(status.seats.filter((s) => s.kind === 'ai').every((s) => s.code === null)).toBe(true);
    // Opening again keeps the codes and the listener.
    const again = await facilitator.ok<ClassroomStatus>('classroom.open', { sessionId });
    expect(again.seats.map((s) => s.code)).toEqual(status.seats.map((s) => s.code));
    expect(again.listening!.port).toBe(lanPort);
  });

  it('hands the delegations the facilitator picks to students when it opens', async () => {
    expect(status.seats.find((s) => s.seatId === 'chn')).toMatchObject({ kind: 'ai', code: null });
    status = await facilitator.ok<ClassroomStatus>('classroom.open', {
      sessionId,
      seats: ['chn', 'bra'],
    });
    for (const id of ['chn', 'bra']) {
      expect(status.seats.find((s) => s.seatId === id)).toMatchObject({ kind: 'human' });
      expect(codeOf(id)).toBeTruthy();
    }
    const refused = await facilitator.request('classroom.open', { sessionId, seats: ['zzz'] });
    expect(refused.ok).toBe(false);
  });

  it('a network client that has shown no code may do nothing but join', async () => {
    const before = snapshot();
    const stranger = await Client.open(lanPort);
    clients.push(stranger);
    expect((await stranger.ok<{ protocolVersion: number }>('host.info')).protocolVersion).toBe(1);
    for (const [type, payload] of [
      ['scenarios.list', {}],
      [
        'session.create',
        { scenarioId: 'training-kestria', seed: 1, mode: 'solo', humanStates: ['FRA'] },
      ],
      ['session.subscribe', { sessionId, seatId: 'fra' }],
      [
        'session.submit',
        {
          sessionId,
          seatId: 'facilitator',
          event: { type: 'session.start' },
          nonce: { client: 'abcdefgh', seq: 1 },
        },
      ],
      ['classroom.status', { sessionId }],
      ['classroom.open', { sessionId }],
      ['classroom.projector', { sessionId }],
      ['session.recent', {}],
    ] as const) {
      const reply = await stranger.request(type, payload);
      expect(reply.ok, type).toBe(false);
      if (!reply.ok) expect(reply.error.code, type).toBe('forbidden');
    }
    expect(snapshot()).toBe(before);
  });
});

describe('a student seat', () => {
  it('joins with its code, sees only its own seat and can act only as it', async () => {
    await facilitator.ok('session.submit', {
      sessionId,
      seatId: 'facilitator',
      event: { type: 'session.start' },
    });
    const fra = await student(codeOf('fra'));
    const meta = await fra.ok<{ localSeats: string[] }>('session.info', { sessionId });
    expect(meta.localSeats).toEqual(['fra']);
    const update = await fra.ok<SessionUpdate>('session.subscribe', { sessionId, seatId: 'fra' });
    expect(update.view.viewer).toEqual({ kind: 'seat', seatId: 'fra', state: 'FRA' });
    // Only France's brief crosses the wire.
    const briefs = update.view.scenario.states
      .filter((s) => 'brief' in s && s.brief)
      .map((s) => s.code);
    expect(briefs).toEqual(['FRA']);

    const before = snapshot();
    const refusals = [
      await fra.request('session.subscribe', { sessionId, seatId: 'rus' }),
      await fra.request('session.allowed', { sessionId, seatId: 'facilitator' }),
      await submit(fra, 'rus', { type: 'statement.public', text: 'Russia agrees with France.' }),
      await submit(fra, 'facilitator', { type: 'phase.advance' }),
      await submit(
        fra,
        'fra',
        { type: 'statement.public', text: 'For Russia' },
        { actingFor: 'rus' },
      ),
      await fra.request('classroom.status', { sessionId }),
      await fra.request('classroom.issue', { sessionId, seatId: 'fra' }),
      await fra.request('session.saveAs', { sessionId, file: 'stolen' }),
      await fra.request('scenario.get', { id: 'syria-2011-2013' }),
      // The teaching notes and expected findings are the facilitator's, even of the seat's own scenario.
      await fra.request('scenario.teachingNotes', { id: 'training-kestria' }),
    ];
    for (const reply of refusals) {
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(reply.error.code).toBe('forbidden');
    }
    expect(fra.everything).not.toContain('expectedFindings');
    const notes = await facilitator.ok<{ notes: { expectedFindings: unknown[] } }>('scenario.teachingNotes', { id: 'training-kestria' });
    expect(notes.notes.expectedFindings.length).toBeGreaterThan(0);
    // Without a command number: refused.
    const unnumbered = await fra.request('session.submit', {
      sessionId,
      seatId: 'fra',
      event: { type: 'statement.public', text: 'x' },
    });
    expect(unnumbered.ok).toBe(false);
    // Its own seat, but the phase guard says no: a reason, nothing changes.
    const early = await submit(fra, 'fra', { type: 'conduct.done' });
    expect(early).toMatchObject({ ok: true, result: { ok: false } });
    expect((early as { result: { reason: string } }).result.reason.length).toBeGreaterThan(5);
    expect(snapshot()).toBe(before);
    // Every view this connection ever received is France's.
    for (const push of fra.pushes(`session:${sessionId}`) as SessionUpdate[]) {
      expect(push.view.viewer).toEqual({ kind: 'seat', seatId: 'fra', state: 'FRA' });
    }
  });

  it("refuses another session's code, a revoked code, and after several wrong codes closes the connection", async () => {
    const other = await facilitator.ok<{ sessionId: string }>('session.create', {
      scenarioId: 'training-kestria',
      seed: 8,
      mode: 'facilitator',
      humanStates: ['CHN'],
      timers: false,
    });
    const otherStatus = await facilitator.ok<ClassroomStatus>('classroom.open', {
      sessionId: other.sessionId,
    });
    const chn = await student(otherStatus.seats.find((s) => s.seatId === 'chn')!.code!);
    const cross = await chn.request('session.subscribe', { sessionId, seatId: 'chn' });
    expect(cross.ok).toBe(false);

    const revokedCode = codeOf('usa');
    await facilitator.ok('classroom.revoke', { sessionId, seatId: 'usa' });
    const guesser = await Client.open(lanPort);
    clients.push(guesser);
    const revoked = await guesser.request('classroom.join', { code: revokedCode });
    expect(revoked.ok).toBe(false);
    for (let i = 1; i < MAX_CODE_FAILURES; i += 1) {
      await guesser.request('classroom.join', { code: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG' });
    }
    expect((await guesser.closed).code).toBe(CLOSE_TOO_MANY_FAILURES);
  });

  it('a revoked code disconnects its client; a new code works; a second device with the same code takes over', async () => {
    const gbr = await student(codeOf('gbr'));
    const second = await student(codeOf('gbr'));
    expect((await gbr.closed).code).toBe(CLOSE_REPLACED);
    status = await facilitator.ok<ClassroomStatus>('classroom.issue', { sessionId, seatId: 'gbr' });
    expect((await second.closed).code).toBe(CLOSE_REVOKED);
    const third = await student(codeOf('gbr'));
    expect(
      (await third.ok<SessionUpdate>('session.subscribe', { sessionId, seatId: 'gbr' })).seatId,
    ).toBe('gbr');
  });

  it('the facilitator hands a seat to the AI (seat.assign) and back to a new student', async () => {
    const usa = await student(codeOf('usa'));
    status = await facilitator.ok<ClassroomStatus>('classroom.revoke', {
      sessionId,
      seatId: 'usa',
      toAi: true,
    });
    expect((await usa.closed).code).toBe(CLOSE_REVOKED);
    expect(status.seats.find((s) => s.seatId === 'usa')).toMatchObject({
      kind: 'ai',
      code: null,
      connected: false,
    });
    const log = host.sessions.stateOf(sessionId).log;
    expect(log.at(-1)).toMatchObject({
      by: 'facilitator',
      event: { type: 'seat.assign', seatId: 'usa', kind: 'ai' },
    });
    status = await facilitator.ok<ClassroomStatus>('classroom.issue', { sessionId, seatId: 'usa' });
    expect(status.seats.find((s) => s.seatId === 'usa')).toMatchObject({ kind: 'human' });
    expect(codeOf('usa')).toBeTruthy();
  });
});

describe('replay protection', () => {
  it('a resent command returns its original result and is applied once; old or reused numbers are refused', async () => {
    await facilitator.ok('session.submit', {
      sessionId,
      seatId: 'facilitator',
      event: { type: 'session.start' },
    });
    for (let i = 0; i < 2; i += 1) {
      await facilitator.ok('session.submit', {
        sessionId,
        seatId: 'facilitator',
        event: { type: 'phase.advance' },
      });
    }
    expect(host.sessions.stateOf(sessionId).phase).toBe('negotiation');
    const fra = await student(codeOf('fra'));
    const frame = (id: string, seq: number, text: string) =>
      JSON.stringify({
        id,
        type: 'session.submit',
        payload: {
          sessionId,
          seatId: 'fra',
          event: { type: 'statement.public', text },
          nonce: { client: 'tab-aaaa', seq },
        },
      });
    const first = await fra.raw(frame('a1', 1, 'France calls for restraint.'), 'a1');
    expect(first).toMatchObject({ ok: true, result: { ok: true } });
    const length = host.sessions.stateOf(sessionId).log.length;
    const before = snapshot();

    // The same frame again (a replay): the original result, nothing applied.
    const replayed = await fra.raw(frame('a2', 1, 'France calls for restraint.'), 'a2');
    expect(replayed).toMatchObject({ ok: true, result: (first as { result: unknown }).result });
    // The same number with another command: refused.
    const reused = await fra.raw(frame('a3', 1, 'Something else.'), 'a3');
    expect(reused).toMatchObject({ ok: true, result: { ok: false } });
    expect(snapshot()).toBe(before);

    // After a reconnection with the same code, a resend is still recognised.
    fra.close();
    await fra.closed;
    const again = await student(codeOf('fra'));
    const resent = await again.raw(frame('b1', 1, 'France calls for restraint.'), 'b1');
    expect(resent).toMatchObject({ ok: true, result: (first as { result: unknown }).result });
    expect(host.sessions.stateOf(sessionId).log.length).toBe(length);

    // Newer numbers go through; an older one afterwards is refused.
    expect(await again.raw(frame('b2', 3, 'Second statement.'), 'b2')).toMatchObject({
      result: { ok: true },
    });
    const stale = await again.raw(frame('b3', 2, 'Late statement.'), 'b3');
    expect(stale).toMatchObject({ ok: true, result: { ok: false } });
    expect(host.sessions.stateOf(sessionId).log.length).toBe(length + 1);
  });
});

describe('malformed, oversized and flooding clients', () => {
  it('malformed frames get a reason and change nothing', async () => {
    const fra = await student(codeOf('fra'));
    const before = snapshot();
    const replies: Reply[] = [];
    const next = () =>
      new Promise<Reply>((resolve) => {
        const n = fra.frames.length;
        const tick = () =>
          fra.frames.length > n ? resolve(fra.frames[n]!.json as Reply) : setTimeout(tick, 5);
        tick();
      });
    for (const text of [
      'not json',
      '[1,2,3]',
      '{"id":"x"}',
      '{"id":"y","type":"no.such","payload":{}}',
      'null',
    ]) {
      const reply = next();
      fra.ws.send(text);
      replies.push(await reply);
    }
    const binary = next();
    fra.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    replies.push(await binary);
    replies.push(
      await fra.request('session.submit', {
        sessionId,
        seatId: 'fra',
        event: { type: 'vote.cast' },
        nonce: { client: 'tab-aaaa', seq: 1 },
      }),
    );
    replies.push(
      await fra.request('session.submit', {
        sessionId,
        seatId: 'fra',
        event: { type: 'statement.public', text: 'x'.repeat(5000) },
        nonce: { client: 'tab-aaaa', seq: 2 },
      }),
    );
    replies.push(await fra.request('classroom.join', { code: '<script>' }));
    for (const reply of replies) {
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(['bad-request', 'unknown-type']).toContain(reply.error.code);
    }
    expect(snapshot()).toBe(before);
  });

  it('a frame over MAX_MESSAGE_BYTES closes the connection (1009) unread', async () => {
    const fra = await student(codeOf('fra'));
    const before = snapshot();
    const text = JSON.stringify({
      id: 'big',
      type: 'session.submit',
      payload: {
        sessionId,
        seatId: 'fra',
        event: { type: 'statement.public', text: 'x'.repeat(MAX_MESSAGE_BYTES) },
        nonce: { client: 'tab-aaaa', seq: 1 },
      },
    });
    fra.ws.send(text);
    expect((await fra.closed).code).toBe(1009);
    expect(snapshot()).toBe(before);
  });

  it('a flood is refused beyond the burst and finally disconnected; nothing changes', async () => {
    const rus = await student(codeOf('rus'));
    const before = snapshot();
    for (let i = 0; i < 400; i += 1) {
      rus.ws.send(
        JSON.stringify({
          id: `f${i}`,
          type: 'session.subscribe',
          payload: { sessionId, seatId: 'fra' },
        }),
      );
    }
    const { code } = await rus.closed;
    expect(code).toBe(1008);
    const replies = rus.frames
      .map((f) => f.json as Reply)
      .filter((r) => r.id === '' || r.id.startsWith('f'));
    const limited = replies.filter((r) => !r.ok && r.error.code === 'rate-limited');
    const forbidden = replies.filter((r) => !r.ok && r.error.code === 'forbidden');
    expect(limited.length).toBeGreaterThan(100);
    expect(forbidden.length).toBeLessThanOrEqual(RATE_LIMIT_BURST + 2);
    expect(replies.every((r) => !r.ok)).toBe(true);
    expect(snapshot()).toBe(before);
  });
});

describe('what crosses the wire', () => {
  it('a bilateral channel reaches its two parties only; the projector sees the public record', async () => {
    await facilitator.ok('session.submit', {
      sessionId,
      seatId: 'facilitator',
      event: { type: 'session.start' },
    });
    const fra = await student(codeOf('fra'));
    const gbr = await student(codeOf('gbr'));
    const rus = await student(codeOf('rus'));
    const projector = await student(status.projector.code!);
    for (const [c, seat] of [
      [fra, 'fra'],
      [gbr, 'gbr'],
      [rus, 'rus'],
    ] as const) {
      await c.ok('session.subscribe', { sessionId, seatId: seat });
    }
    const shown = await projector.ok<SessionUpdate>('classroom.projector', { sessionId });
    expect(shown.view.viewer).toEqual({ kind: 'projector' });
    expect(shown.view.scenario.states.some((s) => 'brief' in s && s.brief)).toBe(false);
    expect((await projector.request('session.subscribe', { sessionId, seatId: 'fra' })).ok).toBe(
      false,
    );
    expect(
      (await submit(projector, PROJECTOR_SEAT, { type: 'statement.public', text: 'x' })).ok,
    ).toBe(false);

    for (let i = 0; i < 2; i += 1) {
      await facilitator.ok('session.submit', {
        sessionId,
        seatId: 'facilitator',
        event: { type: 'phase.advance' },
      });
    }
    const secret = 'Zebra-7: we will abstain if you drop paragraph 4.';
    expect(
      await submit(fra, 'fra', { type: 'message.private', to: 'GBR', text: secret }),
    ).toMatchObject({ result: { ok: true } });
    const publicText = 'France calls on all parties to protect civilians in the Tarn.';
    expect(await submit(fra, 'fra', { type: 'statement.public', text: publicText })).toMatchObject({
      result: { ok: true },
    });
    await new Promise((r) => setTimeout(r, 100));

    expect(gbr.everything).toContain(secret);
    expect(fra.everything).toContain(secret);
    expect(rus.everything).not.toContain(secret);
    expect(rus.everything).not.toContain('Zebra');
    expect(projector.everything).not.toContain('Zebra');
    for (const c of [gbr, rus, projector]) expect(c.everything).toContain(publicText);
    // No other delegation's brief ever reached Russia or the projector.
    const frBrief = host.sessions.scenarioOf(sessionId).states.find((s) => s.code === 'FRA')!.brief!
      .summary;
    expect(rus.everything).not.toContain(frBrief.slice(0, 60));
    expect(projector.everything).not.toContain(frBrief.slice(0, 60));
    expect(fra.everything).toContain(JSON.stringify(frBrief).slice(1, 60));
  });

  it('a client that asks for patches gets each view as a diff from its own previous view, and rebuilds it exactly', async () => {
    await facilitator.ok('session.submit', {
      sessionId,
      seatId: 'facilitator',
      event: { type: 'session.start' },
    });
    const fra = await Client.open(lanPort, `127.0.0.1:${lanPort}`, '?patch=1');
    clients.push(fra);
    await fra.ok('classroom.join', { code: codeOf('fra') });
    await fra.ok('session.subscribe', { sessionId, seatId: 'fra' });
    for (let i = 0; i < 2; i += 1) {
      await facilitator.ok('session.submit', {
        sessionId,
        seatId: 'facilitator',
        event: { type: 'phase.advance' },
      });
    }
    const gbr = await student(codeOf('gbr'));
    await gbr.ok('session.subscribe', { sessionId, seatId: 'gbr' });
    const secret = 'Heron-12: a private word for France only.';
    await submit(gbr, 'gbr', { type: 'message.private', to: 'RUS', text: secret });
    for (let i = 0; i < 3; i += 1) {
      await submit(fra, 'fra', { type: 'statement.public', text: `France, statement ${i}.` });
    }
    await new Promise((r) => setTimeout(r, 100));
    // Rebuild France's view from the first whole update and the patches after it.
    const { applyPatch } = await import('../../core/shared/json-patch');
    let view: SessionUpdate | null = null;
    let version = 0;
    const patchSizes: number[] = [];
    for (const frame of fra.frames) {
      const m = frame.json as {
        type?: string;
        topic?: string;
        payload?: SessionUpdate;
        version?: number;
        base?: number;
        ops?: never[];
      };
      if (m.topic !== `session:${sessionId}`) continue;
      if (m.type === 'update') {
        view = m.payload!;
        version = m.version!;
      } else if (m.type === 'patch') {
        expect(m.base).toBe(version);
        view = applyPatch(view!, m.ops!);
        version = m.version!;
        patchSizes.push(frame.text.length);
      }
    }
    expect(patchSizes.length).toBeGreaterThanOrEqual(3);
    const fresh = await fra.ok<SessionUpdate>('session.subscribe', { sessionId, seatId: 'fra' });
    // A statement's patch is a small fraction of the whole view.
    for (const size of patchSizes.slice(-3))
      expect(size * 10).toBeLessThan(JSON.stringify(fresh).length);
    expect({ ...view!, now: '' }).toEqual({ ...fresh, now: '' });
    expect(fra.everything).not.toContain('Heron-12');
  });

  it('the facilitator watching the room sees who is connected and who has acted', async () => {
    await facilitator.ok('classroom.status', { sessionId, watch: true });
    await facilitator.ok('session.submit', {
      sessionId,
      seatId: 'facilitator',
      event: { type: 'session.start' },
    });
    for (let i = 0; i < 2; i += 1) {
      await facilitator.ok('session.submit', {
        sessionId,
        seatId: 'facilitator',
        event: { type: 'phase.advance' },
      });
    }
    const fra = await student(codeOf('fra'));
    await submit(fra, 'fra', { type: 'statement.public', text: 'France speaks.' });
    await new Promise((r) => setTimeout(r, 50));
    let latest = facilitator.pushes(`classroom:${sessionId}`).at(-1) as ClassroomStatus;
    expect(latest.seats.find((s) => s.seatId === 'fra')).toMatchObject({
      connected: true,
      acted: true,
    });
    expect(latest.seats.find((s) => s.seatId === 'rus')).toMatchObject({
      connected: false,
      acted: false,
    });
    fra.close();
    await fra.closed;
    await new Promise((r) => setTimeout(r, 50));
    latest = facilitator.pushes(`classroom:${sessionId}`).at(-1) as ClassroomStatus;
    expect(latest.seats.find((s) => s.seatId === 'fra')).toMatchObject({ connected: false });
    expect(latest.seats.find((s) => s.seatId === 'fra')!.lastSeenAt).not.toBeNull();
  });
});

describe('who may open the classroom', () => {
  it('a browser on this computer without the facilitator code may not open, see or hand out codes', async () => {
    const nearby = await Client.open(local.port);
    clients.push(nearby);
    for (const [type, payload] of [
      ['classroom.open', { sessionId }],
      ['classroom.status', { sessionId }],
      ['classroom.issue', { sessionId, seatId: 'fra' }],
      ['classroom.revoke', { sessionId, seatId: 'fra' }],
      ['classroom.close', {}],
    ] as const) {
      expect(await nearby.request(type, payload)).toMatchObject({
        ok: false,
        error: {
          code: 'forbidden',
          message: expect.stringContaining('open the facilitator link the host printed'),
        },
      });
    }
    expect(nearby.everything).not.toContain(codeOf('fra'));
  });

  it('a host not allowed to listen on demand never opens itself to the network', async () => {
    const closed = new Host({
      scenariosDir,
      sessionsDir: join(root, `closed-${counter}`),
      sessionTimers: false,
      appVersion: 'test',
      classroom: { port: 0, webRoot: web },
    });
    const desktop = { transport: 'ipc' as const, connection: 'window:1' };
    const created = (await closed.handle(
      {
        id: '1',
        type: 'session.create',
        payload: {
          scenarioId: 'training-kestria',
          seed: 7,
          mode: 'facilitator',
          humanStates: ['FRA'],
          timers: false,
        },
      },
      desktop,
    )) as { ok: true; result: { sessionId: string } };
    const reply = await closed.handle(
      { id: '2', type: 'classroom.open', payload: { sessionId: created.result.sessionId } },
      desktop,
    );
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'forbidden',
        message: expect.stringContaining('restart it with "npm run host -- --lan"'),
      },
    });
    // Browser mode without --lan: the browser on this computer is told how to run a class.
    const loopback = await startServer({ host: closed, webRoot: web, port: 0 });
    const browser = await Client.open(loopback.port);
    clients.push(browser);
    expect(
      await browser.request('classroom.open', { sessionId: created.result.sessionId }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'forbidden',
        message: expect.stringContaining('restart it with "npm run host -- --lan"'),
      },
    });
    expect(closed.classroom.listening).toBeNull();
    browser.close();
    await loopback.close();
    closed.sessions.closeAll();
  });
});

describe('when a session closes', () => {
  it('its codes stop working, their holders are disconnected, and nothing of its room is kept', async () => {
    const fra = await student(codeOf('fra'));
    await submit(fra, 'fra', { type: 'statement.public', text: 'x' });
    expect(host.classroom.held.replayHolders).toBeGreaterThan(0);
    const fraCode = codeOf('fra');
    host.sessions.close(sessionId);
    expect((await fra.closed).code).toBe(CLOSE_REVOKED);
    expect(host.classroom.held).toEqual({ codes: 0, replayHolders: 0 });
    const late = await Client.open(lanPort);
    clients.push(late);
    expect(await late.request('classroom.join', { code: fraCode })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('a flooding client whose move was applied', () => {
  it('still receives the reply to that move before it is disconnected', async () => {
    const fra = await student(codeOf('fra'));
    await facilitator.ok('session.submit', {
      sessionId,
      seatId: 'facilitator',
      event: { type: 'session.start' },
    });
    for (let i = 0; i < 2; i += 1)
      await facilitator.ok('session.submit', {
        sessionId,
        seatId: 'facilitator',
        event: { type: 'phase.advance' },
      });
    // The move is applied at once; its reply is held back until the flood has been refused.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const handle = host.handle.bind(host);
    host.handle = async (message, context) => {
      const reply = await handle(message, context);
      if ((message as { type?: string }).type === 'session.submit') await held;
      return reply;
    };
    const moved = submit(fra, 'fra', {
      type: 'statement.public',
      text: 'France speaks once, then floods.',
    });
    // Many more than the limit: tokens that come back while the host is busy break a run of refusals.
    for (let i = 0; i < 10 * (RATE_LIMIT_BURST + RATE_LIMIT_MAX_REFUSALS); i += 1) {
      fra.ws.send(JSON.stringify({ id: `f${i}`, type: 'host.info', payload: {} }));
    }
    // The host closes after RATE_LIMIT_MAX_REFUSALS refusals in a row: wait for the refusals before that.
    const refused = () =>
      fra.frames.filter(
        (f) => (f.json as { error?: { code?: string } } | null)?.error?.code === 'rate-limited',
      ).length;
    await vi.waitFor(() => expect(refused()).toBeGreaterThanOrEqual(RATE_LIMIT_MAX_REFUSALS - 1), {
      timeout: 20_000,
    });
    expect(host.sessions.stateOf(sessionId).statements.at(-1)?.text).toBe(
      'France speaks once, then floods.',
    );
    release();
    expect(await moved).toMatchObject({ ok: true, result: { ok: true } });
    expect((await fra.closed).code).toBe(1008);
  });
});

describe('the facilitator on the network', () => {
  it('needs the facilitator code; loopback alone is not enough, and a rebinding host name is a stranger', async () => {
    const onLan = await Client.open(lanPort);
    clients.push(onLan);
    expect((await onLan.request('scenarios.list')).ok).toBe(false);
    expect(
      (await onLan.request('classroom.auth', { token: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG' })).ok,
    ).toBe(false);
    await onLan.ok('classroom.auth', { token: host.classroom.facilitatorToken.toLowerCase() });
    expect((await onLan.request('scenarios.list')).ok).toBe(true);
    expect((await onLan.request('classroom.status', { sessionId })).ok).toBe(true);

    // The loopback listener trusts this machine only under a loopback name (DNS rebinding).
    const rebound = await Client.open(local.port, `evil.example:${local.port}`);
    clients.push(rebound);
    const reply = await rebound.request('scenarios.list');
    expect(reply.ok).toBe(false);
  });

  it('closing the classroom disconnects network clients; codes keep working when it reopens', async () => {
    const fra = await student(codeOf('fra'));
    await facilitator.ok('classroom.close');
    await fra.closed;
    status = await facilitator.ok<ClassroomStatus>('classroom.open', { sessionId });
    lanPort = status.listening!.port;
    const back = await student(codeOf('fra'));
    expect(
      (await back.ok<SessionUpdate>('session.subscribe', { sessionId, seatId: 'fra' })).seatId,
    ).toBe('fra');
  });
});
