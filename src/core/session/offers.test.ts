import { describe, expect, it } from 'vitest';
import { Driver, loadFixture } from '../../../test/support/session';
import { commitmentRegistry } from './commitments';
import { viewFor } from './view';

const scenario = loadFixture();

const ZERO_DRAFT = {
  type: 'draft.circulate',
  draftId: 'zero',
  title: 'The situation in the Marun Valley',
  measures: ['condemnation', 'sanctions'],
  operativeParagraphs: ['Condemns the attacks on civilians in the Marun Valley.', 'Decides that all Member States shall freeze the funds of those responsible.'],
  chapter: 'VII',
} as const;

/** Russia offers France, the penholder, to abstain instead of vetoing if sanctions are dropped. */
const ABSTAIN_FOR_DROPPING_SANCTIONS = {
  type: 'offer.make',
  offerId: 'o1',
  to: 'FRA',
  gives: [{ kind: 'vote', draftId: 'zero', vote: 'abstain' }],
  asks: [{ kind: 'change', draftId: 'zero', change: { kind: 'drop-measure', measure: 'sanctions' } }],
} as const;

function offered(): Driver {
  return new Driver(scenario).toPhase('negotiation').do('fra', ZERO_DRAFT).do('rus', ABSTAIN_FOR_DROPPING_SANCTIONS);
}

function toTheVote(s: Driver): Driver {
  return s.do('fra', { type: 'draft.putInBlue', draftId: 'zero' }).advance().do('fra', { type: 'vote.open', draftId: 'zero' });
}

const OTHERS_YES = ['FRA', 'GBR', 'USA', 'ALB', 'BRA', 'GHA', 'IRL', 'JPN', 'KEN', 'MEX', 'NOR'];

describe('structured offers and the commitments they make', () => {
  it('an offer is private to its two parties until the debrief, and gets one answer, from the side it was made to', () => {
    const s = offered();
    const seq = s.state.log.at(-1)!.seq;
    const sees = (state: string) => viewFor(scenario, s.state, { seatId: state.toLowerCase() }).state.log.some((e) => e.seq === seq);
    expect([sees('FRA'), sees('RUS'), sees('CHN')]).toEqual([true, true, false]);
    expect(viewFor(scenario, s.state, { seatId: 'chn' }).state.offers).toEqual({});
    expect(s.reject('rus', { type: 'offer.answer', offerId: 'o1', answer: 'accept', reason: 'Agreed.' })).toMatch(/only the side an offer is made to answers it/);
    expect(s.reject('chn', { type: 'offer.answer', offerId: 'o1', answer: 'accept', reason: 'Agreed.' })).toMatch(/There is no offer called "o1"/);
    s.do('fra', { type: 'offer.answer', offerId: 'o1', answer: 'decline', reason: 'Sanctions are the heart of the text.' });
    expect(s.reject('fra', { type: 'offer.answer', offerId: 'o1', answer: 'accept', reason: 'On reflection, yes.' })).toMatch(/already been answered \(declined\)/);
  });

  it('a state cannot promise what it cannot do: a change to a draft whose pen it does not hold, a vote in a Council it does not sit on', () => {
    const s = new Driver(scenario).toPhase('negotiation').do('fra', ZERO_DRAFT);
    s.do('fra', { ...ABSTAIN_FOR_DROPPING_SANCTIONS, to: 'RUS', gives: [...ABSTAIN_FOR_DROPPING_SANCTIONS.asks], asks: [{ kind: 'vote', draftId: 'zero', vote: 'yes' }], offerId: 'o2' });
    expect(s.reject('rus', { ...ABSTAIN_FOR_DROPPING_SANCTIONS, gives: [...ABSTAIN_FOR_DROPPING_SANCTIONS.asks], asks: [{ kind: 'vote', draftId: 'zero', vote: 'yes' }] })).toMatch(/Only the penholder of "The situation in the Marun Valley" \(France\)/);
    expect(s.reject('srb', { ...ABSTAIN_FOR_DROPPING_SANCTIONS, gives: [{ kind: 'vote', draftId: 'zero', vote: 'yes' }] })).toMatch(/There is no draft called "zero"|not a member of the Security Council/);
  });

  it('accepted, the penholder makes the change at once (rev.1), and the vote promise is kept at the ballot when Russia abstains', () => {
    const s = offered().do('fra', { type: 'offer.answer', offerId: 'o1', answer: 'accept', reason: 'An abstention lets the text pass.' });
    const draft = s.state.drafts.zero!;
    expect(draft.measures).toEqual(['condemnation']);
    expect(draft.circulation!.revisions.map((r) => [r.number, r.offerId ?? null])).toEqual([
      [0, null],
      [1, 'o1'],
    ]);
    expect(commitmentRegistry(s.state).map((c) => [c.by, c.term.kind, c.status])).toEqual([
      ['RUS', 'vote', 'pending'],
      ['FRA', 'change', 'pending'],
    ]);
    toTheVote(s).voteAll({ yes: OTHERS_YES, abstain: ['RUS', 'CHN', 'IND', 'ARE'] });
    expect(commitmentRegistry(s.state).map((c) => [c.by, c.status, c.shows])).toEqual([
      ['RUS', 'kept', 'abstained'],
      ['FRA', 'kept', 'the text put in blue carries the change'],
    ]);
  });

  it('a vote against the promise is marked broken at the ballot that shows it', () => {
    const s = offered().do('fra', { type: 'offer.answer', offerId: 'o1', answer: 'accept', reason: 'Agreed.' });
    toTheVote(s).voteAll({ yes: OTHERS_YES, no: ['RUS'], abstain: ['CHN', 'IND', 'ARE'] });
    const russia = commitmentRegistry(s.state).find((c) => c.by === 'RUS')!;
    expect([russia.status, russia.shows, russia.seq]).toEqual(['broken', 'voted no', s.state.ballots[0]!.closedSeq]);
  });

  it('a counter is an offer of its own, made back to the offerer, awaiting its answer', () => {
    const s = offered().do('fra', {
      type: 'offer.answer',
      offerId: 'o1',
      answer: 'counter',
      reason: 'We keep sanctions but can soften the condemnation.',
      counter: { offerId: 'o1-counter', gives: [{ kind: 'change', draftId: 'zero', change: { kind: 'reword', paragraph: 1, verb: 'Deplores' } }], asks: [{ kind: 'vote', draftId: 'zero', vote: 'abstain' }] },
    });
    expect(s.state.offers['o1-counter']).toMatchObject({ from: 'FRA', to: 'RUS', counterTo: 'o1', answer: null });
    expect(s.state.offers.o1!.answer).toMatchObject({ answer: 'counter', counterOfferId: 'o1-counter' });
  });
});
