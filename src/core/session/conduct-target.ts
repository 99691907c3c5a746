import { stateName } from '../scenario/membership';
import type { Scenario } from '../scenario/schema';
import type { ConductKind } from '../shared/vocabulary';
import { CONDUCT_LABELS, CONDUCT_TARGET } from './plain-words';

/**
 * The rule for a conduct act aimed at a state (docs/session-log.md §3, docs/law.md §2). An act
 * of support goes to a perpetrator: aimed at a state it is refused, and the author names the
 * forces or group it goes to (a troop deployment to a state is presence there, and is accepted).
 * A protective measure aimed at a state (sanctions, pressure, an embargo) bears on its
 * government's forces among the perpetrators and on the groups that state directs or props up
 * (agency, substantial support); the record says so in words. Other acts reach no perpetrator.
 */

/** What a protective measure aimed at a state reaches: its forces among the perpetrators, and the groups it directs or props up. */
export function reachOfStateTarget(scenario: Scenario, code: string): { forces: string[]; clients: string[] } {
  const perpetrators = scenario.crisis.perpetrators;
  const forces = perpetrators.filter((p) => p.kind === 'government' && p.state === code).map((p) => p.name);
  const clientIds = new Set(
    scenario.relationships.filter((r) => r.from === code && (r.kind === 'agency' || r.kind === 'substantial-support')).map((r) => r.to),
  );
  const clients = perpetrators.filter((p) => clientIds.has(p.id) && !(p.kind === 'government' && p.state === code)).map((p) => p.name);
  return { forces, clients };
}

/** Why an act of this kind cannot be aimed at this state, or null when it can. */
export function stateTargetProblem(scenario: Scenario, kind: ConductKind, code: string): string | null {
  if (CONDUCT_TARGET[kind] !== 'perpetrator' || kind === 'troop-deployment') return null;
  const names = scenario.crisis.perpetrators.map((p) => p.name).join(', ');
  return `"${CONDUCT_LABELS[kind]}" is aimed at a perpetrator, not at a state: instead of ${stateName(scenario, code)}, name the forces or group it goes to (${names}).`;
}

/** The target of an act in words, saying what a measure aimed at a state reaches. */
export function conductTargetInWords(scenario: Scenario, kind: ConductKind, target: string): string {
  const perpetrator = scenario.crisis.perpetrators.find((p) => p.id === target);
  if (perpetrator) return perpetrator.name;
  const name = stateName(scenario, target);
  if (CONDUCT_TARGET[kind] !== 'perpetrator-or-state') return name;
  const { forces, clients } = reachOfStateTarget(scenario, target);
  if (forces.length === 0 && clients.length === 0) return `${name}: none of the perpetrators is its forces or a group it directs or props up`;
  const parts = [
    ...(forces.length > 0 ? [`its forces, ${forces.join(', ')}`] : []),
    ...(clients.length > 0 ? [`the groups it directs or props up, ${clients.join(', ')}`] : []),
  ];
  return `${name}: ${parts.join('; ')}`;
}
