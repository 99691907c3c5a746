import { CONDUCT_GROUPS, clausesBreached, type ConductKind, type SessionView } from '../../../core/session';
import { CONDUCT_TARGET, type ConductGroup } from '../../../core/session/plain-words';
import { articleOfClause, CLAUSE_TITLES } from '../../../core/session/treaty';
import { nameOf, perpetratorName } from '../kit/names';

/** The targets a kind of conduct may be directed at, as picker options. */
export function targetOptions(view: SessionView, kind: ConductKind): { value: string; label: string }[] {
  const mode = CONDUCT_TARGET[kind];
  if (mode === 'none') return [];
  const perpetrators = view.scenario.crisis.perpetrators.map((p) => ({ value: p.id, label: perpetratorName(view.scenario, p.id) }));
  if (mode === 'perpetrator') return perpetrators;
  const states = [...new Set([view.scenario.crisis.territorialState, ...view.scenario.crisis.perpetrators.flatMap((p) => (p.state ? [p.state] : []))])];
  return [...perpetrators, ...states.map((code) => ({ value: code, label: `${nameOf(view.scenario, code)} (the state)` }))];
}

/** Agreements in force that the act would breach, in words ("Article 1 (No arms transfers) of d2r-…"). */
export function breachWarnings(view: SessionView, me: string, kind: ConductKind, target: string | null): string[] {
  return clausesBreached(view.state, me, kind, target).map(({ agreementId, clause }) => {
    const agreement = view.state.agreements[agreementId]!;
    const other = agreement.parties.find((p) => p !== me) ?? '';
    return `Article ${articleOfClause(agreement, clause.kind) ?? '?'} (${CLAUSE_TITLES[clause.kind]}) of your agreement with ${nameOf(view.scenario, other)}`;
  });
}

/** The conduct tabs a state sees: the peace-operation choices only for a state the scenario gives troops in the territory. */
export function conductGroupsFor(view: SessionView, me: string): ConductGroup[] {
  const contributor = view.scenario.relationships.some((r) => r.kind === 'troops-present' && r.from === me);
  return (Object.keys(CONDUCT_GROUPS) as ConductGroup[]).filter((group) => group !== 'peaceOperation' || contributor);
}

/** The viewer's acts in the current round. */
export function actsThisRound(view: SessionView, me: string) {
  return view.state.conduct.filter((c) => c.state === me && c.round === view.state.round);
}
