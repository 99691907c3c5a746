import { appended, withEntry, type Act, type SessionContext } from './context';
import type { SessionState } from './state';

/**
 * The entry an accepted act adds to the record: the log entry, its AI note, the facilitator's
 * action (also when acting for a seat), and the seat marked as having acted in this phase.
 */
export function recordAct(context: SessionContext, act: Act): SessionState {
  const { session } = context;
  const { command, seq, actor } = act;
  const byFacilitator = actor.state === null || actor.actingFacilitator !== null;
  const delegationMove = actor.state !== null;
  return {
    ...session,
    log: appended(context, session.log, { seq, ...command }),
    aiNotes: command.ai ? withEntry(context, session.aiNotes, seq, command.ai) : session.aiNotes,
    facilitatorActions: byFacilitator
      ? appended(context, session.facilitatorActions, {
          seq,
          round: session.round,
          phase: session.phase,
          action: command.event.type,
          ...(actor.actingFacilitator ? { actingFor: actor.seat.id } : {}),
        })
      : session.facilitatorActions,
    actedThisPhase:
      delegationMove && !session.actedThisPhase.includes(actor.seat.id) ? [...session.actedThisPhase, actor.seat.id] : session.actedThisPhase,
  };
}
