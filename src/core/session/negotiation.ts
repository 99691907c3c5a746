import { stateName } from '../scenario/membership';
import { appended, seatOfState, withEntry } from './context';
import type { EventHandlers } from './handler';
import { channelKey } from './state';

/** Public statements and private bilateral channels. */
export const negotiationHandlers = {
  'statement.public': {
    apply: (ctx, { actor, event, seq }) => ({
      ...ctx.session,
      statements: appended(ctx, ctx.session.statements, {
        seq,
        round: ctx.session.round,
        phase: ctx.session.phase,
        state: actor.state!,
        text: event.text,
      }),
    }),
  },
  'message.private': {
    check: ({ scenario, session }, { actor, event }) => {
      if (event.to === actor.state) return 'A private message goes to another delegation.';
      if (!seatOfState(session, event.to)) return `No delegation of ${stateName(scenario, event.to)} is seated in this session.`;
      return null;
    },
    available: ({ session }, actor) =>
      session.config.seats.some((s) => s.kind !== 'facilitator' && s.state && s.state !== actor.state)
        ? null
        : 'No other delegation is seated.',
    apply: (ctx, { actor, event, seq }) => {
      const { session } = ctx;
      const key = channelKey(actor.state!, event.to);
      const message = { seq, round: session.round, from: actor.state!, to: event.to, text: event.text };
      return { ...session, channels: withEntry(ctx, session.channels, key, appended(ctx, session.channels[key] ?? [], message)) };
    },
  },
} satisfies Partial<EventHandlers>;
