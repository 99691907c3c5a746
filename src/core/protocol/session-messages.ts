import { z } from 'zod';
import { identifier, stateCode } from '../scenario/schema';
import { seat, sessionEvent } from '../session/events';
import { commandNonce } from './nonce';
import type { AllowedAction, SessionView } from '../session';
import type { ExposureReport, JudgmentComparison, StateWhatIf } from '../law';

/** `session.compare`'s answer: the two sessions by name, the round of the fork, the comparison. */
export interface SessionComparisonResult {
  before: string;
  after: string;
  round: number;
  comparison: JudgmentComparison;
}

/**
 * The session part of the host protocol: create, open, save and list sessions, subscribe a
 * connection to one seat's view, submit a seat's event. Which seats a connection may act as is
 * the host's decision; every push for a subscription carries only viewFor(that seat).
 */

export const sessionMode = z.enum(['solo', 'hotseat', 'facilitator']);
export type SessionMode = z.infer<typeof sessionMode>;

export const difficulty = z.enum(['cooperative', 'realistic', 'hard-nosed']);

const sessionId = z.string().min(1).max(64);
/** Shortest and longest facilitator PIN or passphrase accepted. */
export const MIN_FACILITATOR_PIN_LENGTH = 4;
export const MAX_FACILITATOR_PIN_LENGTH = 128;
/** The facilitator's PIN or passphrase as typed (kept by the host only as a salted hash). */
const facilitatorPin = z
  .string()
  .min(MIN_FACILITATOR_PIN_LENGTH, `The facilitator PIN needs at least ${MIN_FACILITATOR_PIN_LENGTH} characters.`)
  .max(MAX_FACILITATOR_PIN_LENGTH, `The facilitator PIN may have at most ${MAX_FACILITATOR_PIN_LENGTH} characters.`);

/**
 * Whether this connection may hold the facilitator's seat: "open" (the session has no PIN),
 * "locked" (it may, after session.unlockFacilitator), "unlocked", or "unavailable" (never: a
 * classroom student's or the projector's connection).
 */
export const facilitatorAccess = z.enum(['open', 'locked', 'unlocked', 'unavailable']);
export type FacilitatorAccess = z.infer<typeof facilitatorAccess>;

/** A session file: a bare name (saved in the sessions folder) or an absolute path. */
const sessionFile = z.string().trim().min(1).max(1024);

export const sessionCreatePayload = z.strictObject({
  scenarioId: z.string().min(1).max(128),
  seed: z.number().int().min(0).max(2 ** 31 - 1),
  mode: sessionMode,
  /** States played by people (one in solo practice, several in hot-seat, none facilitator-only). */
  humanStates: z.array(stateCode).max(200).default([]),
  difficulty: difficulty.default('realistic'),
  /** Whether the host ends phases when their timers run out. */
  timers: z.boolean().default(true),
  /**
   * The facilitator's PIN or passphrase, guarding the facilitator's seat on a shared screen
   * (docs/hot-seat.md); null to play without one. Hot-seat must say which; solo and
   * facilitator-only may leave it out (no PIN).
   */
  facilitatorPin: facilitatorPin.nullable().optional(),
});
export type SessionCreatePayload = z.input<typeof sessionCreatePayload>;

/** What a connection knows about an open session (no state: that comes per seat). */
export const sessionMetaSchema = z.strictObject({
  sessionId,
  /** The session file's path on the host: for the facilitator only (null for a seat or the projector). */
  file: z.string().nullable(),
  scenarioId: z.string(),
  title: z.string(),
  mode: sessionMode.or(z.literal('classroom')),
  /** The seed (it makes the AI delegates predictable): for the facilitator only, else null. */
  seed: z.number().int().nullable(),
  difficulty,
  timers: z.boolean(),
  seats: z.array(seat),
  /** Seats this connection may act as (the host decides). */
  localSeats: z.array(z.string()),
  createdAt: z.string(),
  /**
   * For the facilitator: whether the record verified against its tamper-evidence chain, and
   * notices from opening the file (a damaged last line set aside), in words.
   */
  record: z
    .strictObject({
      status: z.enum(['verified', 'edited', 'unverified']),
      summary: z.string(),
      notices: z.array(z.string()),
    })
    .optional(),
  /** Whether this connection holds, or may unlock, the facilitator's seat (docs/hot-seat.md). */
  facilitatorAccess,
});
export type SessionMeta = z.infer<typeof sessionMetaSchema>;

export const recentSessionSchema = z.strictObject({
  file: z.string(),
  name: z.string(),
  scenarioId: z.string(),
  title: z.string(),
  mode: z.string(),
  /** Not for a session with a facilitator PIN: its seed is the facilitator's (docs/hot-seat.md). */
  seed: z.number().int().nullable(),
  humanStates: z.array(z.string()),
  /** The same states by name, as a list of sessions shows them. */
  humanDelegations: z.array(z.string()),
  events: z.number().int(),
  modifiedAt: z.string(),
  /** Open in this host right now. */
  open: z.boolean(),
});
export type RecentSession = z.infer<typeof recentSessionSchema>;

const allowedActionSchema = z.custom<AllowedAction>(
  (v) => typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string',
);
const sessionViewSchema = z.custom<SessionView>(
  (v) => typeof v === 'object' && v !== null && 'state' in v && 'scenario' in v && 'viewer' in v,
  'a session view',
);

/** One seat's view of a session: the subscribe result and the payload of every push for it. */
export const sessionUpdateSchema = z.strictObject({
  sessionId,
  seatId: z.string(),
  meta: sessionMetaSchema,
  view: sessionViewSchema,
  allowed: z.array(allowedActionSchema),
  /** The host's clock when the view was made (ISO), for the timer countdown. */
  now: z.string(),
});
export type SessionUpdate = z.infer<typeof sessionUpdateSchema>;

/** The topic of a session's pushes. */
export function sessionTopic(id: string): string {
  return `session:${id}`;
}

const submitResult = z.union([
  z.strictObject({ ok: z.literal(true), seq: z.number().int() }),
  z.strictObject({ ok: z.literal(false), reason: z.string() }),
]);

export const SESSION_REQUESTS = {
  'session.create': { payload: sessionCreatePayload, result: sessionMetaSchema },
  'session.open': { payload: z.strictObject({ file: sessionFile }), result: sessionMetaSchema },
  'session.saveAs': {
    payload: z.strictObject({ sessionId, file: sessionFile, overwrite: z.boolean().default(false) }),
    result: sessionMetaSchema,
  },
  'session.recent': {
    payload: z.strictObject({}).default({}),
    result: z.strictObject({ sessions: z.array(recentSessionSchema), folder: z.string() }),
  },
  'session.info': { payload: z.strictObject({ sessionId }), result: sessionMetaSchema },
  'session.subscribe': {
    payload: z.strictObject({ sessionId, seatId: identifier }),
    result: sessionUpdateSchema,
  },
  'session.unsubscribe': {
    payload: z.strictObject({ sessionId }),
    result: z.strictObject({}),
  },
  'session.submit': {
    payload: z.strictObject({
      sessionId,
      seatId: identifier,
      event: sessionEvent,
      /** The facilitator acting for an absent delegation's seat (recorded as such). */
      actingFor: identifier.optional(),
      /** Replay protection (required from classroom clients): see commandNonce. */
      nonce: commandNonce.optional(),
    }),
    result: submitResult,
  },
  /**
   * The court's judgment (the law engine's exposure report on the whole record): for every seat
   * once it is delivered (the debrief), before that only for the facilitator (provisional). A
   * seat's view lacks other states' intelligence, so the renderer asks the host rather than
   * judging its own view.
   */
  'session.report': {
    payload: z.strictObject({ sessionId, seatId: identifier }),
    result: z.custom<ExposureReport>((v) => typeof v === 'object' && v !== null && Array.isArray((v as { states?: unknown }).states), 'an exposure report'),
  },
  /**
   * What would have changed the findings against one state (docs/law.md §13), asked for on demand
   * from the judgment screen: public when the judgment is (as `session.report`). A seat may ask
   * about its own state only (an empty list for any other); the facilitator about any state.
   */
  'session.whatIf': {
    payload: z.strictObject({ sessionId, seatId: identifier, state: stateCode }),
    result: z.custom<StateWhatIf[]>((v) => Array.isArray(v), 'a list of searches by state'),
  },
  /**
   * Plays the session again from the start of a round (docs/fork.md): a new session, with the
   * record up to that round, opened at once. The facilitator's (in solo, the student's own seat).
   */
  'session.fork': {
    payload: z.strictObject({ sessionId, round: z.number().int().min(1).max(20) }),
    result: sessionMetaSchema,
  },
  /**
   * A fork's judgment beside the judgment of the session it was played again from: findings added,
   * removed and changed, exposures before and after. Only once both judgments are public to the
   * seat (the debrief; the facilitator always), as `session.report`.
   */
  'session.compare': {
    payload: z.strictObject({ sessionId, seatId: identifier }),
    result: z.custom<SessionComparisonResult>(
      (v) => typeof v === 'object' && v !== null && typeof (v as { comparison?: unknown }).comparison === 'object',
      'a comparison of two judgments',
    ),
  },
  /**
   * Opens the facilitator's seat to this connection when the PIN is right (a wrong PIN is
   * refused in words; after a few wrong ones the host stops listening for a while). Until then
   * the host refuses this connection everything that is the facilitator's: the seat's view, its
   * moves (phases, pause and resume, acting for a seat, the judgment), the provisional
   * judgment, the full record's export and the classroom controls.
   */
  'session.unlockFacilitator': {
    payload: z.strictObject({ sessionId, pin: z.string().min(1).max(MAX_FACILITATOR_PIN_LENGTH) }),
    result: sessionMetaSchema,
  },
  /** Closes the facilitator's seat to this connection again (also done by moving to a delegation's seat). */
  'session.lockFacilitator': {
    payload: z.strictObject({ sessionId }),
    result: sessionMetaSchema,
  },
  'session.allowed': {
    payload: z.strictObject({ sessionId, seatId: identifier }),
    result: z.strictObject({ actions: z.array(allowedActionSchema) }),
  },
} as const;
