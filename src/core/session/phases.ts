import { ROUND_PHASES, type PhaseName } from '../scenario/schema';
import type { SessionEventType } from './events';

/** The phases of one round, in order (docs/design.md §2.6): the scenario schema's list. */
export { ROUND_PHASES };
export type RoundPhase = (typeof ROUND_PHASES)[number];

export function isRoundPhase(phase: PhaseName): phase is RoundPhase {
  return (ROUND_PHASES as readonly string[]).includes(phase);
}

export const PHASE_TITLES: Record<PhaseName, string> = {
  seating: 'Seating',
  briefing: 'Briefing',
  crisisUpdate: 'Crisis update',
  negotiation: 'Negotiation',
  council: 'Security Council',
  unitingForPeace: 'Uniting for Peace',
  emergencySpecialSession: 'Emergency special session',
  vetoInitiative: 'Veto-initiative debate',
  conduct: 'National conduct',
  adjudication: 'Adjudication',
  debrief: 'Debrief',
};

/** Who may send an event: the facilitator, a delegation, or either. */
export type Sender = 'facilitator' | 'delegation' | 'either';

export interface EventPolicy {
  sender: Sender;
  /** Phases in which the event is in order. */
  phases: readonly PhaseName[];
  /** Accepted while the session is paused (facilitator controls only). */
  whilePaused?: boolean;
}

const ALL_ROUNDS = ROUND_PHASES;
const BALLOT_PHASES = ['council', 'unitingForPeace', 'emergencySpecialSession'] as const;
const BEFORE_DEBRIEF: readonly PhaseName[] = ['seating', 'briefing', ...ROUND_PHASES, 'adjudication'];

/**
 * Which events are in order in which phase, and who may send them. The machine is built from
 * this table (one transition per allowed event per phase), and the guards' reasons quote it.
 */
export const EVENT_POLICY: Record<SessionEventType, EventPolicy> = {
  'session.start': { sender: 'facilitator', phases: ['seating'] },
  'phase.advance': { sender: 'facilitator', phases: ['briefing', ...ALL_ROUNDS, 'adjudication'] },
  'phase.skip': { sender: 'facilitator', phases: ['briefing', ...ALL_ROUNDS, 'adjudication'] },
  'session.pause': { sender: 'facilitator', phases: BEFORE_DEBRIEF },
  'session.resume': { sender: 'facilitator', phases: BEFORE_DEBRIEF, whilePaused: true },
  'timer.adjust': { sender: 'facilitator', phases: BEFORE_DEBRIEF, whilePaused: true },
  'timer.expired': { sender: 'facilitator', phases: ['briefing', ...ALL_ROUNDS, 'adjudication'] },
  'session.end': { sender: 'facilitator', phases: ['seating', 'briefing', ...ALL_ROUNDS], whilePaused: true },
  'inject.fire': { sender: 'facilitator', phases: ALL_ROUNDS, whilePaused: true },
  'inject.write': { sender: 'facilitator', phases: ALL_ROUNDS, whilePaused: true },
  'seat.assign': { sender: 'facilitator', phases: [...BEFORE_DEBRIEF, 'debrief'], whilePaused: true },

  'statement.public': { sender: 'delegation', phases: ['negotiation', 'council', 'unitingForPeace', 'emergencySpecialSession'] },
  'message.private': {
    sender: 'delegation',
    phases: ['negotiation', 'council', 'unitingForPeace', 'emergencySpecialSession', 'vetoInitiative', 'conduct'],
  },
  'group.message': {
    sender: 'delegation',
    phases: ['negotiation', 'council', 'unitingForPeace', 'emergencySpecialSession', 'vetoInitiative', 'conduct'],
  },
  'group.convene': { sender: 'delegation', phases: ['negotiation', 'council'] },
  'group.join': { sender: 'delegation', phases: ['negotiation', 'council', 'unitingForPeace', 'emergencySpecialSession', 'vetoInitiative', 'conduct'] },
  'group.decline': { sender: 'delegation', phases: ['negotiation', 'council', 'unitingForPeace', 'emergencySpecialSession', 'vetoInitiative', 'conduct'] },
  // A stated meeting is answered in its round, before the round's conduct is done (named-meetings.ts).
  'meeting.attend': { sender: 'delegation', phases: ['negotiation', 'council', 'unitingForPeace', 'emergencySpecialSession', 'vetoInitiative', 'conduct'] },
  'meeting.decline': { sender: 'delegation', phases: ['negotiation', 'council', 'unitingForPeace', 'emergencySpecialSession', 'vetoInitiative', 'conduct'] },
  'd2r.propose': { sender: 'delegation', phases: ['negotiation'] },
  'd2r.counter': { sender: 'delegation', phases: ['negotiation'] },
  'd2r.sign': { sender: 'delegation', phases: ['negotiation'] },
  'd2r.reject': { sender: 'delegation', phases: ['negotiation'] },
  'd2r.withdraw': { sender: 'delegation', phases: ['negotiation'] },
  'offer.make': { sender: 'delegation', phases: ['negotiation', 'council', 'unitingForPeace', 'emergencySpecialSession'] },
  'offer.answer': { sender: 'delegation', phases: ['negotiation', 'council', 'unitingForPeace', 'emergencySpecialSession'] },

  'draft.table': { sender: 'delegation', phases: ['council', 'emergencySpecialSession'] },
  'draft.circulate': { sender: 'delegation', phases: ['negotiation'] },
  'draft.requestChange': { sender: 'delegation', phases: ['negotiation'] },
  'draft.answerRequest': { sender: 'delegation', phases: ['negotiation', 'council'] },
  'draft.putInBlue': { sender: 'delegation', phases: ['negotiation', 'council'] },
  'draft.cosponsor': { sender: 'delegation', phases: ['negotiation', 'council', 'emergencySpecialSession'] },
  'draft.withdraw': { sender: 'delegation', phases: ['negotiation', 'council', 'emergencySpecialSession'] },
  'councilStatement.propose': { sender: 'delegation', phases: ['council'] },
  'councilStatement.join': { sender: 'delegation', phases: ['council'] },
  'councilStatement.object': { sender: 'delegation', phases: ['council'] },
  'veto.threaten': { sender: 'delegation', phases: ['negotiation', 'council'] },
  'vote.open': { sender: 'either', phases: ['council', 'emergencySpecialSession'] },
  'vote.cast': { sender: 'delegation', phases: BALLOT_PHASES },
  'vote.close': { sender: 'facilitator', phases: BALLOT_PHASES },
  'vote.explain': { sender: 'delegation', phases: BALLOT_PHASES },

  'ufp.propose-referral': { sender: 'delegation', phases: ['unitingForPeace'] },
  'ufp.request': { sender: 'delegation', phases: ['unitingForPeace'] },
  'vetoInitiative.speak': { sender: 'delegation', phases: ['vetoInitiative'] },

  'conduct.act': { sender: 'delegation', phases: ['conduct'] },
  'conduct.done': { sender: 'delegation', phases: ['conduct'] },
  'delegation.pass': { sender: 'delegation', phases: ['council', 'unitingForPeace'] },

  'memorial.file': { sender: 'delegation', phases: ['adjudication'] },
  'judgment.override': { sender: 'facilitator', phases: ['adjudication', 'debrief'], whilePaused: true },
  'rubric.edit': { sender: 'facilitator', phases: ['debrief'], whilePaused: true },
  'judgment.deliver': { sender: 'facilitator', phases: ['adjudication'] },
};

export const SESSION_EVENT_TYPES = Object.keys(EVENT_POLICY) as SessionEventType[];

/** Events that move the session to another phase. */
export const PHASE_CHANGING: readonly SessionEventType[] = [
  'session.start',
  'phase.advance',
  'phase.skip',
  'timer.expired',
  'session.end',
  'judgment.deliver',
];

export function phaseList(phases: readonly PhaseName[]): string {
  const titles = phases.map((p) => PHASE_TITLES[p]);
  if (titles.length <= 1) return titles.join('');
  return `${titles.slice(0, -1).join(', ')} or ${titles[titles.length - 1]}`;
}
