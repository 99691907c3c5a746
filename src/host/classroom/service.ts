import { createHash, timingSafeEqual } from 'node:crypto';
import {
  ProtocolError,
  sessionTopic,
  type ParsedPayload,
  type Push,
  type SessionUpdate,
  type ValidatedRequest,
} from '../../core/protocol';
import {
  PROJECTOR_SEAT,
  classroomTopic,
  type ClassroomJoinResult,
  type ClassroomSeat,
  type ClassroomStatus,
  type LanAddress,
} from '../../core/protocol/classroom';
import { stateName } from '../../core/scenario/membership';
import { HOST_CONNECTION, type SessionService } from '../sessions';
import {
  CodeBook,
  CodeBookFullError,
  newCode,
  normalizeCode,
  type CodeEntry,
  type CodeRole,
} from './codes';
import { LAN_BIND, LAN_DEFAULT_PORT, reachableAddresses } from './network';
import { ReplayError, ReplayGuard } from './replay';

/** WebSocket close codes the host uses on purpose; a client must not reconnect by itself after one. */
export const CLOSE_REVOKED = 4001;
export const CLOSE_REPLACED = 4002;
export const CLOSE_TOO_MANY_FAILURES = 4003;
export const CLOSE_LISTENER_CLOSED = 4004;
/** Wrong codes a connection may try before it is disconnected (codes are 130 bits: guessing is hopeless anyway). */
export const MAX_CODE_FAILURES = 5;

/** Why a host started for this computer only does not open a classroom. */
const LOOPBACK_ONLY =
  'This host was started for this computer only, so it does not open itself to the network. To run a class, restart it with "npm run host -- --lan" and open the facilitator link it prints (docs/classroom.md).';

/** The seat every connection acting as the facilitator sends as. */
const FACILITATOR_SEAT = 'facilitator';
/** The service's own connection id when it acts as the facilitator (seat.assign). */
const SERVICE_CONNECTION = HOST_CONNECTION;

/** What a transport tells the service about one of its connections. */
export interface AttachedConnection {
  /** Arrived on a listener open to the local network: trusted with nothing until it shows a code. */
  lan: boolean;
  /** Closes the connection with a WebSocket close code and reason. */
  close: (code: number, reason: string) => void;
}

interface Binding {
  role: 'seat' | 'projector' | 'facilitator';
  entry: CodeEntry | null;
  sessionId: string | null;
  seatId: string | null;
}

interface ConnectionRecord extends AttachedConnection {
  binding: Binding | null;
  failures: number;
}

/** A running listener (see startServer). */
export interface Listener {
  port: number;
  /** The address it is bound to (default 0.0.0.0: every interface). */
  bind?: string;
  close(): Promise<void>;
}

export interface ClassroomOptions {
  sessions: SessionService;
  send: (connection: string, push: Push) => void;
  /**
   * Starts a listener open to the network when the facilitator opens the classroom. Given only
   * where opening on demand is allowed (the desktop app's Open to classroom); without it the host
   * never listens beyond what it was started with (browser mode: `--lan` listens from the start).
   */
  listen?: (port: number, bind: string) => Promise<Listener>;
  /** Port tried first when opening on demand (default 5318; 0 picks a free one). */
  lanPort?: number;
  /** Address bound when opening on demand (default 0.0.0.0). */
  lanBind?: string;
  clock?: () => Date;
  /** The addresses students reach the listener at (tests pass their own). */
  addresses?: (port: number) => LanAddress[];
}

type SeatRequest = Extract<ValidatedRequest, { payload: { sessionId: string } }>;

/** Requests a network connection may send before it shows a code. */
const OPEN_REQUESTS: ReadonlySet<string> = new Set([
  'host.info',
  'classroom.join',
  'classroom.auth',
]);
/** Requests a student's connection may send, for its own session (and seat). */
const SEAT_REQUESTS: ReadonlySet<string> = new Set([
  'session.info',
  'session.subscribe',
  'session.unsubscribe',
  'session.allowed',
  'session.report',
  'session.whatIf',
  'session.compare',
  'session.submit',
  'scenario.get',
  'classroom.projector',
]);
/** Requests the projector's connection may send, for its session. */
const PROJECTOR_REQUESTS: ReadonlySet<string> = new Set([
  'session.info',
  'session.unsubscribe',
  'classroom.projector',
]);
/**
 * Requests that run the classroom (open it to the network, see and hand out codes, close it):
 * the facilitator's only, i.e. the desktop window or a browser that showed the facilitator code.
 * A browser on this computer without the code is not enough: any program on the machine can
 * open a socket to the loopback listener.
 */
const FACILITATOR_REQUESTS: ReadonlySet<string> = new Set([
  'classroom.open',
  'classroom.close',
  'classroom.status',
  'classroom.issue',
  'classroom.revoke',
]);

/**
 * Classroom mode on the host: join codes per seat, who each network connection is (a student's
 * seat, the projector, the facilitator, or nobody yet), what it may send, replay protection for
 * commands, presence per seat for the facilitator console, the projector's pushes, and the
 * listener open to the local network. Transports attach their connections; IPC connections and
 * connections on the loopback-only listener are the local user's and are not restricted here.
 */
export class ClassroomService {
  private readonly codes: CodeBook;
  private readonly connections = new Map<string, ConnectionRecord>();
  private readonly replay: ReplayGuard<unknown>;
  /** sessionId -> facilitator connections watching the room. */
  private readonly watchers = new Map<string, Set<string>>();
  /** sessionId -> connections showing the projector view. */
  private readonly projectors = new Map<string, Set<string>>();
  /** `${sessionId}\u0000${seatId}` -> last activity (ISO). */
  private readonly lastSeen = new Map<string, string>();
  /** sessionId -> last status pushed (without the clock), to push only changes. */
  private readonly lastPushed = new Map<string, string>();
  private readonly clock: () => Date;
  private readonly tokenDigest: Buffer;
  private listener: Listener | null = null;
  /** The listener was started by the CLI (`--lan`), not by classroom.open: classroom.close keeps it. */
  private listenerFixed = false;
  private opening: Promise<Listener> | null = null;

  /** The facilitator's code for browser mode on the network (printed on the host's terminal). */
  readonly facilitatorToken: string;

  constructor(private readonly options: ClassroomOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.codes = new CodeBook(this.clock);
    this.replay = new ReplayGuard<unknown>(() => this.clock().getTime());
    this.facilitatorToken = newCode();
    this.tokenDigest = digest(normalizeCode(this.facilitatorToken)!);
  }

  // -------------------------------------------------------------------------------------------
  // Connections

  /** A transport's connection opened; returns the function to call when it closes. */
  attach(connection: string, attached: AttachedConnection): () => void {
    this.connections.set(connection, { ...attached, binding: null, failures: 0 });
    return () => this.detach(connection);
  }

  private detach(connection: string): void {
    const record = this.connections.get(connection);
    this.connections.delete(connection);
    for (const set of this.watchers.values()) set.delete(connection);
    for (const set of this.projectors.values()) set.delete(connection);
    const binding = record?.binding;
    if (binding?.sessionId && binding.seatId) {
      this.lastSeen.set(seatKey(binding.sessionId, binding.seatId), this.now());
      this.pushStatus(binding.sessionId);
    }
  }

  /** Whether a connection is restricted (arrived from the network) and has no facilitator rights. */
  private restricted(connection: string): ConnectionRecord | null {
    const record = this.connections.get(connection);
    if (!record || !record.lan || record.binding?.role === 'facilitator') return null;
    return record;
  }

  /**
   * Whether a connection may send a request; null when it may, else the reason. Checks the
   * connection's role and, for a student, that the session and seat named are its own.
   */
  authorize(connection: string, request: ValidatedRequest): ProtocolError | null {
    const attached = this.connections.get(connection);
    if (
      FACILITATOR_REQUESTS.has(request.type) &&
      attached &&
      attached.binding?.role !== 'facilitator'
    ) {
      if (attached.lan && !attached.binding)
        return new ProtocolError('forbidden', 'Enter your join code first.');
      if (!this.listener && !this.options.listen)
        return new ProtocolError('forbidden', LOOPBACK_ONLY);
      return new ProtocolError(
        'forbidden',
        'Only the facilitator runs the classroom: open the facilitator link the host printed (it carries the facilitator code).',
      );
    }
    const record = this.restricted(connection);
    if (!record) return null;
    const { type } = request;
    if (OPEN_REQUESTS.has(type)) return null;
    const binding = record.binding;
    if (!binding) {
      return new ProtocolError('forbidden', 'Enter your join code first.');
    }
    const allowed = binding.role === 'seat' ? SEAT_REQUESTS : PROJECTOR_REQUESTS;
    if (!allowed.has(type)) {
      return new ProtocolError(
        'forbidden',
        binding.role === 'seat'
          ? `A delegation's connection may not send ${type}.`
          : `The projector is read-only (${type} refused).`,
      );
    }
    if (type === 'scenario.get') {
      let scenarioId: string | null = null;
      try {
        scenarioId = this.options.sessions.scenarioOf(binding.sessionId!).id;
      } catch {
        scenarioId = null;
      }
      return request.payload.id === scenarioId
        ? null
        : new ProtocolError('forbidden', 'Only the scenario of your session can be opened here.');
    }
    const payload = (request as SeatRequest).payload;
    if (payload.sessionId !== binding.sessionId) {
      return new ProtocolError('forbidden', 'Your code is for another session.');
    }
    if (
      request.type === 'session.subscribe' ||
      request.type === 'session.allowed' ||
      request.type === 'session.report' ||
      request.type === 'session.whatIf' ||
      request.type === 'session.submit'
    ) {
      if (request.payload.seatId !== binding.seatId) {
        return new ProtocolError(
          'forbidden',
          `Your code is for seat "${binding.seatId}"; this connection may not act or look as "${request.payload.seatId}".`,
        );
      }
      if (request.type === 'session.submit') {
        if (request.payload.actingFor !== undefined) {
          return new ProtocolError('forbidden', 'Only the facilitator may act for another seat.');
        }
        if (!request.payload.nonce) {
          return new ProtocolError(
            'bad-request',
            'session.submit: a classroom client must number its commands (nonce).',
          );
        }
      }
    }
    if (binding.seatId) this.lastSeen.set(seatKey(binding.sessionId!, binding.seatId), this.now());
    return null;
  }

  /**
   * Which seats a connection may act as in a session (the session service's hook): a student's
   * connection its own seat (while a person plays it), the projector none; null for the local
   * user and the facilitator (the session's own rule applies).
   */
  seatsFor(connection: string, sessionId: string): string[] | null {
    const record = this.connections.get(connection);
    const binding = record?.binding;
    if (!binding || binding.role === 'facilitator') return record?.lan && !binding ? [] : null;
    if (binding.role === 'projector' || binding.sessionId !== sessionId || !binding.seatId)
      return [];
    const seat = this.seatOf(sessionId, binding.seatId);
    return seat && seat.kind === 'human' ? [binding.seatId] : [];
  }

  /**
   * Applies a submit once: with a nonce, a resend returns the original result and an old or
   * reused number is refused with a reason (and nothing changes).
   */
  submit<T>(
    connection: string,
    payload: ParsedPayload<'session.submit'>,
    apply: () => T,
  ): T | { ok: false; reason: string } {
    if (!payload.nonce) return apply();
    const holder = this.connections.get(connection)?.binding?.entry?.id ?? 'local';
    const key = JSON.stringify([
      payload.sessionId,
      payload.seatId,
      payload.event,
      payload.actingFor ?? null,
    ]);
    try {
      return this.replay.run(holder, payload.nonce, key, apply) as T;
    } catch (error) {
      if (error instanceof ReplayError) return { ok: false, reason: error.message };
      throw error;
    }
  }

  // -------------------------------------------------------------------------------------------
  // Requests

  join(connection: string, code: string): ClassroomJoinResult {
    const entry = this.codes.lookup(code);
    if (!entry || entry.role === 'facilitator' || !entry.sessionId || !entry.seatId) {
      this.fail(connection);
      throw new ProtocolError(
        'forbidden',
        'This code does not open any seat. Check it, or ask your instructor for a new one (codes stop working when they are re-issued).',
      );
    }
    let title: string;
    let name: string;
    try {
      title = this.options.sessions.scenarioOf(entry.sessionId).title;
      name =
        entry.role === 'projector'
          ? 'Projector'
          : (this.seatOf(entry.sessionId, entry.seatId)?.name ?? entry.seatId);
    } catch {
      throw new ProtocolError(
        'not-found',
        'The session of this code is no longer open on the host.',
      );
    }
    // One client per code: a second device (or a reload whose old socket is not gone yet) takes over.
    if (entry.role === 'seat') {
      for (const [other, record] of this.connections) {
        if (other !== connection && record.binding?.entry?.id === entry.id) {
          record.binding = null;
          record.close(CLOSE_REPLACED, 'This seat was opened on another device or tab.');
        }
      }
    }
    const record = this.connections.get(connection);
    if (record) {
      // A connection holds one seat: drop what it watched before.
      for (const set of this.projectors.values()) set.delete(connection);
      record.binding = {
        role: entry.role === 'projector' ? 'projector' : 'seat',
        entry,
        sessionId: entry.sessionId,
        seatId: entry.seatId,
      };
      record.failures = 0;
    }
    if (entry.role === 'seat')
      this.lastSeen.set(seatKey(entry.sessionId, entry.seatId), this.now());
    this.pushStatus(entry.sessionId);
    return {
      role: entry.role === 'projector' ? 'projector' : 'seat',
      sessionId: entry.sessionId,
      seatId: entry.seatId,
      name,
      title,
      now: this.now(),
    };
  }

  auth(connection: string, token: string): { role: 'facilitator' } {
    const normalized = normalizeCode(token);
    if (!normalized || !timingSafeEqual(digest(normalized), this.tokenDigest)) {
      this.fail(connection);
      throw new ProtocolError('forbidden', 'This is not the facilitator code printed by the host.');
    }
    const record = this.connections.get(connection);
    if (record) {
      record.binding = { role: 'facilitator', entry: null, sessionId: null, seatId: null };
      record.failures = 0;
    }
    return { role: 'facilitator' };
  }

  /** Listens on the network (once) and issues codes for every human seat and the projector. */
  async open(sessionId: string, toStudents: readonly string[] = []): Promise<ClassroomStatus> {
    for (const seatId of toStudents) this.requireSeat(sessionId, seatId);
    await this.ensureListening();
    for (const seatId of toStudents) {
      if (this.requireSeat(sessionId, seatId).kind === 'ai')
        this.assign(sessionId, seatId, 'human');
    }
    const seats = this.delegationSeats(sessionId);
    for (const seat of seats) {
      if (seat.kind === 'human' && !this.codes.current(sessionId, seat.id))
        this.issueCode('seat', sessionId, seat.id);
    }
    if (!this.codes.current(sessionId, PROJECTOR_SEAT))
      this.issueCode('projector', sessionId, PROJECTOR_SEAT);
    return this.statusChanged(sessionId);
  }

  /** Stops listening on the network (unless the host was started with --lan); codes stay valid. */
  /** The sessions whose seats have codes out: closing the classroom disconnects their students. */
  sessionsWithCodes(): string[] {
    return this.codes.sessions();
  }

  async close(): Promise<void> {
    if (!this.listener || this.listenerFixed) return;
    const listener = this.listener;
    this.listener = null;
    for (const [connection, record] of this.connections) {
      if (record.lan) {
        record.close(CLOSE_LISTENER_CLOSED, 'The facilitator closed the classroom.');
        this.detach(connection);
      }
    }
    await listener.close();
  }

  status(connection: string, sessionId: string, watch: boolean): ClassroomStatus {
    const status = this.statusOf(sessionId);
    if (watch) {
      let set = this.watchers.get(sessionId);
      if (!set) this.watchers.set(sessionId, (set = new Set()));
      set.add(connection);
    }
    return status;
  }

  issue(sessionId: string, seatId: string): ClassroomStatus {
    if (seatId === PROJECTOR_SEAT) {
      this.delegationSeats(sessionId);
      const { revoked } = this.issueCode('projector', sessionId, PROJECTOR_SEAT);
      if (revoked) this.kick(revoked, 'The facilitator issued a new projector code.');
      return this.statusChanged(sessionId);
    }
    const seat = this.requireSeat(sessionId, seatId);
    if (seat.kind === 'ai') this.assign(sessionId, seatId, 'human');
    const { revoked } = this.issueCode('seat', sessionId, seatId);
    if (revoked) this.kick(revoked, 'The facilitator gave your seat a new code.');
    return this.statusChanged(sessionId);
  }

  revoke(sessionId: string, seatId: string, toAi: boolean): ClassroomStatus {
    if (seatId !== PROJECTOR_SEAT) {
      const seat = this.requireSeat(sessionId, seatId);
      if (toAi && seat.kind === 'human') this.assign(sessionId, seatId, 'ai');
    }
    const revoked = this.codes.revoke(sessionId, seatId);
    if (revoked) this.kick(revoked, 'The facilitator revoked your code.');
    return this.statusChanged(sessionId);
  }

  projector(connection: string, sessionId: string): SessionUpdate {
    const update = this.projectorUpdate(sessionId, connection);
    let set = this.projectors.get(sessionId);
    if (!set) this.projectors.set(sessionId, (set = new Set()));
    set.add(connection);
    return update;
  }

  // -------------------------------------------------------------------------------------------
  // Hooks

  /** The session changed (an accepted command): projector pushes, presence/acted for watchers. */
  sessionChanged(sessionId: string): void {
    // A seat handed to the AI (seat.assign from the console) loses its code and its client.
    try {
      for (const seat of this.delegationSeats(sessionId)) {
        if (seat.kind !== 'ai') continue;
        const revoked = this.codes.revoke(sessionId, seat.id);
        if (revoked) this.kick(revoked, 'The facilitator handed your seat to an AI delegate.');
      }
    } catch {
      return;
    }
    const projectors = this.projectors.get(sessionId);
    for (const connection of projectors ?? []) {
      try {
        this.options.send(connection, {
          type: 'update',
          topic: sessionTopic(sessionId),
          payload: this.projectorUpdate(sessionId, connection),
        });
      } catch {
        projectors!.delete(connection);
      }
    }
    this.pushStatus(sessionId);
  }

  /**
   * A session was closed on the host: its codes stop working, their holders are disconnected and
   * everything kept about its room (replay records, presence, watchers) is forgotten.
   */
  sessionClosed(sessionId: string): void {
    for (const entry of this.codes.dropSession(sessionId))
      this.kick(entry, 'The facilitator closed this session.');
    this.watchers.delete(sessionId);
    this.projectors.delete(sessionId);
    this.lastPushed.delete(sessionId);
    for (const key of this.lastSeen.keys())
      if (key.startsWith(`${sessionId}\u0000`)) this.lastSeen.delete(key);
  }

  /** Codes and replay records held now (for the memory bounds and their tests). */
  get held(): { codes: number; replayHolders: number } {
    return { codes: this.codes.size, replayHolders: this.replay.size };
  }

  /** The CLI started the host on the network itself (`--lan`): that listener is the classroom's. */
  setListener(listener: Listener): void {
    this.listener = listener;
    this.listenerFixed = true;
  }

  get listening(): Listener | null {
    return this.listener;
  }

  /** Connections attached now (for the load report). */
  get connectionCount(): number {
    return this.connections.size;
  }

  // -------------------------------------------------------------------------------------------
  // Internals

  private now(): string {
    return this.clock().toISOString();
  }

  private fail(connection: string): void {
    const record = this.connections.get(connection);
    if (!record) return;
    record.failures += 1;
    if (record.lan && record.failures >= MAX_CODE_FAILURES) {
      // After the reply (which says why) has gone out.
      setTimeout(() => record.close(CLOSE_TOO_MANY_FAILURES, 'Too many wrong codes.'), 0);
    }
  }

  private issueCode(
    role: CodeRole,
    sessionId: string,
    seatId: string,
  ): { entry: CodeEntry; revoked: CodeEntry | null } {
    try {
      return this.codes.issue(role, sessionId, seatId);
    } catch (error) {
      if (error instanceof CodeBookFullError) throw new ProtocolError('invalid', error.message);
      throw error;
    }
  }

  private kick(entry: CodeEntry, reason: string): void {
    this.replay.forget(entry.id);
    for (const record of this.connections.values()) {
      if (record.binding?.entry?.id !== entry.id) continue;
      record.binding = null;
      record.close(CLOSE_REVOKED, reason);
    }
  }

  private assign(sessionId: string, seatId: string, kind: 'human' | 'ai'): void {
    const result = this.options.sessions.submit(SERVICE_CONNECTION, sessionId, FACILITATOR_SEAT, {
      type: 'seat.assign',
      seatId,
      kind,
    });
    if (!result.ok) throw new ProtocolError('invalid', result.reason);
  }

  private async ensureListening(): Promise<Listener> {
    if (this.listener) return this.listener;
    const listen = this.options.listen;
    if (!listen) throw new ProtocolError('forbidden', LOOPBACK_ONLY);
    this.opening ??= (async () => {
      const bind = this.options.lanBind ?? LAN_BIND;
      const port = this.options.lanPort ?? LAN_DEFAULT_PORT;
      try {
        return await listen(port, bind);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) throw error;
        return await listen(0, bind);
      }
    })();
    try {
      this.listener = await this.opening;
      return this.listener;
    } catch (error) {
      throw new ProtocolError(
        'internal',
        `Could not open the session to the network: ${(error as Error).message}`,
      );
    } finally {
      this.opening = null;
    }
  }

  private seatOf(sessionId: string, seatId: string) {
    return this.options.sessions.stateOf(sessionId).config.seats.find((s) => s.id === seatId);
  }

  private delegationSeats(sessionId: string) {
    return this.options.sessions
      .stateOf(sessionId)
      .config.seats.filter((s) => s.kind !== 'facilitator');
  }

  private requireSeat(sessionId: string, seatId: string) {
    const seat = this.delegationSeats(sessionId).find((s) => s.id === seatId);
    if (!seat)
      throw new ProtocolError('not-found', `No delegation seat "${seatId}" in this session.`);
    return seat;
  }

  private statusOf(sessionId: string): ClassroomStatus {
    const state = this.options.sessions.stateOf(sessionId);
    const scenario = this.options.sessions.scenarioOf(sessionId);
    const connectedCodes = new Map<string, number>();
    for (const record of this.connections.values()) {
      const id = record.binding?.entry?.id;
      if (id) connectedCodes.set(id, (connectedCodes.get(id) ?? 0) + 1);
    }
    const seats: ClassroomSeat[] = state.config.seats
      .filter((s) => s.kind !== 'facilitator')
      .map((s) => {
        const entry = this.codes.current(sessionId, s.id);
        return {
          seatId: s.id,
          name: s.name ?? (s.state ? stateName(scenario, s.state) : s.id),
          state: s.state,
          kind: s.kind === 'ai' ? 'ai' : 'human',
          code: entry?.code ?? null,
          connected: entry ? (connectedCodes.get(entry.id) ?? 0) > 0 : false,
          lastSeenAt: this.lastSeen.get(seatKey(sessionId, s.id)) ?? null,
          acted: state.actedThisPhase.includes(s.id),
        };
      });
    const projector = this.codes.current(sessionId, PROJECTOR_SEAT);
    const listener = this.listener;
    return {
      sessionId,
      listening: listener
        ? {
            port: listener.port,
            addresses: this.options.addresses
              ? this.options.addresses(listener.port)
              : reachableAddresses(listener.port, listener.bind ?? LAN_BIND),
            localUrl: `http://127.0.0.1:${listener.port}/`,
          }
        : null,
      seats,
      projector: {
        code: projector?.code ?? null,
        connected: projector ? (connectedCodes.get(projector.id) ?? 0) : 0,
      },
      onMissedDeadline: scenario.roundPlan.onMissedDeadline,
      now: this.now(),
    };
  }

  private statusChanged(sessionId: string): ClassroomStatus {
    this.pushStatus(sessionId);
    return this.statusOf(sessionId);
  }

  /** Pushes the room's status to the watching facilitator connections when it changed. */
  private pushStatus(sessionId: string): void {
    const watchers = this.watchers.get(sessionId);
    if (!watchers || watchers.size === 0) return;
    let status: ClassroomStatus;
    try {
      status = this.statusOf(sessionId);
    } catch {
      return;
    }
    // lastSeenAt moves with every message: it alone does not warrant a push.
    const signature = JSON.stringify({
      ...status,
      now: null,
      seats: status.seats.map((s) => ({ ...s, lastSeenAt: null })),
    });
    if (this.lastPushed.get(sessionId) === signature) return;
    this.lastPushed.set(sessionId, signature);
    for (const connection of watchers) {
      // A connection that has locked the facilitator's seat since it began watching sees no more codes.
      if (!this.holdsFacilitator(connection, sessionId)) {
        watchers.delete(connection);
        continue;
      }
      this.options.send(connection, {
        type: 'update',
        topic: classroomTopic(sessionId),
        payload: status,
      });
    }
  }

  private holdsFacilitator(connection: string, sessionId: string): boolean {
    try {
      this.options.sessions.requireFacilitator(connection, sessionId);
      return true;
    } catch {
      return false;
    }
  }

  private projectorUpdate(sessionId: string, connection: string): SessionUpdate {
    const sessions = this.options.sessions;
    return {
      sessionId,
      seatId: PROJECTOR_SEAT,
      meta: sessions.info(sessionId, connection, 'projector'),
      view: sessions.currentView(sessionId, 'projector'),
      allowed: [],
      now: this.now(),
    };
  }
}

function seatKey(sessionId: string, seatId: string): string {
  return `${sessionId}\u0000${seatId}`;
}

function digest(normalized: string): Buffer {
  return createHash('sha256').update(normalized).digest();
}
