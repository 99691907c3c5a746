import type { OfferTerm, RecordedVote } from '../shared/vocabulary';
import { ownEntry } from './lookup';
import { textOf } from './circulation';
import type { Ballot, Draft, DraftText, Offer, SessionState } from './state';
import type { DraftChange } from '../shared/vocabulary';

/**
 * The registry of political commitments (issue 16, item 2): each term of an accepted offer is a
 * promise by one state to the other. They are political, not binding law (unlike a signed D2R
 * agreement, no rule of the law engine reads them); the record checks each against what the
 * promising state later did: a vote at the ballot, a change when the draft is put in blue, a
 * cosponsorship when the draft goes to the vote, a refrain at every act of national conduct.
 * A commitment's status is a pure function of the record: computed here, never stored.
 */

export interface Commitment {
  offerId: string;
  /** The entry that accepted the offer: the promise counts from there. */
  acceptedSeq: number;
  round: number;
  /** The state that promised, and the state it promised to. */
  by: string;
  to: string;
  term: OfferTerm;
}

/**
 * pending: not yet checkable; kept or broken: checked against the entry `seq`; lapsed: the thing
 * it promised about is gone (the draft withdrawn, the session over) without a test of the promise.
 */
export type CommitmentStatus = 'pending' | 'kept' | 'broken' | 'lapsed';

export interface CommitmentCheck {
  status: CommitmentStatus;
  /** The entry that settled it (the ballot's close, the act, the draft in blue), or null. */
  seq: number | null;
  /** What the record shows, without the state's name: "voted no", "still carried sanctions when put in blue". */
  shows: string | null;
}

/** The commitments of the accepted offers, in order of acceptance. */
export function commitmentsOf(offers: SessionState['offers']): Commitment[] {
  const out: Commitment[] = [];
  const accepted = Object.values(offers)
    .filter((o): o is Offer & { answer: NonNullable<Offer['answer']> } => o.answer?.answer === 'accept')
    .sort((a, b) => a.answer.seq - b.answer.seq);
  for (const offer of accepted) {
    const base = { offerId: offer.id, acceptedSeq: offer.answer.seq, round: offer.answer.round };
    for (const term of offer.gives) out.push({ ...base, by: offer.from, to: offer.to, term });
    for (const term of offer.asks) out.push({ ...base, by: offer.to, to: offer.from, term });
  }
  return out;
}

const PENDING: CommitmentCheck = { status: 'pending', seq: null, shows: null };

function settled(status: 'kept' | 'broken' | 'lapsed', seq: number | null, shows: string): CommitmentCheck {
  return { status, seq, shows };
}

/** The first ballot of this purpose on the draft that closed after the promise. */
function firstClosedBallot(state: SessionState, draftId: string, purpose: Ballot['purpose'], after: number): Ballot | undefined {
  return state.ballots.find((b) => b.draftId === draftId && b.purpose === purpose && b.closedSeq !== null && b.openedSeq > after);
}

const VOTE_WORDS: Record<string, string> = { yes: 'voted yes', no: 'voted no', abstain: 'abstained', absent: 'cast no vote' };

/** An abstention is promised instead of a negative vote: a yes keeps it too. */
function voteKeeps(promised: OfferTerm & { kind: 'vote' }, cast: RecordedVote | string): boolean {
  return cast === promised.vote || (promised.vote === 'abstain' && cast === 'yes');
}

/** Whether a text carries the change asked for. */
export function textCarries(text: DraftText, change: DraftChange): boolean {
  switch (change.kind) {
    case 'add-measure':
      return text.measures.includes(change.measure);
    case 'drop-measure':
      return !text.measures.includes(change.measure);
    case 'reword':
      return text.operativeParagraphs[change.paragraph - 1]?.startsWith(change.verb) === true;
    case 'add-reference':
      return text.preamble.includes(change.text);
  }
}

function lapsedWith(state: SessionState, draft: Draft | undefined): CommitmentCheck {
  if (!draft || draft.status === 'withdrawn') return settled('lapsed', null, 'the draft was withdrawn');
  if (state.ended) return settled('lapsed', null, 'the session ended before it could be tested');
  return PENDING;
}

/** What the record says of one commitment now. */
export function commitmentStatus(state: SessionState, c: Commitment): CommitmentCheck {
  const term = c.term;
  switch (term.kind) {
    case 'vote':
    case 'support-referral': {
      const ballot = firstClosedBallot(state, term.draftId, term.kind === 'vote' ? 'adoption' : 'referral', c.acceptedSeq);
      if (!ballot) return lapsedWith(state, ownEntry(state.drafts, term.draftId));
      const cast = ownEntry(ballot.votes, c.by) ?? 'absent';
      const kept = term.kind === 'vote' ? voteKeeps(term, cast) : cast === 'yes';
      return settled(kept ? 'kept' : 'broken', ballot.closedSeq, VOTE_WORDS[cast] ?? `voted ${cast}`);
    }
    case 'change': {
      const draft = ownEntry(state.drafts, term.draftId);
      if (!draft || draft.status === 'circulating' || draft.status === 'withdrawn') return lapsedWith(state, draft);
      const inBlue = draft.circulation?.inBlueSeq ?? draft.tabledSeq;
      return textCarries(textOf(draft), term.change)
        ? settled('kept', inBlue, 'the text put in blue carries the change')
        : settled('broken', inBlue, 'the text put in blue does not carry the change');
    }
    case 'cosponsor': {
      const draft = ownEntry(state.drafts, term.draftId);
      if (draft?.sponsors.includes(c.by)) return settled('kept', null, 'cosponsored the draft');
      const ballot = draft && state.ballots.find((b) => b.draftId === draft.id && b.purpose === 'adoption');
      return ballot ? settled('broken', ballot.openedSeq, 'did not cosponsor the draft before the vote') : lapsedWith(state, draft);
    }
    case 'refrain': {
      const act = state.conduct.find((a) => a.seq > c.acceptedSeq && a.state === c.by && a.kind === term.conduct && (term.target === undefined || a.target === term.target));
      if (act) return settled('broken', act.seq, `acted against it in round ${act.round}`);
      return state.ended ? settled('kept', null, 'refrained to the end of the session') : PENDING;
    }
    case 'sign-agreement': {
      const agreement = ownEntry(state.agreements, term.agreementId);
      if (!agreement) return settled('lapsed', null, 'the agreement is not on record');
      // Signing the other party's offer, or offering a text the other party then signs, is consent.
      const signed = agreement.history.find((h) => h.action === 'sign' && h.state === c.by && h.seq > c.acceptedSeq);
      if (signed || agreement.status === 'signed') return settled('kept', signed?.seq ?? null, 'signed the agreement');
      const refused = agreement.history.find((h) => h.seq > c.acceptedSeq && h.state === c.by && (h.action === 'reject' || h.action === 'withdraw'));
      if (refused) return settled('broken', refused.seq, refused.action === 'reject' ? 'rejected the agreement' : 'withdrew the agreement');
      if (agreement.status === 'rejected' || agreement.status === 'withdrawn') return settled('lapsed', null, `the other party ${agreement.status === 'rejected' ? 'rejected' : 'withdrew'} it`);
      return state.ended ? settled('broken', null, 'never signed the agreement') : PENDING;
    }
  }
}

export interface CommitmentRecord extends Commitment, CommitmentCheck {}

/** The registry: every commitment with its status, in order of acceptance. */
export function commitmentRegistry(state: SessionState): CommitmentRecord[] {
  return commitmentsOf(state.offers).map((c) => ({ ...c, ...commitmentStatus(state, c) }));
}

/** Commitments `by` made to `to` that the record shows broken. */
export function brokenCommitments(state: SessionState, by: string, to: string): CommitmentRecord[] {
  return commitmentRegistry(state).filter((c) => c.by === by && c.to === to && c.status === 'broken');
}
