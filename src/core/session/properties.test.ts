import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixtureConfig, loadFixture } from '../../../test/support/session';
import { invariantViolations, runRandomSession, WEIGHTED_TYPES, type Pick } from '../../../test/support/random-session';
import { SESSION_EVENT_TYPES } from './phases';
import { replay } from './session';
import { viewFor } from './view';

const scenario = loadFixture();
const config = fixtureConfig(scenario, 7, ['SRB']);
const picks = fc.array(fc.tuple(fc.noBias(fc.nat()), fc.noBias(fc.nat()), fc.noBias(fc.nat()), fc.noBias(fc.nat())) as fc.Arbitrary<Pick>, { minLength: 100, maxLength: 800, size: 'large' });

describe('random legal and illegal command sequences', () => {
  it('never break the invariants, and never change a state already made (rejected or not)', () => {
    fc.assert(
      fc.property(picks, (sequence) => {
        // runRandomSession deep-freezes every state: an in-place change would throw here.
        const run = runRandomSession(scenario, config, sequence, (before, result) => {
          if (result.ok) expect(result.entry.seq).toBe(before.log.length + 1);
          else expect(result.reason.length).toBeGreaterThan(0);
          expect(invariantViolations(scenario, result.ok ? result.state : before)).toEqual([]);
        });
        expect(run.state.log).toHaveLength(run.steps.filter((s) => s.accepted).length);
      }),
      { numRuns: 60 },
    );
  });

  it('reach every phase of the round across runs (the generator exercises the procedure)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(picks, (sequence) => {
        runRandomSession(scenario, config, sequence, (_, result) => {
          if (result.ok) seen.add(result.state.phase);
        });
      }),
      { numRuns: 60, seed: 42 },
    );
    for (const phase of ['briefing', 'crisisUpdate', 'negotiation', 'council', 'conduct', 'adjudication', 'debrief']) expect(seen).toContain(phase);
  });

  it('the generator proposes every kind of event, and plays a draft\'s life (circulated, changed, answered, put in blue)', () => {
    expect(SESSION_EVENT_TYPES.filter((type) => !WEIGHTED_TYPES.includes(type))).toEqual([]);
    const accepted = new Set<string>();
    fc.assert(
      fc.property(picks, (sequence) => {
        runRandomSession(scenario, config, sequence, (_, result) => {
          if (result.ok) accepted.add(result.entry.event.type);
        });
      }),
      { numRuns: 60, seed: 42 },
    );
    for (const type of ['draft.circulate', 'draft.requestChange', 'draft.answerRequest', 'draft.putInBlue', 'offer.make', 'offer.answer']) expect(accepted).toContain(type);
  });

  it('replaying an accepted log reproduces the same state', () => {
    fc.assert(
      fc.property(picks, (sequence) => {
        const run = runRandomSession(scenario, config, sequence);
        expect(replay(scenario, config, run.state.log)).toEqual(run.state);
      }),
      { numRuns: 40 },
    );
  });
});

describe('per-seat views', () => {
  const briefs = new Map(scenario.states.filter((s) => s.brief).map((s) => [s.code, s.brief!.summary]));

  it("never contain another seat's brief or bilateral channel", () => {
    fc.assert(
      fc.property(picks, (sequence) => {
        const { state } = runRandomSession(scenario, config, sequence);
        for (const seat of state.config.seats) {
          if (seat.kind === 'facilitator' || !seat.state) continue;
          const view = viewFor(scenario, state, { seatId: seat.id });
          const text = JSON.stringify(view);
          for (const [code, summary] of briefs) {
            if (code !== seat.state) expect(text).not.toContain(summary);
          }
          if (briefs.has(seat.state)) expect(text).toContain(briefs.get(seat.state)!);
          for (const key of Object.keys(view.state.channels)) expect(key.split('~')).toContain(seat.state);
          // Every private message's text names its sender and addressee: none between others may show.
          for (const match of text.matchAll(/secret:([A-Z]{3}|chair)>([A-Z]{3})/g)) {
            expect([match[1], match[2]]).toContain(seat.state);
          }
          for (const entry of view.state.log) {
            if (entry.event.type === 'message.private') {
              const from = state.config.seats.find((s) => s.id === (entry.actingFor ?? entry.by))!.state;
              expect([from, entry.event.to]).toContain(seat.state);
            }
          }
          for (const intel of view.state.evidence.intelligence) expect(intel.recipients).toEqual([seat.state]);
          expect(view.scenario.states.every((s) => s.ai === undefined)).toBe(true);
          if (state.phase !== 'debrief') {
            expect(text).not.toMatch(/coach-note:/);
            for (const c of view.state.conduct) expect(c.state).toBe(seat.state);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('the projector sees only the public record; the facilitator sees everything', () => {
    fc.assert(
      fc.property(picks, (sequence) => {
        const { state } = runRandomSession(scenario, config, sequence);
        const projector = JSON.stringify(viewFor(scenario, state, 'projector'));
        expect(projector).not.toMatch(/secret:/);
        for (const summary of briefs.values()) expect(projector).not.toContain(summary);
        expect(viewFor(scenario, state, 'facilitator').state).toBe(state);
        const facilitatorSeat = viewFor(scenario, state, { seatId: 'chair' });
        expect(facilitatorSeat.state).toBe(state);
        const messages = Object.values(state.channels).flat().length;
        expect(Object.values(viewFor(scenario, state, 'projector').state.channels).flat()).toHaveLength(0);
        expect(messages).toBe(state.log.filter((e) => e.event.type === 'message.private').length);
      }),
      { numRuns: 30 },
    );
  });

});
