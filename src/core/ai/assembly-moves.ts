import { isCouncilMember } from '../scenario/membership';
import { openBallotOf } from '../session/ballots';
import type { Ballot, Draft } from '../session/state';
import { judgeDraft, type Factor } from './assessment';
import { aiSeats, seatedStates, stateMovedThisPhase, type DecisionContext, type PlannedMove } from './decision-context';
import { cosponsorships, explainVotes, openVotes, voteOnDraft } from './council-moves';
import { chapterFor, desiredMeasures, freshDraftId, penholders } from './drafting';
import { coachNote, factorPhrase, sides } from './move-explanations';
import { BRIEF_OBJECTIVE_BONUS, PATRON_STAKE, UFP_PARTY_RELATIONSHIPS, VETO_REACTION } from './decision-weights';
import { firstChancePending } from '../session/first-chance';
import { delegationProfile, mainStake } from './profile';
import { draftsOfRound, tabledDrafts } from './record';
import { vetoInitiativeSpeech } from './speech';
import { draftTitle, operativeParagraphs } from './templates';
import { listOf, measureList, num } from './wording';
import type { Scenario } from '../scenario/schema';
import type { SessionState } from '../session/state';
import { ownEntry } from '../session/lookup';

/**
 * The Assembly side: Uniting for Peace (moving the Council's procedural referral, voting on it,
 * requesting an emergency special session), the emergency special session's draft and votes, and
 * the veto-initiative debate (GA res. 76/262).
 */

/** The vetoed draft that opened Uniting for Peace (or the last vetoed draft). */
function vetoedDraft(state: SessionState): Draft | null {
  const id = state.unitingForPeace.openedBy?.draftId;
  const named = id ? ownEntry(state.drafts, id) : undefined;
  if (named) return named;
  const vetoed = Object.values(state.drafts).filter((d) => d.status === 'vetoed');
  return vetoed[vetoed.length - 1] ?? null;
}

export interface UnitingForPeaceStance {
  value: number;
  factors: Factor[];
  vetoer: boolean;
}

/**
 * How much a delegation wants the Assembly to take up a vetoed draft: its value of the draft's
 * measures as Assembly recommendations, a reaction to the veto itself, and its brief.
 */
export function unitingForPeaceStance(ctx: DecisionContext, draft: Draft): UnitingForPeaceStance {
  const vetoer = vetoedByOf(ctx.state, draft).includes(ctx.code);
  const judgement = judgeDraft(ctx.outlook(`ufp:${draft.id}`), { measures: draft.measures, forum: 'assembly', chapter: draft.chapter });
  const factors: Factor[] = [{ label: `value of "${draft.title}" as Assembly recommendations`, value: judgement.net }];
  if (vetoer) factors.push({ label: 'it cast the veto', value: -1 });
  else if (judgement.net > 0) factors.push({ label: 'reaction to the veto (the Council failed to act)', value: VETO_REACTION });
  if (ctx.profile.brief.unitingForPeace === 1) factors.push({ label: "its brief's objective (an Assembly session)", value: BRIEF_OBJECTIVE_BONUS });
  return { value: factors.reduce((s, f) => s + f.value, 0), factors, vetoer };
}

function vetoedByOf(state: SessionState, draft: Draft): string[] {
  return state.ballots.filter((b) => b.draftId === draft.id && b.councilResult).flatMap((b) => b.councilResult!.vetoedBy);
}

function ufpCoach(ctx: DecisionContext, did: string, stance: UnitingForPeaceStance, otherwise?: string): string {
  const { gains, costs } = sides([...stance.factors].sort((a, b) => Math.abs(b.value) - Math.abs(a.value)));
  return coachNote(ctx.profile.name, did, `${gains.length ? factorPhrase(gains) : 'nothing'} against ${costs.length ? factorPhrase(costs) : 'nothing'} (net ${num(stance.value)})`, otherwise);
}

/** Whether a member that vetoed the draft is itself a party to the situation (the territorial state, or the perpetrator acts as its agent). */
function vetoedByAParty(scenario: Scenario, state: SessionState, draft: Draft): boolean {
  return vetoedByOf(state, draft).some((code) => {
    const p = delegationProfile(scenario, code);
    return p.territorial || p.relationships.some((r) => UFP_PARTY_RELATIONSHIPS.includes(r.kind) && scenario.crisis.perpetrators.some((x) => x.id === r.to));
  });
}

/**
 * Whether this delegation takes the Uniting for Peace initiative (moving the referral, requesting
 * the session): rare in history (UFP_PARTY_RELATIONSHIPS in parameters.ts), so only when its brief
 * calls for the Assembly route or a vetoing member is itself a party.
 */
function takesInitiative(ctx: DecisionContext, draft: Draft): boolean {
  return ctx.profile.brief.unitingForPeace === 1 || vetoedByAParty(ctx.scenario, ctx.state, draft);
}

/** AI Council members keenest on referral, the same order for every seat. */
function referralChampion(scenario: Scenario, state: SessionState, draft: Draft, ctxFor: (code: string) => DecisionContext): string | null {
  let best: { code: string; value: number } | null = null;
  for (const seat of aiSeats(state)) {
    if (!isCouncilMember(scenario, seat.state!) || !takesInitiative(ctxFor(seat.state!), draft)) continue;
    const v = unitingForPeaceStance(ctxFor(seat.state!), draft).value;
    if (v > 0 && (!best || v > best.value || (v === best.value && seat.state! < best.code))) best = { code: seat.state!, value: v };
  }
  return best?.code ?? null;
}

function referralVote(ctx: DecisionContext, ballot: Ballot): PlannedMove {
  const draft = ownEntry(ctx.state.drafts, ballot.draftId)!;
  const stance = unitingForPeaceStance(ctx, draft);
  const vote = stance.value > 0 ? 'yes' : stance.vetoer || shields(ctx) ? 'no' : 'abstain';
  return {
    event: { type: 'vote.cast', ballotId: ballot.id, vote },
    says: `${ctx.profile.name} votes ${vote === 'yes' ? 'in favour of' : vote === 'no' ? 'against' : 'to abstain on'} referring the matter to the General Assembly.`,
    coach: ufpCoach(ctx, `${vote === 'yes' ? 'voted for' : vote === 'no' ? 'voted against' : 'abstained on'} the procedural referral to the Assembly (no veto applies, UN Charter art. 27(2))`, stance, vote === 'yes' ? undefined : 'would have voted for had the vetoed draft held measures it values'),
  };
}

/** A patron or the territorial state votes against taking its friend's case to the Assembly. */
function shields(ctx: DecisionContext): boolean {
  return ctx.profile.territorial || mainStake(ctx.scenario, ctx.profile).stake >= PATRON_STAKE;
}

export function unitingForPeaceMoves(ctx: DecisionContext, ctxFor: (code: string) => DecisionContext): PlannedMove[] {
  const { scenario, state, code, profile } = ctx;
  const ballot = openBallotOf(state);
  if (ballot && ballot.electorate.includes(code) && ballot.votes[code] === undefined) return [referralVote(ctx, ballot)];
  if (state.unitingForPeace.status !== 'open') return [];
  const draft = vetoedDraft(state);
  if (!draft) return [];
  const referred = state.ballots.some((b) => b.purpose === 'referral' && b.draftId === draft.id);
  // The people at the table move first (src/core/session/first-chance.ts): a human Council member may move the referral, a human member request the session.
  const humanMayRefer = firstChancePending(scenario, state, 'refer').length > 0;
  if (!ballot && !referred && !humanMayRefer && profile.councilMember && referralChampion(scenario, state, draft, ctxFor) === code) {
    const stance = unitingForPeaceStance(ctx, draft);
    return [
      {
        event: { type: 'ufp.propose-referral', draftId: draft.id },
        says: `${profile.name} moves that the Council, having failed to act because of a lack of unanimity of its permanent members, call an emergency special session of the General Assembly (GA res. 377 A (V)).`,
        coach: ufpCoach(ctx, 'moved the referral of the vetoed draft to the Assembly', stance),
      },
    ];
  }
  if (!state.unitingForPeace.requests.includes(code) && !stateMovedThisPhase(state, code, 'ufp.request') && firstChancePending(scenario, state, 'request').length === 0) {
    const stance = unitingForPeaceStance(ctx, draft);
    if (stance.value > 0 && takesInitiative(ctx, draft)) {
      return [
        {
          event: { type: 'ufp.request', draftId: draft.id },
          says: `${profile.name} requests an emergency special session of the General Assembly on the situation.`,
          coach: ufpCoach(ctx, 'requested an emergency special session', stance),
        },
      ];
    }
  }
  return [];
}

function assemblyTabling(ctx: DecisionContext): PlannedMove[] {
  const { scenario, state, code, profile } = ctx;
  if (tabledDrafts(state, 'assembly').length > 0 || draftsOfRound(state, 'assembly').length > 0 || openBallotOf(state)) return [];
  if (penholders(scenario, state, 'assembly')[0] !== code) return [];
  const vetoed = vetoedDraft(state);
  const wanted = desiredMeasures(ctx, 'assembly');
  const measures = vetoed ? [...new Set([...vetoed.measures.filter((m) => wanted.includes(m)), ...wanted])].slice(0, wanted.length) : wanted;
  if (measures.length === 0) return [];
  return [
    {
      event: {
        type: 'draft.table',
        draftId: freshDraftId(state, code, 'assembly'),
        forum: 'assembly',
        title: draftTitle(scenario),
        measures,
        operativeParagraphs: operativeParagraphs(scenario, measures, 'assembly'),
        chapter: chapterFor(measures),
      },
      says: `${profile.name} introduces a draft resolution recommending ${measureList(measures)} to the emergency special session.`,
      coach: coachNote(profile.name, `tabled an Assembly draft recommending ${measureList(measures)}`, `the Council was blocked by a veto and it is the delegation keenest to act (humanitarian priority ${num(profile.humanitarianPriority.value)}); it kept the measures it values as recommendations`),
    },
  ];
}

export function emergencySessionMoves(ctx: DecisionContext): PlannedMove[] {
  const { state, code } = ctx;
  const ballot = openBallotOf(state);
  if (ballot && ballot.kind === 'assembly' && ballot.electorate.includes(code) && ballot.votes[code] === undefined) {
    return [voteOnDraft(ctx, ballot, ownEntry(state.drafts, ballot.draftId)!)];
  }
  const explanations = explainVotes(ctx);
  if (explanations.length > 0) return explanations;
  const cosponsored = cosponsorships(ctx, 'assembly');
  if (cosponsored.length > 0) return cosponsored;
  const opened = openVotes(ctx, 'assembly');
  if (opened.length > 0) return opened;
  return assemblyTabling(ctx);
}

/** Who speaks in the veto-initiative debate: the vetoing members (first), Council members and briefed delegations. */
export function vetoInitiativeMoves(ctx: DecisionContext): PlannedMove[] {
  const { scenario, state, code, profile } = ctx;
  const out: PlannedMove[] = [];
  for (const debate of state.vetoInitiative) {
    if (debate.round !== state.round || debate.speeches.some((s) => s.state === code)) continue;
    const vetoer = debate.vetoedBy.includes(code);
    if (!vetoer && !profile.councilMember && !profile.briefed) continue;
    // GA res. 76/262 ¶2: the vetoing members seated here speak first; the others wait their turn.
    const seated = seatedStates(state);
    if (!vetoer && debate.vetoedBy.some((v) => seated.has(v) && !debate.speeches.some((s) => s.state === v))) continue;
    const draft = ownEntry(state.drafts, debate.draftId);
    if (!draft) continue;
    const judgement = judgeDraft(ctx.outlook(`draft:${draft.id}`), { measures: draft.measures, forum: 'council', chapter: draft.chapter });
    const objected = judgement.measures.filter((m) => m.net < 0).map((m) => m.measure);
    const alternative = judgement.measures.filter((m) => m.net > 0).map((m) => m.measure);
    const names = listOf(debate.vetoedBy.map((v) => delegationProfile(scenario, v).name));
    const text = vetoInitiativeSpeech(profile, vetoer, names, alternative, objected, judgement.net > 0);
    out.push({
      event: { type: 'vetoInitiative.speak', draftId: debate.draftId, text },
      says: text,
      coach: coachNote(
        profile.name,
        vetoer ? 'explained its veto to the Assembly first (GA res. 76/262 ¶2)' : `spoke ${judgement.net > 0 ? 'against' : 'in understanding of'} the veto cast by ${names}`,
        vetoer
          ? `the vetoing member is invited to speak first; it names ${alternative.length ? `what it would accept (${measureList(alternative)}) as its alternative` : 'no alternative, which weighs against it on obstruction'}`
          : `the draft was worth ${num(judgement.net)} to it`,
      ),
    });
    break;
  }
  return out;
}

