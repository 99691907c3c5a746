import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixtureConfig, loadFixture } from '../../../test/support/session';
import { deepFreeze, randomCommand, runRandomSession, type Pick } from '../../../test/support/random-session';
import { phaseName } from '../scenario/schema';
import { EVENT_POLICY, SESSION_EVENT_TYPES } from './phases';
import { applyCommand, replay, replayEntries } from './session';
import type { SessionState } from './state';
import { courseOf } from './transitions';

const scenario = loadFixture();
const config = fixtureConfig(scenario, 11, ['SRB']);
const picks = fc.array(fc.tuple(fc.noBias(fc.nat()), fc.noBias(fc.nat()), fc.noBias(fc.nat()), fc.noBias(fc.nat())) as fc.Arbitrary<Pick>, {
  minLength: 50,
  maxLength: 500,
  size: 'large',
});

describe('replay', () => {
  it('gives, after every entry of a random session, the state its commands gave one by one', () => {
    fc.assert(
      fc.property(picks, (sequence) => {
        const states: SessionState[] = [];
        const run = runRandomSession(scenario, config, sequence, (_, result) => {
          if (result.ok) states.push(result.state);
        });
        states.forEach((state, i) => expect(replay(scenario, config, run.state.log.slice(0, i + 1))).toEqual(state));
        expect(replayEntries(scenario, config, run.state.log)).toEqual(run.state);
      }),
      { numRuns: 15 },
    );
  });

  it('hands out a state that later commands never change (the session goes on from a reopened file)', () => {
    fc.assert(
      fc.property(picks, fc.nat(), (sequence, cut) => {
        const run = runRandomSession(scenario, config, sequence);
        const { log } = run.state;
        const reopened = replay(scenario, config, log.slice(0, log.length === 0 ? 0 : cut % log.length));
        const before = JSON.stringify(reopened);
        // Deep-frozen: a command that extended the reopened state's lists in place would throw.
        let state = deepFreeze(reopened);
        for (const { seq: _seq, ...command } of log.slice(state.log.length)) {
          const result = applyCommand(scenario, state, command);
          if (!result.ok) throw new Error(result.reason);
          state = deepFreeze(result.state);
        }
        expect(JSON.stringify(reopened)).toBe(before);
        expect(state).toEqual(run.state);
        // And more random commands from there leave it as it was too.
        sequence.slice(0, 50).forEach((pick, i) => {
          const result = applyCommand(scenario, state, randomCommand(scenario, state, pick, new Date(Date.UTC(2031, 0, 1) + i * 1000).toISOString()));
          if (result.ok) state = deepFreeze(result.state);
        });
        expect(JSON.stringify(reopened)).toBe(before);
      }),
      { numRuns: 20 },
    );
  });

  it('refuses an entry the rules refuse, naming it, as it refuses a malformed one', () => {
    const start = { seq: 1, by: 'chair', at: '2030-01-01T00:00:00.000Z', event: { type: 'session.start' } };
    expect(replay(scenario, config, [start]).phase).toBe('briefing');
    expect(() => replay(scenario, config, [start, { ...start, seq: 2 }])).toThrow(/log entry 2 \(seq 2\) \(session\.start by chair\) was rejected/);
    expect(() => replay(scenario, config, [{ ...start, event: { type: 'no.such' } }])).toThrow(/log entry 1 \(seq 1\): Invalid command/);
  });
});

describe('the statechart and the rules', () => {
  it('agree on which events are in order in which phase, and the machine says which move the session on', () => {
    for (const phase of phaseName.options) {
      for (const type of SESSION_EVENT_TYPES) {
        expect(courseOf(phase, type) !== undefined, `${type} in ${phase}`).toBe(EVENT_POLICY[type].phases.includes(phase));
      }
    }
    expect(courseOf('council', 'vote.cast')).toBe('stays');
    expect(courseOf('council', 'phase.advance')).toBe('moves');
    expect(courseOf('crisisUpdate', 'session.end')).toBe('moves');
    expect(courseOf('adjudication', 'judgment.deliver')).toBe('moves');
    expect(courseOf('debrief', 'vote.cast')).toBeUndefined();
  });
});
