import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../src/core/session';
import { viewFor } from '../../src/core/session/view';
import { describeEntry } from '../../src/renderer/session/format';
import { Driver, loadFixture } from '../support/session';

const scenario = loadFixture();

const ZERO_DRAFT = {
  type: 'draft.circulate',
  draftId: 'zero',
  title: 'The situation in the Marun Valley',
  measures: ['condemnation', 'sanctions'],
  operativeParagraphs: ['Condemns the attacks on civilians in the Marun Valley.', 'Decides that all Member States shall freeze the funds of those responsible.'],
  chapter: 'VII',
} as const;

/**
 * Issue 19 item 3: the facilitator acts for an absent delegation in every move a seat can make in
 * Negotiation: offers, D2R agreements and group channels. Each move is the delegation's own (its
 * state makes it, its guards apply) and the record says the facilitator entered it for that seat.
 */
describe('the facilitator acting for a delegation in Negotiation', () => {
  function enteredForAndWorded(s: Driver, seatId: string, type: SessionEvent['type']): string {
    const entry = s.state.log.at(-1)!;
    expect(entry).toMatchObject({ by: 'chair', actingFor: seatId, event: { type } });
    expect(s.state.facilitatorActions.at(-1)).toMatchObject({ seq: entry.seq, action: type, actingFor: seatId });
    return describeEntry(viewFor(scenario, s.state, 'facilitator'), entry).text;
  }

  it('makes an offer for one delegation and answers it for the other', () => {
    const s = new Driver(scenario).toPhase('negotiation').do('fra', ZERO_DRAFT);
    s.do(
      'chair',
      { type: 'offer.make', offerId: 'o1', to: 'FRA', gives: [{ kind: 'vote', draftId: 'zero', vote: 'abstain' }], asks: [{ kind: 'change', draftId: 'zero', change: { kind: 'drop-measure', measure: 'sanctions' } }] },
      { actingFor: 'rus' },
    );
    expect(s.state.offers.o1).toMatchObject({ from: 'RUS', to: 'FRA' });
    expect(enteredForAndWorded(s, 'rus', 'offer.make')).toMatch(/^The Russian Federation .*\(entered by the facilitator\)/);
    // Answering for the offerer is refused: only the side the offer was made to answers it.
    expect(s.reject('chair', { type: 'offer.answer', offerId: 'o1', answer: 'accept', reason: 'Fine.' }, { actingFor: 'rus' })).toBeTruthy();
    s.do('chair', { type: 'offer.answer', offerId: 'o1', answer: 'accept', reason: 'France can live without sanctions.' }, { actingFor: 'fra' });
    expect(s.state.offers.o1!.answer).toMatchObject({ answer: 'accept' });
    expect(enteredForAndWorded(s, 'fra', 'offer.answer')).toMatch(/^France .*\(entered by the facilitator\)/);
  });

  it("proposes, counters and signs a D2R agreement for each party in turn", () => {
    const s = new Driver(scenario).toPhase('negotiation');
    s.do('chair', { type: 'd2r.propose', agreementId: 'a1', to: 'RUS', clauses: [{ kind: 'no-arms-transfers' }] }, { actingFor: 'fra' });
    expect(enteredForAndWorded(s, 'fra', 'd2r.propose')).toMatch(/^France proposed a D2R agreement to the Russian Federation \(entered by the facilitator\)/);
    s.do('chair', { type: 'd2r.counter', agreementId: 'a1', clauses: [{ kind: 'no-arms-transfers', perpetrator: 'iron-hand' }] }, { actingFor: 'rus' });
    expect(enteredForAndWorded(s, 'rus', 'd2r.counter')).toMatch(/\(entered by the facilitator\)/);
    s.do('chair', { type: 'd2r.sign', agreementId: 'a1' }, { actingFor: 'fra' });
    expect(s.state.agreements.a1).toMatchObject({ status: 'signed', signedBy: ['RUS', 'FRA'] });
    expect(enteredForAndWorded(s, 'fra', 'd2r.sign')).toMatch(/^France signed .*\(entered by the facilitator\)/);
    s.do('chair', { type: 'd2r.propose', agreementId: 'a2', to: 'USA', clauses: [{ kind: 'no-financing' }] }, { actingFor: 'ken' });
    s.do('chair', { type: 'd2r.reject', agreementId: 'a2' }, { actingFor: 'usa' });
    expect(s.state.agreements.a2!.status).toBe('rejected');
    expect(enteredForAndWorded(s, 'usa', 'd2r.reject')).toMatch(/^The United States rejected .*\(entered by the facilitator\)/);
  });

  it('convenes a group, writes in it, joins and declines it for delegations', () => {
    const s = new Driver(scenario).toPhase('negotiation');
    s.do('chair', { type: 'group.convene', groupId: 'friends', title: 'Friends of the Marun Valley', invitees: ['IRL', 'RUS'] }, { actingFor: 'fra' });
    s.do('chair', { type: 'group.join', groupId: 'friends' }, { actingFor: 'irl' });
    expect(enteredForAndWorded(s, 'irl', 'group.join')).toMatch(/^Ireland joined .*\(entered by the facilitator\)/);
    s.do('chair', { type: 'group.decline', groupId: 'friends', reason: 'An internal matter.' }, { actingFor: 'rus' });
    expect(enteredForAndWorded(s, 'rus', 'group.decline')).toMatch(/^The Russian Federation declined .*\(entered by the facilitator\)/);
    s.do('chair', { type: 'group.message', groupId: 'friends', text: 'Ireland presses for access.' }, { actingFor: 'irl' });
    expect(enteredForAndWorded(s, 'irl', 'group.message')).toMatch(/\(entered by the facilitator\)/);
    expect(s.state.groups.friends).toMatchObject({ members: ['FRA', 'IRL'], declined: [{ state: 'RUS' }] });
    expect(s.state.groups.friends!.messages.at(-1)).toMatchObject({ from: 'IRL', text: 'Ireland presses for access.' });
  });
});
