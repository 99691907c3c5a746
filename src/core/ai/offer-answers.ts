import { stateName } from '../scenario/membership';
import { textOf } from '../session/circulation';
import { ownEntry } from '../session/lookup';
import { termInWords, termProblem } from '../session/offer-terms';
import { applyChange, changeProblem } from '../session/revisions';
import type { Draft, Offer, SessionState } from '../session/state';
import { CONDUCT_GROUPS, type OfferTerm } from '../shared/vocabulary';
import type { DraftJudgement } from './assessment';
import { decisionContext, type DecisionContext, type PlannedMove } from './decision-context';
import { OFFER_WEIGHTS, VOTE_THRESHOLDS } from './decision-weights';
import { judgeTabled } from './drafting';
import { coachNote } from './move-explanations';
import { mainStake } from './profile';
import { supportTies } from './record';
import { trustIn } from './trust';
import { listOf, MEASURE_NAMES, num, proseName } from './wording';

/**
 * An AI delegation answers every offer made to it (issue 16, item 2), in the same phase, from the
 * same weighing that casts its votes: what it is promised (times its trust in the offerer) against
 * what it is asked to promise. It accepts when the first outweighs the second and no red line
 * forbids the promise; otherwise it counters with what it would take (the penholder dropping a
 * red-line measure, or an abstention instead of a yes) or declines, each with its reason.
 * Weights: OFFER_WEIGHTS and the trust constants in decision-weights.ts (docs/ai.md).
 */

const SUPPORT: readonly string[] = CONDUCT_GROUPS.support;

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The draft as it would read with the offer's changes made (both sides' promised changes). */
function draftAfter(state: SessionState, terms: readonly OfferTerm[], draftId: string): Draft | undefined {
  const draft = ownEntry(state.drafts, draftId);
  if (!draft) return undefined;
  let text = textOf(draft);
  for (const term of terms) {
    if (term.kind === 'change' && term.draftId === draftId && changeProblem(text, term.change) === null) text = applyChange(text, term.change);
  }
  return { ...draft, ...text };
}

interface Weighed {
  /** What it receives, each worth this much to it before trust. */
  received: { term: OfferTerm; value: number }[];
  /** What it would promise, each costing this much. */
  given: { term: OfferTerm; cost: number }[];
  /** A promise its red line or brief forbids it to make, in words, with the measure it would drop. */
  forbidden: { why: string; draftId: string | null; measure: Draft['measures'][number] | null } | null;
}

function judgementAfter(ctx: DecisionContext, all: readonly OfferTerm[], draftId: string): { draft: Draft; judgement: DraftJudgement } | null {
  const draft = draftAfter(ctx.state, all, draftId);
  return draft ? { draft, judgement: judgeTabled(ctx, draft).judgement } : null;
}

/** What a draft's change is worth to the delegation: its judgement of the text after, less before. */
function changeValue(ctx: DecisionContext, draftId: string, term: OfferTerm): number {
  const before = ownEntry(ctx.state.drafts, draftId);
  const after = draftAfter(ctx.state, [term], draftId);
  if (!before || !after) return 0;
  return judgeTabled(ctx, after).judgement.net - judgeTabled(ctx, before).judgement.net;
}

/**
 * Whether the offerer's promised yes is a vote won: read through its own interests (as the
 * penholder reads a wavering member's, offer-making.ts), it would not vote yes on the text as it
 * stands, before the offer's changes.
 */
function wonYes(ctx: DecisionContext, offer: Offer, term: OfferTerm): boolean {
  if (term.kind !== 'vote' || term.vote !== 'yes') return false;
  const draft = ownEntry(ctx.state.drafts, term.draftId);
  const seat = ctx.state.config.seats.find((s) => s.state === offer.from && s.kind !== 'facilitator');
  if (!draft || !seat) return false;
  return judgeTabled(decisionContext(ctx.scenario, ctx.state, { ...seat, kind: 'ai' }), draft).judgement.vote !== 'yes';
}

function weigh(ctx: DecisionContext, offer: Offer): Weighed {
  const { scenario, state, profile } = ctx;
  const all = [...offer.gives, ...offer.asks];
  const out: Weighed = { received: [], given: [], forbidden: null };
  for (const term of offer.gives) {
    let value = 0;
    if (term.kind === 'change') value = changeValue(ctx, term.draftId, term);
    else if (term.kind === 'refrain') value = SUPPORT.includes(term.conduct) ? OFFER_WEIGHTS.promisedRefrain * profile.humanitarianPriority.value : 0;
    else if (term.kind === 'sign-agreement') value = OFFER_WEIGHTS.promisedAgreement * profile.brief.d2r;
    else {
      const after = judgementAfter(ctx, all, term.draftId);
      const wants = after?.judgement.vote ?? 'abstain';
      const weight = term.kind === 'cosponsor' ? OFFER_WEIGHTS.promisedCosponsor : wants === 'yes' && wonYes(ctx, offer, term) ? OFFER_WEIGHTS.wonVote : OFFER_WEIGHTS.promisedVote;
      const helps = term.kind === 'vote' ? (wants === 'yes' ? term.vote === 'yes' : wants === 'no' ? term.vote !== 'yes' : false) : wants === 'yes';
      const hurts = term.kind === 'vote' && wants === 'no' && term.vote === 'yes';
      value = helps ? weight : hurts ? -weight : 0;
    }
    out.received.push({ term, value });
  }
  for (const term of offer.asks) {
    let cost = 0;
    if (term.kind === 'change') cost = Math.max(0, -changeValue(ctx, term.draftId, term));
    else if (term.kind === 'refrain') {
      const supplies = SUPPORT.includes(term.conduct) && supportTies(scenario, profile, state.round).length > 0;
      cost = supplies ? OFFER_WEIGHTS.refrainCost * mainStake(scenario, profile).stake : 0;
    } else if (term.kind === 'sign-agreement') {
      if (profile.brief.d2r === -1) out.forbidden ??= { why: 'our brief rules out a D2R agreement', draftId: null, measure: null };
    } else {
      const after = judgementAfter(ctx, all, term.draftId);
      if (!after) continue;
      const { judgement, draft } = after;
      const promisesSupport = term.kind !== 'vote' || term.vote !== 'no';
      const hard = judgement.measures.find((m) => m.redLine === 'hard');
      if (promisesSupport && hard) {
        out.forbidden ??= { why: `${MEASURE_NAMES[hard.measure]} in “${draft.title}” is a red line for us`, draftId: draft.id, measure: hard.measure };
      } else if (promisesSupport && judgement.constraint && judgement.vote !== 'yes' && (term.kind !== 'vote' || term.vote === 'yes')) {
        out.forbidden ??= { why: `we cannot vote for “${draft.title}”: ${judgement.constraint}`, draftId: null, measure: null };
      }
      const wanted = term.kind === 'vote' && term.vote === 'abstain' ? -VOTE_THRESHOLDS.no : term.kind === 'vote' && term.vote === 'no' ? null : VOTE_THRESHOLDS.yes;
      cost = wanted === null ? Math.max(0, judgement.net + VOTE_THRESHOLDS.no) : Math.max(0, wanted - judgement.net);
    }
    out.given.push({ term, cost });
  }
  return out;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** What it would take instead: the offerer dropping the red-line measure from its own draft, or an abstention for a yes. */
function counterTerms(ctx: DecisionContext, offer: Offer, weighed: Weighed): { gives: OfferTerm[]; asks: OfferTerm[]; what: string } | null {
  const { state, scenario } = ctx;
  const parties = [ctx.code, offer.from] as const;
  const valid = (gives: OfferTerm[], asks: OfferTerm[]) =>
    gives.every((t) => termProblem(scenario, state, t, ctx.code, parties) === null) && asks.every((t) => termProblem(scenario, state, t, offer.from, parties) === null);
  const f = weighed.forbidden;
  if (f?.draftId && f.measure) {
    const draft = ownEntry(state.drafts, f.draftId);
    const drop: OfferTerm = { kind: 'change', draftId: f.draftId, change: { kind: 'drop-measure', measure: f.measure } };
    if (draft?.sponsors[0] === offer.from && valid(offer.asks, [...offer.gives, drop])) return { gives: offer.asks, asks: [...offer.gives, drop], what: `without ${MEASURE_NAMES[f.measure]}` };
    return null;
  }
  if (f) return null;
  const yes = offer.asks.findIndex((t) => t.kind === 'vote' && t.vote === 'yes');
  if (yes >= 0) {
    const abstain = offer.asks.map((t, i) => (i === yes && t.kind === 'vote' ? { ...t, vote: 'abstain' as const } : t));
    const reweighed = weigh(ctx, { ...offer, asks: abstain });
    const net = trustIn(state, offer.from, ctx.code).trust * sum(reweighed.received.map((r) => r.value)) - sum(reweighed.given.map((g) => g.cost));
    if (!reweighed.forbidden && net >= OFFER_WEIGHTS.acceptMargin && valid(abstain, offer.gives)) return { gives: abstain, asks: offer.gives, what: 'an abstention rather than a yes' };
  }
  return null;
}

function freshOfferId(state: SessionState, base: string): string {
  let id = base;
  for (let n = 2; ownEntry(state.offers, id); n++) id = `${base}-${n}`;
  return id;
}

function answerOffer(ctx: DecisionContext, offer: Offer): PlannedMove {
  const { scenario, state, profile, code } = ctx;
  const them = proseName(stateName(scenario, offer.from));
  const words = (terms: readonly { term: OfferTerm }[]) => listOf(terms.map((t) => termInWords(scenario, state, t.term)));
  const { trust, broken } = trustIn(state, offer.from, code);
  const weighed = weigh(ctx, offer);
  const received = sum(weighed.received.map((r) => r.value));
  const given = sum(weighed.given.map((g) => g.cost));
  const net = trust * received - given;
  const distrust =
    broken.length > 0
      ? ` ${capitalised(them)} did not keep its word to us before (it promised to ${listOf(broken.map((b) => termInWords(scenario, state, b.term)))}; ${broken.map((b) => b.shows).join('; ')}), so we weigh its promises at ${num(trust)} of their worth.`
      : '';
  const trustNote = broken.length > 0 ? `; its trust in ${them} is ${num(trust)} because ${them} broke ${broken.length === 1 ? 'a commitment' : `${broken.length} commitments`} to it, so what ${them} promises counts for less` : '';
  const weighing = `what it is promised (${words(weighed.received)}: ${num(received)}, times trust ${num(trust)}) against what it is asked (${words(weighed.given)}: cost ${num(given)})`;
  const base = { offerId: offer.id };
  const parties = [offer.from, offer.to] as const;
  const stale =
    offer.gives.map((t) => termProblem(scenario, state, t, offer.from, parties)).find((p) => p !== null) ??
    offer.asks.map((t) => termProblem(scenario, state, t, code, parties)).find((p) => p !== null);
  if (stale) {
    const reason = `${capitalised(profile.name)} declines: the offer no longer fits the record (${stale})`;
    return { event: { type: 'offer.answer', ...base, answer: 'decline', reason }, says: reason, coach: coachNote(profile.name, `declined ${them}'s offer`, `what it asked could no longer be promised (${stale})`) };
  }
  if (!weighed.forbidden && net >= OFFER_WEIGHTS.acceptMargin) {
    const reason = `${capitalised(profile.name)} accepts: for us to ${words(weighed.given)} is worth it if ${them} will ${words(weighed.received)}.${distrust}`;
    return {
      event: { type: 'offer.answer', ...base, answer: 'accept', reason },
      says: reason,
      coach: coachNote(profile.name, `accepted ${them}'s offer`, `${weighing} came out at ${num(net)}, not below its margin${trustNote}`),
    };
  }
  const counter = counterTerms(ctx, offer, weighed);
  const why = weighed.forbidden
    ? weighed.forbidden.why
    : received <= 0
      ? `what you offer (${words(weighed.received)}) is worth nothing to us`
      : `what you offer does not outweigh what we would give`;
  if (counter) {
    const offerId = freshOfferId(state, `${offer.id}-${code.toLowerCase()}`);
    const reason = `${capitalised(profile.name)} cannot accept as it stands (${why}), but we would do it ${counter.what}.${distrust}`;
    return {
      event: { type: 'offer.answer', ...base, answer: 'counter', reason, counter: { offerId, gives: counter.gives, asks: counter.asks } },
      says: reason,
      coach: coachNote(profile.name, `countered ${them}'s offer`, `${weighed.forbidden ? `${weighed.forbidden.why}` : `${weighing} came out at ${num(net)}`}${trustNote}; it offered what it could live with, ${counter.what}`),
    };
  }
  const reason = `${capitalised(profile.name)} declines: ${why}.${distrust}`;
  return {
    event: { type: 'offer.answer', ...base, answer: 'decline', reason },
    says: reason,
    coach: coachNote(profile.name, `declined ${them}'s offer`, `${weighed.forbidden ? weighed.forbidden.why : `${weighing} came out at ${num(net)}`}${trustNote}`),
  };
}

/** One answer to each offer awaiting this delegation, oldest first. */
export function offerAnswers(ctx: DecisionContext): PlannedMove[] {
  return Object.values(ctx.state.offers)
    .filter((o) => o.to === ctx.code && o.answer === null)
    .sort((a, b) => a.seq - b.seq)
    .map((o) => answerOffer(ctx, o));
}
