import type { Scenario } from '../scenario/schema';
import { PHASE_CHANGING } from '../session/phases';
import type { Seat, SessionEvent, SessionEventType } from '../session/events';
import type { LogEntry } from '../session/events';
import type { SessionState } from '../session/state';
import type { Outlook } from './assessment';
import { JITTER, type Difficulty } from './decision-weights';
import { delegationProfile, type DelegationProfile } from './profile';
import { delegateRandom, type DelegateRandom } from './rng';

/** One move an AI delegation plans: the event, what it says in character, and the coach's note. */
export interface PlannedMove {
  event: SessionEvent;
  says: string;
  coach: string;
}

/** Everything a decision reads: the scenario, the state, the seat, its profile, difficulty and seeded randomness. */
export interface DecisionContext {
  scenario: Scenario;
  state: SessionState;
  seat: Seat;
  code: string;
  profile: DelegationProfile;
  difficulty: Difficulty;
  /** Seeded randomness for one purpose (session seed + seat + log length + purpose). */
  random(purpose: string): DelegateRandom;
  /** The outlook for valuing measures, with this decision's seeded jitter. */
  outlook(purpose: string): Outlook;
}

export function decisionContext(scenario: Scenario, state: SessionState, seat: Seat): DecisionContext {
  const code = seat.state!;
  const profile = delegationProfile(scenario, code);
  const difficulty = state.config.difficulty;
  const random = (purpose: string) => delegateRandom(state.config.seed, seat.id, state.log.length, purpose);
  const outlooks = new Map<string, Outlook>();
  return {
    scenario,
    state,
    seat,
    code,
    profile,
    difficulty,
    random,
    // The jitter is seeded by the purpose but not by the log length, so a delegation judges one draft the same way all phase long.
    // One outlook per purpose and decision, so measure values are computed once (see measureValue).
    outlook: (purpose) => {
      let outlook = outlooks.get(purpose);
      if (!outlook) {
        outlook = { scenario, state, profile, difficulty, jitter: delegateRandom(state.config.seed, seat.id, 0, purpose).jitter(JITTER) };
        outlooks.set(purpose, outlook);
      }
      return outlook;
    },
  };
}

/** Log entries of the current phase (after the last phase change). */
export function entriesThisPhase(state: SessionState): LogEntry[] {
  const log = state.log;
  let i = log.length - 1;
  while (i >= 0 && !PHASE_CHANGING.includes(log[i]!.event.type)) i--;
  return log.slice(i + 1);
}

/** Whether this seat sent an event of this type in the current phase. */
export function movedThisPhase(state: SessionState, seatId: string, type: SessionEventType): boolean {
  return entriesThisPhase(state).some((e) => e.by === seatId && e.actingFor === undefined && e.event.type === type);
}

/** Whether any seat acting for this state sent an event of this type in the current phase. */
export function stateMovedThisPhase(state: SessionState, code: string, type: SessionEventType): boolean {
  const seats = new Set(state.config.seats.filter((s) => s.state === code).map((s) => s.id));
  return entriesThisPhase(state).some((e) => seats.has(e.actingFor ?? e.by) && e.event.type === type);
}

/** AI-played seats representing states, in seat order. */
export function aiSeats(state: SessionState): Seat[] {
  return state.config.seats.filter((s) => s.kind === 'ai' && s.state !== null);
}

/** States represented by a seat (human or AI). */
export function seatedStates(state: SessionState): Set<string> {
  return new Set(state.config.seats.filter((s) => s.kind !== 'facilitator' && s.state !== null).map((s) => s.state!));
}
