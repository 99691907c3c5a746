import { describe, expect, it } from 'vitest';
import { whatIfFor } from '../../src/core/law';
import { exportTranscript } from '../../src/host/export';
import { scriptedTranscriptSession } from '../support/transcript-session';

/**
 * What would have changed the findings, per seat: the alternatives are the seat's own decisions,
 * so a seat never learns another seat's private acts from them. Russia privately threatened France
 * with a veto (as in judgment-redaction.test.ts): no other seat is told anything of Russia's decisions.
 */
const { scenario, driver } = scriptedTranscriptSession();
const state = driver.state;
const seats = state.config.seats.filter((s) => s.kind !== 'facilitator' && s.state !== null);

describe('what would have changed the findings, by seat', () => {
  it("answers each seat about its own state only, addressed as 'you'", () => {
    for (const seat of seats) {
      const answer = whatIfFor(scenario, state, { seatId: seat.id })!;
      expect(answer.map((s) => s.state)).toEqual([seat.state]);
      for (const change of answer.flatMap((s) => s.findings.flatMap((f) => f.changes))) expect(change.words).toMatch(/^Had you /);
      // Asking about another state gives nothing.
      const other = seats.find((s) => s.state !== seat.state)!.state!;
      expect(whatIfFor(scenario, state, { seatId: seat.id }, other)).toEqual([]);
    }
  });

  it("no other seat reads anything of Russia's decisions, its private veto threat among them", () => {
    expect(JSON.stringify(whatIfFor(scenario, state, { seatId: 'rus' }))).toContain('Russian Federation');
    for (const seat of seats.filter((s) => s.state !== 'RUS')) {
      const text = JSON.stringify(whatIfFor(scenario, state, { seatId: seat.id }));
      expect(text).not.toMatch(/Russian Federation|threatened privately|private threat/);
    }
  });

  it('is not given to a seat before the judgment is delivered', () => {
    const cut = { ...state, phase: 'adjudication' as const, ended: false };
    expect(whatIfFor(scenario, cut, { seatId: 'rus' })).toBeNull();
    expect(whatIfFor(scenario, cut, 'facilitator')).not.toBeNull();
  });

  it("Serbia's exported record carries its own lines and nothing of Russia's threat", async () => {
    for (const format of ['md', 'html', 'json'] as const) {
      const serbia = String((await exportTranscript(scenario, state, { format, as: 'SRB', world: null })).content);
      expect(serbia).toContain(format === 'json' ? '"whatIf"' : 'What would have changed it');
      expect(serbia).not.toMatch(/threatened privately|private threat to veto/);
    }
  });
});
