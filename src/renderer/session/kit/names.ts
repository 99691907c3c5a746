import { proseName } from '../../../core/ai/wording';
import { stateName } from '../../../core/scenario/membership';
import type { Scenario } from '../../../core/scenario/schema';
import type { ScenarioView } from '../../../core/session';

/** A state's display name from the (viewer's) scenario. */
export function nameOf(scenario: ScenarioView, code: string): string {
  // stateName reads only the scenario's states and fictional states, which every view keeps.
  return stateName(scenario as unknown as Scenario, code);
}

/** A state's name as it reads mid-sentence: "the United States", "France". */
export function proseNameOf(scenario: ScenarioView, code: string): string {
  return proseName(nameOf(scenario, code));
}

/** An agreement by its parties, never its id: "the D2R agreement between France and the Russian Federation". */
export function agreementName(scenario: ScenarioView, parties: readonly [string, string], noun: 'agreement' | 'proposal' = 'agreement'): string {
  return `the D2R ${noun} between ${proseNameOf(scenario, parties[0])} and ${proseNameOf(scenario, parties[1])}`;
}

export function perpetratorName(scenario: ScenarioView, id: string): string {
  return scenario.crisis.perpetrators.find((p) => p.id === id)?.name ?? id;
}

/** A perpetrator's name, else a state's name (conduct targets may be either). */
export function targetName(scenario: ScenarioView, target: string): string {
  const perpetrator = scenario.crisis.perpetrators.find((p) => p.id === target);
  return perpetrator ? perpetrator.name : nameOf(scenario, target);
}
