import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { formatProblem, loadScenarioText } from '../core/scenario/load';

const SCENARIO_EXTENSIONS = new Set(['.yaml', '.yml']);
/** The scenarios folder reads no larger file either (src/host/scenarios.ts). */
const MAX_SCENARIO_BYTES = 4 * 1024 * 1024;

/**
 * What to tell someone who gives File › Open… a scenario file rather than a saved session: that
 * it is a scenario, and what `moot-council validate` says of it (one line per problem, each with
 * the field's path). Null when the file is not a scenario file.
 */
export function scenarioFileMessage(path: string): string | null {
  if (!SCENARIO_EXTENSIONS.has(extname(path).toLowerCase())) return null;
  const name = basename(path);
  if (statSync(path).size > MAX_SCENARIO_BYTES) return `${name} is a scenario file, not a saved session, and it is too large to read.`;
  const result = loadScenarioText(readFileSync(path, 'utf8'));
  if (result.ok) {
    return `${name} is a scenario file ("${result.scenario.title}"), not a saved session. It is valid: to play it, put it in the scenarios folder, or serve its folder in browser mode with npm run host -- --scenarios FOLDER (README, Scenarios).`;
  }
  const count = result.problems.length;
  return [`${name} is a scenario file, not a saved session, and it has ${count} ${count === 1 ? 'problem' : 'problems'}:`, ...result.problems.map(formatProblem)].join('\n');
}
