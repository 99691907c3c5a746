import { councilMembers } from '../scenario/membership';
import type { Scenario } from '../scenario/schema';
import type { Seat } from './events';
import { openBallotOf } from './ballots';
import type { Ballot, Draft, SessionState } from './state';
import { vetoesThisRound } from './uniting-for-peace';

export { councilMembers, openBallotOf, vetoesThisRound };
export { remainingSeconds } from './round';
export { agreementInForce, clausesBreached, consentSeq } from './agreements';

/** Seats representing a state (human or AI). */
export function seatsForState(state: SessionState, code: string): Seat[] {
  return state.config.seats.filter((s) => s.kind !== 'facilitator' && s.state === code);
}

export function seatForState(state: SessionState, code: string): Seat | undefined {
  return seatsForState(state, code)[0];
}

export function facilitatorSeats(state: SessionState): Seat[] {
  return state.config.seats.filter((s) => s.kind === 'facilitator');
}

/** Seats that represent a state (everyone but the facilitator). */
export function delegationSeats(state: SessionState): Seat[] {
  return state.config.seats.filter((s) => s.kind !== 'facilitator' && s.state !== null);
}

export function stateOfSeat(state: SessionState, seatId: string): string | null {
  return state.config.seats.find((s) => s.id === seatId)?.state ?? null;
}

/** Delegation seats that have not yet acted (or declared themselves done) in the current phase. */
export function seatsYetToAct(state: SessionState): Seat[] {
  return delegationSeats(state).filter((s) => !state.actedThisPhase.includes(s.id));
}

export function draftsByStatus(state: SessionState, status: Draft['status']): Draft[] {
  return Object.values(state.drafts).filter((d) => d.status === status);
}

/** Council members represented by a seat that have not voted on the open ballot yet. */
export function awaitingVotes(state: SessionState): string[] {
  const ballot = openBallotOf(state);
  if (!ballot) return [];
  const represented = new Set(delegationSeats(state).map((s) => s.state!));
  return ballot.electorate.filter((m) => represented.has(m) && ballot.votes[m] === undefined);
}

/** Every veto cast in the session (Council ballots defeated by a permanent member's negative vote). */
export function vetoes(state: SessionState): Ballot[] {
  return state.ballots.filter((b) => (b.councilResult?.vetoedBy.length ?? 0) > 0);
}

export function councilSeatCount(scenario: Scenario, state: SessionState): number {
  const members = new Set(councilMembers(scenario));
  return delegationSeats(state).filter((s) => members.has(s.state!)).length;
}
