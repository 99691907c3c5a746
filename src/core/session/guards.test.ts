import { describe, expect, it } from 'vitest';
import { Driver, fixtureConfig, loadFixture } from '../../../test/support/session';
import { allowedActions } from './allowed';
import { applyCommand } from './session';

const scenario = loadFixture();

/** A Council session with a draft put to the vote; Serbia (SRB) is seated but not on the Council. */
function councilWithOpenBallot(extra: Record<string, unknown> = {}): Driver {
  const s = new Driver(scenario, fixtureConfig(scenario, 1, ['SRB']));
  s.toPhase('council').tableCouncilDraft('fra', 'd1', extra).do('fra', { type: 'vote.open', draftId: 'd1' });
  return s;
}

describe('who may act', () => {
  it('a delegation acts only for its own state', () => {
    const s = new Driver(scenario).toPhase('negotiation');
    const reason = s.reject('fra', { type: 'statement.public', text: 'On behalf of Russia…' }, { actingFor: 'rus' });
    expect(reason).toMatch(/acts only for its own state/);
  });

  it('the facilitator may act for an absent seat, and it is recorded as such', () => {
    const s = new Driver(scenario).toPhase('negotiation');
    s.do('chair', { type: 'statement.public', text: 'Kenya calls for restraint.' }, { actingFor: 'ken' });
    expect(s.state.statements.at(-1)).toMatchObject({ state: 'KEN', text: 'Kenya calls for restraint.' });
    expect(s.state.facilitatorActions.at(-1)).toMatchObject({ action: 'statement.public', actingFor: 'ken', phase: 'negotiation' });
  });

  it("facilitator-only controls are rejected from a delegation's seat", () => {
    const s = new Driver(scenario).toPhase('negotiation');
    expect(s.reject('fra', { type: 'phase.advance' })).toMatch(/facilitator only/);
    expect(s.reject('fra', { type: 'inject.fire', injectId: 'convoy-attack' })).toMatch(/facilitator only/);
    expect(s.reject('chair', { type: 'phase.advance' }, { actingFor: 'fra' })).toMatch(/facilitator's own control/);
  });

  it("a delegation's move from the facilitator needs actingFor", () => {
    const s = new Driver(scenario).toPhase('negotiation');
    expect(s.reject('chair', { type: 'statement.public', text: 'I speak for no one.' })).toMatch(/delegation's move/);
  });

  it('a move out of its phase is rejected with the phases where it is in order', () => {
    const s = new Driver(scenario).toPhase('crisisUpdate');
    expect(s.reject('fra', { type: 'statement.public', text: 'Too early.' })).toBe(
      'A public statement is not in order in the Crisis update phase (only in Negotiation, Security Council, Uniting for Peace or Emergency special session).',
    );
    expect(s.reject('rus', { type: 'conduct.act', kind: 'arms-transfer', target: 'tessaly-army' })).toMatch(/only in National conduct/);
  });

  it('input that fails the schema is rejected and never reaches the state', () => {
    const s = new Driver(scenario).toPhase('negotiation');
    const before = s.state;
    const result = applyCommand(scenario, before, { by: 'fra', at: 'yesterday', event: { type: 'statement.public', text: '' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^Invalid command: at: .*; event\.text/);
    expect(applyCommand(scenario, before, { by: 'fra', at: '2030-01-01T00:00:00Z', event: { type: 'veto.cast' } }).ok).toBe(false);
    expect(s.state).toBe(before);
  });
});

describe('Security Council guards', () => {
  it('only a permanent member can threaten a veto (UN Charter art. 27(3))', () => {
    const s = new Driver(scenario).toPhase('council').tableCouncilDraft('fra', 'd1');
    const reason = s.reject('ken', { type: 'veto.threaten', draftId: 'd1', visibility: 'public' });
    expect(reason).toContain('Kenya is not a permanent member');
    expect(reason).toContain('art. 27(3)');
    s.do('rus', { type: 'veto.threaten', draftId: 'd1', visibility: 'public' });
    expect(s.state.vetoThreats).toHaveLength(1);
  });

  it('only members of the Council table Council drafts (rule 38)', () => {
    const s = new Driver(scenario, fixtureConfig(scenario, 1, ['SRB'])).toPhase('council');
    const reason = s.reject('srb', {
      type: 'draft.table',
      draftId: 'd9',
      forum: 'council',
      title: 'Non-member draft',
      measures: ['condemnation'],
      operativeParagraphs: ['Condemns.'],
    });
    expect(reason).toMatch(/rule 38/);
  });

  it('only Council members vote on Council ballots (art. 27(1))', () => {
    const s = councilWithOpenBallot();
    expect(s.reject('srb', { type: 'vote.cast', ballotId: s.state.ballots[0]!.id, vote: 'yes' })).toMatch(
      /Serbia is not a member of the Security Council.*art\. 27\(1\)/,
    );
  });

  it('one vote per member per ballot', () => {
    const s = councilWithOpenBallot();
    const ballotId = s.state.ballots[0]!.id;
    s.do('fra', { type: 'vote.cast', ballotId, vote: 'yes' });
    expect(s.reject('fra', { type: 'vote.cast', ballotId, vote: 'no' })).toMatch(/already voted.*one vote per member per ballot/);
  });

  it('a withdrawn draft cannot be put to the vote', () => {
    const s = new Driver(scenario).toPhase('council').tableCouncilDraft('fra', 'd1');
    expect(s.reject('gbr', { type: 'draft.withdraw', draftId: 'd1' })).toMatch(/Only the main sponsor \(France\)/);
    s.do('fra', { type: 'draft.withdraw', draftId: 'd1' });
    expect(s.reject('fra', { type: 'vote.open', draftId: 'd1' })).toMatch(/withdrawn/);
    expect(s.reject('chair', { type: 'vote.open', draftId: 'd1' })).toMatch(/withdrawn/);
  });

  it('only a sponsor or the presiding facilitator puts a draft to the vote', () => {
    const s = new Driver(scenario).toPhase('council').tableCouncilDraft('fra', 'd1');
    expect(s.reject('rus', { type: 'vote.open', draftId: 'd1' })).toMatch(/Only a sponsor/);
    s.do('chair', { type: 'vote.open', draftId: 'd1' });
    expect(s.state.drafts.d1!.status).toBe('in-vote');
  });

  it('a party to the dispute may only abstain in a Chapter VI decision (art. 27(3), proviso)', () => {
    const s = councilWithOpenBallot({ chapter: 'VI' });
    const ballotId = s.state.ballots[0]!.id;
    expect(s.reject('alb', { type: 'vote.cast', ballotId, vote: 'yes' })).toMatch(/Albania is a party to the dispute.*Chapter VI/);
    s.do('alb', { type: 'vote.cast', ballotId, vote: 'abstain' });
    // Under Chapter VII the same party votes freely.
    const t = councilWithOpenBallot({ chapter: 'VII' });
    t.do('alb', { type: 'vote.cast', ballotId: t.state.ballots[0]!.id, vote: 'yes' });
  });

  it('a ballot closes by itself when every seated member has voted; unseated members are recorded absent', () => {
    const seated = ['FRA', 'GBR', 'USA', 'RUS', 'ALB', 'BRA', 'GHA', 'IRL', 'JPN', 'KEN', 'MEX'];
    const config = fixtureConfig(scenario);
    config.seats = config.seats.filter((seat) => seat.state === null || seated.includes(seat.state));
    const s = new Driver(scenario, config).toPhase('council').tableCouncilDraft('fra', 'd1').do('fra', { type: 'vote.open', draftId: 'd1' });
    s.voteAll({ yes: seated.filter((c) => c !== 'RUS'), abstain: ['RUS'] });
    const ballot = s.state.ballots[0]!;
    expect(ballot.closedSeq).not.toBeNull();
    expect(ballot.councilResult).toMatchObject({ inFavour: 10, against: 0, abstentions: 1, absent: 4, adopted: true });
    expect(ballot.councilResult!.recorded.CHN).toBe('absent');
    expect(s.state.drafts.d1!.status).toBe('adopted');
  });
});

describe('D2R agreement guards', () => {
  function negotiating(): Driver {
    const s = new Driver(scenario).toPhase('negotiation');
    s.do('fra', {
      type: 'd2r.propose',
      agreementId: 'fra-rus',
      to: 'RUS',
      clauses: [{ kind: 'no-arms-transfers', perpetrator: 'tessaly-army' }],
    });
    return s;
  }

  it('only the party awaited may sign, counter or reject: the proposer is never asked to sign its own proposal', () => {
    const s = negotiating();
    expect(s.state.agreements['fra-rus']).toMatchObject({ status: 'proposed', signedBy: ['FRA'], awaiting: 'RUS' });
    expect(s.reject('fra', { type: 'd2r.sign', agreementId: 'fra-rus' })).toMatch(/awaits Russian Federation: only the party awaited/);
    // To a state outside it, an unsigned agreement answers as if there were none (docs/security.md §1).
    expect(s.reject('usa', { type: 'd2r.sign', agreementId: 'fra-rus' })).toBe('There is no agreement called "fra-rus".');
  });

  it("proposing is the proposer's consent: the other party's signature concludes the agreement", () => {
    const s = negotiating();
    s.do('rus', { type: 'd2r.sign', agreementId: 'fra-rus' });
    expect(s.state.agreements['fra-rus']).toMatchObject({ status: 'signed', signedBy: ['FRA', 'RUS'], awaiting: null, inForceFromRound: 1 });
    expect(s.reject('fra', { type: 'd2r.sign', agreementId: 'fra-rus' })).toMatch(/is signed/);
    expect(s.reject('rus', { type: 'd2r.reject', agreementId: 'fra-rus' })).toMatch(/is signed/);
  });

  it("a counter-proposal is its author's consent to the new text; the proposer's signature then concludes it", () => {
    const s = negotiating();
    s.do('rus', { type: 'd2r.counter', agreementId: 'fra-rus', clauses: [{ kind: 'no-arms-transfers' }, { kind: 'no-financing' }] });
    expect(s.state.agreements['fra-rus']).toMatchObject({ status: 'countered', signedBy: ['RUS'], awaiting: 'FRA', inForceFromRound: null });
    expect(s.reject('rus', { type: 'd2r.sign', agreementId: 'fra-rus' })).toMatch(/awaits France/);
    s.do('fra', { type: 'd2r.sign', agreementId: 'fra-rus' });
    expect(s.state.agreements['fra-rus']).toMatchObject({ status: 'signed', signedBy: ['RUS', 'FRA'], awaiting: null, inForceFromRound: 1 });
  });

  it('only the proposer withdraws', () => {
    const s = negotiating();
    expect(s.reject('rus', { type: 'd2r.withdraw', agreementId: 'fra-rus' })).toMatch(/Only the proposer \(France\)/);
    s.do('fra', { type: 'd2r.withdraw', agreementId: 'fra-rus' });
    expect(s.state.agreements['fra-rus']!.status).toBe('withdrawn');
    expect(s.reject('rus', { type: 'd2r.sign', agreementId: 'fra-rus' })).toMatch(/withdrawn/);
  });

  it('a clause naming an unknown perpetrator is rejected', () => {
    const s = new Driver(scenario).toPhase('negotiation');
    expect(
      s.reject('fra', { type: 'd2r.propose', agreementId: 'x', to: 'RUS', clauses: [{ kind: 'no-financing', perpetrator: 'ghosts' }] }),
    ).toMatch(/not a perpetrator/);
  });
});

describe('facilitator controls', () => {
  it('pause stops the delegations and keeps the time left; resume restarts the clock where it stopped', () => {
    const s = new Driver(scenario).toPhase('negotiation');
    expect(s.state.timer.durationSeconds).toBe(600);
    s.do('chair', { type: 'session.pause' });
    expect(s.state.paused).toBe(true);
    expect(s.reject('fra', { type: 'statement.public', text: 'Hello?' })).toBe('The session is paused by the facilitator.');
    expect(s.reject('chair', { type: 'phase.advance' })).toMatch(/resume it first/);
    s.do('chair', { type: 'timer.adjust', seconds: 120 });
    expect(s.state.timer.durationSeconds).toBe(720);
    s.do('chair', { type: 'session.resume' });
    expect(s.state.paused).toBe(false);
    s.do('fra', { type: 'statement.public', text: 'Resumed.' });
  });

  it('an untimed phase has no timer to adjust, and a stale deadline is ignored', () => {
    const s = new Driver(scenario).toPhase('crisisUpdate');
    expect(s.reject('chair', { type: 'timer.adjust', seconds: 60 })).toMatch(/has no timer/);
    s.advance();
    expect(s.reject('chair', { type: 'timer.expired', round: 1, phase: 'crisisUpdate' })).toMatch(/Stale deadline/);
    s.do('chair', { type: 'timer.expired', round: 1, phase: 'negotiation' });
    expect(s.state.phase).toBe('council');
  });

  it('an inject fires once', () => {
    const s = new Driver(scenario).toPhase('negotiation');
    expect(s.reject('chair', { type: 'inject.fire', injectId: 'nothing' })).toMatch(/There is no inject called "nothing" in this scenario/);
    s.do('chair', { type: 'inject.fire', injectId: 'convoy-attack' });
    expect(s.reject('chair', { type: 'inject.fire', injectId: 'convoy-attack' })).toMatch(/already been fired/);
  });

  it('ending early goes to adjudication; one memorial each; the judgment ends the session', () => {
    const s = new Driver(scenario).toPhase('negotiation');
    s.do('chair', { type: 'session.end' });
    expect(s.state.phase).toBe('adjudication');
    s.do('rus', { type: 'memorial.file', arguments: [{ argument: 'lack-of-knowledge', text: 'We did not know.' }] });
    expect(s.reject('rus', { type: 'memorial.file', arguments: [] })).toMatch(/already filed/);
    s.do('chair', { type: 'judgment.override', state: 'RUS', duty: 'respect', holds: false, reason: 'No evidence of knowledge.' });
    s.do('chair', { type: 'judgment.deliver' });
    expect([s.state.phase, s.state.ended]).toEqual(['debrief', true]);
    expect(s.reject('fra', { type: 'statement.public', text: 'After the end.' })).toBe('The session has ended.');
  });
});

describe('allowedActions', () => {
  it("gives the guards' reasons before a command is composed", () => {
    const s = new Driver(scenario).toPhase('council').tableCouncilDraft('fra', 'd1');
    const ken = new Map(allowedActions(scenario, s.state, 'ken').map((a) => [a.type, a]));
    expect(ken.get('veto.threaten')).toMatchObject({ allowed: false, reason: expect.stringContaining('art. 27(3)') });
    expect(ken.get('statement.public')).toEqual({ type: 'statement.public', allowed: true });
    expect(ken.get('phase.advance')!.allowed).toBe(false);
    expect(ken.get('vote.cast')).toMatchObject({ allowed: false, reason: 'No vote is under way.' });
    const rus = new Map(allowedActions(scenario, s.state, 'rus').map((a) => [a.type, a]));
    expect(rus.get('veto.threaten')!.allowed).toBe(true);
    const chair = new Map(allowedActions(scenario, s.state, 'chair').map((a) => [a.type, a]));
    expect(chair.get('phase.advance')!.allowed).toBe(true);
    expect(chair.get('vote.open')!.allowed).toBe(true);
    expect(chair.get('statement.public')!.allowed).toBe(false);
  });

  it('agrees with applyCommand: a vote is allowed exactly while the member has not voted', () => {
    const s = new Driver(scenario).toPhase('council').tableCouncilDraft('fra', 'd1').do('fra', { type: 'vote.open', draftId: 'd1' });
    const allowed = () => allowedActions(scenario, s.state, 'ken').find((a) => a.type === 'vote.cast')!.allowed;
    expect(allowed()).toBe(true);
    s.do('ken', { type: 'vote.cast', ballotId: s.state.ballots[0]!.id, vote: 'yes' });
    expect(allowed()).toBe(false);
  });
});
