import { describe, expect, it } from 'vitest';
import { adjudicate, DUTY_IDS, renderJudgmentMarkdown } from '../../src/core/law';
import { shippedScenarios } from '../../src/bench/fixtures';
import { aiDelegatePolicy } from '../../src/core/ai';
import { runSession } from '../../src/core/session/driver';

/**
 * The shipped scenarios, played headlessly by the AI delegates and judged: the teaching notes use
 * the engine's duty ids, every briefed state is judged, every finding cites its authority and
 * points into the record, and the judgment is the same byte for byte on a second run.
 */

describe.each(shippedScenarios())('$file', ({ scenario }) => {
  it('teaching notes name the engine\'s duties', () => {
    for (const f of scenario.teachingNotes.expectedFindings) expect(DUTY_IDS as readonly string[]).toContain(f.duty);
  });

  it('a played session is judged: every briefed state, every finding cited and tied to the record', () => {
    const { state } = runSession(scenario, { seed: 1, policy: aiDelegatePolicy });
    const report = adjudicate(scenario, state);
    const seqs = new Set(state.log.map((e) => e.seq));
    const codes = report.states.map((s) => s.state);
    for (const entry of scenario.states) expect(codes).toContain(entry.code);
    expect(codes).toContain(scenario.crisis.territorialState);
    for (const s of report.states) {
      expect(s.exposure).toBeGreaterThanOrEqual(0);
      for (const f of s.findings) {
        expect(f.basis.length, `${s.state} ${f.duty}`).toBeGreaterThan(0);
        expect(f.reasoning.length).toBeGreaterThan(20);
        for (const ref of f.evidence) if (ref.startsWith('#')) expect(seqs.has(Number(ref.slice(1))), `${s.state} ${f.duty} ${ref}`).toBe(true);
      }
    }
    const territorial = report.states.find((s) => s.state === scenario.crisis.territorialState)!;
    // The territorial state is always examined; its duty holds unless the teaching notes say the
    // perpetrators were beyond its reach (Armed Activities ¶301), as for Bosnia and Herzegovina in 1995.
    const beyondReach = scenario.teachingNotes.expectedFindings.some((f) => f.state === territorial.state && f.duty === 'territorial' && !f.holds);
    const territorialResult = territorial.findings.find((f) => f.duty === 'territorial')!.result;
    if (beyondReach) expect(territorialResult).toBe('does-not-hold');
    else expect(territorialResult).not.toBe('does-not-hold');
    expect(JSON.stringify(adjudicate(scenario, state))).toBe(JSON.stringify(report));
    expect(renderJudgmentMarkdown(report, scenario)).toMatch(/^# Judgment: /);
  }, 120_000);
});
