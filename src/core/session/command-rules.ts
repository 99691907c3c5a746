import type { Command, EventOf, SessionEventType } from './events';
import type { SessionState } from './state';
import { nextSeq, resolveActor, type Act, type Actor, type SessionContext } from './context';
import type { EventHandler, EventHandlers } from './handler';
import { EVENT_LABELS } from './labels';
import { EVENT_POLICY, PHASE_TITLES, phaseList } from './phases';
import { negotiationHandlers } from './negotiation';
import { groupChannelHandlers } from './group-channels';
import { councilStatementHandlers } from './council-statements';
import { namedMeetingHandlers } from './named-meetings';
import { agreementHandlers } from './agreements';
import { offerHandlers } from './offers';
import { draftHandlers } from './drafts';
import { circulationHandlers } from './circulation';
import { ballotHandlers } from './ballots';
import { unitingForPeaceHandlers } from './uniting-for-peace';
import { conductHandlers } from './conduct';
import { firstChanceHandlers } from './first-chance';
import { adjudicationHandlers } from './adjudication';
import { facilitatorHandlers } from './facilitator';
import { writtenInjectHandlers } from './written-inject';

/** Every event type's handler: the compiler refuses an event type without one. */
export const HANDLERS: EventHandlers = {
  ...facilitatorHandlers,
  ...writtenInjectHandlers,
  ...negotiationHandlers,
  ...groupChannelHandlers,
  ...councilStatementHandlers,
  ...namedMeetingHandlers,
  ...agreementHandlers,
  ...offerHandlers,
  ...draftHandlers,
  ...circulationHandlers,
  ...ballotHandlers,
  ...unitingForPeaceHandlers,
  ...conductHandlers,
  ...firstChanceHandlers,
  ...adjudicationHandlers,
};

export function handlerFor<T extends SessionEventType>(type: T): EventHandler<T> {
  return HANDLERS[type];
}

/** Applies the handler of the act's event type (the act's type and its handler's agree by construction). */
export function applyAct(ctx: SessionContext, act: Act): SessionState {
  return (handlerFor(act.event.type).apply as (c: SessionContext, a: Act) => SessionState)(ctx, act);
}

/** The rules every event shares: who may send it, whether the session is paused, the phase. */
function generalProblem(ctx: SessionContext, actor: Actor, type: SessionEventType): string | null {
  const { session } = ctx;
  const policy = EVENT_POLICY[type];
  const label = EVENT_LABELS[type];
  const facilitator = actor.state === null;
  if (policy.sender === 'facilitator' && !facilitator) {
    return actor.actingFacilitator
      ? `${label} is the facilitator's own control; it is not made on behalf of a delegation.`
      : `${label} is for the facilitator only.`;
  }
  if (policy.sender === 'delegation' && facilitator) {
    return `${label} is a delegation's move: to make it for a delegation, take its chair (Act for a delegation, in the facilitator's console).`;
  }
  if (session.paused && !policy.whilePaused) {
    return facilitator ? 'The session is paused; resume it first.' : 'The session is paused by the facilitator.';
  }
  if (!policy.phases.includes(session.phase)) {
    if (session.phase === 'debrief') return 'The session has ended.';
    return `${label} is not in order in the ${PHASE_TITLES[session.phase]} phase (only in ${phaseList(policy.phases)}).`;
  }
  return null;
}

/** Checks a (schema-valid) command: the act to apply, or the reason it is rejected. */
export function checkCommand(ctx: SessionContext, command: Command): { ok: true; act: Act } | { ok: false; reason: string } {
  const actor = resolveActor(ctx.session, command);
  if (typeof actor === 'string') return { ok: false, reason: actor };
  const type = command.event.type;
  const general = generalProblem(ctx, actor, type);
  if (general) return { ok: false, reason: general };
  const act: Act = { command, event: command.event, actor, seq: nextSeq(ctx.session), at: command.at };
  const specific = (handlerFor(type).check as ((c: SessionContext, a: Act) => string | null) | undefined)?.(ctx, act) ?? null;
  if (specific) return { ok: false, reason: specific };
  return { ok: true, act };
}

/** Whether an actor could send this kind of event now (before choosing its details), and if not why. */
export function availability(ctx: SessionContext, actor: Actor, type: SessionEventType): string | null {
  return generalProblem(ctx, actor, type) ?? handlerFor(type).available?.(ctx, actor) ?? null;
}

export type { EventOf };
