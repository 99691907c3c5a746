import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../src/core/scenario/load';
import type { Scenario } from '../src/core/scenario/schema';
import { runSession } from '../src/core/session/driver';
import { aiDelegatePolicy } from '../src/core/ai';
import { adjudicate } from '../src/core/law';

/**
 * Issue 6: every shipped scenario plays to the debrief with all seats on AI, for several seeds,
 * and the teaching notes' expected findings (what an instructor should expect if states behave
 * as their briefs suggest) come out of the law engine's report.
 */

const SCENARIOS_DIR = join(__dirname, '..', 'scenarios');
const SEEDS = [1, 7, 42];

function shippedScenarios(): Scenario[] {
  return readdirSync(SCENARIOS_DIR)
    .filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'))
    .sort()
    .map((f) => {
      const result = loadScenarioText(readFileSync(join(SCENARIOS_DIR, f), 'utf8'));
      if (!result.ok) throw new Error(`${f} does not validate`);
      return result.scenario;
    });
}

describe.each(shippedScenarios().map((s) => [s.id, s] as const))('scenario %s played by AI delegates', (_id, scenario) => {
  const runs = SEEDS.map((seed) => ({ seed, run: runSession(scenario, { seed, policy: aiDelegatePolicy }) }));

  it.each(SEEDS)('reaches the debrief with no rejected AI move (seed %i)', (seed) => {
    const { run } = runs.find((r) => r.seed === seed)!;
    expect(run.state.phase).toBe('debrief');
    expect(run.policyRejections).toEqual([]);
  });

  it.each(SEEDS)("the teaching notes' expected findings hold in the judgment (seed %i)", (seed) => {
    const { run } = runs.find((r) => r.seed === seed)!;
    const report = adjudicate(scenario, run.state);
    const mismatches: string[] = [];
    for (const expected of scenario.teachingNotes.expectedFindings) {
      const exposure = report.states.find((s) => s.state === expected.state);
      const finding = exposure?.findings.find((f) => f.duty === expected.duty);
      const holds = finding?.holds ?? false;
      if (holds !== expected.holds) {
        mismatches.push(`${expected.state} ${expected.duty}: expected ${expected.holds ? 'holds' : 'does not hold'}, engine says ${finding ? finding.result : 'no finding'} (${expected.note ?? ''})`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it.each(SEEDS)("states come out in the teaching notes' expected order of exposure (seed %i)", (seed) => {
    const { run } = runs.find((r) => r.seed === seed)!;
    const report = adjudicate(scenario, run.state);
    const exposureOf = (code: string) => report.states.find((s) => s.state === code)?.exposure ?? 0;
    const ordering = scenario.teachingNotes.expectedOrdering;
    for (let i = 1; i < ordering.length; i++) {
      const [higher, lower] = [ordering[i - 1]!, ordering[i]!];
      expect(exposureOf(higher), `${higher} (${exposureOf(higher)}) should be above ${lower} (${exposureOf(lower)})`).toBeGreaterThan(exposureOf(lower));
    }
  });
});

/**
 * Issue 16 item 5: each historical scenario, played by AI alone with default settings, follows its
 * history's shape (what its teaching notes say history did). Uniting for Peace is rare: no
 * emergency special session met on Bosnia, Ituri, Rwanda or Syria. Syria had vetoes (Russia and
 * China, 2011-2012); after a veto with no emergency special session, the Assembly holds the
 * veto-initiative debate of GA res. 76/262 ¶1.
 */
const HISTORY: Record<string, { vetoes: boolean; emergencySpecialSession: boolean }> = {
  'bosnia-1995': { vetoes: false, emergencySpecialSession: false },
  'ituri-1999-2003': { vetoes: false, emergencySpecialSession: false },
  'rwanda-1994': { vetoes: false, emergencySpecialSession: false },
  'syria-2011-2013': { vetoes: true, emergencySpecialSession: false },
};

describe.each(Object.entries(HISTORY))('historical scenario %s played by AI delegates follows its history', (id, history) => {
  const scenario = shippedScenarios().find((s) => s.id === id)!;
  const runs = SEEDS.map((seed) => runSession(scenario, { seed, policy: aiDelegatePolicy }));

  it(`an emergency special session ${history.emergencySpecialSession ? 'meets' : 'never meets'}, and each veto is debated in the Assembly instead`, () => {
    for (const run of runs) {
      expect(run.state.unitingForPeace.status === 'convened').toBe(history.emergencySpecialSession);
      expect(run.log.some((e) => e.event.type === 'ufp.propose-referral' || e.event.type === 'ufp.request')).toBe(history.emergencySpecialSession);
      const vetoedDrafts = run.state.ballots.filter((b) => (b.councilResult?.vetoedBy.length ?? 0) > 0).map((b) => b.draftId);
      if (!history.emergencySpecialSession) expect(run.state.vetoInitiative.map((d) => d.draftId).sort()).toEqual([...vetoedDrafts].sort());
    }
  });

  if (history.vetoes) {
    it('drafts are vetoed, as they were', () => {
      for (const run of runs) expect(run.state.ballots.some((b) => (b.councilResult?.vetoedBy.length ?? 0) > 0)).toBe(true);
    });
  } else {
    it('no draft is vetoed, as none was', () => {
      for (const run of runs) {
        const vetoes = run.state.ballots.filter((b) => (b.councilResult?.vetoedBy.length ?? 0) > 0).map((b) => `${b.councilResult!.vetoedBy.join(', ')} vetoed in round ${b.round}`);
        expect(vetoes).toEqual([]);
      }
    });
  }
});
