import { isCouncilMember, isKnownState, stateName } from '../scenario/membership';
import type { Scenario } from '../scenario/schema';
import type { OfferTerm } from '../shared/vocabulary';
import { textOf } from './circulation';
import { noSuch, ownEntry } from './lookup';
import { CONDUCT_LABELS } from './plain-words';
import { changeInWords, changeProblem } from './revisions';
import type { Draft, SessionState } from './state';

/**
 * The terms of a structured offer: whether a state can promise one now, and how it reads. A term
 * names only what both sides of the offer can see (a draft in circulation is known to the Council's
 * members it was circulated to; a D2R agreement to its parties), so an offer never tells one side
 * of something it may not know.
 */

/** Drafts whose adoption is still to be decided: a promise about them can still be kept. */
const UNDECIDED: ReadonlySet<Draft['status']> = new Set(['circulating', 'tabled', 'in-vote']);

function knownToBoth(draft: Draft, parties: readonly [string, string]): boolean {
  if (draft.status !== 'circulating' || !draft.circulation) return true;
  return parties.every((p) => draft.circulation!.audience.includes(p) || draft.sponsors.includes(p));
}

/** Why `promisor` cannot promise this term in an offer between `parties`, in words, or null when it can. */
export function termProblem(scenario: Scenario, session: SessionState, term: OfferTerm, promisor: string, parties: readonly [string, string]): string | null {
  const who = stateName(scenario, promisor);
  if (term.kind === 'refrain') {
    if (term.target === undefined) return null;
    const perpetrator = scenario.crisis.perpetrators.some((p) => p.id === term.target);
    return perpetrator || isKnownState(scenario, term.target) ? null : `"${term.target}" is neither a perpetrator nor a state in this scenario.`;
  }
  if (term.kind === 'sign-agreement') {
    const agreement = ownEntry(session.agreements, term.agreementId);
    if (!agreement || !parties.every((p) => agreement.parties.includes(p))) return noSuch('agreement', term.agreementId, 'between the two of you');
    if (agreement.status !== 'proposed' && agreement.status !== 'countered') return `That D2R agreement is ${agreement.status}; it can no longer be signed.`;
    if (agreement.signedBy.includes(promisor)) return `${who} has already signed that D2R agreement.`;
    return null;
  }
  const draft = ownEntry(session.drafts, term.draftId);
  if (!draft || !knownToBoth(draft, parties)) return noSuch('draft', term.draftId);
  switch (term.kind) {
    case 'vote':
      if (!UNDECIDED.has(draft.status)) return `"${draft.title}" has already been decided; a vote on it can no longer be promised.`;
      if (draft.forum === 'council' && !isCouncilMember(scenario, promisor)) return `${who} is not a member of the Security Council and has no vote on "${draft.title}".`;
      return null;
    case 'change': {
      if (draft.status !== 'circulating') return `"${draft.title}" is in blue (final): its text can no longer change.`;
      if (draft.sponsors[0] !== promisor) return `Only the penholder of "${draft.title}" (${stateName(scenario, draft.sponsors[0]!)}) can promise a change to it.`;
      return changeProblem(textOf(draft), term.change);
    }
    case 'cosponsor':
      if (draft.status !== 'circulating' && draft.status !== 'tabled') return `"${draft.title}" is no longer open to cosponsors.`;
      if (draft.sponsors.includes(promisor)) return `${who} already sponsors "${draft.title}".`;
      return null;
    case 'support-referral':
      if (draft.forum !== 'council' || !UNDECIDED.has(draft.status) && draft.status !== 'vetoed') return `"${draft.title}" is not a Council draft whose matter could be referred to the Assembly.`;
      if (!isCouncilMember(scenario, promisor)) return `${who} is not a member of the Security Council and has no vote on a referral.`;
      return null;
  }
}

function draftTitle(session: SessionState, draftId: string): string {
  const draft = ownEntry(session.drafts, draftId);
  return draft ? `“${draft.title}”` : 'a draft no longer on record';
}

function targetName(scenario: Scenario, target: string): string {
  const perpetrator = scenario.crisis.perpetrators.find((p) => p.id === target);
  return perpetrator ? `the ${perpetrator.name}` : stateName(scenario, target);
}

const VOTE_PROMISES = { yes: 'vote yes on', abstain: 'abstain (not vote against) on', no: 'vote no on' } as const;

/** A term as a promise reads, without its subject: "vote yes on “Protecting civilians”", "drop sanctions from …". */
export function termInWords(scenario: Scenario, session: SessionState, term: OfferTerm): string {
  switch (term.kind) {
    case 'vote':
      return `${VOTE_PROMISES[term.vote]} ${draftTitle(session, term.draftId)}`;
    case 'change':
      return `${changeInWords(term.change)} in ${draftTitle(session, term.draftId)}`;
    case 'cosponsor':
      return `cosponsor ${draftTitle(session, term.draftId)}`;
    case 'refrain': {
      const conduct = CONDUCT_LABELS[term.conduct].toLowerCase();
      return `refrain from the act “${conduct}”${term.target ? ` towards ${targetName(scenario, term.target)}` : ''} for the rest of the session`;
    }
    case 'sign-agreement': {
      const agreement = ownEntry(session.agreements, term.agreementId);
      return agreement
        ? `sign the D2R agreement ${stateName(scenario, agreement.parties[0])} proposed to ${stateName(scenario, agreement.parties[1])}`
        : 'sign a D2R agreement no longer on record';
    }
    case 'support-referral':
      return `vote yes on referring the matter of ${draftTitle(session, term.draftId)} to the General Assembly`;
  }
}

function termsInWords(scenario: Scenario, session: SessionState, terms: readonly OfferTerm[]): string {
  const words = terms.map((t) => termInWords(scenario, session, t));
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** An offer in one sentence: "France will vote yes on “…”, if Russia will drop sanctions in “…”." */
export function offerWords(scenario: Scenario, session: SessionState, fromName: string, toName: string, gives: readonly OfferTerm[], asks: readonly OfferTerm[]): string {
  return `${fromName} will ${termsInWords(scenario, session, gives)}, if ${toName} will ${termsInWords(scenario, session, asks)}.`;
}
