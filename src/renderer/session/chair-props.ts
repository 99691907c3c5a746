import type { Scenario } from '../../core/scenario/schema';
import { allowedActions, viewFor, type SessionEvent, type SessionEventType, type SessionView } from '../../core/session';
import type { SessionScreenProps } from './types';

type SubmitResult = { ok: true } | { ok: false; reason: string };

/**
 * The screen props of a delegation's chair, made from the facilitator's view (which holds the
 * whole record): the delegation's own view and guards, and a submit recorded as acting for it.
 */
export function chairProps(
  facilitatorView: SessionView,
  facilitatorSeat: string,
  chairSeat: string,
  submitAs: (seat: string, event: SessionEvent, actingFor?: string) => Promise<SubmitResult>,
): SessionScreenProps {
  const scenario = facilitatorView.scenario as unknown as Scenario;
  const view = viewFor(scenario, facilitatorView.state, { seatId: chairSeat });
  const actions = new Map(allowedActions(scenario, facilitatorView.state, chairSeat).map((a) => [a.type, a]));
  return {
    view,
    seatId: chairSeat,
    submit: (event) => submitAs(facilitatorSeat, event, chairSeat),
    allowed: (type: SessionEventType) => {
      const a = actions.get(type);
      return a ? { allowed: a.allowed, ...(a.reason ? { reason: a.reason } : {}) } : { allowed: false, reason: 'Not available to this delegation.' };
    },
  };
}

