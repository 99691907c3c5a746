import { describe, expect, it } from 'vitest';
import { Driver, ELEVEN_ONE_THREE, loadFixture } from '../../../test/support/session';
import { viewFor } from './view';

const scenario = loadFixture();

/** Round 1: a private channel, a signed and an open agreement, threats, a veto, conduct; then the debrief. */
function session(): Driver {
  const s = new Driver(scenario).toPhase('negotiation');
  s.do('fra', { type: 'message.private', to: 'RUS', text: 'Between France and Russia only.' });
  s.do('usa', { type: 'message.private', to: 'KEN', text: 'Between the United States and Kenya only.' });
  s.do('fra', { type: 'd2r.propose', agreementId: 'signed-one', to: 'RUS', clauses: [{ kind: 'no-arms-transfers' }], note: 'Draft text' });
  s.do('rus', { type: 'd2r.sign', agreementId: 'signed-one' });
  s.do('usa', { type: 'd2r.propose', agreementId: 'open-one', to: 'KEN', clauses: [{ kind: 'no-financing' }] });
  s.advance().tableCouncilDraft('fra', 'd1');
  s.do('rus', { type: 'veto.threaten', draftId: 'd1', visibility: 'private', to: 'GBR' }, { ai: { says: 'We have concerns.', coach: 'A quiet warning to London.' } });
  s.do('chn', { type: 'veto.threaten', draftId: 'd1', visibility: 'private' });
  s.do('fra', { type: 'vote.open', draftId: 'd1' }).voteAll(ELEVEN_ONE_THREE);
  s.advance(3);
  expect(s.state.phase).toBe('conduct');
  s.do('rus', { type: 'conduct.act', kind: 'arms-transfer', target: 'tessaly-army' });
  return s;
}

describe('viewFor', () => {
  it("a seat sees its own brief and channels, never another's", () => {
    const s = session();
    const ken = viewFor(scenario, s.state, { seatId: 'ken' });
    expect(ken.viewer).toEqual({ kind: 'seat', seatId: 'ken', state: 'KEN' });
    expect(ken.scenario.states.find((e) => e.code === 'KEN')!.brief!.summary).toBe('Elected member; hosts refugees.');
    expect(ken.scenario.states.find((e) => e.code === 'RUS')!.brief).toBeUndefined();
    expect(ken.scenario.states.every((e) => e.ai === undefined)).toBe(true);
    expect(Object.keys(ken.state.channels)).toEqual(['KEN~USA']);
    expect(JSON.stringify(ken)).not.toContain('Between France and Russia only.');
  });

  it('agreements: the parties see the negotiation; others see a signed agreement\'s text only', () => {
    const s = session();
    const ken = viewFor(scenario, s.state, { seatId: 'ken' });
    expect(Object.keys(ken.state.agreements).sort()).toEqual(['open-one', 'signed-one']);
    expect(ken.state.agreements['signed-one']).toMatchObject({ status: 'signed', parties: ['FRA', 'RUS'], history: [], breaches: [] });
    expect(ken.state.log.some((e) => e.event.type === 'd2r.propose' && e.event.agreementId === 'signed-one')).toBe(false);
    const gbr = viewFor(scenario, s.state, { seatId: 'gbr' });
    expect(Object.keys(gbr.state.agreements)).toEqual(['signed-one']);
    const rus = viewFor(scenario, s.state, { seatId: 'rus' });
    expect(rus.state.agreements['signed-one']!.history.map((h) => h.action)).toEqual(['propose', 'sign']);
  });

  it('a private veto threat reaches its addressee (or the sponsors), not the room', () => {
    const s = session();
    const threats = (seat: string) => viewFor(scenario, s.state, { seatId: seat }).state.vetoThreats.map((t) => t.state);
    expect(threats('gbr')).toEqual(['RUS']);
    expect(threats('fra')).toEqual(['CHN']); // no addressee: the sponsor hears it
    expect(threats('ken')).toEqual([]);
    expect(threats('rus')).toEqual(['RUS']);
    expect(viewFor(scenario, s.state, 'projector').state.vetoThreats).toEqual([]);
  });

  it('intelligence reaches only its recipients; conduct stays with its author until the debrief', () => {
    const s = session();
    expect(viewFor(scenario, s.state, { seatId: 'usa' }).state.evidence.intelligence).toEqual([
      expect.objectContaining({ recipients: ['USA'], level: 'credible' }),
    ]);
    expect(viewFor(scenario, s.state, { seatId: 'rus' }).state.evidence.intelligence).toEqual([]);
    expect(viewFor(scenario, s.state, { seatId: 'rus' }).state.conduct).toHaveLength(1);
    expect(viewFor(scenario, s.state, { seatId: 'fra' }).state.conduct).toHaveLength(0);
    expect(viewFor(scenario, s.state, { seatId: 'usa' }).scenario.intelligence).toHaveLength(1);
  });

  it('AI coach notes, conduct, memorials and teaching notes are shown in the debrief; briefs and channels never', () => {
    const s = session();
    expect(viewFor(scenario, s.state, { seatId: 'gbr' }).state.aiNotes[s.state.vetoThreats[0]!.seq]).toEqual({ says: 'We have concerns.', coach: '' });
    expect(viewFor(scenario, s.state, { seatId: 'gbr' }).scenario.teachingNotes).toBeNull();
    s.do('chair', { type: 'session.end' });
    s.do('rus', { type: 'memorial.file', arguments: [{ argument: 'lack-of-knowledge', text: 'We did not know.' }] });
    expect(viewFor(scenario, s.state, { seatId: 'fra' }).state.memorials).toEqual({});
    s.do('chair', { type: 'judgment.deliver' });
    const gbr = viewFor(scenario, s.state, { seatId: 'gbr' });
    expect(gbr.state.aiNotes[s.state.vetoThreats[0]!.seq]!.coach).toBe('A quiet warning to London.');
    expect(gbr.state.conduct).toHaveLength(1);
    expect(Object.keys(gbr.state.memorials)).toEqual(['RUS']);
    expect(gbr.scenario.teachingNotes).not.toBeNull();
    expect(Object.keys(gbr.state.channels)).toEqual([]);
    expect(gbr.scenario.states.find((e) => e.code === 'RUS')!.brief).toBeUndefined();
  });

  it('the projector sees the public record only; the facilitator sees the state itself', () => {
    const s = session();
    const projector = viewFor(scenario, s.state, 'projector');
    expect(projector.viewer).toEqual({ kind: 'projector' });
    expect(projector.state.log.map((e) => e.event.type)).not.toContain('message.private');
    expect(projector.state.log.map((e) => e.event.type)).not.toContain('conduct.act');
    expect(projector.state.ballots).toEqual(s.state.ballots);
    expect(projector.state.config.seed).toBe(0);
    expect(projector.scenario.injects).toEqual([]);
    const facilitator = viewFor(scenario, s.state, 'facilitator');
    expect(facilitator).toEqual({ viewer: { kind: 'facilitator' }, scenario: { ...scenario, positions: facilitator.scenario.positions }, state: s.state });
    expect(facilitator.state).toBe(s.state);
    expect(facilitator.scenario.positions.intelligence).toEqual(scenario.intelligence.map((_, position) => position));
    expect(() => viewFor(scenario, s.state, { seatId: 'nobody' })).toThrow(/No seat "nobody"/);
  });

  it("the presiding judge's overrides reach a seat and the projector only with the delivered judgment", () => {
    const s = new Driver(scenario).toPhase('negotiation');
    s.do('chair', { type: 'session.end' });
    s.do('chair', { type: 'judgment.override', state: 'RUS', duty: 'respect', holds: false, reason: 'The shipment after signature is a plain breach.' });
    for (const viewer of [{ seatId: 'fra' }, 'projector'] as const) {
      const before = viewFor(scenario, s.state, viewer);
      expect(before.state.overrides, JSON.stringify(viewer)).toEqual([]);
      expect(JSON.stringify(before)).not.toContain('plain breach');
    }
    s.do('chair', { type: 'judgment.deliver' });
    expect(viewFor(scenario, s.state, { seatId: 'fra' }).state.overrides).toHaveLength(1);
    expect(viewFor(scenario, s.state, 'projector').state.log.some((e) => e.event.type === 'judgment.override')).toBe(true);
  });
});
