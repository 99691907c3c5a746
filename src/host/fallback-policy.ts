import { assemblyDefaultFor, stateName } from '../core/scenario/membership';
import type { Scenario } from '../core/scenario/schema';
import {
  isAllowed,
  openBallotOf,
  type AiExplanation,
  type SessionEvent,
  type SessionState,
} from '../core/session';

/** One move of an AI-played seat: the event, and what the delegation says about it. */
export interface DelegateMove {
  event: SessionEvent;
  ai?: AiExplanation;
}

/** Chooses the next move of an AI-played seat, or null when it has nothing (more) to do now. */
export type SeatPolicy = (scenario: Scenario, state: SessionState, seatId: string) => DelegateMove | null;

function explain(says: string, coach: string): AiExplanation {
  return { says, coach };
}

/**
 * A deliberately plain stand-in for the AI delegates (src/core/ai), used by the session service
 * until they land: it votes from the scenario's red lines and Assembly defaults, answers D2R
 * proposals, lets the vetoing member speak first in the veto-initiative debate and declares
 * its conduct done. It never tables or refers anything a human seat could; it only keeps the
 * procedure moving. Deterministic: it reads the state, never a clock or a random source.
 */
export const fallbackPolicy: SeatPolicy = (scenario, state, seatId) => {
  const seat = state.config.seats.find((s) => s.id === seatId);
  if (!seat || seat.kind !== 'ai' || !seat.state || state.paused) return null;
  const code = seat.state;
  const entry = scenario.states.find((s) => s.code === code);
  const redLines = new Set(entry?.ai?.vetoes ?? []);
  const name = stateName(scenario, code);
  const allowed = (type: SessionEvent['type']) => isAllowed(scenario, state, seatId, type);

  // Votes.
  const ballot = openBallotOf(state);
  if (ballot && ballot.electorate.includes(code) && ballot.votes[code] === undefined && allowed('vote.cast')) {
    const draft = state.drafts[ballot.draftId];
    const crossed = draft ? draft.measures.filter((m) => redLines.has(m)) : [];
    const fallback = assemblyDefaultFor(scenario, code);
    let vote: 'yes' | 'no' | 'abstain';
    let coach: string;
    if (ballot.kind === 'council-procedural') {
      const vetoed = state.unitingForPeace.openedBy?.vetoedBy.includes(code) ?? false;
      vote = vetoed ? 'no' : fallback === 'yes' ? 'yes' : fallback === 'no' ? 'no' : 'abstain';
      coach = vetoed ? 'Opposes moving the matter it vetoed to the Assembly.' : 'Follows its Assembly position on the referral.';
    } else if (crossed.length > 0) {
      vote = 'no';
      coach = `The draft crosses its red line (${crossed.join(', ')}).`;
    } else {
      vote = fallback === 'absent' ? 'abstain' : fallback;
      coach = `No red line is crossed; it follows its Assembly position (${fallback}).`;
    }
    return {
      event: { type: 'vote.cast', ballotId: ballot.id, vote },
      ai: explain(`${name} votes ${vote}.`, coach),
    };
  }

  // Explain a negative vote on a Council ballot of this round.
  if (allowed('vote.explain')) {
    const mine = state.ballots.find(
      (b) =>
        b.round === state.round &&
        b.closedSeq !== null &&
        b.kind !== 'assembly' &&
        b.votes[code] === 'no' &&
        !state.explanations.some((e) => e.ballotId === b.id && e.state === code),
    );
    if (mine) {
      const draft = state.drafts[mine.draftId];
      const crossed = draft ? draft.measures.filter((m) => redLines.has(m)) : [];
      const text =
        mine.kind === 'council-procedural'
          ? `${name} voted against the referral: the Council remains seized of the matter.`
          : `${name} voted against${draft ? ` "${draft.title}"` : ''} because ${crossed.length ? `it would impose ${crossed.join(' and ').replaceAll('-', ' ')}, which we cannot accept` : 'the text is unbalanced'}. We remain ready to work on a text that all members can support.`;
      return { event: { type: 'vote.explain', ballotId: mine.id, text }, ai: explain(text, 'Explains its negative vote for the record.') };
    }
  }

  // D2R proposals awaiting this state's answer.
  if (state.phase === 'negotiation') {
    const waiting = Object.values(state.agreements).find((a) => a.awaiting === code && (a.status === 'proposed' || a.status === 'countered'));
    if (waiting) {
      const aligned = Object.values(entry?.ai?.alignment ?? {}).some((v) => v > 0.5);
      return aligned
        ? { event: { type: 'd2r.reject', agreementId: waiting.id }, ai: explain(`${name} declines the proposal.`, 'Its alignment with a perpetrator outweighs what the agreement offers.') }
        : { event: { type: 'd2r.sign', agreementId: waiting.id }, ai: explain(`${name} signs the agreement.`, 'The agreement costs it little: it has no support to give up.') };
    }
  }

  // The veto-initiative debate: a vetoing member speaks first (GA res. 76/262 ¶2).
  if (state.phase === 'vetoInitiative' && allowed('vetoInitiative.speak')) {
    const debate = state.vetoInitiative.find(
      (d) => d.round === state.round && d.vetoedBy.includes(code) && !d.speeches.some((s) => s.state === code),
    );
    if (debate) {
      const text = `${name} cast its vote in accordance with its principled position: the draft went beyond what the situation requires and would not have helped the people concerned.`;
      return { event: { type: 'vetoInitiative.speak', draftId: debate.draftId, text }, ai: explain(text, 'The vetoing member is invited to speak first.') };
    }
  }

  // National conduct: declare the round's conduct done.
  if (state.phase === 'conduct' && !state.doneThisPhase.includes(seatId) && allowed('conduct.done')) {
    return { event: { type: 'conduct.done' }, ai: explain(`${name} has nothing further to declare this round.`, 'Takes no national measure this round.') };
  }

  // Adjudication: file an (empty) memorial so the judgment can proceed.
  if (state.phase === 'adjudication' && !state.memorials[code] && allowed('memorial.file')) {
    return { event: { type: 'memorial.file', arguments: [] }, ai: explain(`${name} files its memorial.`, 'Pleads no particular defence.') };
  }

  return null;
};
