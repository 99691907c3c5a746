import { isCouncilMember, isPermanentMember, stateName } from '../scenario/membership';
import { textOf } from '../session/circulation';
import { applyChange, changeProblem } from '../session/revisions';
import type { Draft, Offer } from '../session/state';
import type { OfferTerm } from '../shared/vocabulary';
import { decisionContext, type DecisionContext, type PlannedMove } from './decision-context';
import { judgeTabled } from './drafting';
import { coachNote } from './move-explanations';
import { MEASURE_NAMES, num, proseName } from './wording';

/**
 * AI delegations make offers to human seats too (issue 16, item 2): the penholder of a circulating
 * draft asks a wavering elected member (one that, as the penholder reads its interests, would not
 * vote yes) for its vote in exchange for dropping the measure that holds it back, when the
 * penholder can live without that measure. Once per draft and member.
 */

function namesDraft(offer: Offer, draftId: string): boolean {
  return [...offer.gives, ...offer.asks].some((t) => 'draftId' in t && t.draftId === draftId);
}

function penholderOffer(ctx: DecisionContext, draft: Draft, member: string, memberCtx: DecisionContext): PlannedMove | null {
  const { scenario, profile, code } = ctx;
  const theirs = judgeTabled(memberCtx, draft).judgement;
  if (theirs.vote === 'yes') return null;
  // The measure that weighs most against the draft for them, whose dropping wins their yes and keeps ours.
  const candidates = theirs.measures.filter((m) => m.net < 0).sort((a, b) => a.net - b.net);
  for (const value of candidates) {
    const change = { kind: 'drop-measure', measure: value.measure } as const;
    if (changeProblem(textOf(draft), change) !== null) continue;
    const without: Draft = { ...draft, ...applyChange(textOf(draft), change) };
    if (judgeTabled(memberCtx, without).judgement.vote !== 'yes') continue;
    const ours = judgeTabled(ctx, without).judgement;
    if (ours.vote !== 'yes') continue;
    const gives: OfferTerm[] = [{ kind: 'change', draftId: draft.id, change }];
    const asks: OfferTerm[] = [{ kind: 'vote', draftId: draft.id, vote: 'yes' }];
    const them = proseName(stateName(scenario, member));
    const note = `${profile.name} to ${them}: we hold the pen of “${draft.title}”. We will drop ${MEASURE_NAMES[value.measure]} from it if you will vote for it.`;
    return {
      event: { type: 'offer.make', offerId: `${code.toLowerCase()}-${draft.id}-${member.toLowerCase()}`, to: member, gives, asks, note },
      says: note,
      coach: coachNote(
        profile.name,
        `offered ${them} to drop ${MEASURE_NAMES[value.measure]} from “${draft.title}” for its vote`,
        `as it read ${them}'s interests, ${them} would not vote yes with ${MEASURE_NAMES[value.measure]} in the text (its weight for ${them}: ${num(value.net)}) but would without it, and ${profile.name} still votes yes on the text without it (net ${num(ours.net)})`,
      ),
    };
  }
  return null;
}

export function offersToHumans(ctx: DecisionContext): PlannedMove[] {
  const { scenario, state, code } = ctx;
  const out: PlannedMove[] = [];
  const offers = Object.values(state.offers);
  for (const draft of Object.values(state.drafts)) {
    if (draft.status !== 'circulating' || draft.sponsors[0] !== code) continue;
    for (const seat of state.config.seats) {
      const member = seat.state;
      if (seat.kind !== 'human' || member === null || member === code) continue;
      if (!isCouncilMember(scenario, member) || isPermanentMember(scenario, member)) continue;
      if (offers.some((o) => (o.from === member || o.to === member) && (o.from === code || o.to === code) && namesDraft(o, draft.id))) continue;
      const move = penholderOffer(ctx, draft, member, decisionContext(scenario, state, { ...seat, kind: 'ai' }));
      if (move) out.push(move);
    }
  }
  return out;
}
