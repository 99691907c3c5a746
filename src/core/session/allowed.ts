import type { Scenario } from '../scenario/schema';
import type { SessionEventType } from './events';
import type { Actor } from './context';
import { SESSION_EVENT_TYPES } from './phases';
import { availability } from './command-rules';
import type { SessionState } from './state';

export interface AllowedAction {
  type: SessionEventType;
  allowed: boolean;
  /** Why not (the guard's reason), for UI tooltips and AI delegates. */
  reason?: string;
}

/**
 * Every event type with whether this seat could send it now, and if not why. It answers before the
 * details are chosen ("may I vote now?"); applyCommand still checks the full command.
 */
export function allowedActions(scenario: Scenario, state: SessionState, seatId: string): AllowedAction[] {
  const seat = state.config.seats.find((s) => s.id === seatId);
  if (!seat) return SESSION_EVENT_TYPES.map((type) => ({ type, allowed: false, reason: `No seat "${seatId}" in this session.` }));
  const actor: Actor = { seat, state: seat.kind === 'facilitator' ? null : seat.state, actingFacilitator: null };
  return SESSION_EVENT_TYPES.map((type) => {
    const reason = availability({ scenario, session: state }, actor, type);
    return reason === null ? { type, allowed: true } : { type, allowed: false, reason };
  });
}

export function isAllowed(scenario: Scenario, state: SessionState, seatId: string, type: SessionEventType): boolean {
  return allowedActions(scenario, state, seatId).some((a) => a.type === type && a.allowed);
}
