import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Driver } from '../../../test/support/session';
import { adjudicate } from '../law';
import { loadScenarioText } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { runSession } from '../session/driver';
import { replay, viewFor } from '../session';
import type { D2rClause, Measure } from '../shared/vocabulary';
import { readBrief } from './brief-reading';
import { agreementValue } from './d2r';
import { decisionContext } from './decision-context';
import { aiDelegatePolicy, aiMoves, planMoves } from './ai-delegate';
import { selfPlayTimestamp } from './self-play';

/**
 * Behaviour fixtures in plain language, on the shipped scenarios: each sets up the record a
 * delegation faces and checks what the AI decides, and that it says why.
 */

const SCENARIOS = join(import.meta.dirname, '..', '..', '..', 'scenarios');

function shipped(file: string): Scenario {
  const result = loadScenarioText(readFileSync(join(SCENARIOS, file), 'utf8'));
  if (!result.ok) throw new Error(`${file} does not load`);
  return result.scenario;
}

const shield = shipped('d2r-shield.yaml');

function movesOf(s: Driver, seat: string) {
  const checked = aiMoves(s.scenario, s.state, seat, selfPlayTimestamp(s.state.log.length + 1));
  expect(checked.refused).toEqual([]);
  return checked.commands;
}

function tableAndOpen(s: Driver, by: string, draftId: string, measures: Measure[]): string {
  s.do(by, {
    type: 'draft.table',
    draftId,
    forum: 'council',
    title: `Draft ${draftId}`,
    measures,
    operativeParagraphs: ['Decides.'],
    chapter: 'VII',
  });
  s.do(by, { type: 'vote.open', draftId });
  return s.state.ballots.at(-1)!.id;
}

function voteOf(s: Driver, seat: string): { vote: string; coach: string } {
  const cast = movesOf(s, seat).find((c) => c.event.type === 'vote.cast');
  if (!cast || cast.event.type !== 'vote.cast') throw new Error(`${seat} does not vote`);
  return { vote: cast.event.vote, coach: cast.ai!.coach };
}

describe('Council votes', () => {
  it('a permanent member allied to the regime vetoes a sanctions draft against it but lets a humanitarian-access draft pass', () => {
    const s = new Driver(shield).toPhase('council');
    tableAndOpen(s, 'fra', 'sanctions-draft', ['sanctions']);
    const onSanctions = voteOf(s, 'usa');
    expect(onSanctions.vote).toBe('no');
    expect(onSanctions.coach).toContain('vetoed (a permanent member\'s negative vote)');
    expect(onSanctions.coach).toMatch(/alignment with the Meridian Armed Forces[^(]*\(0\.6\)/);
    expect(onSanctions.coach).toMatch(/its red line: never sanctions/);
    s.do('chair', { type: 'vote.close', ballotId: s.state.ballots.at(-1)!.id });

    tableAndOpen(s, 'fra', 'access-draft', ['humanitarian-access']);
    const onAccess = voteOf(s, 'usa');
    expect(onAccess.vote).not.toBe('no');
    // The counterfactual names what would have turned it into a veto.
    expect(onAccess.coach).toMatch(/would have (voted against|abstained) if the draft had added/);
  });

  it('a non-aligned elected member abstains on force and votes for a commission of inquiry', () => {
    const s = new Driver(shield).toPhase('council');
    tableAndOpen(s, 'fra', 'force-draft', ['authorisation-of-force']);
    for (const member of ['ken', 'gha']) expect(voteOf(s, member).vote).toBe('abstain');
    s.do('chair', { type: 'vote.close', ballotId: s.state.ballots.at(-1)!.id });
    tableAndOpen(s, 'fra', 'inquiry-draft', ['commission-of-inquiry']);
    for (const member of ['ken', 'gha']) {
      const { vote, coach } = voteOf(s, member);
      expect(vote).toBe('yes');
      expect(coach).toContain('humanitarian priority');
    }
  });

  it('a party to the dispute abstains on a Chapter VI draft (UN Charter art. 27(3))', () => {
    const rwanda = shipped('rwanda-1994.yaml');
    const s = new Driver(rwanda).toPhase('council');
    s.do('nzl', { type: 'draft.table', draftId: 'vi', forum: 'council', title: 'Chapter VI', measures: ['condemnation'], operativeParagraphs: ['Calls.'], chapter: 'VI' });
    s.do('nzl', { type: 'vote.open', draftId: 'vi' });
    const { vote, coach } = voteOf(s, 'rwa');
    expect(vote).toBe('abstain');
    expect(coach).toContain('art. 27(3)');
  });
});

describe('D2R agreements', () => {
  const armsBan: D2rClause = { kind: 'no-arms-transfers', perpetrator: 'meridian-forces' };

  function answerTo(clauses: D2rClause[]) {
    const s = new Driver(shield).toPhase('negotiation');
    s.do('fra', { type: 'd2r.propose', agreementId: 'offer', to: 'HLV', clauses });
    return movesOf(s, 'hlv').find((c) => c.event.type.startsWith('d2r.') && 'agreementId' in c.event && c.event.agreementId === 'offer')!;
  }

  it('an arms supplier rejects a clause banning its transfers unless offered something it values', () => {
    const bare = answerTo([armsBan]);
    expect(bare.event.type).not.toBe('d2r.sign');
    if (bare.event.type === 'd2r.counter') {
      // Its counter asks for what it values rather than accepting the bare ban.
      expect(bare.event.clauses.map((c) => c.kind)).toContain('consultation-and-dispute-settlement');
    }
    expect(bare.ai!.coach).toMatch(/arms trade \(economic ties 0\.7\)/);

    const sweetened = answerTo([armsBan, { kind: 'consultation-and-dispute-settlement' }, { kind: 'monitoring-and-reporting' }]);
    expect(sweetened.event.type).toBe('d2r.sign');
    expect(sweetened.ai!.coach).toContain('consultation before any consequence');
  });

  it('a state that signed a D2R agreement does not breach it without a red-line trigger, and then the breach is on the record', () => {
    const s = new Driver(shield).toPhase('negotiation');
    s.do('fra', { type: 'd2r.propose', agreementId: 'pact', to: 'USA', clauses: [armsBan, { kind: 'monitoring-and-reporting' }] });
    s.do('usa', { type: 'd2r.sign', agreementId: 'pact' });
    expect(s.state.agreements.pact!.status).toBe('signed');
    while (s.state.phase !== 'conduct') s.advance();

    const kept = movesOf(s, 'usa');
    const acts = kept.filter((c) => c.event.type === 'conduct.act').map((c) => c.event);
    expect(acts).not.toContainEqual(expect.objectContaining({ kind: 'arms-transfer' }));
    const suspension = kept.find((c) => c.event.type === 'conduct.act' && c.event.kind === 'suspending-support')!;
    expect(suspension.ai!.coach).toContain('keeps it: no red line of its own has been crossed');

    // The other party breaches first: a red line (cf. VCLT art. 60) releases the patron in its own eyes.
    s.do('fra', { type: 'conduct.act', kind: 'arms-transfer', target: 'meridian-forces', scale: 'limited' });
    for (const command of movesOf(s, 'usa')) s.do('usa', command.event, { ai: command.ai });
    const resumed = s.state.conduct.find((c) => c.state === 'USA' && c.kind === 'arms-transfer');
    expect(resumed?.contraryTo).toEqual(['pact']);
    expect(s.state.agreements.pact!.breaches.map((b) => b.state)).toEqual(['FRA', 'USA']);
  });

  it('difficulty changes how readily a delegation concedes', () => {
    const s = new Driver(shield).toPhase('negotiation');
    const value = (difficulty: 'cooperative' | 'realistic' | 'hard-nosed') => {
      const state = { ...s.state, config: { ...s.state.config, difficulty } };
      const ctx = decisionContext(shield, state, state.config.seats.find((x) => x.id === 'hlv')!);
      return agreementValue(ctx.outlook('test'), [armsBan], 'FRA').net;
    };
    expect(value('cooperative')).toBeGreaterThan(value('realistic'));
    expect(value('realistic')).toBeGreaterThan(value('hard-nosed'));
  });
});

describe('briefs on deliveries', () => {
  const kestria = shipped('training-kestria.yaml');
  const briefOf = (scenario: Scenario, code: string) => readBrief(scenario, code, scenario.states.find((s) => s.code === code)?.brief);

  it('a patron keeps delivering until the trigger its brief names, measured on the record or on its own knowledge as the brief says', () => {
    // "Keep deliveries going while the evidence is contested; pause lethal deliveries once it is manifest."
    expect(briefOf(shield, 'USA')).toMatchObject({ keepDeliveries: true, pauseDeliveriesAt: 'manifest', pauseDeliveriesOn: 'record' });
    // "Hold the round-2 tranche if the evidence hardens and you are warned."
    expect(briefOf(shield, 'HLV')).toMatchObject({ keepDeliveries: false, pauseDeliveriesAt: 'credible', pauseDeliveriesOn: 'knowledge' });
    // "Keep deliveries going unless the evidence becomes undeniable"; the pause it may trade for dropping sanctions is a bargaining chip, not a trigger.
    expect(briefOf(kestria, 'DRV')).toMatchObject({ keepDeliveries: true, pauseDeliveriesAt: 'manifest', pauseDeliveriesOn: 'record' });
    // Pressing another state to pause is no instruction about one's own deliveries.
    expect(briefOf(kestria, 'USA').pauseDeliveriesAt).toBeNull();
  });

  it('the patron follows its brief through the intelligence and the findings, and pauses once the atrocities are manifest on the record', () => {
    const run = runSession(shield, { seed: 3, policy: aiDelegatePolicy });
    const usa = run.state.conduct.filter((c) => c.state === 'USA');
    for (const round of [2, 3]) expect(usa.some((c) => c.round === round && c.kind === 'training'), `round ${round}`).toBe(true);
    expect(usa.filter((c) => c.round >= 4).map((c) => c.kind)).toEqual(usa.filter((c) => c.round >= 4).map(() => 'suspending-support'));
  });

  it('a donor funds what its brief tells it to, even with sympathies for an armed group fighting the government', () => {
    const syria = shipped('syria-2011-2013.yaml');
    expect(briefOf(syria, 'FRA').funds).toContain('humanitarian-aid');
    const run = runSession(syria, { seed: 3, policy: aiDelegatePolicy });
    expect(run.state.conduct.some((c) => c.state === 'FRA' && c.kind === 'humanitarian-aid')).toBe(true);
  });
});

describe('memorials and coach notes over a whole game', () => {
  const kestria = shipped('training-kestria.yaml');
  const run = runSession(kestria, { seed: 11, policy: aiDelegatePolicy });

  it('AI delegations file the defences the record supports, and not others', () => {
    // Kestria's patron follows its brief and supplies with knowledge, so it has nothing to plead;
    // the D2R scenario's supplier and permanent members do. Both records are checked.
    const shieldRun = runSession(shield, { seed: 11, policy: aiDelegatePolicy });
    const games = [
      { scenario: kestria, state: run.state },
      { scenario: shield, state: shieldRun.state },
    ];
    let filed = 0;
    for (const game of games) {
      const report = adjudicate(game.scenario, game.state);
      for (const memorial of Object.values(game.state.memorials)) {
        filed++;
        const exposure = report.states.find((x) => x.state === memorial.state)!;
        for (const pleaded of memorial.arguments) {
          const ruling = exposure.findings.find((f) => f.duty === pleaded.duty)?.defences.find((d) => d.argument === pleaded.argument);
          expect(ruling, `${memorial.state}: ${pleaded.argument} on ${pleaded.duty}`).toBeDefined();
          expect(ruling!.accepted, `${memorial.state}: ${pleaded.argument} on ${pleaded.duty} (${ruling!.why})`).toBe(true);
          expect(['changes-finding', 'mitigates']).toContain(ruling!.effect);
        }
      }
    }
    expect(filed).toBeGreaterThan(0);
    // A state with nothing to defend files nothing.
    expect(run.state.memorials.IRL).toBeUndefined();
  });

  it('an AI delegation with exposure always files a memorial, and says in its coach note why it pleads no defence when it pleads none', () => {
    const report = adjudicate(kestria, run.state);
    const aiStates = run.config.seats.filter((s) => s.kind === 'ai' && s.state).map((s) => s.state!);
    let withoutDefence = 0;
    for (const code of aiStates) {
      const exposure = report.states.find((x) => x.state === code)?.exposure ?? 0;
      if (exposure === 0) continue;
      const memorial = run.state.memorials[code];
      expect(memorial, `${code} (exposure ${exposure})`).toBeDefined();
      if (memorial!.arguments.length > 0) continue;
      withoutDefence++;
      const entry = run.log.find((e) => e.event.type === 'memorial.file' && run.config.seats.find((s) => s.id === e.by)?.state === code)!;
      expect(entry.ai?.coach).toMatch(/filed its memorial without pleading a defence because it faces findings .* but the record supports none of the defences against them/);
    }
    // Kestria's patron supplies with knowledge and has nothing the record supports to plead.
    expect(withoutDefence).toBeGreaterThan(0);
  });

  it('every AI move carries what the delegation says and a coach note, which players see only in the debrief', () => {
    const aiSeats = new Set(run.config.seats.filter((s) => s.kind === 'ai').map((s) => s.id));
    const aiEntries = run.log.filter((e) => aiSeats.has(e.by));
    expect(aiEntries.length).toBeGreaterThan(100);
    for (const e of aiEntries) {
      expect(e.ai?.says.length, `${e.seq} ${e.event.type}`).toBeGreaterThan(0);
      expect(e.ai?.coach.length, `${e.seq} ${e.event.type}`).toBeGreaterThan(0);
    }
    const midGame = replay(kestria, run.config, run.log.slice(0, Math.floor(run.log.length / 2)));
    expect(midGame.phase).not.toBe('debrief');
    const seatView = viewFor(kestria, midGame, { seatId: 'gbr' });
    expect(Object.values(seatView.state.aiNotes).length).toBeGreaterThan(0);
    for (const note of Object.values(seatView.state.aiNotes)) expect(note.coach).toBe('');
    for (const e of seatView.state.log) if (e.ai) expect(e.ai.coach).toBe('');
    const projector = viewFor(kestria, midGame, 'projector');
    for (const note of Object.values(projector.state.aiNotes)) expect(note.coach).toBe('');

    const debrief = viewFor(kestria, run.state, { seatId: 'gbr' });
    expect(Object.values(debrief.state.aiNotes).some((n) => n.coach.length > 0)).toBe(true);
  });

  it('the AI never plans a move when the session is paused or over', () => {
    expect(planMoves(kestria, run.state, 'drv')).toEqual([]);
  });
});
