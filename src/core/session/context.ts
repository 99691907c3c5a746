import type { Scenario } from '../scenario/schema';
import type { Command, EventOf, Seat, SessionEventType } from './events';
import type { SessionState } from './state';

/** The machine's context: the scenario it runs and the derived state, as plain data. */
export interface SessionContext {
  scenario: Scenario;
  session: SessionState;
  /**
   * Set only inside replay, where no intermediate state escapes: the long lists (log,
   * statements, channels, …) are extended in place instead of copied, which keeps replay linear.
   */
  appendInPlace?: boolean;
}

/** `[...list, item]`, or the same list extended in place during replay. */
export function appended<T>(ctx: SessionContext, list: T[], item: T): T[] {
  if (!ctx.appendInPlace) return [...list, item];
  list.push(item);
  return list;
}

/** `{ ...record, [key]: value }`, or the same record updated in place during replay. */
export function withEntry<V>(ctx: SessionContext, record: Record<string | number, V>, key: string | number, value: V): Record<string | number, V> {
  if (!ctx.appendInPlace) return { ...record, [key]: value };
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

/** The events the machine receives: the command, its seq, and nothing else. */
export type MachineEvent = { type: SessionEventType; command: Command; seq: number };

export function seatById(session: SessionState, seatId: string): Seat | undefined {
  return session.config.seats.find((s) => s.id === seatId);
}

export function seatOfState(session: SessionState, code: string): Seat | undefined {
  return session.config.seats.find((s) => s.state === code && s.kind !== 'facilitator');
}

/** States represented by a (human or AI) seat. */
export function representedStates(session: SessionState): Set<string> {
  const out = new Set<string>();
  for (const seat of session.config.seats) if (seat.kind !== 'facilitator' && seat.state) out.add(seat.state);
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
