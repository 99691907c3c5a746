import { describe, expect, it } from 'vitest';
import { Driver, loadFixture } from '../support/session';
import { viewFor, type SessionEventType } from '../../src/core/session';
import { OK, refuse } from '../../src/renderer/session/kit/guard';
import { agreementActions, agreementSituation, agreementSteps, counterparts, myAgreements, registryEntries, unreadCount } from '../../src/renderer/session/negotiation/logic';

const scenario = loadFixture();

function negotiating() {
  return new Driver(scenario).toPhase('negotiation');
}

const always = () => OK;

describe('negotiation logic', () => {
  it('lists one counterpart per other seated delegation, by name', () => {
    const s = negotiating();
    const view = viewFor(scenario, s.state, { seatId: 'fra' });
    const list = counterparts(view, 'FRA');
    expect(list.some((c) => c.state === 'FRA')).toBe(false);
    expect(list.map((c) => c.name)).toEqual([...list.map((c) => c.name)].sort((a, b) => a.localeCompare(b)));
    expect(list.find((c) => c.state === 'USA')).toMatchObject({ seatId: 'usa', kind: 'ai' });
  });

  it('counts unread messages from the other side only', () => {
    const s = negotiating()
      .do('usa', { type: 'message.private', to: 'FRA', text: 'Shall we talk?' })
      .do('fra', { type: 'message.private', to: 'USA', text: 'Yes.' })
      .do('usa', { type: 'message.private', to: 'FRA', text: 'Good.' });
    const view = viewFor(scenario, s.state, { seatId: 'fra' });
    expect(unreadCount(view, 'FRA', 'USA', 0)).toBe(2);
    const firstSeq = view.state.log.find((e) => e.event.type === 'message.private')!.seq;
    expect(unreadCount(view, 'FRA', 'USA', firstSeq)).toBe(1);
  });

  it('says whose turn it is and which actions each party may take', () => {
    const s = negotiating().do('fra', {
      type: 'd2r.propose',
      agreementId: 'a1',
      to: 'USA',
      clauses: [{ kind: 'no-arms-transfers', perpetrator: 'tessaly-army' }],
    });
    const fraView = viewFor(scenario, s.state, { seatId: 'fra' });
    const a = fraView.state.agreements.a1!;
    const fra = agreementActions(fraView, a, 'FRA', always);
    expect(fra.sign.allowed).toBe(false);
    expect(fra.sign.reason).toMatch(/United States.*turn/);
    expect(fra.withdraw).toEqual(OK);
    const usaView = viewFor(scenario, s.state, { seatId: 'usa' });
    const usa = agreementActions(usaView, usaView.state.agreements.a1!, 'USA', always);
    expect(usa.sign).toEqual(OK);
    expect(usa.counter).toEqual(OK);
    expect(usa.withdraw.reason).toMatch(/Only the proposer/);
    expect(agreementSituation(usaView, a, 'USA')).toMatch(/France offered this text and is bound by it once you sign: sign to conclude/);
    // The core's general guard (phase, pause) wins over the agreement's own state.
    const paused = (type: SessionEventType) => (type === 'd2r.sign' ? refuse('The session is paused by the facilitator.') : OK);
    expect(agreementActions(usaView, a, 'USA', paused).sign.reason).toBe('The session is paused by the facilitator.');
  });

  it('walks the stepper from draft to signed and registers the agreement', () => {
    expect(agreementSteps(null).map((s) => s.state)).toEqual(['current', 'todo', 'todo', 'todo']);
    const s = negotiating().do('fra', { type: 'd2r.propose', agreementId: 'a1', to: 'USA', clauses: [{ kind: 'no-financing' }] });
    expect(agreementSteps(s.state.agreements.a1!).map((x) => x.state)).toEqual(['done', 'current', 'todo', 'todo']);
    s.do('usa', { type: 'd2r.counter', agreementId: 'a1', clauses: [{ kind: 'no-financing' }, { kind: 'monitoring-and-reporting' }] });
    expect(agreementSteps(s.state.agreements.a1!).map((x) => x.state)).toEqual(['done', 'done', 'current', 'todo']);
    s.do('fra', { type: 'd2r.sign', agreementId: 'a1' });
    const steps = agreementSteps(s.state.agreements.a1!);
    expect(steps[3]).toEqual({ label: 'Signed', state: 'current', outcome: 'good' });
    const kenView = viewFor(scenario, s.state, { seatId: 'ken' });
    expect(registryEntries(kenView).map((e) => [e.agreement.id, e.inForce])).toEqual([['a1', true]]);
    expect(myAgreements(kenView, 'KEN')).toEqual([]);
  });

  it('marks a countered step as skipped when the proposal is signed as proposed', () => {
    const s = negotiating()
      .do('fra', { type: 'd2r.propose', agreementId: 'a1', to: 'USA', clauses: [{ kind: 'no-financing' }] })
      .do('usa', { type: 'd2r.reject', agreementId: 'a1' });
    expect(agreementSteps(s.state.agreements.a1!).map((x) => [x.label, x.state])).toEqual([
      ['Draft', 'done'],
      ['Proposed', 'done'],
      ['Countered (skipped)', 'skipped'],
      ['Rejected', 'current'],
    ]);
  });
});
