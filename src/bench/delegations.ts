import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { formatProblem, loadScenarioText } from '../core/scenario/load';
import { councilMembers, membershipCodes } from '../core/scenario/membership';
import type { Scenario } from '../core/scenario/schema';
import { SCENARIO_DIR } from './fixtures';

export interface DelegationsScenario {
  id: string;
  scenario: Scenario;
  /** The scenario as a YAML file's text, for a host's scenarios folder. */
  text: string;
  /** The state codes with a seat, sorted: the scenario's delegations and the Council's fifteen. */
  seats: string[];
}

/**
 * Syria 2011-2013 with a short brief added for enough Member States that `delegations` of them have
 * a seat (a class with one student per delegation; 193 is the whole General Assembly).
 */
export function delegationsScenario(delegations: number): DelegationsScenario {
  const source = readFileSync(join(SCENARIO_DIR, 'syria-2011-2013.yaml'), 'utf8');
  const doc = parse(source) as { id: string; title: string; states: { code: string; brief?: unknown }[] };
  const base = loadScenarioText(source);
  if (!base.ok) throw new Error(base.problems.map(formatProblem).join('; '));
  const seated = new Set([...base.scenario.states.filter((s) => s.brief).map((s) => s.code), ...councilMembers(base.scenario)]);
  for (const code of membershipCodes(base.scenario)) {
    if (seated.size >= delegations) break;
    if (seated.has(code)) continue;
    const entry = doc.states.find((s) => s.code === code);
    const brief = { summary: 'A delegation of the General Assembly (load test).' };
    if (entry) entry.brief = brief;
    else doc.states.push({ code, brief });
    seated.add(code);
  }
  if (seated.size < delegations) throw new Error(`only ${seated.size} Member States can be seated, not ${delegations}`);
  const id = delegations === 60 ? 'classroom-load' : `classroom-load-${delegations}`;
  doc.id = id;
  doc.title = `Classroom load test (Syria 2011-2013, ${delegations} delegations)`;
  const text = stringify(doc);
  const loaded = loadScenarioText(text);
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('; '));
  return { id, scenario: loaded.scenario, text, seats: [...seated].sort() };
}

/** Writes the scenario into a host's scenarios folder. */
export function writeScenario(dir: string, made: DelegationsScenario): void {
  writeFileSync(join(dir, `${made.id}.yaml`), made.text);
}
