import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, loadFixture } from '../../../test/support/session';
import { runSession, runConfig, ScriptError } from './driver';
import { loadSessionScript, validateSessionScript, type SessionScript } from './script';
import { replay } from './session';
import { commitmentRegistry } from './commitments';

const scenario = loadFixture();

function script(text: string): SessionScript {
  const parsed = loadSessionScript(text);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return parsed.script;
}

const fixtureScript = script(readFileSync(join(FIXTURE_DIR, 'marun-script.yaml'), 'utf8'));

describe('the headless run', () => {
  it('plays from seating through adjudication to the debrief, and its log replays to its state', () => {
    const result = runSession(scenario, { seed: 1 });
    expect(result.state.phase).toBe('debrief');
    expect(result.state.round).toBe(scenario.roundPlan.rounds);
    expect(result.log[0]!.event.type).toBe('session.start');
    expect(result.log.at(-1)!.event.type).toBe('judgment.deliver');
    expect(result.log.map((e) => e.at)).toEqual(result.log.map((e) => new Date(Date.UTC(2000, 0, 1) + e.seq * 1000).toISOString()));
    expect(replay(scenario, result.config, result.log)).toEqual(result.state);
  });

  it('is deterministic: the same scenario, script and seed give the same log', () => {
    const a = runSession(scenario, { seed: 9, script: fixtureScript });
    const b = runSession(scenario, { seed: 9, script: fixtureScript });
    expect(JSON.stringify(b.log)).toBe(JSON.stringify(a.log));
  });

  it('plays the scripted seats as written: the Russian veto, the breach-free arms transfer, the memorial', () => {
    const { state, config } = runSession(scenario, { seed: 1, script: fixtureScript });
    expect(config.seats.filter((s) => s.kind === 'human').map((s) => s.state)).toEqual(['FRA', 'RUS']);
    expect(state.drafts.coi!.status).toBe('vetoed');
    expect(state.ballots.find((b) => b.draftId === 'coi')!.votes).toMatchObject({ FRA: 'yes', RUS: 'no' });
    expect(state.vetoThreats).toEqual([expect.objectContaining({ state: 'RUS', draftId: 'coi', visibility: 'public' })]);
    expect(state.agreements['marun-d2r']).toMatchObject({ status: 'proposed', awaiting: 'RUS' });
    expect(state.conduct.filter((c) => c.state === 'RUS')).toEqual([expect.objectContaining({ kind: 'arms-transfer', target: 'tessaly-army', contraryTo: [] })]);
    expect(state.memorials.RUS!.arguments[0]!.argument).toBe('lack-of-knowledge');
    // The veto opened the path; no one seated moved the referral, so a veto-initiative debate was held.
    expect(state.vetoInitiative.map((d) => d.draftId)).toEqual(['coi']);
  });

  it('a scripted move that never becomes in order is an error naming where it is in the script', () => {
    const bad = script(`
seats: [KEN]
rounds:
  1:
    council:
      KEN:
        - { type: veto.threaten, draftId: nothing, visibility: public }
`);
    expect(() => runSession(scenario, { seed: 1, script: bad })).toThrow(ScriptError);
    expect(() => runSession(scenario, { seed: 1, script: bad })).toThrow(
      /rounds\.1\.council\.KEN\[0\] \(veto\.threaten\) could not be played in round 1, council: Kenya is not a permanent member/,
    );
  });

  it('with continue-on-refusal, a move never in order is recorded as refused and the run plays on to the debrief', () => {
    const text = `
seats: [KEN, FRA]
continueOnRefusal: true
rounds:
  1:
    council:
      KEN:
        - { type: veto.threaten, draftId: nothing, visibility: public }
        - { type: delegation.pass }
`;
    const result = runSession(scenario, { seed: 1, script: script(text) });
    expect(result.state.phase).toBe('debrief');
    expect(result.refusedMoves).toEqual([
      expect.objectContaining({ where: 'rounds.1.council.KEN[0]', event: 'veto.threaten', round: 1, phase: 'council', reason: expect.stringMatching(/Kenya is not a permanent member/) }),
    ]);
    // The option given to the run does the same for a strict script; a strict run still stops.
    const strict = script(text.replace('continueOnRefusal: true', ''));
    expect(() => runSession(scenario, { seed: 1, script: strict })).toThrow(ScriptError);
    expect(runSession(scenario, { seed: 1, script: strict, continueOnRefusal: true }).refusedMoves).toHaveLength(1);
  });

  it('ends early after the round the script names', () => {
    const { state } = runSession(scenario, { seed: 1, script: script('endAfterRound: 1') });
    expect(state.round).toBe(1);
    expect(state.facilitatorActions.map((a) => a.action)).toContain('session.end');
    expect(state.phase).toBe('debrief');
  });

  it('seats: human seats for the states the script plays; the facilitator and the rest AI', () => {
    const config = runConfig(scenario, 4, fixtureScript);
    expect(config.seats[0]).toEqual({ id: 'facilitator', kind: 'facilitator', state: null });
    expect(config.seats.find((s) => s.state === 'KEN')).toEqual({ id: 'ken', kind: 'ai', state: 'KEN' });
    expect(config.seats.find((s) => s.state === 'SRB')!.kind).toBe('ai');
  });
});

describe('the script format', () => {
  it('names the path of every problem', () => {
    const result = validateSessionScript({
      seats: ['France'],
      rounds: { 1: { council: { FRA: [{ type: 'statement.public' }] }, lunch: {} }, first: {} },
      extra: true,
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.map((p) => p.path);
    expect(problems).toEqual(expect.arrayContaining(['seats[0]', 'rounds.first', '']));
    const moves = validateSessionScript({ rounds: { 1: { council: { FRA: [{ type: 'statement.public' }, { type: 'vote.cast', draftId: 'd1', vote: 'maybe' }] } } } });
    expect(moves.ok ? [] : moves.problems.map((p) => p.path)).toEqual(['rounds.1.council.FRA[0].text', 'rounds.1.council.FRA[1].vote']);
  });

  it('accepts a vote named by its draft', () => {
    const s = script('rounds: { 1: { council: { FRA: [ { type: vote.cast, draftId: d1, vote: "yes" } ] } } }');
    expect(s.moves.get('1|council|FRA')![0]).toMatchObject({ voteOnDraft: 'd1', event: { type: 'vote.cast', vote: 'yes' } });
  });

  it('plays an offer and its answer from a script (the example in docs/session-script.md): rev.1 drops sanctions and the Russian abstention keeps its word', () => {
    const result = runSession(scenario, { seed: 7, script: script(OFFER_SCRIPT) });
    const types = result.state.log.map((e) => e.event.type);
    expect(types).toContain('offer.make');
    expect(types).toContain('offer.answer');
    expect(result.state.drafts.zero!.measures).toEqual(['condemnation']);
    expect(commitmentRegistry(result.state).map((c) => [c.by, c.status])).toEqual([
      ['RUS', 'kept'],
      ['FRA', 'kept'],
    ]);
  });
});

/** The example in docs/session-script.md, read from the doc so that the doc stays true. */
const OFFER_SCRIPT = ((doc: string) => {
  const from = doc.indexOf('```yaml', doc.indexOf('**An offer and its answer**')) + '```yaml'.length;
  return doc.slice(from, doc.indexOf('```', from));
})(readFileSync(join(__dirname, '../../../docs/session-script.md'), 'utf8'));
