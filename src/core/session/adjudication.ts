import { isKnownState, stateName } from '../scenario/membership';
import type { EventHandlers } from './handler';

/**
 * The moot court: each delegation files one defence memorial, the presiding judge (the
 * facilitator) may override a finding with a written reason, then delivers the judgment.
 */
export const adjudicationHandlers: EventHandlers = {
  'memorial.file': {
    check: ({ scenario, session }, { actor }) =>
      session.memorials[actor.state!] ? `${stateName(scenario, actor.state!)} has already filed its memorial.` : null,
    available: ({ session }, actor) => (session.memorials[actor.state!] ? 'You have filed your memorial.' : null),
    apply: ({ session }, { actor, event, seq }) => ({
      ...session,
      memorials: { ...session.memorials, [actor.state!]: { seq, state: actor.state!, arguments: event.arguments } },
    }),
  },
  'judgment.override': {
    check: ({ scenario }, { event }) => (isKnownState(scenario, event.state) ? null : `Unknown state "${event.state}".`),
    apply: ({ session }, { event, seq }) => ({
      ...session,
      overrides: [...session.overrides, { seq, state: event.state, duty: event.duty, holds: event.holds, reason: event.reason }],
    }),
  },
};
