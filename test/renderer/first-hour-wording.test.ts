import { describe, expect, it } from 'vitest';
import { viewFor } from '../../src/core/session/view';
import { briefHeading, describeEntry, roundLabel } from '../../src/renderer/session/format';
import { timelineRows } from '../../src/renderer/session/timeline/rows';
import { agreementSituation } from '../../src/renderer/session/negotiation/logic';
import { Driver, loadFixture } from '../support/session';

const scenario = loadFixture();

describe('the session record in words', () => {
  it("a seat handed to a person or the AI is named by its state's name, not its seat id", () => {
    const s = new Driver(scenario).toPhase('negotiation');
    s.do('chair', { type: 'seat.assign', seatId: 'usa', kind: 'human' });
    const entry = s.state.log.at(-1)!;
    expect(describeEntry(viewFor(scenario, s.state, 'facilitator'), entry).text).toBe('The United States is now played by a person.');
    s.do('chair', { type: 'seat.assign', seatId: 'usa', kind: 'ai' });
    expect(describeEntry(viewFor(scenario, s.state, 'facilitator'), s.state.log.at(-1)!).text).toBe('The United States is now played by an AI delegate.');
    s.do('chair', { type: 'seat.assign', seatId: 'fra', kind: 'human' });
    expect(describeEntry(viewFor(scenario, s.state, 'facilitator'), s.state.log.at(-1)!).text).toBe('France is now played by a person.');
  });

  it('the timeline flags national conduct that breaches a D2R agreement in force, for the acting state and the facilitator', () => {
    const s = new Driver(scenario).toPhase('negotiation');
    s.do('fra', { type: 'd2r.propose', agreementId: 'a1', to: 'USA', clauses: [{ kind: 'no-arms-transfers', perpetrator: 'tessaly-army' }] })
      .do('usa', { type: 'd2r.sign', agreementId: 'a1' });
    while (s.state.phase !== 'conduct') s.advance();
    s.do('usa', { type: 'conduct.act', kind: 'arms-transfer', target: 'tessaly-army', scale: 'substantial' });
    s.do('usa', { type: 'conduct.act', kind: 'humanitarian-aid', scale: 'limited' });
    const [breaching, lawful] = s.state.log.slice(-2);
    for (const viewer of [{ seatId: 'usa' }, 'facilitator'] as const) {
      const rows = timelineRows(viewFor(scenario, s.state, viewer));
      expect(rows.find((r) => r.seq === breaching!.seq)?.breach, JSON.stringify(viewer)).toBe(
        'In breach of art. 1 (No arms transfers) of its D2R agreement with France.',
      );
      expect(rows.find((r) => r.seq === lawful!.seq)?.breach).toBeUndefined();
    }
  });

  it("a proposer is told its proposal awaits the other party's answer, and the other party's signature concludes the agreement", () => {
    const s = new Driver(scenario).toPhase('negotiation');
    s.do('fra', { type: 'd2r.propose', agreementId: 'a1', to: 'USA', clauses: [{ kind: 'no-arms-transfers', perpetrator: 'tessaly-army' }] });
    const fraView = viewFor(scenario, s.state, { seatId: 'fra' });
    expect(agreementSituation(fraView, fraView.state.agreements.a1!, 'FRA')).toBe("Your offer stands as your signature; awaiting the United States' answer.");
    s.do('usa', { type: 'd2r.sign', agreementId: 'a1' });
    const signed = viewFor(scenario, s.state, { seatId: 'fra' });
    expect(agreementSituation(signed, signed.state.agreements.a1!, 'FRA')).toMatch(/^Signed by both parties; in force from round 1/);
  });

  it("a finished game's header says the rounds are over, not the last round's number", () => {
    expect(roundLabel({ round: 0, phase: 'briefing' }, 5)).toBe('Before round 1');
    expect(roundLabel({ round: 2, phase: 'council' }, 5)).toBe('Round 2 of 5');
    expect(roundLabel({ round: 2, phase: 'debrief' }, 5)).toBe('Ended after round 2 of 5');
    expect(roundLabel({ round: 5, phase: 'adjudication' }, 5)).toBe('All 5 rounds played');
  });

  it('the brief screen is headed by the phase the pill shows before the rounds', () => {
    expect(briefHeading('seating')).toBe('Seating');
    expect(briefHeading('briefing')).toBe('Briefing');
    expect(briefHeading('crisisUpdate')).toBe('Crisis update');
    expect(briefHeading('conduct')).toBe('Briefing');
  });
});
