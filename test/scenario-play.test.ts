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
