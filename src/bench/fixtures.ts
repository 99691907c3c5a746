import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioText, formatProblem } from '../core/scenario/load';
import type { Scenario } from '../core/scenario/schema';

export const SCENARIO_DIR = join(import.meta.dirname, '..', '..', 'scenarios');

/** The shipped scenarios (scenarios/*.yaml, without the authoring template). */
export function shippedScenarios(): { file: string; scenario: Scenario }[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'))
    .sort()
    .map((file) => {
      const result = loadScenarioText(readFileSync(join(SCENARIO_DIR, file), 'utf8'));
      if (!result.ok) throw new Error(`${file}: ${result.problems.map(formatProblem).join('; ')}`);
      return { file, scenario: result.scenario };
    });
}

/** The shipped scenario with the largest Council drama, for single-scenario measurements. */
export function benchScenario(): { file: string; scenario: Scenario } {
  const all = shippedScenarios();
  return all.find((s) => s.file.startsWith('syria')) ?? all[0]!;
}
