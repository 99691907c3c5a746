import { delegationProfile } from './profile';
import { openBallotOf } from '../session/ballots';
import type { Ballot, Draft } from '../session/state';
import type { Measure } from '../shared/vocabulary';
import type { DraftJudgement } from './assessment';
import type { DecisionContext, PlannedMove } from './decision-context';
import { judgeTabled } from './drafting';
import { answers, humansHaveSeen, putInBlue } from './penholding';
import { coachNote, voteCoachNote } from './move-explanations';
import { COSPONSOR_MAX_PER_DRAFT, COSPONSOR_MAX_PER_ROUND, COSPONSOR_MIN_NET, PUBLIC_THREAT_BELOW } from './decision-weights';
import { tabledDrafts } from './record';
import { explanationOfVote, vetoThreatText } from './speech';
import { measureList, num } from './wording';
import { ownEntry } from '../session/lookup';
import { firstChancePending } from '../session/first-chance';
import { promisedVote } from './promises';

/**
 * Security Council decisions: votes (and vetoes) on the open ballot, explanations of vote, veto
 * threats, cosponsoring, putting its own draft to the vote, and tabling (the penholder's draft
 * each round, and a compromise after a veto).
 */

function supportedAndObjected(judgement: DraftJudgement): { supported: Measure[]; objected: Measure[] } {
  return {
    supported: judgement.measures.filter((m) => m.net > 0).map((m) => m.measure),
    objected: judgement.measures.filter((m) => m.net < 0).map((m) => m.measure),
  };
}

function subjectOf(draft: Draft): string {
  return `"${draft.title}" (${measureList(draft.measures)})`;
}

/** A vote on an adoption ballot (Council or Assembly): the judgement of the draft, with the coach note. */
export function voteOnDraft(ctx: DecisionContext, ballot: Ballot, draft: Draft): PlannedMove {
  const promise = ballot.purpose === 'adoption' ? promisedVote(ctx, draft) : null;
  if (promise) return promise;
  const { spec, judgement } = judgeTabled(ctx, draft);
  const { supported, objected } = supportedAndObjected(judgement);
  const says =
    judgement.vote === 'yes'
      ? `${ctx.profile.name} votes in favour${supported.length ? `: we support ${measureList(supported)}` : ''}.`
      : judgement.vote === 'no'
        ? `${ctx.profile.name} votes against: we cannot accept ${objected.length ? measureList(objected) : 'this text'}.`
        : `${ctx.profile.name} abstains.`;
  return {
    event: { type: 'vote.cast', ballotId: ballot.id, vote: judgement.vote },
    says,
    coach: voteCoachNote(ctx.outlook(`draft:${draft.id}`), spec, judgement, subjectOf(draft)),
  };
}

/** Whether this delegation explains its votes on ballots of this kind. */
function explains(ctx: DecisionContext, ballot: Ballot): boolean {
  if (ballot.kind === 'assembly') return ctx.profile.briefed;
  return true;
}

export function explainVotes(ctx: DecisionContext): PlannedMove[] {
  const { state, code } = ctx;
  const out: PlannedMove[] = [];
  for (const ballot of state.ballots) {
    if (ballot.round !== state.round || ballot.purpose !== 'adoption') continue;
    const vote = ballot.votes[code];
    if (vote !== 'yes' && vote !== 'no' && vote !== 'abstain') continue;
    if (!explains(ctx, ballot) || state.explanations.some((e) => e.ballotId === ballot.id && e.state === code)) continue;
    const draft = ownEntry(state.drafts, ballot.draftId)!;
    const { judgement } = judgeTabled(ctx, draft);
    const { supported, objected } = supportedAndObjected(judgement);
    const veto = ballot.kind === 'council-substantive' && ctx.profile.permanent && vote === 'no';
    const text = explanationOfVote(ctx.profile, vote, draft.title, supported, objected, veto);
    out.push({
      event: { type: 'vote.explain', ballotId: ballot.id, text },
      says: text,
      coach: coachNote(ctx.profile.name, `explained its vote (${vote}) on "${draft.title}"`, `it supports ${supported.length ? measureList(supported) : 'none of the measures'} and objects to ${objected.length ? measureList(objected) : 'none'}`),
    });
  }
  return out;
}

export function vetoThreats(ctx: DecisionContext): PlannedMove[] {
  const { state, profile, code } = ctx;
  if (!profile.permanent) return [];
  const out: PlannedMove[] = [];
  for (const draft of tabledDrafts(state, 'council')) {
    if (draft.sponsors.includes(code) || state.vetoThreats.some((t) => t.draftId === draft.id && t.state === code)) continue;
    const { spec, judgement } = judgeTabled(ctx, draft);
    if (!judgement.veto) continue;
    const { objected } = supportedAndObjected(judgement);
    const bold = profile.reputationSensitivity.value < PUBLIC_THREAT_BELOW;
    const sponsor = draft.sponsors[0]!;
    const text = vetoThreatText(profile, objected, draft.title);
    out.push({
      event: bold ? { type: 'veto.threaten', draftId: draft.id, visibility: 'public' } : { type: 'veto.threaten', draftId: draft.id, visibility: 'private', to: sponsor },
      says: text,
      coach: `${voteCoachNote(ctx.outlook(`draft:${draft.id}`), spec, judgement, subjectOf(draft), 'threatened to veto')} It warned ${bold ? 'publicly' : `${delegationProfile(ctx.scenario, sponsor).name} privately`} (reputation sensitivity ${num(profile.reputationSensitivity.value)}${bold ? ' is low' : ' makes a quiet word cheaper than a public one'}).`,
    });
  }
  return out;
}

export function cosponsorships(ctx: DecisionContext, forum: 'council' | 'assembly'): PlannedMove[] {
  const { state, profile, code } = ctx;
  if (forum === 'council' ? !(profile.councilMember || profile.briefed) : !profile.briefed) return [];
  // Drafts of this round it already joined (in either forum) count against its allowance.
  const joined = Object.values(state.drafts).filter((d) => d.round === state.round && d.sponsors.indexOf(code) > 0).length;
  if (joined >= COSPONSOR_MAX_PER_ROUND) return [];
  const candidates: { draft: Draft; net: number }[] = [];
  for (const draft of tabledDrafts(state, forum)) {
    if (draft.sponsors.includes(code) || draft.sponsors.length > COSPONSOR_MAX_PER_DRAFT) continue;
    const { judgement } = judgeTabled(ctx, draft);
    if (judgement.vote !== 'yes' || judgement.net < COSPONSOR_MIN_NET) continue;
    candidates.push({ draft, net: judgement.net });
  }
  // The draft it supports most, first; ties by tabling order.
  candidates.sort((a, b) => b.net - a.net || a.draft.tabledSeq - b.draft.tabledSeq);
  return candidates.slice(0, COSPONSOR_MAX_PER_ROUND - joined).map(({ draft, net }) => ({
    event: { type: 'draft.cosponsor', draftId: draft.id },
    says: `${profile.name} joins the sponsors of "${draft.title}".`,
    coach: coachNote(
      profile.name,
      `cosponsored "${draft.title}"`,
      `it strongly supports the draft: worth ${num(net)} to it (cosponsoring from ${COSPONSOR_MIN_NET}, at most ${COSPONSOR_MAX_PER_ROUND} a round and ${COSPONSOR_MAX_PER_DRAFT} cosponsors a draft)`,
    ),
  }));
}

/** Puts its own tabled draft to the vote once the others have seen it (any later turn). */
export function openVotes(ctx: DecisionContext, forum: 'council' | 'assembly'): PlannedMove[] {
  const { state, code } = ctx;
  if (openBallotOf(state)) return [];
  // A Council draft goes to the vote only in blue and once every human seat has had it in Negotiation.
  const mine = tabledDrafts(state, forum).filter((d) => d.sponsors[0] === code && (forum === 'assembly' || humansHaveSeen(state, d)));
  const draft = mine[0];
  if (!draft) return [];
  const threatened = state.vetoThreats.filter((t) => t.draftId === draft.id && (t.visibility === 'public' || t.to === code || t.to === undefined));
  return [
    {
      event: { type: 'vote.open', draftId: draft.id },
      says: `${ctx.profile.name} asks that "${draft.title}" be put to the vote now.`,
      coach: coachNote(
        ctx.profile.name,
        `put its draft "${draft.title}" to the vote`,
        threatened.length
          ? `it chose to make the threatened veto (${threatened.map((t) => delegationProfile(ctx.scenario, t.state).name).join(', ')}) a matter of record rather than water the text down`
          : 'every delegation has had the text and no one asked for changes',
        threatened.length ? 'would have tabled a compromise first had it valued a quick result over making the veto cost something' : undefined,
      ),
    },
  ];
}

export function councilMoves(ctx: DecisionContext): PlannedMove[] {
  const { state, code } = ctx;
  const ballot = openBallotOf(state);
  if (ballot && ballot.kind === 'council-substantive' && ballot.electorate.includes(code) && ballot.votes[code] === undefined) {
    return [voteOnDraft(ctx, ballot, ownEntry(state.drafts, ballot.draftId)!)];
  }
  const explanations = explainVotes(ctx);
  if (explanations.length > 0) return explanations;
  const threatened = vetoThreats(ctx);
  if (threatened.length > 0) return threatened;
  const cosponsored = cosponsorships(ctx, 'council');
  if (cosponsored.length > 0) return cosponsored;
  // A human Council member is the first to table in the Council, or passes (src/core/session/first-chance.ts).
  if (firstChancePending(ctx.scenario, state, 'table').length > 0) return [];
  const answered = answers(ctx);
  if (answered.length > 0) return answered;
  const blue = putInBlue(ctx);
  if (blue.length > 0) return blue;
  // An AI draft reaches the Council only by circulation in Negotiation (penholding.ts): after a
  // veto the penholder does not table again at once, it circulates a new text next round.
  return openVotes(ctx, 'council');
}
