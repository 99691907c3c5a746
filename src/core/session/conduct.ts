import { isKnownState } from '../scenario/membership';
import { clausesBreached } from './agreements';
import { appended, withEntry } from './context';
import { stateTargetProblem } from './conduct-target';
import { contingentProblem } from './contingent';
import type { EventHandlers } from './handler';
import { ownEntry } from './lookup';

const DONE = 'You have declared your conduct for this round done.';

/**
 * National conduct in a round. An act contrary to a signed D2R agreement is not prevented (states
 * can breach treaties); it is accepted and recorded as a breach on the agreement, which the law
 * engine weighs (VCLT art. 26, pacta sunt servanda).
 */
export const conductHandlers = {
  'conduct.act': {
    check: ({ scenario, session }, { actor, event }) => {
      if (session.doneThisPhase.includes(actor.seat.id)) return DONE;
      const contingent = contingentProblem(scenario, session, actor.state!, event.kind);
      if (contingent) return contingent;
      if (event.target !== undefined) {
        const perpetrator = scenario.crisis.perpetrators.some((p) => p.id === event.target);
        if (!perpetrator && !isKnownState(scenario, event.target)) {
          return `Unknown target "${event.target}": name a perpetrator of this scenario or a state code.`;
        }
        if (!perpetrator) {
          const problem = stateTargetProblem(scenario, event.kind, event.target);
          if (problem) return problem;
        }
      }
      return null;
    },
    available: ({ session }, actor) => (session.doneThisPhase.includes(actor.seat.id) ? DONE : null),
    apply: (ctx, { actor, event, seq }) => {
      const { session } = ctx;
      const target = event.target ?? null;
      const breached = clausesBreached(session, actor.state!, event.kind, target);
      let agreements = session.agreements;
      for (const { agreementId, clause } of breached) {
        const a = ownEntry(agreements, agreementId)!;
        agreements = withEntry(ctx, agreements, agreementId, {
          ...a,
          breaches: [...a.breaches, { conductSeq: seq, state: actor.state!, clause, round: session.round }],
        });
      }
      return {
        ...session,
        agreements,
        conduct: appended(ctx, session.conduct, {
          seq,
          round: session.round,
          state: actor.state!,
          kind: event.kind,
          target,
          scale: event.scale,
          note: event.note ?? null,
          contraryTo: [...new Set(breached.map((b) => b.agreementId))],
          evidenceAtTheTime: session.evidence.level,
        }),
      };
    },
  },
  'conduct.done': {
    check: ({ session }, { actor }) => (session.doneThisPhase.includes(actor.seat.id) ? DONE : null),
    available: ({ session }, actor) => (session.doneThisPhase.includes(actor.seat.id) ? DONE : null),
    apply: ({ session }, { actor }) => ({ ...session, doneThisPhase: [...session.doneThisPhase, actor.seat.id] }),
  },
} satisfies Partial<EventHandlers>;
