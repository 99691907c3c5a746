import type { Scenario } from '../scenario/schema';
import type { ConductKind } from '../shared/vocabulary';

/** The conduct of a state that contributes a contingent to a peace operation in the territory. */
export const CONTINGENT_KINDS: readonly ConductKind[] = ['contingent-reinforcement', 'contingent-withdrawal'];

interface ContingentRecord {
  round: number;
  conduct: readonly { state: string; kind: ConductKind; round: number }[];
}

/**
 * Whether a state has a contingent in the territory this round: the scenario's "troops present"
 * tie (troops without governmental authority, e.g. a battalion of a UN peace operation) runs
 * this round and the state has not withdrawn it.
 */
export function hasContingent(scenario: Pick<Scenario, 'relationships'>, record: ContingentRecord, code: string): boolean {
  const present = scenario.relationships.some(
    (r) => r.kind === 'troops-present' && r.from === code && r.fromRound <= record.round && (r.untilRound === undefined || record.round <= r.untilRound),
  );
  return present && !record.conduct.some((a) => a.state === code && a.kind === 'contingent-withdrawal');
}

/** Why a state may not reinforce or withdraw a contingent now, or null. */
export function contingentProblem(scenario: Pick<Scenario, 'relationships'>, record: ContingentRecord, code: string, kind: ConductKind): string | null {
  if (!CONTINGENT_KINDS.includes(kind) || hasContingent(scenario, record, code)) return null;
  return 'Only a state with a contingent in the territory (its troops present there this round, not yet withdrawn) can reinforce or withdraw it.';
}
