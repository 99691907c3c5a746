import type { Scenario } from '../scenario/schema';
import type { Command, EventOf, Seat, SessionEventType } from './events';
import type { SessionState } from './state';

/** The machine's context: the scenario it runs and the derived state, as plain data. */
export interface SessionContext {
  scenario: Scenario;
  session: SessionState;
  /**
   * True only inside replay, which hands out no intermediate state: the growing collections (the
   * log, statements, drafts, ballots, …) are then extended in place instead of copied, which keeps
   * replay linear. Everywhere else a state once made never changes (docs/architecture.md, "State
   * and replay"). Every handler goes through the three helpers below, so both paths run one code.
   */
  inPlace?: boolean;
}

/** `[...list, item]`, or the same list extended in place during replay. */
export function appended<T>(ctx: SessionContext, list: T[], item: T): T[] {
  if (!ctx.inPlace) return [...list, item];
  list.push(item);
  return list;
}

/** The list with `list[index]` replaced, or the same list changed in place during replay. */
export function replacedAt<T>(ctx: SessionContext, list: T[], index: number, item: T): T[] {
  if (!ctx.inPlace) return list.map((old, i) => (i === index ? item : old));
  list[index] = item;
  return list;
}

/** `{ ...record, [key]: value }`, or the same record updated in place during replay. */
export function withEntry<K extends string | number, V>(ctx: SessionContext, record: Record<K, V>, key: K, value: V): Record<K, V> {
  if (!ctx.inPlace) return { ...record, [key]: value };
  record[key] = value;
  return record;
}

/** Who a command acts as: the seat it comes from, or the seat the facilitator acts for. */
export interface Actor {
  /** The seat whose move this is (the absent seat when the facilitator acts for it). */
  seat: Seat;
  /** The state that seat represents; null for the facilitator. */
  state: string | null;
  /** When the facilitator acts for an absent seat: the facilitator's seat id. */
  actingFacilitator: string | null;
}

/** A command being checked or applied, with its resolved actor and the seq it will get. */
export interface Act<T extends SessionEventType = SessionEventType> {
  command: Command;
  event: EventOf<T>;
  actor: Actor;
  seq: number;
  at: string;
}

/** The events the machine receives: a command already checked (command-rules.ts), as the act it makes. */
export type MachineEvent = { type: SessionEventType; act: Act };

export function seatById(session: SessionState, seatId: string): Seat | undefined {
  return session.config.seats.find((s) => s.id === seatId);
}

export function seatOfState(session: SessionState, code: string): Seat | undefined {
  return session.config.seats.find((s) => s.state === code && s.kind !== 'facilitator');
}

const representedBySeats = new WeakMap<readonly Seat[], ReadonlySet<string>>();

/** States represented by a (human or AI) seat (worked out once per list of seats). */
export function representedStates(session: SessionState): ReadonlySet<string> {
  const seats = session.config.seats;
  let out = representedBySeats.get(seats);
  if (!out) {
    out = new Set(seats.flatMap((seat) => (seat.kind !== 'facilitator' && seat.state ? [seat.state] : [])));
    representedBySeats.set(seats, out);
  }
  return out;
}

export function nextSeq(session: SessionState): number {
  const last = session.log[session.log.length - 1];
  return last ? last.seq + 1 : 1;
}

/** Resolves the command's actor, or says why the sender may not act as it claims. */
export function resolveActor(session: SessionState, command: Command): Actor | string {
  const sender = seatById(session, command.by);
  if (!sender) return `No seat "${command.by}" in this session.`;
  if (command.actingFor === undefined) {
    return { seat: sender, state: sender.kind === 'facilitator' ? null : sender.state, actingFacilitator: null };
  }
  if (sender.kind !== 'facilitator') {
    return 'A delegation acts only for its own state; only the facilitator may act for an absent seat.';
  }
  const absent = seatById(session, command.actingFor);
  if (!absent) return `No seat "${command.actingFor}" to act for.`;
  if (absent.kind === 'facilitator' || !absent.state) return `Seat "${absent.id}" is not a delegation; the facilitator acts for delegations only.`;
  return { seat: absent, state: absent.state, actingFacilitator: sender.id };
}
