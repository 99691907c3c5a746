import { isCouncilMember, isScenarioMember } from '../scenario/membership';
import type { Scenario } from '../scenario/schema';
import type { LogEntry, Seat, SessionEventType } from './events';
import type { EventHandlers } from './handler';
import { ownEntry } from './lookup';
import { PHASE_CHANGING } from './phases';
import type { SessionState } from './state';

/**
 * A human seat's first chance (docs/session-log.md, `delegation.pass`): in solo and hot-seat play
 * the AI delegations wait for the people at the table. A human Council member is the first to
 * table in the Council (and, after its own draft is vetoed, the first to table again) and to move the Uniting for Peace referral; a human member of the United
 * Nations is the first to request an emergency special session. The chance is taken by making the
 * move and given up by passing; the AI seats act only once every human seat has done one or the
 * other (or the phase's deadline has passed, which ends the phase).
 */

export type FirstChance = 'table' | 'refer' | 'request';

/** The moves that take each chance: a circulated draft is tabled by putting it in blue. */
const MOVES_OF: Record<FirstChance, readonly SessionEventType[]> = {
  table: ['draft.table', 'draft.putInBlue'],
  refer: ['ufp.propose-referral'],
  request: ['ufp.request'],
};

const PHASE_OF: Record<FirstChance, SessionState['phase']> = {
  table: 'council',
  refer: 'unitingForPeace',
  request: 'unitingForPeace',
};

const ALREADY_PASSED = 'You have already passed in this phase.';

/** Log entries of the current phase (after the last change of phase): the cost grows with the phase, not the session. */
function entriesOfPhase(state: SessionState): LogEntry[] {
  const log = state.log;
  let i = log.length - 1;
  while (i >= 0 && !PHASE_CHANGING.includes(log[i]!.event.type)) i--;
  return log.slice(i + 1);
}

function entitled(scenario: Scenario, chance: FirstChance, code: string): boolean {
  return chance === 'request' ? isScenarioMember(scenario, code) : isCouncilMember(scenario, code);
}

/**
 * Human seats whose first chance of this kind is still open in the current phase: entitled to the
 * move, and neither made it nor passed. Empty outside the phase the chance belongs to.
 */
export function firstChancePending(scenario: Scenario, state: SessionState, chance: FirstChance): Seat[] {
  if (state.phase !== PHASE_OF[chance] || state.paused || state.ended) return [];
  if (chance !== 'table' && state.unitingForPeace.status !== 'open') return [];
  const humans = state.config.seats.filter((s) => s.kind === 'human' && s.state !== null && entitled(scenario, chance, s.state));
  if (humans.length === 0) return [];
  const entries = entriesOfPhase(state);
  // The sponsor of a draft vetoed in this phase is the first to table again (a compromise): its chance reopens after the veto.
  const reopenedAfter = new Map<string, number>();
  if (chance === 'table' && entries.length > 0) {
    for (let i = state.ballots.length - 1; i >= 0 && state.ballots[i]!.round === state.round; i--) {
      const ballot = state.ballots[i]!;
      if (ballot.closedSeq === null || ballot.closedSeq < entries[0]!.seq || (ballot.councilResult?.vetoedBy.length ?? 0) === 0) continue;
      const sponsor = ownEntry(state.drafts, ballot.draftId)?.sponsors[0];
      for (const seat of humans) if (seat.state === sponsor) reopenedAfter.set(seat.id, Math.max(reopenedAfter.get(seat.id) ?? 0, ballot.closedSeq));
    }
  }
  const settled = new Set<string>();
  for (const entry of entries) {
    const type = entry.event.type;
    const seat = entry.actingFor ?? entry.by;
    if ((type === 'delegation.pass' || MOVES_OF[chance].includes(type)) && entry.seq > (reopenedAfter.get(seat) ?? 0)) settled.add(seat);
  }
  return humans.filter((s) => !settled.has(s.id));
}

/** Human seats any of whose first chances is still open now (each once, in seat order). */
export function seatsWithFirstChance(scenario: Scenario, state: SessionState): Seat[] {
  const pending = new Set((['table', 'refer', 'request'] as const).flatMap((c) => firstChancePending(scenario, state, c)).map((s) => s.id));
  return state.config.seats.filter((s) => pending.has(s.id));
}

/** Whether the seat has passed in the current phase. */
export function passedThisPhase(state: SessionState, seatId: string): boolean {
  return entriesOfPhase(state).some((e) => (e.actingFor ?? e.by) === seatId && e.event.type === 'delegation.pass');
}

/** A seat may pass again only when a first chance of its has reopened since (its draft was vetoed). */
function passedAndSettled(scenario: Scenario, state: SessionState, seatId: string): boolean {
  return passedThisPhase(state, seatId) && !seatsWithFirstChance(scenario, state).some((s) => s.id === seatId);
}

export const firstChanceHandlers = {
  'delegation.pass': {
    check: ({ scenario, session }, { actor }) => (passedAndSettled(scenario, session, actor.seat.id) ? ALREADY_PASSED : null),
    available: ({ scenario, session }, actor) => (passedAndSettled(scenario, session, actor.seat.id) ? ALREADY_PASSED : null),
    // Its whole effect is its entry: the seat has acted in the phase, and the AI seats stop waiting for it.
    apply: ({ session }) => session,
  },
} satisfies Partial<EventHandlers>;
