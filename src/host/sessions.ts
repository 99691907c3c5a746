import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import {
  ProtocolError,
  sessionTopic,
  type FacilitatorAccess,
  type Push,
  type RecentSession,
  type SessionMeta,
  type SessionMode,
  type SessionUpdate,
} from '../core/protocol';
import type { SESSION_REQUESTS } from '../core/protocol/session-messages';
import { judgmentFor, whatIfFor, type ExposureReport, type StateWhatIf } from '../core/law';
import { councilMembers, stateName } from '../core/scenario/membership';
import type { Scenario } from '../core/scenario/schema';
import {
  allowedActions,
  createSession,
  remainingSeconds,
  viewFor,
  type Command,
  type Seat,
  type SessionConfig,
  type SessionEvent,
  type SessionState,
  type SessionView,
  type ForkOrigin,
  ForkError,
} from '../core/session';
import { aiDelegatePolicy } from '../core/ai/ai-delegate';
import { policyContext, type DelegatePolicy } from '../core/session/delegate-policy';
import { IncrementalView } from '../core/session/view-cache';
import { nextAgreementId } from '../core/session/treaty';
import { hasOwnEntry } from '../core/session/lookup';
import { freeDraftId } from '../core/session/drafts';
import { freeGroupId } from '../core/session/group-channels';
import { freeOfferId } from '../core/session/offers';
import { PERMANENT_FIVE_GROUP } from '../core/scenario/standing-groups';
import { stateOfSeat } from '../core/session/selectors';
import { Journal, readSessionFile, SessionFileError, sessionFileHeader, writeSessionFile, type SessionFileHeader } from './journal';
import { compareSessions, forkRecord, type SessionFork } from './session-fork';
import type { SessionComparisonResult } from '../core/protocol/session-messages';
import { realSessionPath, SessionLock, SessionLockedError } from './session-lock';
import type { ScenarioStore } from './scenarios';
import { FacilitatorLock, hashPin, isPinHash, PinAttemptBook, type FacilitatorPinHash } from './facilitator-lock';
import { scenarioFileMessage } from './scenario-file';
import type { z } from 'zod';

/** Session files: JSON Lines, a header line then one accepted command per line. */
export const SESSION_EXTENSION = '.moot.jsonl';
export const SESSION_FORMAT = 'moot-council-session';
export const FACILITATOR_SEAT = 'facilitator';
/** The host's own connection when it acts as the facilitator (a seat handed to an AI); never a transport's. */
export const HOST_CONNECTION = 'host:self';

/**
 * The first line of a session file (src/host/journal.ts, docs/session-log.md), with what this host
 * adds: when the session was created, how it is played and whether its timers run.
 */
export type SessionHeader = SessionFileHeader & {
  createdAt?: string;
  /** How the session was set up on this host (solo, hot-seat, facilitator-only). */
  mode?: SessionMode | 'classroom';
  /** Whether the host ends phases when their timers run out. */
  timers?: boolean;
  /** The facilitator's PIN as a salted scrypt hash (src/host/facilitator-lock.ts); absent or null: no PIN. */
  facilitatorPin?: FacilitatorPinHash | null;
  /** Where a session played again from a round came from: the source's name and the round (docs/fork.md). */
  forkedFrom?: ForkOrigin;
};

/** The mode of a session as recorded: the host's note, else the configuration's. */
function modeOf(header: SessionHeader): SessionMode | 'classroom' {
  return header.mode ?? header.config.mode;
}

/** Whom a session's meta is for: a seat, the projector, or (absent) the connection itself. */
export type MetaViewer = { seatId: string } | 'projector';

type Payload<T extends keyof typeof SESSION_REQUESTS> = z.output<(typeof SESSION_REQUESTS)[T]['payload']>;

interface OpenSession {
  id: string;
  file: string;
  header: SessionHeader;
  scenario: Scenario;
  state: SessionState;
  journal: Journal;
  /** What the facilitator is told about the file on opening (a damaged last line set aside). */
  notices: string[];
  timer: ReturnType<typeof setTimeout> | null;
  /** connection -> seat it watches. */
  subscribers: Map<string, string>;
  /** Set while the AI loop runs, so a timer never interleaves with it. */
  busy: boolean;
  /** The facilitator's PIN and the connections that have unlocked it. */
  lock: FacilitatorLock;
  /** Each viewer's view, kept up to date from what each command changed (one per seat watched, shared by its connections). */
  views: Map<string, IncrementalView>;
  /**
   * What would have changed the findings, per seat and state asked about, with the length of the
   * record it was searched on: the search re-runs the law many times, and a finished record does not
   * change, so a repeated question is answered from here until another entry is recorded.
   */
  whatIfs: Map<string, { record: SessionState; logLength: number; answer: StateWhatIf[] }>;
}

export interface SessionServiceOptions {
  scenarios: ScenarioStore;
  sessionsDir: string;
  /** Delivers a push to one connection (never to all). */
  send: (connection: string, push: Push) => void;
  /** The real clock: time enters the session as data here and nowhere else. */
  clock?: () => Date;
  /** Plays the AI seats: the AI delegates (src/core/ai) unless a test gives another. */
  policy?: DelegatePolicy;
  /** Set false to never run phase timers (tests). */
  timers?: boolean;
  /** Where problems worth a note go (a truncated journal line, an AI move the guards refused). */
  warn?: (message: string) => void;
  /** Classroom mode: the seats a connection may act as in a session, or null for the default rule. */
  access?: (connection: string, sessionId: string) => string[] | null;
  /** Called after every change of a session has been pushed (classroom presence, projector). */
  onChange?: (sessionId: string) => void;
  /** Called when a session is closed on the host (the classroom forgets its codes). */
  onClose?: (sessionId: string) => void;
}

/**
 * The host's sessions (Node only): create, open, save as, list recent; per-connection
 * subscriptions that carry only viewFor(that connection's seat); commands stamped with the real
 * clock, applied with applyCommand and journaled with fsync before they are acknowledged; AI
 * seats moving after every accepted command; phase timers that send `timer.expired`.
 */
export class SessionService {
  private readonly sessions = new Map<string, OpenSession>();
  /** Wrong PIN tries, per PIN, across every session this host opens (a reopened copy keeps its count). */
  private readonly pinAttempts = new PinAttemptBook();
  private readonly clock: () => Date;
  private readonly policy: DelegatePolicy;
  private readonly warn: (message: string) => void;
  private readonly timersEnabled: boolean;

  constructor(private readonly options: SessionServiceOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.policy = options.policy ?? aiDelegatePolicy;
    this.warn = options.warn ?? ((message) => console.warn(`moot-council host: ${message}`));
    this.timersEnabled = options.timers ?? true;
  }

  get sessionsDir(): string {
    return this.options.sessionsDir;
  }

  /**
   * Which seats a connection may act as. Desktop and hot-seat: every human seat and the
   * facilitator; facilitator-only: the facilitator. A session with a facilitator PIN holds the
   * facilitator's seat back until the connection has unlocked it. Classroom joins narrow this.
   */
  seatsFor(connection: string, session: OpenSession): string[] {
    const restricted = this.options.access?.(connection, session.id);
    if (restricted) return restricted;
    const seats = session.state.config.seats;
    const open = connection === HOST_CONNECTION || session.lock.isUnlocked(connection);
    const facilitatorOnly = modeOf(session.header) === 'facilitator';
    return seats
      .filter((s) => (s.kind === 'facilitator' ? open : !facilitatorOnly && s.kind !== 'ai'))
      .map((s) => s.id);
  }

  /** What this connection's facilitator seat is: open (no PIN), locked, unlocked, or never its own. */
  private facilitatorAccess(connection: string, session: OpenSession): FacilitatorAccess {
    if (this.options.access?.(connection, session.id)) return 'unavailable';
    if (!session.lock.required) return 'open';
    return session.lock.isUnlocked(connection) ? 'unlocked' : 'locked';
  }

  /** Refuses a facilitator-only request (classroom controls) from a connection that does not hold the facilitator's seat. */
  requireFacilitator(connection: string, sessionId: string): void {
    const session = this.get(sessionId);
    if (!this.seatsFor(connection, session).includes(FACILITATOR_SEAT)) throw lockedRefusal();
  }

  /** Opens the facilitator's seat to a connection that gives the right PIN. */
  async unlockFacilitator(connection: string, sessionId: string, pin: string): Promise<SessionMeta> {
    const session = this.get(sessionId);
    if (this.facilitatorAccess(connection, session) === 'unavailable') {
      throw new ProtocolError('forbidden', "This connection may not act as the facilitator in this session.");
    }
    await session.lock.unlock(connection, pin);
    return this.meta(session, connection);
  }

  /** Closes the facilitator's seat to a connection again; it stops watching the facilitator's view. */
  lockFacilitator(connection: string, sessionId: string): SessionMeta {
    const session = this.get(sessionId);
    session.lock.lock(connection);
    if (session.subscribers.get(connection) === FACILITATOR_SEAT && session.lock.required) session.subscribers.delete(connection);
    return this.meta(session, connection);
  }

  // -------------------------------------------------------------------------------------------
  // Create, open, save as, recent

  async create(payload: Payload<'session.create'>, connection: string): Promise<SessionMeta> {
    const loaded = await this.options.scenarios.get(payload.scenarioId);
    if (!loaded) throw new ProtocolError('not-found', `no scenario with id "${payload.scenarioId}"`);
    if (!loaded.ok) throw new ProtocolError('invalid', `${loaded.file} is not a valid scenario; fix it before starting a session`);
    const scenario = loaded.scenario;
    const seats = seatsForNewSession(scenario, payload.mode, payload.humanStates);
    if (payload.mode === 'hotseat' && payload.facilitatorPin === undefined) {
      throw new ProtocolError(
        'invalid',
        "Hot-seat needs a facilitator PIN, so that the delegations sharing the screen cannot open the facilitator's seat; or choose explicitly to play without one.",
      );
    }
    const facilitatorPin = payload.facilitatorPin ? await hashPin(payload.facilitatorPin) : null;
    const config: SessionConfig = {
      scenarioId: scenario.id,
      seed: payload.seed,
      seats,
      mode: payload.mode,
      difficulty: payload.difficulty,
    };
    let state: SessionState;
    try {
      state = createSession(scenario, config);
    } catch (error) {
      throw new ProtocolError('invalid', (error as Error).message);
    }
    const createdAt = this.clock().toISOString();
    const header: SessionHeader = {
      ...sessionFileHeader(scenario, config),
      createdAt,
      mode: payload.mode,
      timers: payload.timers,
      ...(facilitatorPin ? { facilitatorPin } : {}),
    };
    mkdirSync(this.sessionsDir, { recursive: true });
    // The name carries no seed (it would make the AI predictable to anyone who sees it); the header has it.
    const file = uniqueFile(this.sessionsDir, `${scenario.id}-${createdAt.slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}`);
    // The journal takes the file's lock, writes the header (with this host's notes), then appends.
    let journal: Journal;
    try {
      journal = Journal.start(file, header, state);
    } catch (error) {
      if (error instanceof SessionLockedError) throw new ProtocolError('invalid', error.message);
      throw error;
    }
    const session: OpenSession = {
      id: randomUUID(),
      file,
      header,
      scenario,
      state: journal.state,
      journal,
      notices: [],
      timer: null,
      subscribers: new Map(),
      busy: false,
      lock: new FacilitatorLock(facilitatorPin, this.clock, this.pinAttempts.for(facilitatorPin)),
      views: new Map(),
      whatIfs: new Map(),
    };
    this.sessions.set(session.id, session);
    // Solo practice and hot-seat start at once: the briefing is the first thing the players see.
    if (payload.mode !== 'facilitator') {
      const started = this.accept(session, { by: FACILITATOR_SEAT, at: this.now(), event: { type: 'session.start' } });
      if (!started.ok) throw new ProtocolError('internal', `could not start the session: ${started.reason}`);
      this.runAi(session);
    }
    this.afterChange(session);
    return this.meta(session, connection);
  }

  async open(file: string, connection: string): Promise<SessionMeta> {
    const path = this.resolveFile(file, false);
    // The same file by another path (a symlink) is the same session, not a second writer.
    const real = realSessionPath(path);
    const already = [...this.sessions.values()].find((s) => s.file === path || realSessionPath(s.file) === real);
    if (already) return this.meta(already, connection);
    if (!existsSync(path)) throw new ProtocolError('not-found', `no session file at ${path}`);
    let journal: Journal;
    let opened: OpenSession | null = null;
    try {
      // A snapshot found wrong after opening: the replayed state replaces it on every screen.
      const onSnapshotDiscarded = (notice: string) => {
        this.warn(`${basename(path)}: ${notice}`);
        if (!opened) return;
        opened.state = opened.journal.state;
        this.afterChange(opened);
      };
      journal = Journal.open(path, { onSnapshotDiscarded });
    } catch (error) {
      if (error instanceof SessionLockedError) throw new ProtocolError('invalid', error.message);
      // A scenario given to Open… is checked as `moot-council validate` would; anything else is named once.
      if (error instanceof SessionFileError) throw new ProtocolError('invalid', scenarioFileMessage(path) ?? `${basename(path)}: ${error.message}`);
      throw new ProtocolError('internal', `could not open ${path}: ${(error as Error).message}`);
    }
    for (const warning of journal.warnings) this.warn(`${basename(path)}: ${warning}`);
    if (journal.integrity.status === 'edited') this.warn(`${basename(path)}: ${journal.integrity.summary}`);
    const header: SessionHeader = journal.header;
    // A PIN hash this host cannot read keeps the seat locked for good rather than opening it.
    const pin = header.facilitatorPin ?? null;
    if (pin !== null && !isPinHash(pin)) this.warn(`${basename(path)}: the facilitator PIN in the header is damaged; the facilitator's seat cannot be unlocked.`);
    const session: OpenSession = {
      id: randomUUID(),
      file: path,
      header,
      scenario: journal.scenario,
      state: journal.state,
      journal,
      notices: journal.warnings,
      timer: null,
      subscribers: new Map(),
      busy: false,
      lock: new FacilitatorLock(pin, this.clock, this.pinAttempts.for(pin)),
      views: new Map(),
      whatIfs: new Map(),
    };
    this.sessions.set(session.id, session);
    opened = session;
    this.pauseIfInterrupted(session);
    this.runAi(session);
    this.afterChange(session);
    return this.meta(session, connection);
  }

  /**
   * Plays a session again from the start of a round (docs/fork.md): a new session file in the
   * sessions folder with the record up to that round and its origin by name, opened at once. The
   * facilitator's (in solo practice, the student's: the facilitator's seat is the student's own).
   */
  async fork(sessionId: string, round: number, connection: string): Promise<SessionMeta> {
    this.requireFacilitator(connection, sessionId);
    const source = this.get(sessionId);
    let made: SessionFork;
    try {
      made = forkRecord(
        { header: source.header, scenario: source.scenario, config: source.header.config, log: source.state.log, integrity: source.journal.integrity },
        source.file,
        round,
      );
    } catch (error) {
      if (error instanceof ForkError) throw new ProtocolError('invalid', error.message);
      throw error;
    }
    mkdirSync(this.sessionsDir, { recursive: true });
    const stem = basename(source.file).replace(/(\.moot)?\.jsonl$/, '');
    const file = uniqueFile(this.sessionsDir, `${stem}-from-round-${round}`);
    writeSessionFile(file, made.header, made.log);
    return this.open(file, connection);
  }

  /**
   * A fork's judgment beside its source's (docs/fork.md), as the seat may see them: only when both
   * judgments are public to it (the debrief; the facilitator always), as `session.report` says.
   */
  compare(connection: string, sessionId: string, seatId: string): SessionComparisonResult {
    const session = this.get(sessionId);
    this.checkSeat(connection, session, seatId);
    const origin = session.header.forkedFrom;
    if (!origin) throw new ProtocolError('invalid', 'This session was not played again from another, so there is nothing to compare it with.');
    const open = [...this.sessions.values()].find((s) => basename(s.file) === origin.session);
    const path = join(this.sessionsDir, origin.session);
    let before: { scenario: Scenario; state: SessionState };
    if (open) before = open;
    else if (existsSync(path)) {
      try {
        before = readSessionFile(path);
      } catch (error) {
        throw new ProtocolError('invalid', `${origin.session} cannot be read: ${(error as Error).message}`);
      }
    } else throw new ProtocolError('not-found', `${origin.session}, the session this one was played again from, is not in the sessions folder.`);
    const viewer = { seatId };
    if (!judgmentFor(before.scenario, before.state, viewer) || !judgmentFor(session.scenario, session.state, viewer)) {
      throw new ProtocolError('invalid', 'The comparison is shown once both judgments are public: when the court has delivered them.');
    }
    try {
      return { before: origin.session, after: basename(session.file), round: origin.round, comparison: compareSessions(before, session) };
    } catch (error) {
      if (error instanceof ForkError) throw new ProtocolError('invalid', error.message);
      throw error;
    }
  }

  /**
   * A timed session reopened in the middle of a timed phase: its clock stopped when the file was
   * closed, so it comes back paused at that moment (a pause dated at its last entry), and the
   * facilitator resumes it. Without this the deadline would have passed while nobody played.
   */
  private pauseIfInterrupted(session: OpenSession): void {
    const { state } = session;
    const last = state.log[state.log.length - 1];
    if (!session.header.timers || !this.timersEnabled || state.paused || state.timer.durationSeconds === null || !last) return;
    if (state.phase === 'seating' || state.phase === 'debrief') return;
    const paused = this.accept(session, { by: FACILITATOR_SEAT, at: last.at, event: { type: 'session.pause' } });
    if (!paused.ok) this.warn(`could not pause the reopened session: ${paused.reason}`);
  }

  /**
   * Copies the record, byte for byte, to a new file atomically (temp file, fsync, rename); the
   * session continues there. A file another session (here or in another process) holds is
   * refused: overwriting it would lose that session's moves.
   */
  saveAs(sessionId: string, file: string, overwrite: boolean, connection: string): SessionMeta {
    const session = this.get(sessionId);
    const path = this.resolveFile(file, true);
    if (path === session.file || realSessionPath(path) === realSessionPath(session.file)) return this.meta(session, connection);
    if (existsSync(path) && !overwrite) {
      throw new ProtocolError('invalid', `${basename(path)} already exists; choose another name or confirm overwriting it`);
    }
    let lock: SessionLock;
    try {
      mkdirSync(dirname(path), { recursive: true });
      lock = SessionLock.take(path);
    } catch (error) {
      if (error instanceof SessionLockedError) throw new ProtocolError('invalid', `Cannot save over ${basename(path)}: ${error.message}`);
      throw new ProtocolError('internal', `could not save to ${path}: ${(error as Error).message}`);
    }
    let journal: Journal;
    try {
      session.journal.copyTo(path);
      journal = Journal.open(path, { lock });
    } catch (error) {
      lock.release();
      throw new ProtocolError('internal', `could not save to ${path}: ${(error as Error).message}`);
    }
    session.journal.close();
    session.journal = journal;
    session.file = path;
    this.afterChange(session);
    return this.meta(session, connection);
  }

  recent(limit = 20): { sessions: RecentSession[]; folder: string } {
    const dir = this.sessionsDir;
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith(SESSION_EXTENSION) && !n.startsWith('.'));
    } catch {
      return { sessions: [], folder: dir };
    }
    const openFiles = new Set([...this.sessions.values()].map((s) => s.file));
    const files = names
      .map((name) => ({ name, path: join(dir, name), mtime: statSync(join(dir, name)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime)
      .slice(0, limit);
    const sessions: RecentSession[] = [];
    for (const f of files) {
      try {
        // As the journal reads it: a byte-order mark and blank lines are tolerated.
        const lines = readFileSync(f.path, 'utf8').replace(/^\uFEFF/, '').split('\n').filter((l) => l.trim() !== '');
        const header = JSON.parse(lines[0] ?? '') as SessionHeader;
        if (header.format !== SESSION_FORMAT || !header.config) continue;
        const events = lines.length - 1;
        const humanStates = header.config.seats.filter((s) => s.kind === 'human' && s.state).map((s) => s.state!);
        sessions.push({
          file: f.path,
          name: f.name,
          scenarioId: header.config.scenarioId,
          title: header.scenario?.title ?? header.config.scenarioId,
          mode: modeOf(header),
          seed: header.facilitatorPin ? null : header.config.seed,
          humanStates,
          humanDelegations: humanStates.map((code) => (header.scenario ? stateName(header.scenario, code) : code)),
          events,
          modifiedAt: new Date(f.mtime).toISOString(),
          open: openFiles.has(f.path),
        });
      } catch {
        // Not a session file we can read: not listed (Open shows the error if chosen by path).
      }
    }
    return { sessions, folder: dir };
  }

  // -------------------------------------------------------------------------------------------
  // Subscriptions and commands

  subscribe(connection: string, sessionId: string, seatId: string): SessionUpdate {
    const session = this.get(sessionId);
    this.checkSeat(connection, session, seatId);
    // Moving to a delegation's seat locks the facilitator's again: the next person at the screen is a delegate.
    if (seatId !== FACILITATOR_SEAT) session.lock.lock(connection);
    session.subscribers.set(connection, seatId);
    return this.update(session, seatId, connection);
  }

  unsubscribe(connection: string, sessionId: string): void {
    this.sessions.get(sessionId)?.subscribers.delete(connection);
  }

  /** A connection went away: it watches nothing any more. */
  disconnect(connection: string): void {
    for (const session of this.sessions.values()) {
      session.subscribers.delete(connection);
      session.lock.lock(connection);
    }
  }

  submit(
    connection: string,
    sessionId: string,
    seatId: string,
    event: SessionEvent,
    actingFor?: string,
  ): { ok: true; seq: number } | { ok: false; reason: string } {
    const session = this.get(sessionId);
    this.checkSeat(connection, session, seatId);
    const proposal = withFreeId(session.state, event, actingFor ?? seatId);
    const command: Command = { by: seatId, at: this.now(), event: proposal, ...(actingFor ? { actingFor } : {}) };
    const result = this.accept(session, command);
    if (!result.ok) return result;
    this.runAi(session);
    this.afterChange(session);
    return { ok: true, seq: result.seq };
  }

  allowed(connection: string, sessionId: string, seatId: string) {
    const session = this.get(sessionId);
    this.checkSeat(connection, session, seatId);
    return { actions: allowedActions(session.scenario, session.state, seatId) };
  }

  /** The judgment on the whole record: public once delivered, provisional for the facilitator before. */
  report(connection: string, sessionId: string, seatId: string): ExposureReport {
    const session = this.get(sessionId);
    this.checkSeat(connection, session, seatId);
    const report = judgmentFor(session.scenario, session.state, { seatId });
    if (!report) throw new ProtocolError('invalid', 'The judgment is not public until the court delivers it.');
    return report;
  }

  /** What would have changed the findings against `state`, as this seat may ask (whatIfFor). */
  whatIf(connection: string, sessionId: string, seatId: string, state: string): StateWhatIf[] {
    const session = this.get(sessionId);
    this.checkSeat(connection, session, seatId);
    const key = `${seatId}\u0000${state}`;
    const logLength = session.state.log.length;
    const cached = session.whatIfs.get(key);
    if (cached && cached.record === session.state && cached.logLength === logLength) return cached.answer;
    const searched = whatIfFor(session.scenario, session.state, { seatId }, state);
    if (!searched) throw new ProtocolError('invalid', 'The judgment is not public until the court delivers it.');
    session.whatIfs.set(key, { record: session.state, logLength, answer: searched });
    return searched;
  }

  /** What a connection knows about a session; as `viewer` (a seat or the projector) when it looks as one. */
  info(sessionId: string, connection: string, viewer?: MetaViewer): SessionMeta {
    return this.meta(this.get(sessionId), connection, viewer);
  }

  /** What a viewer (a seat or the projector) sees of a session now: `viewFor`, kept up to date from command to command. */
  currentView(sessionId: string, viewer: { seatId: string } | 'projector'): SessionView {
    return this.viewOf(this.get(sessionId), viewer);
  }

  private viewOf(session: OpenSession, viewer: { seatId: string } | 'projector'): SessionView {
    const key = viewer === 'projector' ? viewer : `seat:${viewer.seatId}`;
    let view = session.views.get(key);
    if (!view) {
      view = new IncrementalView(session.scenario, viewer);
      session.views.set(key, view);
    }
    return view.viewOf(session.state);
  }

  /** The current (full) state of a session; for tests and the CLI, never sent to a client. */
  stateOf(sessionId: string): SessionState {
    return this.get(sessionId).state;
  }

  /** The scenario a session runs (as recorded in its file). */
  scenarioOf(sessionId: string): Scenario {
    return this.get(sessionId).scenario;
  }

  fileOf(sessionId: string): string {
    return this.get(sessionId).file;
  }

  close(sessionId: string): void {
    const session = this.sessions.get(sessionId);
    if (!session) return;
    if (session.timer) clearTimeout(session.timer);
    session.journal.close();
    this.sessions.delete(sessionId);
    this.options.onClose?.(sessionId);
  }

  closeAll(): void {
    for (const id of [...this.sessions.keys()]) this.close(id);
  }

  // -------------------------------------------------------------------------------------------
  // Internals

  private now(): string {
    return this.clock().toISOString();
  }

  private get(sessionId: string): OpenSession {
    const session = this.sessions.get(sessionId);
    if (!session) throw new ProtocolError('not-found', 'This session is not open on the host (it may have been closed); open it again from Home.');
    return session;
  }

  private checkSeat(connection: string, session: OpenSession, seatId: string): void {
    if (!session.state.config.seats.some((s) => s.id === seatId)) {
      throw new ProtocolError('not-found', `No seat "${seatId}" in this session.`);
    }
    if (!this.seatsFor(connection, session).includes(seatId)) {
      const seat = session.state.config.seats.find((s) => s.id === seatId)!;
      if (seat.kind === 'facilitator' && this.facilitatorAccess(connection, session) === 'locked') throw lockedRefusal();
      throw new ProtocolError(
        'invalid',
        seat.kind === 'ai'
          ? `${seat.state ? stateName(session.scenario, seat.state) : seat.id} is played by an AI delegate in this session.`
          : `This connection may not act as seat "${seatId}".`,
      );
    }
  }

  /** Applies one command and journals it (fsync) before anything else sees it. */
  private accept(session: OpenSession, command: Command): { ok: true; seq: number } | { ok: false; reason: string } {
    let result;
    try {
      result = session.journal.submit(command);
    } catch (error) {
      // Only an error from the file system is the disk's; anything else is a fault in the program.
      if ((error as NodeJS.ErrnoException).code === undefined) {
        throw new ProtocolError('internal', `Moot Council could not apply this move (a fault in the program; nothing was recorded): ${(error as Error).message}`);
      }
      // The reply may go to a delegation's seat: the path (the instructor's account) stays on the host.
      this.warn(`could not write to ${session.file}: ${(error as Error).message}`);
      throw new ProtocolError('internal', `the move could not be written to the session file (${(error as NodeJS.ErrnoException).code ?? 'write error'}); the facilitator's host has the details.`);
    }
    if (!result.ok) return result;
    session.state = result.state;
    return { ok: true, seq: result.entry.seq };
  }

  /** The commands the delegate policy wants a seat to send now (in order), stamped with the real clock. */
  private movesFor(session: OpenSession, state: SessionState, seat: Seat): Command[] {
    const at = this.now();
    try {
      const fields = { scenario: session.scenario, state, seat, code: seat.state!, seed: state.config.seed, allowed: allowedActions(session.scenario, state, seat.id), at };
      return this.policy(policyContext(fields, () => viewFor(session.scenario, state, { seatId: seat.id }))).map((c) => ({ ...c, by: seat.id, at }));
    } catch (error) {
      this.warn(`AI seat ${seat.id} failed to decide: ${(error as Error).message}`);
      return [];
    }
  }

  /** Lets AI seats move until none has anything more to do now; every move is journaled. */
  private runAi(session: OpenSession): void {
    if (session.busy) return;
    session.busy = true;
    try {
      const refused = new Set<string>();
      for (let guard = 0; guard < 500; guard += 1) {
        let moved = false;
        for (const seat of session.state.config.seats) {
          if (seat.kind !== 'ai' || !seat.state || refused.has(seat.id)) continue;
          for (const command of this.movesFor(session, session.state, seat)) {
            const result = this.accept(session, command);
            if (!result.ok) {
              this.warn(`AI seat ${seat.id} tried ${command.event.type}, refused: ${result.reason}`);
              refused.add(seat.id);
              break;
            }
            moved = true;
          }
        }
        if (!moved) return;
      }
      this.warn('AI seats kept moving after 500 passes; stopped');
    } finally {
      session.busy = false;
    }
  }

  /** Pushes every subscriber its own seat's view and re-arms the phase timer. */
  private afterChange(session: OpenSession): void {
    for (const [connection, seatId] of session.subscribers) {
      if (!session.state.config.seats.some((s) => s.id === seatId)) continue;
      let payload: SessionUpdate;
      try {
        this.checkSeat(connection, session, seatId);
        payload = this.update(session, seatId, connection);
      } catch {
        session.subscribers.delete(connection);
        continue;
      }
      this.options.send(connection, { type: 'update', topic: sessionTopic(session.id), payload });
    }
    this.armTimer(session);
    this.options.onChange?.(session.id);
  }

  private armTimer(session: OpenSession): void {
    if (session.timer) clearTimeout(session.timer);
    session.timer = null;
    const { state } = session;
    if (!this.timersEnabled || !session.header.timers || state.paused || state.timer.durationSeconds === null) return;
    const left = remainingSeconds(state, this.now());
    if (left === null) return;
    const { round, phase } = state;
    session.timer = setTimeout(() => {
      session.timer = null;
      if (!this.sessions.has(session.id) || session.state.round !== round || session.state.phase !== phase) return;
      this.playMissedSeats(session);
      const result = this.accept(session, {
        by: FACILITATOR_SEAT,
        at: this.now(),
        event: { type: 'timer.expired', round, phase },
      });
      if (!result.ok) this.warn(`deadline for ${phase} of round ${round} not applied: ${result.reason}`);
      this.runAi(session);
      this.afterChange(session);
    }, Math.max(0, left) * 1000 + 250);
    session.timer.unref?.();
  }

  /**
   * A deadline passed and the round plan says `onMissedDeadline: ai`: the AI delegate plays each
   * human seat that has not acted in the phase, recorded as the facilitator acting for that seat
   * with the reason in the entry's note. ("abstain" and "no-action" are the core's: open ballots
   * close with an abstention or an absence when timer.expired is applied.)
   */
  private playMissedSeats(session: OpenSession): void {
    if (session.scenario.roundPlan.onMissedDeadline !== 'ai') return;
    for (const seat of session.state.config.seats) {
      if (seat.kind !== 'human' || session.state.actedThisPhase.includes(seat.id)) continue;
      for (let moves = 0; moves < 20; moves += 1) {
        const asAi: SessionState = {
          ...session.state,
          config: { ...session.state.config, seats: session.state.config.seats.map((s) => (s.id === seat.id ? { ...s, kind: 'ai' } : s)) },
        };
        const move = this.movesFor(session, asAi, { ...seat, kind: 'ai' })[0];
        if (!move) break;
        const result = this.accept(session, {
          by: FACILITATOR_SEAT,
          actingFor: seat.id,
          at: this.now(),
          event: move.event,
          ai: { says: move.ai?.says ?? '', coach: `The deadline passed before ${seat.name} acted; under the round plan its AI delegate played this move.` },
        });
        if (!result.ok) break;
      }
    }
  }

  private update(session: OpenSession, seatId: string, connection: string): SessionUpdate {
    return {
      sessionId: session.id,
      seatId,
      meta: this.meta(session, connection, { seatId }),
      view: this.viewOf(session, { seatId }),
      allowed: allowedActions(session.scenario, session.state, seatId),
      now: this.now(),
    };
  }

  private meta(session: OpenSession, connection: string, viewer?: MetaViewer): SessionMeta {
    const localSeats = this.seatsFor(connection, session);
    const facilitatorSeats = session.state.config.seats.filter((s) => s.kind === 'facilitator').map((s) => s.id);
    // The seed makes the AI delegates predictable and the path names the instructor's account:
    // only the facilitator is told them, never a delegation's seat or the projector.
    const facilitator =
      viewer === undefined
        ? localSeats.some((id) => facilitatorSeats.includes(id))
        : viewer !== 'projector' && facilitatorSeats.includes(viewer.seatId);
    return {
      sessionId: session.id,
      file: facilitator ? session.file : null,
      scenarioId: session.scenario.id,
      title: session.scenario.title,
      mode: modeOf(session.header),
      seed: facilitator ? session.state.config.seed : null,
      difficulty: session.state.config.difficulty,
      timers: (session.header.timers ?? false) && this.timersEnabled,
      // Files written elsewhere (the CLI) may have unnamed seats: name them from the scenario.
      seats: session.state.config.seats.map((seat) =>
        seat.name ? seat : { ...seat, name: seat.state ? stateName(session.scenario, seat.state) : 'Facilitator' },
      ),
      localSeats,
      createdAt: session.header.createdAt ?? new Date(statSafe(session.file)).toISOString(),
      ...this.recordNote(session, connection),
      facilitatorAccess: this.facilitatorAccess(connection, session),
    };
  }

  /**
   * Whether the record verified, and what was set aside on opening: for a connection that may act
   * as the facilitator (it names files, and the integrity of the record is the presiding judge's
   * concern).
   */
  private recordNote(session: OpenSession, connection: string): Pick<SessionMeta, 'record'> {
    const facilitator = session.state.config.seats.some((s) => s.kind === 'facilitator' && this.seatsFor(connection, session).includes(s.id));
    if (!facilitator) return {};
    const { status, summary } = session.journal.integrity;
    return { record: { status, summary, notices: session.notices } };
  }

  /** Whether a session's record verified when it was opened (docs/session-log.md §2.1). */
  integrityOf(sessionId: string): { status: 'verified' | 'edited' | 'unverified'; summary: string } {
    const { status, summary } = this.get(sessionId).journal.integrity;
    return { status, summary };
  }

  /** A bare name lives in the sessions folder; otherwise an absolute path. */
  private resolveFile(file: string, forWriting: boolean): string {
    const trimmed = file.trim();
    let path: string;
    if (!/[\\/]/.test(trimmed)) path = join(this.sessionsDir, trimmed);
    else if (isAbsolute(trimmed)) path = resolve(trimmed);
    else throw new ProtocolError('bad-request', 'Give a file name (saved in the sessions folder) or a full path.');
    if (forWriting && !path.endsWith(SESSION_EXTENSION)) path += SESSION_EXTENSION;
    if (!forWriting && !path.endsWith(SESSION_EXTENSION) && !existsSync(path) && existsSync(path + SESSION_EXTENSION)) {
      path += SESSION_EXTENSION;
    }
    return path;
  }
}

function lockedRefusal(): ProtocolError {
  return new ProtocolError('forbidden', "The facilitator's seat is locked with a PIN: choose Facilitator and enter the PIN first.");
}

// ---------------------------------------------------------------------------------------------
// Seats of a new session

/** States that get a seat: the scenario's delegations (with briefs) and the fifteen Council members. */
export function seatableStates(scenario: Scenario): string[] {
  const codes = new Set<string>([...scenario.states.map((s) => s.code), ...councilMembers(scenario)]);
  return [...codes].sort();
}

export function seatsForNewSession(scenario: Scenario, mode: SessionMode, humanStates: readonly string[]): Seat[] {
  const seatable = seatableStates(scenario);
  const humans = new Set(humanStates);
  const unknown = [...humans].filter((c) => !seatable.includes(c));
  if (unknown.length > 0) {
    throw new ProtocolError('invalid', `${unknown.join(', ')} cannot be played in this scenario (only states with a brief or a Council seat)`);
  }
  if (mode === 'solo' && humans.size !== 1) throw new ProtocolError('invalid', 'Solo practice needs exactly one human seat.');
  if (mode === 'hotseat' && humans.size < 2) throw new ProtocolError('invalid', 'Hot-seat needs at least two human seats.');
  const seats: Seat[] = seatable.map((code) => ({
    id: code.toLowerCase(),
    kind: humans.has(code) ? 'human' : 'ai',
    state: code,
    name: stateName(scenario, code),
  }));
  seats.push({ id: FACILITATOR_SEAT, kind: 'facilitator', state: null, name: 'Facilitator' });
  return seats;
}

// ---------------------------------------------------------------------------------------------
// Files

function statSafe(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function uniqueFile(dir: string, stem: string): string {
  let path = join(dir, `${stem}${SESSION_EXTENSION}`);
  for (let n = 2; existsSync(path); n += 1) path = join(dir, `${stem}-${n}${SESSION_EXTENSION}`);
  return path;
}

/**
 * A proposal's agreement id is only the proposer's label for it. An id another negotiation
 * already uses (one the proposer may not even see) is replaced by a free one, so that a refusal
 * never tells a delegation that two others are negotiating (docs/security.md §1). Likewise a
 * draft's id taken by a zero draft the author may not see (freeDraftId).
 */
function withFreeId(state: SessionState, event: SessionEvent, seatId: string): SessionEvent {
  if (event.type === 'draft.circulate' || event.type === 'draft.table') {
    return { ...event, draftId: freeDraftId(state, event.draftId, stateOfSeat(state, seatId)) };
  }
  if (event.type === 'offer.make') return { ...event, offerId: freeOfferId(state, event.offerId) };
  if (event.type === 'offer.answer' && event.counter) return { ...event, counter: { ...event.counter, offerId: freeOfferId(state, event.counter.offerId) } };
  if (event.type === 'group.convene') return { ...event, groupId: freeGroupId(state, event.groupId, (id) => id === PERMANENT_FIVE_GROUP || id.startsWith('region-')) };
  if (event.type !== 'd2r.propose' || !hasOwnEntry(state.agreements, event.agreementId)) return event;
  const from = stateOfSeat(state, seatId) ?? seatId;
  return { ...event, agreementId: nextAgreementId(from, event.to, Object.keys(state.agreements)) };
}
