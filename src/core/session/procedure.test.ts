import { describe, expect, it } from 'vitest';
import { Driver, ELEVEN_ONE_THREE, fixtureConfig, loadFixture } from '../../../test/support/session';
import { assemblyDefaultFor, scenarioMembership } from '../scenario/membership';
import type { Scenario } from '../scenario/schema';
import { conductTargetInWords } from './conduct-target';

const scenario = loadFixture();

/** Round 1 to the Council vote on a commission-of-inquiry draft, with the given votes. */
function councilVote(votes: { yes?: string[]; no?: string[]; abstain?: string[] }, s = new Driver(scenario)): Driver {
  return s.toPhase('council').tableCouncilDraft('fra', 'd1').do('fra', { type: 'vote.open', draftId: 'd1' }).voteAll(votes);
}

describe('Uniting for Peace in play (GA res. 377 A (V))', () => {
  it('a veto opens Uniting for Peace: 11-1-3 with Russia against, as on S/2022/155', () => {
    const s = councilVote(ELEVEN_ONE_THREE);
    const result = s.state.ballots[0]!.councilResult!;
    expect([result.inFavour, result.against, result.abstentions]).toEqual([11, 1, 3]);
    expect(result.vetoedBy).toEqual(['RUS']);
    expect(s.state.drafts.d1!.status).toBe('vetoed');
    expect(s.state.unitingForPeace).toMatchObject({ status: 'open', openedBy: { draftId: 'd1', vetoedBy: ['RUS'], round: 1 } });
    s.advance();
    expect(s.state.phase).toBe('unitingForPeace');
  });

  it('a failure for want of nine votes does not open it, even with a permanent member voting no', () => {
    const s = councilVote({
      yes: ['FRA', 'GBR', 'USA', 'ALB', 'IRL', 'JPN', 'NOR', 'MEX'],
      no: ['RUS', 'CHN'],
      abstain: ['BRA', 'GHA', 'IND', 'KEN', 'ARE'],
    });
    const result = s.state.ballots[0]!.councilResult!;
    expect(result).toMatchObject({ inFavour: 8, adopted: false, vetoedBy: [], failedForWantOfVotes: true, permanentNegativeVotes: ['CHN', 'RUS'] });
    expect(s.state.drafts.d1!.status).toBe('not-adopted');
    expect(s.state.unitingForPeace.status).toBe('closed');
    s.advance();
    // No Uniting for Peace, no emergency special session, no veto-initiative debate: straight to conduct.
    expect(s.state.phase).toBe('conduct');
    expect(s.state.vetoInitiative).toEqual([]);
  });

  it('the abstention of a permanent member is not a veto (Namibia advisory opinion ¶22)', () => {
    const s = councilVote({ yes: ELEVEN_ONE_THREE.yes, abstain: ['RUS', 'CHN', 'IND', 'ARE'] });
    expect(s.state.drafts.d1!.status).toBe('adopted');
    s.advance();
    expect(s.state.phase).toBe('conduct');
  });

  it('the procedural referral adopted 11-1-3 over a permanent member\'s negative vote convenes the emergency special session (S/RES/2623 (2022), art. 27(2))', () => {
    const s = councilVote(ELEVEN_ONE_THREE).advance();
    s.do('fra', { type: 'ufp.propose-referral', draftId: 'd1' });
    const referral = s.state.ballots[1]!;
    expect(referral).toMatchObject({ kind: 'council-procedural', purpose: 'referral', draftId: 'd1' });
    s.voteAll(ELEVEN_ONE_THREE);
    expect(s.state.ballots[1]!.councilResult).toMatchObject({ adopted: true, inFavour: 11, against: 1, vetoedBy: [] });
    expect(s.state.unitingForPeace).toMatchObject({ status: 'convened', convenedBy: 'council', convenedRound: 1 });
    s.advance();
    expect(s.state.phase).toBe('emergencySpecialSession');
    s.advance();
    // The Assembly meets in an emergency special session on the situation: no veto-initiative debate (76/262 ¶1).
    expect(s.state.phase).toBe('conduct');
    expect(s.state.vetoInitiative).toEqual([]);
  });

  it('a referral with only eight votes fails; the veto-initiative debate follows instead', () => {
    const s = councilVote(ELEVEN_ONE_THREE).advance();
    s.do('fra', { type: 'ufp.propose-referral', draftId: 'd1' });
    s.voteAll({ yes: ['FRA', 'GBR', 'USA', 'ALB', 'IRL', 'JPN', 'NOR', 'MEX'], no: ['RUS', 'CHN'], abstain: ['BRA', 'GHA', 'IND', 'KEN', 'ARE'] });
    expect(s.state.unitingForPeace.status).toBe('open');
    expect(s.reject('gbr', { type: 'ufp.propose-referral', draftId: 'd1' })).toMatch(/already voted on referring/);
    s.advance();
    expect(s.state.phase).toBe('vetoInitiative');
  });

  it('a referral is only for a draft defeated by a veto', () => {
    const s = councilVote(ELEVEN_ONE_THREE);
    s.tableCouncilDraft('gbr', 'd2').do('gbr', { type: 'vote.open', draftId: 'd2' });
    s.voteAll({ yes: ['GBR', 'FRA'], no: ['RUS'], abstain: ['CHN', 'USA', 'ALB', 'BRA', 'GHA', 'IND', 'IRL', 'JPN', 'KEN', 'MEX', 'NOR', 'ARE'] });
    s.advance();
    expect(s.reject('gbr', { type: 'ufp.propose-referral', draftId: 'd2' })).toMatch(/not defeated by a permanent member's negative vote.*377 A \(V\)/);
    expect(s.reject('srb', { type: 'ufp.propose-referral', draftId: 'd1' })).toMatch(/Serbia is not a member of the Security Council.*377 A \(V\)/);
  });

  it('the majority-of-members route counts seated requests and unseated members whose default is yes', () => {
    const s = councilVote(ELEVEN_ONE_THREE).advance();
    s.do('ken', { type: 'ufp.request', draftId: 'd1' });
    const ufp = s.state.unitingForPeace;
    const membership = scenarioMembership(scenario);
    const seated = new Set(s.config.seats.map((seat) => seat.state));
    const deemed = membership.filter((m) => !seated.has(m.code) && assemblyDefaultFor(scenario, m.code) === 'yes');
    expect(ufp.requests).toEqual(['KEN']);
    expect(ufp.deemedRequests).toHaveLength(deemed.length);
    // WEOG, GRULAC and African members default to yes: well over half of the 194 members here.
    expect(1 + deemed.length > membership.length / 2).toBe(true);
    expect(ufp).toMatchObject({ status: 'convened', convenedBy: 'members' });
    expect(s.reject('usa', { type: 'ufp.request', draftId: 'd1' })).toMatch(/already been convened/);
  });
});

describe('the emergency special session vote (Charter art. 18(2))', () => {
  function toAssemblyVote(sc: Scenario, votes: { yes?: string[]; no?: string[]; abstain?: string[] }): Driver {
    const s = councilVote(ELEVEN_ONE_THREE, new Driver(sc, fixtureConfig(sc))).advance();
    s.do('fra', { type: 'ufp.propose-referral', draftId: 'd1' }).voteAll(ELEVEN_ONE_THREE).advance();
    s.do('ken', {
      type: 'draft.table',
      draftId: 'ga1',
      forum: 'assembly',
      title: 'Protection of the Marun',
      measures: ['condemnation', 'commission-of-inquiry'],
      operativeParagraphs: ['Deplores the attacks.'],
    });
    s.do('ken', { type: 'vote.open', draftId: 'ga1' });
    const ballot = s.state.ballots.at(-1)!;
    for (const [vote, codes] of Object.entries(votes)) {
      for (const code of codes) s.do(code.toLowerCase(), { type: 'vote.cast', ballotId: ballot.id, vote: vote as 'yes' });
    }
    return s;
  }
  const seatedVotes = {
    yes: ['FRA', 'GBR', 'USA', 'ALB', 'BRA', 'GHA', 'IRL', 'JPN', 'KEN', 'MEX', 'NOR'],
    no: ['RUS', 'TSY'],
    abstain: ['CHN', 'IND', 'ARE', 'SRB'],
  };

  it('members without a seat vote their Assembly default; two thirds of those present and voting decide', () => {
    const s = toAssemblyVote(scenario, seatedVotes);
    const ballot = s.state.ballots.at(-1)!;
    expect(ballot.closedSeq).not.toBeNull();
    const seated = new Set(Object.values(seatedVotes).flat());
    const membership = scenarioMembership(scenario);
    const defaults = membership.filter((m) => !seated.has(m.code)).map((m) => assemblyDefaultFor(scenario, m.code));
    const count = (v: string) => defaults.filter((d) => d === v).length;
    const expected = { yes: 11 + count('yes'), no: 2 + count('no'), abstain: 4 + count('abstain') };
    const result = ballot.assemblyResult!;
    expect([result.inFavour, result.against, result.abstentions]).toEqual([expected.yes, expected.no, expected.abstain]);
    expect(result.inFavour + result.against + result.abstentions + result.absent).toBe(membership.length);
    expect(result.presentAndVoting).toBe(expected.yes + expected.no);
    expect(result.required).toBe(Math.ceil((2 * (expected.yes + expected.no)) / 3));
    expect(ballot.defaulted).toHaveLength(membership.length - seated.size);
    expect(ballot.votes.BLR).toBe('no');
    expect(result.adopted).toBe(true);
    expect(s.state.drafts.ga1!.status).toBe('adopted');
    expect(ballot.rollCallStartsWith).not.toBeNull();
  });

  it('abstentions do not count: a draft with many abstentions passes, one short of two thirds of yes and no fails', () => {
    // Everyone unseated abstains except 60 who vote no: yes 11, no 62 → fails; abstentions are irrelevant.
    const noes = scenarioMembership(scenario)
      .map((m) => m.code)
      .filter((c) => !Object.values(seatedVotes).flat().includes(c))
      .slice(0, 60);
    const sc: Scenario = {
      ...scenario,
      assemblyDefaults: { fallback: 'abstain', byGroup: {}, blocs: [], members: Object.fromEntries(noes.map((c) => [c, 'no' as const])) },
    };
    const failing = toAssemblyVote(sc, seatedVotes).state.ballots.at(-1)!.assemblyResult!;
    expect([failing.inFavour, failing.against]).toEqual([11, 62]);
    expect(failing.adopted).toBe(false);
    const allAbstain: Scenario = { ...scenario, assemblyDefaults: { fallback: 'abstain', byGroup: {}, blocs: [], members: {} } };
    const passing = toAssemblyVote(allAbstain, { yes: seatedVotes.yes, no: ['RUS'], abstain: ['CHN', 'IND', 'ARE', 'TSY', 'SRB'] })
      .state.ballots.at(-1)!.assemblyResult!;
    expect(passing).toMatchObject({ inFavour: 11, against: 1, presentAndVoting: 12, required: 8, adopted: true });
  });

  it('the same seed draws the same roll-call start; another seed may not', () => {
    const a = toAssemblyVote(scenario, seatedVotes).state.ballots.at(-1)!.rollCallStartsWith;
    const b = toAssemblyVote(scenario, seatedVotes).state.ballots.at(-1)!.rollCallStartsWith;
    expect(a).toBe(b);
    const others = new Set(
      [2, 3, 4, 5, 6].map((seed) => {
        const sc = scenario;
        const s = new Driver(sc, fixtureConfig(sc, seed));
        councilVote(ELEVEN_ONE_THREE, s).advance().do('fra', { type: 'ufp.propose-referral', draftId: 'd1' }).voteAll(ELEVEN_ONE_THREE).advance();
        s.do('ken', { type: 'draft.table', draftId: 'ga1', forum: 'assembly', title: 'T', measures: ['condemnation'], operativeParagraphs: ['P.'] });
        s.do('ken', { type: 'vote.open', draftId: 'ga1' });
        return s.state.ballots.at(-1)!.rollCallStartsWith;
      }),
    );
    expect(others.size).toBeGreaterThan(1);
  });
});

describe('the veto-initiative debate (GA res. 76/262)', () => {
  it('follows a veto when no emergency special session meets; the vetoing member speaks first', () => {
    const s = councilVote(ELEVEN_ONE_THREE).advance().advance();
    expect(s.state.phase).toBe('vetoInitiative');
    expect(s.state.vetoInitiative).toEqual([{ draftId: 'd1', vetoedBy: ['RUS'], round: 1, speakingOrder: ['RUS'], speeches: [] }]);
    expect(s.reject('fra', { type: 'vetoInitiative.speak', text: 'We regret the veto.' })).toBe(
      'The vetoing member (Russian Federation) speaks first (GA res. 76/262 ¶2).',
    );
    s.do('rus', { type: 'vetoInitiative.speak', text: 'The draft was unbalanced.' });
    s.do('fra', { type: 'vetoInitiative.speak', text: 'We regret the veto.' });
    expect(s.state.vetoInitiative[0]!.speakingOrder).toEqual(['RUS', 'FRA']);
    s.advance();
    expect(s.state.phase).toBe('conduct');
  });

  it('after a double veto both vetoing members speak before anyone else', () => {
    const s = councilVote({ yes: ['FRA', 'GBR', 'USA', 'ALB', 'BRA', 'GHA', 'IRL', 'JPN', 'KEN', 'MEX'], no: ['RUS', 'CHN'], abstain: ['IND', 'ARE', 'NOR'] });
    expect(s.state.ballots[0]!.councilResult!.vetoedBy).toEqual(['CHN', 'RUS']);
    s.advance().advance();
    s.do('chn', { type: 'vetoInitiative.speak', text: 'China explains.' });
    expect(s.reject('usa', { type: 'vetoInitiative.speak', text: 'Too soon.' })).toMatch(/\(Russian Federation\) speaks first/);
    s.do('rus', { type: 'vetoInitiative.speak', text: 'Russia explains.' }).do('usa', { type: 'vetoInitiative.speak', text: 'Now.' });
  });
});

describe('evidence, injects and intelligence', () => {
  it('the public level follows the scenario per round and never falls; a scheduled inject fires on the crisis update', () => {
    const s = new Driver(scenario).toPhase('crisisUpdate');
    expect(s.state.evidence.level).toBe('reports');
    expect(s.state.evidence.intelligence).toEqual([{ round: 1, recipients: ['USA', 'FRA'], level: 'credible', note: 'Intercepts show the army ordering the clearances.' }]);
    s.advance(3);
    expect(s.state.phase).toBe('conduct');
    s.advance();
    expect([s.state.round, s.state.phase]).toEqual([2, 'crisisUpdate']);
    expect(s.state.injectsFired).toEqual([{ injectId: 'mass-grave', round: 2, seq: s.state.log.at(-1)!.seq, scheduled: true }]);
    expect(s.state.evidence.level).toBe('manifest');
    expect(s.state.evidence.history.map((h) => [h.round, h.level, h.source])).toEqual([
      [1, 'reports', 'scenario'],
      [2, 'credible', 'scenario'],
      [2, 'manifest', 'inject'],
    ]);
  });

  it('conduct records the evidence level at the time it was done', () => {
    const s = new Driver(scenario).toPhase('council').advance();
    s.do('rus', { type: 'conduct.act', kind: 'arms-transfer', target: 'tessaly-army', scale: 'substantial' });
    expect(s.state.conduct[0]).toMatchObject({ round: 1, state: 'RUS', evidenceAtTheTime: 'reports', contraryTo: [] });
  });

  it('a conduct act aimed at a state: support is refused until its forces are named; a measure is accepted and the record says whom it reaches', () => {
    const s = new Driver(scenario).toPhase('council').advance();
    expect(s.reject('rus', { type: 'conduct.act', kind: 'arms-transfer', target: 'TSY', scale: 'substantial' })).toBe(
      '"Transfer arms" is aimed at a perpetrator, not at a state: instead of Republic of Tessaly, name the forces or group it goes to (Tessalian Army, Iron Hand militia).',
    );
    s.do('fra', { type: 'conduct.act', kind: 'sanctions', target: 'SRB', scale: 'limited' });
    s.do('fra', { type: 'conduct.act', kind: 'troop-deployment', target: 'TSY', scale: 'limited' }); // presence there
    expect(s.state.conduct.map((c) => c.target)).toEqual(['SRB', 'TSY']);
    expect(conductTargetInWords(scenario, 'sanctions', 'SRB')).toBe('Serbia: the groups it directs or props up, Iron Hand militia');
    expect(conductTargetInWords(scenario, 'diplomatic-pressure', 'TSY')).toBe('Republic of Tessaly: its forces, Tessalian Army');
    expect(conductTargetInWords(scenario, 'arms-embargo', 'KEN')).toBe('Kenya: none of the perpetrators is its forces or a group it directs or props up');
  });

  it('a deadline missed in a vote counts as an abstention when the round plan says so', () => {
    const s = new Driver(scenario).toPhase('council').tableCouncilDraft('fra', 'd1').do('fra', { type: 'vote.open', draftId: 'd1' });
    s.voteAll({ yes: ['FRA', 'GBR', 'USA', 'ALB', 'BRA', 'GHA', 'IRL', 'JPN', 'KEN'] });
    s.do('chair', { type: 'timer.expired', round: 1, phase: 'council' });
    const result = s.state.ballots[0]!.councilResult!;
    expect(result).toMatchObject({ inFavour: 9, against: 0, abstentions: 6, absent: 0, adopted: true });
  });
});

describe('D2R agreements in play', () => {
  it('propose → counter → sign; an arms transfer to the protected perpetrator is recorded as a breach', () => {
    const s = new Driver(scenario).toPhase('negotiation');
    s.do('fra', { type: 'd2r.propose', agreementId: 'marun-d2r', to: 'RUS', clauses: [{ kind: 'no-arms-transfers' }] });
    s.do('rus', {
      type: 'd2r.counter',
      agreementId: 'marun-d2r',
      clauses: [{ kind: 'no-arms-transfers', perpetrator: 'iron-hand' }, { kind: 'monitoring-and-reporting' }],
    });
    s.do('fra', { type: 'd2r.sign', agreementId: 'marun-d2r' });
    expect(s.state.agreements['marun-d2r']!.status).toBe('signed');
    s.advance(2);
    expect(s.state.phase).toBe('conduct');
    // The clause protects against the Iron Hand only: arms to the army breach nothing.
    s.do('rus', { type: 'conduct.act', kind: 'arms-transfer', target: 'tessaly-army', scale: 'substantial' });
    s.do('rus', { type: 'conduct.act', kind: 'arms-transfer', target: 'iron-hand', scale: 'limited' });
    const agreement = s.state.agreements['marun-d2r']!;
    expect(agreement.breaches).toEqual([{ conductSeq: s.state.conduct[1]!.seq, state: 'RUS', clause: { kind: 'no-arms-transfers', perpetrator: 'iron-hand' }, round: 1 }]);
    expect(s.state.conduct.map((c) => c.contraryTo)).toEqual([[], ['marun-d2r']]);
    expect(agreement.history.map((h) => h.action)).toEqual(['propose', 'counter', 'sign']);
  });

  it('before the other party signs nothing binds: the same act is no breach', () => {
    const s = new Driver(scenario).toPhase('negotiation');
    s.do('fra', { type: 'd2r.propose', agreementId: 'a1', to: 'RUS', clauses: [{ kind: 'suspend-military-cooperation' }] });
    s.advance(2).do('rus', { type: 'conduct.act', kind: 'training', target: 'tessaly-army' });
    expect(s.state.agreements.a1!.breaches).toEqual([]);
  });
});
