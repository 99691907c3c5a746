import { z } from 'zod';
import { scenarioSchema, teachingNotes } from '../scenario/schema';
import { SESSION_REQUESTS } from './session-messages';
import { EXPORT_REQUESTS } from './export';
import { CLASSROOM_REQUESTS } from './classroom';

/**
 * The host message protocol (docs/design.md §5.4): one typed vocabulary spoken by the renderer and the
 * host over any transport (Electron IPC in the desktop app, WebSocket in browser mode).
 *
 * - A request is an envelope `{ id, type, payload }`. `type` names an entry of
 *   {@link REQUESTS}; the payload is validated with that entry's schema on arrival.
 * - Every request gets exactly one reply `{ id, ok: true, result }` or
 *   `{ id, ok: false, error: { code, message } }`.
 * - The host may push `{ type: 'update', topic, payload }` at any time (e.g. a session's state
 *   for a subscribed seat), and the desktop shell pushes `{ type: 'command', command }` for
 *   menu items.
 *
 * Adding a message (e.g. `session.create`, `session.submit`, `session.subscribe`) means adding
 * an entry to REQUESTS and a handler in the host; transports never change, because they only
 * move envelopes, replies and pushes.
 */

export const PROTOCOL_VERSION = 1;

/** Upper bound for one message on the wire (bytes of JSON), checked by every transport. */
export const MAX_MESSAGE_BYTES = 1024 * 1024;
/** A scenario file sent by the app must fit in one message, with room for the envelope. */
export const MAX_SCENARIO_TEXT = 900 * 1024;

const requestId = z.string().min(1).max(64);
const requestType = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)*$/, 'a dotted message type, e.g. "scenario.get"');

export const envelopeSchema = z.strictObject({
  id: requestId,
  type: requestType,
  payload: z.unknown().optional(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

export const errorCode = z.enum([
  'bad-request', // the envelope or payload failed validation
  'unknown-type', // no such request type
  'not-found', // the thing named does not exist
  'invalid', // the thing exists but is not valid (e.g. a broken scenario file)
  'internal', // a bug or an I/O failure on the host
  'forbidden', // this connection may not send that (classroom: not its seat, not the facilitator)
  'rate-limited', // too many messages too fast from this connection; nothing was done
]);
export type ErrorCode = z.infer<typeof errorCode>;

export const replySchema = z.union([
  z.strictObject({ id: requestId, ok: z.literal(true), result: z.unknown() }),
  z.strictObject({
    id: z.string(),
    ok: z.literal(false),
    error: z.strictObject({ code: errorCode, message: z.string() }),
  }),
]);
export type Reply = z.infer<typeof replySchema>;

// ---------------------------------------------------------------------------------------------
// Results

export const hostInfoSchema = z.strictObject({
  protocolVersion: z.number().int(),
  appVersion: z.string(),
  transport: z.enum(['ipc', 'websocket']),
});
export type HostInfo = z.infer<typeof hostInfoSchema>;

const problem = z.strictObject({ path: z.string(), message: z.string() });

/** One line of the Home list. A broken file is listed with its problems, not hidden. */
export const scenarioSummarySchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    id: z.string(),
    file: z.string(),
    title: z.string(),
    summary: z.string(),
    kind: z.enum(['historical', 'fictional']),
    year: z.number().int().optional(),
    /** Delegations with a full brief in the scenario. */
    states: z.number().int(),
    rounds: z.number().int(),
    territorialState: z.string(),
  }),
  z.strictObject({
    ok: z.literal(false),
    file: z.string(),
    problems: z.array(problem),
  }),
]);
export type ScenarioSummary = z.infer<typeof scenarioSummarySchema>;

/**
 * What anyone may see of a scenario before a session starts (publicScenario at the opening round,
 * src/core/session/view.ts): the crisis, the membership, the Council, the treaties, the round plan
 * and the evidence as the crisis opens. Never the confidential briefs, the AI policy parameters,
 * the relationships, the intelligence, the injects, later evidence or the teaching notes.
 */
export const scenarioOverviewSchema = scenarioSchema
  .omit({ states: true, teachingNotes: true, relationships: true, intelligence: true, injects: true })
  .extend({
    file: z.string(),
    states: z.array(z.strictObject({ code: z.string(), name: z.string() })),
    /** code -> display name, for every state the overview mentions. */
    names: z.record(z.string(), z.string()),
  });
export type ScenarioOverview = z.infer<typeof scenarioOverviewSchema>;

const scenarioFoldersSchema = z.strictObject({ shipped: z.string(), added: z.array(z.string()) });
/**
 * A scenario's teaching notes for the facilitator's overview (`scenario.teachingNotes`): its
 * objectives, questions, expected findings and ordering, with the states' display names. The
 * facilitator's only: a delegation's seat and the projector are refused (src/host/classroom).
 */
export const scenarioTeachingNotesSchema = z.strictObject({
  notes: teachingNotes,
  /** code -> display name, for every state the notes mention. */
  names: z.record(z.string(), z.string()),
});
export type ScenarioTeachingNotes = z.infer<typeof scenarioTeachingNotesSchema>;

// ---------------------------------------------------------------------------------------------
// Requests: type -> payload schema and result schema

export const REQUESTS = {
  'host.info': { payload: z.strictObject({}).default({}), result: hostInfoSchema },
  'scenarios.list': {
    payload: z.strictObject({}).default({}),
    result: z.strictObject({ scenarios: z.array(scenarioSummarySchema) }),
  },
  'scenario.get': {
    payload: z.strictObject({ id: z.string().min(1).max(128) }),
    result: scenarioOverviewSchema,
  },
  /**
   * A scenario file chosen or dropped in the app (File › Open scenario…, or Home): validated with
   * the code `moot-council validate` uses; when valid the host keeps it open (by its id) for its
   * overview and new sessions, else it answers its problems, the field path in words.
   */
  'scenario.check': {
    payload: z.strictObject({ fileName: z.string().min(1).max(255), text: z.string().max(MAX_SCENARIO_TEXT) }),
    result: z.discriminatedUnion('ok', [
      z.strictObject({ ok: z.literal(true), id: z.string(), title: z.string() }),
      z.strictObject({
        ok: z.literal(false),
        problems: z.array(z.strictObject({ where: z.string(), message: z.string() })),
      }),
    ]),
  },
  /**
   * The folders Home lists scenarios from: the one the app was started with and those the
   * instructor added in the app (kept in the host's settings). Paths of this computer; a LAN
   * student's connection may not send these.
   */
  'scenarios.folders': { payload: z.strictObject({}).default({}), result: scenarioFoldersSchema },
  'scenarios.addFolder': { payload: z.strictObject({ path: z.string().min(1).max(4096) }), result: scenarioFoldersSchema },
  'scenarios.removeFolder': { payload: z.strictObject({ path: z.string().min(1).max(4096) }), result: scenarioFoldersSchema },
  'scenario.teachingNotes': {
    payload: z.strictObject({ id: z.string().min(1).max(128) }),
    result: scenarioTeachingNotesSchema,
  },
  ...SESSION_REQUESTS,
  ...EXPORT_REQUESTS,
  ...CLASSROOM_REQUESTS,
} as const;

export * from './session-messages';
export * from './export';
export * from './classroom';

export type RequestType = keyof typeof REQUESTS;
export type RequestPayload<T extends RequestType> = z.input<(typeof REQUESTS)[T]['payload']>;
export type ParsedPayload<T extends RequestType> = z.output<(typeof REQUESTS)[T]['payload']>;
export type RequestResult<T extends RequestType> = z.output<(typeof REQUESTS)[T]['result']>;

export function isRequestType(type: string): type is RequestType {
  return Object.prototype.hasOwnProperty.call(REQUESTS, type);
}

// ---------------------------------------------------------------------------------------------
// Pushes

/** Commands from the desktop shell's menu; the renderer decides what each does. */
export const shellCommand = z.enum([
  'session.new',
  'session.open',
  'scenario.open',
  'session.saveAs',
  'session.export',
  'theme.toggle',
  'help.about',
]);
export type ShellCommand = z.infer<typeof shellCommand>;

export const pushSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('update'),
    topic: z.string().min(1).max(128),
    payload: z.unknown(),
    /** Set when the connection asked for patches (WebSocket `/ws?patch=1`): the base of the next patch. */
    version: z.number().int().optional(),
  }),
  z.strictObject({ type: z.literal('command'), command: shellCommand }),
  /**
   * What changed in one seat's view since the update (or patch) numbered `base` of the same
   * topic and seat (see ../shared/json-patch.ts); sent only to connections that asked for patches, and only
   * between two views of the same seat. The client turns it back into an `update`.
   */
  z.strictObject({
    type: z.literal('patch'),
    topic: z.string().min(1).max(128),
    seatId: z.string().max(64),
    base: z.number().int(),
    version: z.number().int(),
    ops: z.array(z.unknown()),
  }),
]);
export type Push = z.infer<typeof pushSchema>;

// ---------------------------------------------------------------------------------------------
// Helpers

export type ValidatedRequest = {
  [T in RequestType]: { id: string; type: T; payload: ParsedPayload<T> };
}[RequestType];

/** Validates an incoming message: the envelope, the type, then the payload. */
export function parseRequest(
  message: unknown,
): { ok: true; request: ValidatedRequest } | { ok: false; reply: Reply } {
  const envelope = envelopeSchema.safeParse(message);
  if (!envelope.success) {
    const id =
      typeof message === 'object' &&
      message !== null &&
      typeof (message as { id?: unknown }).id === 'string'
        ? String((message as { id: string }).id).slice(0, 64)
        : '';
    return { ok: false, reply: errorReply(id, 'bad-request', describeZodError(envelope.error)) };
  }
  const { id, type } = envelope.data;
  if (!isRequestType(type)) {
    return { ok: false, reply: errorReply(id, 'unknown-type', `unknown request type "${type}"`) };
  }
  const payload = REQUESTS[type].payload.safeParse(envelope.data.payload ?? {});
  if (!payload.success) {
    return {
      ok: false,
      reply: errorReply(id, 'bad-request', `${type}: ${describeZodError(payload.error)}`),
    };
  }
  return { ok: true, request: { id, type, payload: payload.data } as ValidatedRequest };
}

export function errorReply(id: string, code: ErrorCode, message: string): Reply {
  return { id, ok: false, error: { code, message } };
}

export function okReply(id: string, result: unknown): Reply {
  return { id, ok: true, result };
}

export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) =>
      issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

/** Thrown by host handlers to produce a typed error reply. */
export class ProtocolError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ProtocolError';
  }
}
