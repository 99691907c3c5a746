import { EVIDENCE_ORDER, type EvidenceLevel } from '../scenario/schema';
import { stateName } from '../scenario/membership';
import { representedStates } from './context';
import type { EventHandlers } from './handler';
import type { SessionState } from './state';

/**
 * An inject the facilitator writes during the session (docs/session-log.md, `inject.write`). It
 * is on the record like a scenario's inject: a public one may raise the public evidence level,
 * which the law and the AI delegates read exactly as they read a scheduled inject's (a step of
 * the evidence history at the inject's seq). One sent to chosen delegations is seen by them and
 * the facilitator only; it cannot move the public level, which every state sees.
 */
export const writtenInjectHandlers = {
  'inject.write': {
    check: ({ scenario, session }, { event }) => {
      const recipients = event.recipients;
      if (recipients) {
        if (new Set(recipients).size !== recipients.length) return 'Each delegation is named once among the recipients.';
        const seated = representedStates(session);
        const absent = recipients.find((code) => !seated.has(code));
        if (absent) return `${stateName(scenario, absent)} has no delegation in this session to receive the inject.`;
        if (event.raisesEvidenceTo) {
          return 'The public evidence level is seen by every delegation: only a public inject may raise it.';
        }
      }
      if (event.raisesEvidenceTo && !raises(session.evidence.level, event.raisesEvidenceTo)) {
        return 'The public evidence level is already that high or higher: an inject may raise it, never lower it.';
      }
      return null;
    },
    apply: ({ session }, { event, seq }) => withEvidenceRaised(session, event.raisesEvidenceTo, event.title, seq),
  },
} satisfies Partial<EventHandlers>;

function raises(from: EvidenceLevel, to: EvidenceLevel): boolean {
  return EVIDENCE_ORDER.indexOf(to) > EVIDENCE_ORDER.indexOf(from);
}

/** The evidence step a written inject adds: the same shape as a fired scenario inject's. */
function withEvidenceRaised(session: SessionState, level: EvidenceLevel | undefined, title: string, seq: number): SessionState {
  if (!level) return session;
  const evidence = session.evidence;
  return {
    ...session,
    evidence: {
      ...evidence,
      level,
      history: [...evidence.history, { round: session.round, level, note: title, source: 'inject', seq }],
    },
  };
}
