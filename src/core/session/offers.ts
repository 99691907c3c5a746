import { stateName } from '../scenario/membership';
import type { OfferTerm } from '../shared/vocabulary';
import { textOf } from './circulation';
import { appended, seatOfState, withEntry, type SessionContext } from './context';
import { withDraft } from './drafts';
import type { EventHandlers } from './handler';
import { noSuch, ownEntry } from './lookup';
import { termProblem } from './offer-terms';
import { applyChange } from './revisions';
import type { Offer, SessionState } from './state';

/**
 * Structured offers in private channels (issue 16, item 2): a delegation offers what it gives for
 * what it asks, each a term of the closed vocabulary (offerTerm). The side it is made to answers it
 * once: accepts (both sides' terms become political commitments, checked against the record in
 * commitments.ts), declines, or counters with an offer of its own, which awaits its own answer.
 * An offer is seen by its two parties and the facilitator, and by everyone in the debrief.
 */

function offerOf(session: SessionState, id: string): Offer | undefined {
  return ownEntry(session.offers, id);
}

/**
 * An offer's id is only its maker's label for it. An id taken by an offer between two other
 * delegations is replaced by a free one, so that a refusal never tells a delegation that others
 * are bargaining (docs/security.md §1).
 */
export function freeOfferId(session: SessionState, offerId: string): string {
  if (!offerOf(session, offerId)) return offerId;
  let id = `${offerId}-2`;
  for (let n = 3; offerOf(session, id); n += 1) id = `${offerId}-${n}`;
  return id;
}

/** Why the terms cannot be promised: the giver's by the giver, the asked by the other side. */
function termsProblem(ctx: SessionContext, giver: string, receiver: string, gives: readonly OfferTerm[], asks: readonly OfferTerm[]): string | null {
  const parties = [giver, receiver] as const;
  for (const term of gives) {
    const problem = termProblem(ctx.scenario, ctx.session, term, giver, parties);
    if (problem) return problem;
  }
  for (const term of asks) {
    const problem = termProblem(ctx.scenario, ctx.session, term, receiver, parties);
    if (problem) return problem;
  }
  return null;
}

function newOfferProblem(ctx: SessionContext, offerId: string, from: string, to: string, gives: readonly OfferTerm[], asks: readonly OfferTerm[]): string | null {
  const { scenario, session } = ctx;
  if (offerOf(session, offerId)) return 'An offer is already recorded under this reference; make it again.';
  if (to === from) return 'An offer is made to another delegation.';
  if (!seatOfState(session, to)) return `No delegation of ${stateName(scenario, to)} is seated to answer.`;
  return termsProblem(ctx, from, to, gives, asks);
}

function openOffersTo(session: SessionState, state: string | null): boolean {
  return Object.values(session.offers).some((o) => o.answer === null && o.to === state);
}

/**
 * Accepting an offer whose penholder promises a change to its circulating draft makes the change at
 * once: a new revision, as accepting a request for the change would (the acceptance is the
 * penholder's answer, on the record).
 */
function withPromisedChanges(ctx: SessionContext, session: SessionState, offer: Offer, seq: number): SessionState {
  let next = session;
  const promises = [...offer.gives.map((term) => ({ term, by: offer.from })), ...offer.asks.map((term) => ({ term, by: offer.to }))];
  for (const { term, by } of promises) {
    if (term.kind !== 'change') continue;
    const draft = ownEntry(next.drafts, term.draftId);
    if (!draft?.circulation || draft.status !== 'circulating' || draft.sponsors[0] !== by) continue;
    const text = applyChange(textOf(draft), term.change);
    const revision = { number: draft.circulation.revisions.length, seq, round: next.round, text, requestSeq: null, offerId: offer.id };
    next = withDraft(ctx, next, { ...draft, ...text, circulation: { ...draft.circulation, revisions: appended(ctx, draft.circulation.revisions, revision) } });
  }
  return next;
}

export const offerHandlers = {
  'offer.make': {
    check: (ctx, { actor, event }) => newOfferProblem(ctx, event.offerId, actor.state!, event.to, event.gives, event.asks),
    apply: (ctx, { actor, event, seq }) => {
      const offer: Offer = {
        id: event.offerId,
        seq,
        round: ctx.session.round,
        from: actor.state!,
        to: event.to,
        gives: event.gives,
        asks: event.asks,
        note: event.note ?? null,
        counterTo: null,
        answer: null,
      };
      return { ...ctx.session, offers: withEntry(ctx, ctx.session.offers, offer.id, offer) };
    },
  },
  'offer.answer': {
    check: (ctx, { actor, event }) => {
      const { scenario, session } = ctx;
      const offer = offerOf(session, event.offerId);
      const state = actor.state!;
      // To anyone but its two parties an offer answers as if there were none.
      if (!offer || (offer.from !== state && offer.to !== state)) return noSuch('offer', event.offerId);
      if (offer.to !== state) return `The offer awaits ${stateName(scenario, offer.to)}'s answer: only the side an offer is made to answers it.`;
      if (offer.answer) return `This offer has already been answered (${offer.answer.answer === 'accept' ? 'accepted' : offer.answer.answer === 'counter' ? 'countered' : 'declined'}).`;
      if (event.answer === 'counter') {
        if (!event.counter) return 'A counter-offer says what you give and what you ask instead.';
        return newOfferProblem(ctx, event.counter.offerId, state, offer.from, event.counter.gives, event.counter.asks);
      }
      if (event.counter) return 'Only a counter carries an offer of its own.';
      if (event.answer === 'accept') {
        const problem = termsProblem(ctx, offer.from, offer.to, offer.gives, offer.asks);
        if (problem) return `This offer can no longer be accepted as made (${problem}); decline it or counter, giving that reason.`;
      }
      return null;
    },
    available: ({ session }, actor) => (openOffersTo(session, actor.state) ? null : 'No offer awaits your answer.'),
    apply: (ctx, { event, seq }) => {
      const { session } = ctx;
      const offer = offerOf(session, event.offerId)!;
      const counter = event.answer === 'counter' ? event.counter! : null;
      const answered: Offer = {
        ...offer,
        answer: { seq, round: session.round, answer: event.answer, reason: event.reason, counterOfferId: counter?.offerId ?? null },
      };
      let offers = withEntry(ctx, session.offers, offer.id, answered);
      if (counter) {
        const made: Offer = {
          id: counter.offerId,
          seq,
          round: session.round,
          from: offer.to,
          to: offer.from,
          gives: counter.gives,
          asks: counter.asks,
          note: null,
          counterTo: offer.id,
          answer: null,
        };
        offers = withEntry(ctx, offers, made.id, made);
      }
      const next = { ...session, offers };
      return event.answer === 'accept' ? withPromisedChanges(ctx, next, answered, seq) : next;
    },
  },
} satisfies Partial<EventHandlers>;
