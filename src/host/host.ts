import {
  PROTOCOL_VERSION,
  ProtocolError,
  errorReply,
  okReply,
  parseRequest,
  type ParsedPayload,
  type Push,
  type Reply,
  type RequestResult,
  type RequestType,
} from '../core/protocol';
import { appVersion, defaultScenariosDir, sessionsDir } from './paths';
import { ScenarioFolderSettings } from './scenario-folders';
import { loadScenarioText, pathInWords } from '../core/scenario/load';
import { basename } from 'node:path';
import { ScenarioStore, toOverview, toTeachingNotes } from './scenarios';
import { SessionService } from './sessions';
import { handleSessionExport } from './export-service';
import type { PdfPrinter } from './export';
import { ClassroomService } from './classroom/service';
import { listenForClassroom } from './classroom/listen';
import type { LanAddress } from '../core/protocol/classroom';
import type { DelegatePolicy } from '../core/session/delegate-policy';

export interface HostOptions {
  /** Folder of shipped scenario files. */
  scenariosDir?: string;
  /**
   * Where the host keeps the scenario folders added in the app (a JSON settings file); without
   * it they last as long as the host (tests).
   */
  settingsFile?: string;
  /** Folder where sessions are saved (created on first save). */
  sessionsDir?: string;
  appVersion?: string;
  /** Prints transcripts to PDF (the desktop app passes Electron's printToPDF); default Chromium via playwright-core. */
  pdfPrinter?: PdfPrinter;
  /** Set false to never run phase timers (tests). */
  sessionTimers?: boolean;
  /** Plays the AI seats (default the AI delegates; tests give their own). */
  policy?: DelegatePolicy;
  /**
   * Classroom mode. `listenOnDemand`: whether Open to classroom may start a listener open to the
   * network (the desktop app: the facilitator's explicit choice); off by default, so a host never
   * listens beyond what it was started with. Where that listener binds (default 0.0.0.0:5318) and
   * the web bundle it serves (default out/web, else out/renderer).
   */
  classroom?: { listenOnDemand?: boolean; port?: number; bind?: string; webRoot?: string; addresses?: (port: number) => LanAddress[] };
}

/** Which transport a request arrived on, and which connection sent it (pushes go back to it). */
export interface RequestContext {
  transport: 'ipc' | 'websocket';
  /** The connection's id (one per WebSocket, one per window); "local" when not given. */
  connection?: string;
}

type Handler<T extends RequestType> = (
  payload: ParsedPayload<T>,
  context: RequestContext,
) => Promise<RequestResult<T>> | RequestResult<T>;

type PushListener = (push: Push) => void;
type AddressedListener = (connection: string, push: Push) => void;

/**
 * The host: plain Node, no Electron. It owns scenarios (and, later, sessions) and answers the
 * protocol of src/core/protocol. Every message is validated on arrival; transports (IPC,
 * WebSocket) only move envelopes to {@link Host.handle} and pushes out of {@link Host.onPush}.
 */
export class Host {
  readonly scenarios: ScenarioStore;
  readonly scenarioFolders: ScenarioFolderSettings;
  readonly sessionsDir: string;
  readonly appVersion: string;
  readonly sessions: SessionService;
  readonly classroom: ClassroomService;
  private readonly listeners = new Set<PushListener>();
  private readonly addressed = new Set<AddressedListener>();
  private readonly handlers: { [T in RequestType]: Handler<T> };

  constructor(options: HostOptions = {}) {
    this.scenarioFolders = new ScenarioFolderSettings(options.settingsFile);
    this.scenarios = new ScenarioStore(options.scenariosDir ?? defaultScenariosDir(), () => this.scenarioFolders.list());
    this.sessionsDir = options.sessionsDir ?? sessionsDir();
    this.appVersion = options.appVersion ?? appVersion();
    this.sessions = new SessionService({
      scenarios: this.scenarios,
      sessionsDir: this.sessionsDir,
      send: (connection, push) => this.pushTo(connection, push),
      ...(options.sessionTimers === false ? { timers: false } : {}),
      ...(options.policy ? { policy: options.policy } : {}),
      access: (connection, sessionId) => this.classroom.seatsFor(connection, sessionId),
      onChange: (sessionId) => this.classroom.sessionChanged(sessionId),
      onClose: (sessionId) => this.classroom.sessionClosed(sessionId),
    });
    const lan = options.classroom ?? {};
    this.classroom = new ClassroomService({
      sessions: this.sessions,
      send: (connection, push) => this.pushTo(connection, push),
      ...(lan.listenOnDemand ? { listen: (port: number, bind: string) => listenForClassroom(this, port, bind, lan.webRoot) } : {}),
      ...(lan.port !== undefined ? { lanPort: lan.port } : {}),
      ...(lan.bind !== undefined ? { lanBind: lan.bind } : {}),
      ...(lan.addresses ? { addresses: lan.addresses } : {}),
    });
    const conn = (context: RequestContext) => context.connection ?? 'local';
    this.handlers = {
      'host.info': (_payload, context) => ({
        protocolVersion: PROTOCOL_VERSION,
        appVersion: this.appVersion,
        transport: context.transport,
      }),
      'scenarios.list': async () => ({ scenarios: await this.scenarios.summaries() }),
      'scenario.get': async ({ id }) => {
        const loaded = await this.scenarios.get(id);
        if (!loaded) throw new ProtocolError('not-found', `no scenario with id "${id}"`);
        if (!loaded.ok) {
          const first = loaded.problems[0];
          throw new ProtocolError(
            'invalid',
            `${loaded.file} is not a valid scenario (${loaded.problems.length} problem(s))${first ? `: ${first.path ? `${first.path}: ` : ''}${first.message}` : ''}`,
          );
        }
        return toOverview(loaded.file, loaded.scenario);
      },
      'scenario.check': ({ fileName, text }) => {
        const result = loadScenarioText(text);
        if (!result.ok) return { ok: false as const, problems: result.problems.map((p) => ({ where: pathInWords(p.path), message: p.message })) };
        this.scenarios.open(basename(fileName), result.scenario);
        return { ok: true as const, id: result.scenario.id, title: result.scenario.title };
      },
      'scenarios.folders': () => this.foldersNow(),
      'scenarios.addFolder': ({ path }) => {
        try {
          this.scenarioFolders.add(path);
        } catch (error) {
          throw new ProtocolError('invalid', (error as Error).message);
        }
        return this.foldersNow();
      },
      'scenarios.removeFolder': ({ path }) => {
        this.scenarioFolders.remove(path);
        return this.foldersNow();
      },
      // Not among a student's or the projector's requests (src/host/classroom/service.ts): the
      // facilitator's only.
      'scenario.teachingNotes': async ({ id }) => {
        const loaded = await this.scenarios.get(id);
        if (!loaded || !loaded.ok) throw new ProtocolError('not-found', `no valid scenario with id "${id}"`);
        return toTeachingNotes(loaded.scenario);
      },
      'session.create': (payload, context) => this.sessions.create(payload, conn(context)),
      'session.open': ({ file }, context) => this.sessions.open(file, conn(context)),
      // A copy of the file holds every brief: only the facilitator may make one (behind the PIN).
      'session.saveAs': ({ sessionId, file, overwrite }, context) => {
        this.sessions.requireFacilitator(conn(context), sessionId);
        return this.sessions.saveAs(sessionId, file, overwrite, conn(context));
      },
      'session.recent': () => this.sessions.recent(),
      'session.info': ({ sessionId }, context) => this.sessions.info(sessionId, conn(context)),
      'session.subscribe': ({ sessionId, seatId }, context) =>
        this.sessions.subscribe(conn(context), sessionId, seatId),
      'session.unsubscribe': ({ sessionId }, context) => {
        this.sessions.unsubscribe(conn(context), sessionId);
        return {};
      },
      'session.submit': (payload, context) =>
        this.classroom.submit(conn(context), payload, () =>
          this.sessions.submit(conn(context), payload.sessionId, payload.seatId, payload.event, payload.actingFor),
        ),
      'session.unlockFacilitator': ({ sessionId, pin }, context) =>
        this.sessions.unlockFacilitator(conn(context), sessionId, pin),
      'session.lockFacilitator': ({ sessionId }, context) => this.sessions.lockFacilitator(conn(context), sessionId),
      'session.allowed': ({ sessionId, seatId }, context) =>
        this.sessions.allowed(conn(context), sessionId, seatId),
      'session.report': ({ sessionId, seatId }, context) => this.sessions.report(conn(context), sessionId, seatId),
      'session.whatIf': ({ sessionId, seatId, state }, context) => this.sessions.whatIf(conn(context), sessionId, seatId, state),
      'session.fork': ({ sessionId, round }, context) => this.sessions.fork(sessionId, round, conn(context)),
      'session.compare': ({ sessionId, seatId }, context) => this.sessions.compare(conn(context), sessionId, seatId),
      'session.export': (payload, context) => handleSessionExport(this.sessions, payload, conn(context), options.pdfPrinter),
      'classroom.join': ({ code }, context) => this.classroom.join(conn(context), code),
      'classroom.auth': ({ token }, context) => this.classroom.auth(conn(context), token),
      // The classroom controls are the facilitator's: behind the PIN when the session has one.
      'classroom.open': ({ sessionId, seats }, context) => {
        this.sessions.requireFacilitator(conn(context), sessionId);
        return this.classroom.open(sessionId, seats);
      },
      'classroom.close': async (_payload, context) => {
        // Closing the classroom disconnects every student: the facilitator's, behind each session's PIN.
        for (const sessionId of this.classroom.sessionsWithCodes()) this.sessions.requireFacilitator(conn(context), sessionId);
        await this.classroom.close();
        return {};
      },
      'classroom.status': ({ sessionId, watch }, context) => {
        this.sessions.requireFacilitator(conn(context), sessionId);
        return this.classroom.status(conn(context), sessionId, watch);
      },
      'classroom.issue': ({ sessionId, seatId }, context) => {
        this.sessions.requireFacilitator(conn(context), sessionId);
        return this.classroom.issue(sessionId, seatId);
      },
      'classroom.revoke': ({ sessionId, seatId, toAi }, context) => {
        this.sessions.requireFacilitator(conn(context), sessionId);
        return this.classroom.revoke(sessionId, seatId, toAi);
      },
      'classroom.projector': ({ sessionId }, context) => this.classroom.projector(conn(context), sessionId),
    };
  }

  /** Answers one message. Never throws: every failure becomes an error reply. */
  async handle(message: unknown, context: RequestContext): Promise<Reply> {
    const parsed = parseRequest(message);
    if (!parsed.ok) return parsed.reply;
    const { id, type, payload } = parsed.request;
    // Classroom: a connection from the network may only send what its code allows.
    const denied = this.classroom.authorize(context.connection ?? 'local', parsed.request);
    if (denied) return errorReply(id, denied.code, denied.message);
    try {
      const handler = this.handlers[type] as Handler<typeof type>;
      return okReply(id, await handler(payload as never, context));
    } catch (error) {
      if (error instanceof ProtocolError) return errorReply(id, error.code, error.message);
      return errorReply(
        id,
        'internal',
        `internal error handling ${type}: ${(error as Error).message ?? String(error)}`,
      );
    }
  }

  /** Subscribes a transport to server pushes; returns the unsubscribe function. */
  /** The scenarios folder and the folders added in the app, as Home lists them. */
  private foldersNow(): RequestResult<'scenarios.folders'> {
    return { shipped: this.scenarios.dir, added: [...this.scenarioFolders.list()] };
  }

  onPush(listener: PushListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Subscribes a transport to pushes addressed to one connection (session views); the transport
   * delivers each only to that connection. Returns the unsubscribe function.
   */
  onAddressedPush(listener: AddressedListener): () => void {
    this.addressed.add(listener);
    return () => this.addressed.delete(listener);
  }

  /** A connection closed: its subscriptions end. */
  disconnect(connection: string): void {
    this.sessions.disconnect(connection);
  }

  /** Sends a push to every connected client (never session state: that is addressed). */
  protected push(message: Push): void {
    for (const listener of this.listeners) listener(message);
  }

  protected pushTo(connection: string, message: Push): void {
    for (const listener of this.addressed) listener(connection, message);
  }
}
