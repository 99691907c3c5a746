import { describe, expect, it } from 'vitest';
import { Driver, loadFixture } from '../support/session';
import { viewFor } from '../../src/core/session';
import { formatClock, guardsForSeat, injectRows, phaseLine, seatRows } from '../../src/renderer/session/facilitator/logic';
import { actsThisRound, breachWarnings, targetOptions } from '../../src/renderer/session/conduct/logic';

const scenario = loadFixture();

describe('facilitator console logic', () => {
  it('lists every delegation seat with whether it acted this phase and what it owes', () => {
    const s = new Driver(scenario).toPhase('council');
    s.tableCouncilDraft('fra', 'd1').do('fra', { type: 'vote.open', draftId: 'd1' });
    const ballot = s.state.ballots[0]!;
    s.do('gbr', { type: 'vote.cast', ballotId: ballot.id, vote: 'yes' });
    const view = viewFor(scenario, s.state, 'facilitator');
    const rows = seatRows(view);
    expect(rows.some((r) => r.seat.kind === 'facilitator')).toBe(false);
    const gbr = rows.find((r) => r.state === 'GBR')!;
    const usa = rows.find((r) => r.state === 'USA')!;
    expect(gbr).toMatchObject({ acted: true, owes: [] });
    expect(usa).toMatchObject({ acted: false, owes: ['vote'] });
    expect(phaseLine(view)).toBe(`Round 1 of ${scenario.roundPlan.rounds} · Security Council`);
  });

  it('formats the clock and reads injects and seat guards', () => {
    expect(formatClock(272)).toBe('04:32');
    expect(formatClock(null)).toBe('—');
    const s = new Driver(scenario).toPhase('negotiation');
    const view = viewFor(scenario, s.state, 'facilitator');
    expect(injectRows(view).length).toBe(scenario.injects.length);
    const guard = guardsForSeat(view, 'fra');
    expect(guard('statement.public').allowed).toBe(true);
    expect(guard('vote.cast')).toMatchObject({ allowed: false });
    expect(guard('vote.cast').reason).toBeTruthy();
  });
});

describe('national conduct logic', () => {
  it('offers perpetrators as targets of support, and states too for protective measures', () => {
    const s = new Driver(scenario).toPhase('negotiation');
    const view = viewFor(scenario, s.state, { seatId: 'fra' });
    const perpetrators = scenario.crisis.perpetrators.map((p) => p.id);
    expect(targetOptions(view, 'arms-transfer').map((o) => o.value)).toEqual(perpetrators);
    expect(targetOptions(view, 'sanctions').map((o) => o.value)).toContain(scenario.crisis.territorialState);
    expect(targetOptions(view, 'humanitarian-aid')).toEqual([]);
  });

  it('warns of an act contrary to an agreement in force', () => {
    const s = new Driver(scenario).toPhase('negotiation');
    s.do('fra', { type: 'd2r.propose', agreementId: 'a1', to: 'USA', clauses: [{ kind: 'no-arms-transfers', perpetrator: 'tessaly-army' }] })
      .do('usa', { type: 'd2r.sign', agreementId: 'a1' });
    const view = viewFor(scenario, s.state, { seatId: 'usa' });
    expect(breachWarnings(view, 'USA', 'arms-transfer', 'tessaly-army')).toEqual(['Article 1 (No arms transfers) of your agreement with France']);
    expect(breachWarnings(view, 'USA', 'arms-transfer', 'iron-hand')).toEqual([]);
    expect(breachWarnings(view, 'USA', 'humanitarian-aid', null)).toEqual([]);
    expect(actsThisRound(view, 'USA')).toEqual([]);
  });
});
