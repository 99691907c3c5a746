import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyCommand, createSession, ForkError, forkSession, roundOpeningEntry, type SessionState } from '../src/core/session';
import { serializeSession, sessionFileHeader } from '../src/host/journal';
import { fixtureConfig, loadFixture } from './support/session';
import { runRandomSession, type Pick } from './support/random-session';

const scenario = loadFixture();
const config = fixtureConfig(scenario, 11, ['SRB']);
const header = sessionFileHeader(scenario, config);
const picks = fc.array(fc.tuple(fc.noBias(fc.nat()), fc.noBias(fc.nat()), fc.noBias(fc.nat()), fc.noBias(fc.nat())) as fc.Arbitrary<Pick>, {
  minLength: 100,
  maxLength: 600,
  size: 'large',
});

describe('playing a session again from the start of a round', () => {
  it('replaying the original moves after the fork gives back the original session file byte for byte', () => {
    let forked = 0;
    fc.assert(
      fc.property(picks, fc.nat(), (sequence, choice) => {
        const original = runRandomSession(scenario, config, sequence).state;
        if (original.round === 0) {
          expect(() => forkSession(scenario, config, original.log, { round: 1 })).toThrow(ForkError);
          return;
        }
        forked += 1;
        const round = 1 + (choice % original.round);
        const fork = forkSession(scenario, config, original.log, { round });
        // The fork stops just before the entry that opened the round's crisis update.
        expect(fork.state.round).toBe(round - 1);
        expect(fork.log).toEqual(original.log.slice(0, fork.openingSeq - 1));
        let state: SessionState = fork.state;
        for (const { seq: _seq, ...command } of original.log.slice(fork.log.length)) {
          const result = applyCommand(scenario, state, command);
          if (!result.ok) throw new Error(result.reason);
          state = result.state;
        }
        expect(state.log[fork.openingSeq - 1]!.event.type).toBeDefined();
        expect(serializeSession(header, state.log)).toBe(serializeSession(header, original.log));
        expect(state).toEqual(original);
      }),
      { numRuns: 25 },
    );
    expect(forked).toBeGreaterThan(0);
  });

  it('starts round 1 right after the briefing, and hands seats over as the facilitator would, in the record', () => {
    let state = createSession(scenario, config);
    const moves = [
      { by: 'chair', event: { type: 'session.start' } },
      { by: 'chair', event: { type: 'session.pause' } },
      { by: 'chair', event: { type: 'session.resume' } },
      { by: 'chair', event: { type: 'phase.advance' } },
      { by: 'chair', event: { type: 'phase.advance' } },
    ];
    moves.forEach((move, i) => {
      const result = applyCommand(scenario, state, { ...move, at: `2031-03-01T10:0${i}:00.000Z` });
      if (!result.ok) throw new Error(result.reason);
      state = result.state;
    });
    expect(roundOpeningEntry(scenario, config, state.log, 1)).toBe(4);
    expect(roundOpeningEntry(scenario, config, state.log, 2)).toBeNull();
    const fork = forkSession(scenario, config, state.log, { round: 1, handovers: [{ seatId: 'fra', kind: 'human' }] });
    expect(fork.state.phase).toBe('briefing');
    expect(fork.entriesKept).toBe(3);
    expect(fork.log.at(-1)!.at).toBe('2031-03-01T10:02:00.000Z');
    expect(fork.log.at(-1)).toMatchObject({ by: 'chair', event: { type: 'seat.assign', seatId: 'fra', kind: 'human' } });
    expect(fork.state.config.seats.find((s) => s.id === 'fra')?.kind).toBe('human');
  });

  it('refuses, in words, a round the scenario does not have or the session never reached', () => {
    expect(() => forkSession(scenario, config, [], { round: 0 })).toThrow(/This scenario has \d+ rounds?: a session can be played again from round 1 to round \d+\./);
    expect(() => forkSession(scenario, config, [], { round: 1 })).toThrow('This session never reached round 1: it did not start its first round.');
  });
});
