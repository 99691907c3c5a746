import { z } from 'zod';
import { identifier } from '../scenario/schema';
import { sessionUpdateSchema } from './session-messages';

/**
 * The classroom part of the host protocol (docs/classroom.md): the facilitator opens a session
 * to the local network, hands each student a join code for one seat, sees who is connected and
 * who has acted, revokes or re-issues codes; students and the projector join with their code.
 *
 * Who may send what is decided on the host (src/host/classroom): a connection from the local
 * network may only send `host.info`, `classroom.join` and `classroom.auth` until it presents a
 * code, and then only the requests of its seat (or of the projector).
 */

/** The seat id the projector's code is issued for (not a seat of the session). */
export const PROJECTOR_SEAT = 'projector';

/** A join code or the facilitator's code as typed: letters and digits, dashes and spaces ignored. */
export const joinCodeInput = z
  .string()
  .trim()
  .min(16)
  .max(64)
  .regex(/^[A-Za-z0-9 -]+$/, 'letters and digits (dashes and spaces are ignored)');

const sessionId = z.string().min(1).max(64);

export { commandNonce, type CommandNonce } from './nonce';

export const lanAddressSchema = z.strictObject({
  /** The interface's name as the operating system gives it (e.g. "en0", "Wi-Fi"). */
  interface: z.string(),
  address: z.string(),
  /** `http://<address>:<port>/`. */
  url: z.string(),
});
export type LanAddress = z.infer<typeof lanAddressSchema>;

export const classroomSeatSchema = z.strictObject({
  seatId: z.string(),
  name: z.string(),
  state: z.string().nullable(),
  kind: z.enum(['human', 'ai']),
  /** The seat's current join code (facilitator only), or null when none is issued. */
  code: z.string().nullable(),
  /** A client holding the code is connected now. */
  connected: z.boolean(),
  /** When a client of this seat last sent something or went away (ISO), null if never. */
  lastSeenAt: z.string().nullable(),
  /** The seat has acted (or declared itself done) in the current phase. */
  acted: z.boolean(),
});
export type ClassroomSeat = z.infer<typeof classroomSeatSchema>;

export const classroomStatusSchema = z.strictObject({
  sessionId,
  /** Where students reach the host, when it listens on the local network. */
  listening: z
    .strictObject({
      port: z.number().int(),
      /** One per non-internal IPv4 interface; empty when the computer is on no network. */
      addresses: z.array(lanAddressSchema),
      /** The same listener seen from this computer (for testing the join screen locally). */
      localUrl: z.string(),
    })
    .nullable(),
  seats: z.array(classroomSeatSchema),
  projector: z.strictObject({ code: z.string().nullable(), connected: z.number().int() }),
  /** What happens to a seat that misses a deadline (the scenario's round plan). */
  onMissedDeadline: z.enum(['abstain', 'no-action', 'ai']),
  /** Host clock (ISO). */
  now: z.string(),
});
export type ClassroomStatus = z.infer<typeof classroomStatusSchema>;

export const classroomJoinResultSchema = z.strictObject({
  role: z.enum(['seat', 'projector']),
  sessionId,
  /** The seat (or "projector"). */
  seatId: z.string(),
  /** The delegation's name, or "Projector". */
  name: z.string(),
  title: z.string(),
  /** Host clock (ISO), for the countdown. */
  now: z.string(),
});
export type ClassroomJoinResult = z.infer<typeof classroomJoinResultSchema>;

/** The topic of a session's classroom status pushes (to watching facilitator connections). */
export function classroomTopic(id: string): string {
  return `classroom:${id}`;
}

const seatOrProjector = identifier;

export const CLASSROOM_REQUESTS = {
  /** A student's or the projector's code: binds this connection to that seat. */
  'classroom.join': {
    payload: z.strictObject({ code: joinCodeInput }),
    result: classroomJoinResultSchema,
  },
  /** The facilitator's code (browser mode on the network): this connection becomes the facilitator. */
  'classroom.auth': {
    payload: z.strictObject({ token: joinCodeInput }),
    result: z.strictObject({ role: z.literal('facilitator') }),
  },
  /**
   * Facilitator: listen on the local network (if not yet) and issue codes for the session's
   * human seats; `seats` first hands those delegations (played by AI delegates) to students.
   */
  'classroom.open': {
    payload: z.strictObject({ sessionId, seats: z.array(identifier).max(200).default([]) }),
    result: classroomStatusSchema,
  },
  /** Facilitator: stop listening on the local network (every network client is disconnected). */
  'classroom.close': {
    payload: z.strictObject({}).default({}),
    result: z.strictObject({}),
  },
  /** Facilitator: the room's state; with `watch`, later changes are pushed on classroomTopic. */
  'classroom.status': {
    payload: z.strictObject({ sessionId, watch: z.boolean().default(false) }),
    result: classroomStatusSchema,
  },
  /**
   * Facilitator: a new code for a seat (or "projector"); the old one stops working and its client
   * is disconnected. A seat played by the AI is handed to a person first (seat.assign).
   */
  'classroom.issue': {
    payload: z.strictObject({ sessionId, seatId: seatOrProjector }),
    result: classroomStatusSchema,
  },
  /** Facilitator: revoke a seat's code (its client is disconnected); optionally hand the seat to the AI. */
  'classroom.revoke': {
    payload: z.strictObject({
      sessionId,
      seatId: seatOrProjector,
      toAi: z.boolean().default(false),
    }),
    result: classroomStatusSchema,
  },
  /** The projector's view (public record only); later changes are pushed on the session's topic. */
  'classroom.projector': {
    payload: z.strictObject({ sessionId }),
    result: sessionUpdateSchema,
  },
} as const;
