import { isKnownState, stateName } from '../scenario/membership';
import { DUTY_IDS } from '../shared/duty-ids';
import { DUTY_LABELS } from './plain-words';
import { appended, withEntry } from './context';
import { recordOnly, type EventHandlers } from './handler';
import { hasOwnEntry, isDutyId, noSuch } from './lookup';

/** The refusal for a duty the law engine does not know, with the duties it does. */
function unknownDuty(duty: string): string {
  return `${noSuch('duty', duty)} The duties are: ${DUTY_IDS.map((id) => `${DUTY_LABELS[id]} ("${id}")`).join('; ')}.`;
}

/**
 * The moot court: each delegation files one defence memorial, the presiding judge (the
 * facilitator) may override a finding with a written reason, then delivers the judgment.
 */
export const adjudicationHandlers = {
  'memorial.file': {
    check: ({ scenario, session }, { actor, event }) => {
      if (hasOwnEntry(session.memorials, actor.state!)) return `${stateName(scenario, actor.state!)} has already filed its memorial.`;
      const unknown = event.arguments.find((a) => a.duty !== undefined && !isDutyId(a.duty));
      return unknown ? unknownDuty(unknown.duty!) : null;
    },
    available: ({ session }, actor) => (hasOwnEntry(session.memorials, actor.state!) ? 'You have filed your memorial.' : null),
    apply: (ctx, { actor, event, seq }) => ({
      ...ctx.session,
      memorials: withEntry(ctx, ctx.session.memorials, actor.state!, { seq, state: actor.state!, arguments: event.arguments }),
    }),
  },
  'judgment.override': {
    check: ({ scenario }, { event }) => {
      if (!isKnownState(scenario, event.state)) return `There is no state with the code "${event.state}" in this scenario.`;
      return isDutyId(event.duty) ? null : unknownDuty(event.duty);
    },
    apply: (ctx, { event, seq }) => ({
      ...ctx.session,
      overrides: appended(ctx, ctx.session.overrides, { seq, state: event.state, duty: event.duty, holds: event.holds, reason: event.reason }),
    }),
  },
  /** The judgment is the law engine's reading of the record; delivering it moves the session to the debrief. */
  'judgment.deliver': { apply: recordOnly },
  /** The rubric reads its edits from the record (src/core/assessment); the state of the session does not change. */
  'rubric.edit': {
    check: ({ scenario, session }, { event }) => {
      if (!isKnownState(scenario, event.state)) return `There is no state with the code "${event.state}" in this scenario.`;
      return session.config.seats.some((s) => s.kind !== 'facilitator' && s.state === event.state)
        ? null
        : `${stateName(scenario, event.state)} has no seat in this session: only a seated delegation has a rubric.`;
    },
    apply: recordOnly,
  },
} satisfies Partial<EventHandlers>;
