import { stateName } from '../scenario/membership';
import { commitmentRegistry } from '../session/commitments';
import { termInWords } from '../session/offer-terms';
import type { Draft } from '../session/state';
import type { CouncilVote } from '../shared/vocabulary';
import type { DecisionContext, PlannedMove } from './decision-context';
import { judgeTabled } from './drafting';
import { coachNote, voteCoachNote } from './move-explanations';
import { listOf, MEASURE_NAMES, measureList, proseName } from './wording';

/**
 * An AI delegation keeps its word (docs/ai.md, "Keeping commitments"): on a draft it promised a vote
 * on, it casts the vote it promised, unless a red line of its own is now in the text (a measure
 * added after it promised), in which case it votes against and says why; the record then marks
 * its commitment broken. Null when it promised nothing on this draft.
 */
export function promisedVote(ctx: DecisionContext, draft: Draft): PlannedMove | null {
  const { scenario, state, profile, code } = ctx;
  const promise = commitmentRegistry(state).find((c) => c.by === code && c.status === 'pending' && c.term.kind === 'vote' && c.term.draftId === draft.id);
  if (!promise || promise.term.kind !== 'vote') return null;
  const to = proseName(stateName(scenario, promise.to));
  const promised: CouncilVote = promise.term.vote;
  const { spec, judgement } = judgeTabled(ctx, draft);
  const subject = `"${draft.title}" (${measureList(draft.measures)})`;
  const hard = judgement.measures.filter((m) => m.redLine === 'hard').map((m) => MEASURE_NAMES[m.measure]);
  const ballotId = state.ballots.find((b) => b.draftId === draft.id && b.closedSeq === null)!.id;
  if (hard.length > 0 && promised !== 'no') {
    return {
      event: { type: 'vote.cast', ballotId, vote: 'no' },
      says: `${profile.name} votes against. We told ${to} we would ${termInWords(scenario, state, promise.term)}, but the text now carries ${listOf(hard)}, which we have always said we cannot accept.`,
      coach: `${profile.name} broke its word to ${to}: its red line (${listOf(hard)}) is in the text put to the vote, and a red line outweighs a political commitment. ${voteCoachNote(ctx.outlook(`draft:${draft.id}`), spec, judgement, subject)}`,
    };
  }
  const own = judgement.vote === promised ? '' : ` (its own weighing alone would have it ${judgement.vote === 'yes' ? 'vote yes' : judgement.vote === 'no' ? 'vote no' : 'abstain'})`;
  return {
    event: { type: 'vote.cast', ballotId, vote: promised },
    says: `${profile.name} ${promised === 'yes' ? 'votes in favour' : promised === 'no' ? 'votes against' : 'abstains'}, as we told ${to} we would.`,
    coach: coachNote(profile.name, `${promised === 'yes' ? 'voted yes on' : promised === 'no' ? 'voted no on' : 'abstained on'} ${subject}`, `it promised ${to} to, and keeps its commitments unless a red line forbids${own}`),
  };
}
