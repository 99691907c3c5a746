import type { Scenario } from '../scenario/schema';
import type { Agreement, SessionState } from '../session/state';
import { CLAUSE_FORBIDS, type ConductKind, type D2rClause, type D2rClauseKind } from '../shared/vocabulary';
import type { Factor, Outlook } from './assessment';
import { BRIEF_OBJECTIVE_BONUS, BRIEF_RED_LINE_PENALTY, D2R_WEIGHTS, DIFFICULTY, EVIDENCE_WEIGHT, REFRAIN_CLAUSES } from './decision-weights';
import { delegationProfile, type DelegationProfile } from './profile';
import { knowledgeOf, supportTies } from './record';
import { CLAUSE_NAMES, num } from './wording';
import { ownEntry } from '../session/lookup';

/**
 * Duty-to-Refrain agreements as an AI delegation weighs them (seed 004, Part VI.A): what refraining
 * costs it (its alignment with the perpetrator, the arms trade, military cooperation, financing)
 * against what signing gains it (reputation, protection, lower exposure for a supplier that knows,
 * and inducements: consultation, monitoring, a proposer bound by the same bans).
 */

export interface AgreementValue {
  net: number;
  factors: Factor[];
}

function isRefrain(kind: D2rClauseKind): boolean {
  return REFRAIN_CLAUSES.includes(kind);
}

/** Whether the state actually does (or is tied to do) what a refrain clause forbids. */
export function clauseBites(scenario: Scenario, state: SessionState, profile: DelegationProfile, clause: D2rClause): boolean {
  const forbids = CLAUSE_FORBIDS[clause.kind] ?? [];
  const ties = supportTies(scenario, profile, Math.max(1, state.round)).filter((t) => clause.perpetrator === undefined || t.perpetrator.id === clause.perpetrator);
  const tied = ties.some((t) => {
    const r = t.relationship;
    if (r.kind === 'arms-supplier') return forbids.includes('arms-transfer');
    if (r.kind === 'agency') return forbids.includes('training');
    if (r.kind === 'substantial-support') {
      return (
        (forbids.includes('financing') && (r.supportKinds.includes('financial') || r.supportKinds.includes('economic'))) ||
        (forbids.includes('training') && r.supportKinds.includes('military')) ||
        (forbids.includes('arms-transfer') && r.supportKinds.includes('military'))
      );
    }
    return false;
  });
  if (tied) return true;
  return state.conduct.some((c) => c.state === profile.code && forbids.includes(c.kind) && (clause.perpetrator === undefined || c.target === clause.perpetrator));
}

function alignmentWith(profile: DelegationProfile, perpetrator: string | undefined): number {
  if (perpetrator !== undefined) return Math.max(0, ownEntry(profile.alignment, perpetrator)?.value ?? 0);
  return Math.max(0, ...Object.values(profile.alignment).map((a) => a.value));
}

/** Parameter and interest behind the specific cost of a refrain clause that bites. */
function specificCost(profile: DelegationProfile, kind: D2rClauseKind): { label: string; value: number } | null {
  switch (kind) {
    case 'no-arms-transfers':
      return { label: `arms trade (economic ties ${num(profile.economicTies.value)})`, value: D2R_WEIGHTS.armsTradeCost * profile.economicTies.value };
    case 'suspend-military-cooperation':
      return { label: `military cooperation (security ties ${num(profile.securityTies.value)})`, value: D2R_WEIGHTS.militaryCooperationCost * profile.securityTies.value };
    case 'no-financing':
      return { label: `financing (economic ties ${num(profile.economicTies.value)})`, value: D2R_WEIGHTS.financingCost * profile.economicTies.value };
    case 'no-intelligence-sharing':
      return { label: `intelligence sharing (security ties ${num(profile.securityTies.value)})`, value: D2R_WEIGHTS.intelligenceCost * profile.securityTies.value };
    default:
      return null;
  }
}


/**
 * What an agreement's clauses are worth to `outlook`'s delegation if it signs, with `other` as the
 * other party. Both parties are bound by every clause (a bilateral agreement).
 */
export function agreementValue(outlook: Outlook, clauses: readonly D2rClause[], other: string): AgreementValue {
  const { scenario, state, profile } = outlook;
  const d = DIFFICULTY[outlook.difficulty];
  const factors: Factor[] = [];
  const add = (label: string, value: number) => {
    if (Math.abs(value) > 1e-9) factors.push({ label, value });
  };
  const refrains = clauses.filter((c) => isRefrain(c.kind));
  let biting = 0;
  for (const clause of refrains) {
    const bites = clauseBites(scenario, state, profile, clause);
    if (bites) biting += 1;
    const align = alignmentWith(profile, clause.perpetrator);
    const who = clause.perpetrator ? scenario.crisis.perpetrators.find((p) => p.id === clause.perpetrator)?.name ?? clause.perpetrator : 'the perpetrators';
    add(`"${CLAUSE_NAMES[clause.kind]}": alignment with ${who} (${num(align)})`, -d.costs * D2R_WEIGHTS.alignmentCost * align * (bites ? 1 : D2R_WEIGHTS.symbolicShare));
    const specific = bites ? specificCost(profile, clause.kind) : null;
    if (specific) add(`"${CLAUSE_NAMES[clause.kind]}": ${specific.label}`, -d.costs * specific.value);
  }
  if (clauses.some((c) => c.kind === 'consequences-of-breach')) {
    add(`consequences of breach (domestic constraints ${num(profile.domesticConstraints.value)})`, -d.costs * D2R_WEIGHTS.consequencesCost * profile.domesticConstraints.value);
  }
  const e = EVIDENCE_WEIGHT[state.evidence.level];
  add(`reputation for signing (${num(profile.reputationSensitivity.value)}, evidence ${num(e)})`, d.gains * D2R_WEIGHTS.reputationGain * profile.reputationSensitivity.value * e);
  add(`protection of the population (humanitarian priority ${num(profile.humanitarianPriority.value)})`, d.gains * D2R_WEIGHTS.protectionGain * profile.humanitarianPriority.value * refrains.length);
  if (biting > 0) {
    const k = EVIDENCE_WEIGHT[knowledgeOf(state, profile.code)];
    add(`lower complicity risk for a supplier that knows (knowledge ${num(k)})`, d.gains * D2R_WEIGHTS.legalRiskGain * k);
  }
  if (clauses.some((c) => c.kind === 'consultation-and-dispute-settlement')) {
    const ties = Math.max(profile.economicTies.value, profile.securityTies.value);
    add(`consultation before any consequence (ties ${num(ties)})`, D2R_WEIGHTS.consultationValue * ties);
  }
  if (clauses.some((c) => c.kind === 'monitoring-and-reporting')) {
    add(`monitoring proves compliance (reputation ${num(profile.reputationSensitivity.value)})`, D2R_WEIGHTS.monitoringValue * profile.reputationSensitivity.value);
  }
  const otherProfile = delegationProfile(scenario, other);
  if (refrains.some((c) => clauseBites(scenario, state, otherProfile, c))) {
    add(`reciprocity: ${otherProfile.name} is bound by the same bans`, D2R_WEIGHTS.reciprocityValue);
  }
  if (profile.brief.d2r === 1) add(`its brief's objective (a D2R agreement)`, BRIEF_OBJECTIVE_BONUS);
  if (profile.brief.d2r === -1) add(`its brief's objective (no D2R agreement)`, -BRIEF_RED_LINE_PENALTY);
  factors.sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
  return { net: factors.reduce((s, f) => s + f.value, 0), factors };
}

/** Whether an agreement binds the other party in a way that matters: a refrain clause that bites on what it does. */
export function meaningfulFor(scenario: Scenario, state: SessionState, other: string, clauses: readonly D2rClause[]): boolean {
  const profile = delegationProfile(scenario, other);
  return clauses.some((c) => isRefrain(c.kind) && clauseBites(scenario, state, profile, c));
}

function sameClause(a: D2rClause, b: D2rClause): boolean {
  return a.kind === b.kind && a.perpetrator === b.perpetrator;
}

function withClause(clauses: readonly D2rClause[], clause: D2rClause): D2rClause[] {
  return clauses.some((c) => sameClause(c, clause)) ? [...clauses] : [...clauses, clause];
}

export interface Counter {
  clauses: D2rClause[];
  value: AgreementValue;
  changes: string[];
}

/**
 * The counter-proposal a delegation would make: add what it values (consultation, monitoring), drop
 * consequences of breach, then drop or swap the refrain clause that costs it most for the cheapest
 * one, until the text is acceptable. Null if no such text keeps a refrain clause.
 */
export function counterProposal(outlook: Outlook, clauses: readonly D2rClause[], other: string, threshold: number, avoid: (c: D2rClause) => boolean = () => false, firstChanges: readonly string[] = []): Counter | null {
  let current = [...clauses];
  const changes: string[] = [...firstChanges];
  const steps: ((c: D2rClause[]) => { clauses: D2rClause[]; change: string } | null)[] = [
    (c) => (c.some((x) => x.kind === 'consultation-and-dispute-settlement') ? null : { clauses: withClause(c, { kind: 'consultation-and-dispute-settlement' }), change: 'adds consultation and dispute settlement' }),
    (c) => (c.some((x) => x.kind === 'monitoring-and-reporting') ? null : { clauses: withClause(c, { kind: 'monitoring-and-reporting' }), change: 'adds monitoring and reporting' }),
    (c) => (c.some((x) => x.kind === 'consequences-of-breach') ? { clauses: c.filter((x) => x.kind !== 'consequences-of-breach'), change: 'drops consequences of breach' } : null),
  ];
  const dropCostliest = (c: D2rClause[]) => {
    const refrains = c.filter((x) => isRefrain(x.kind));
    if (refrains.length === 0) return null;
    const costOf = (x: D2rClause) => agreementValue(outlook, [x], other).net;
    const costliest = [...refrains].sort((a, b) => costOf(a) - costOf(b))[0]!;
    const rest = c.filter((x) => !sameClause(x, costliest));
    if (rest.some((x) => isRefrain(x.kind))) return { clauses: rest, change: `drops "${CLAUSE_NAMES[costliest.kind]}"` };
    // The last refrain clause: swap it for the cheapest ban on the same perpetrator that still bites (a real, smaller commitment).
    const options = REFRAIN_CLAUSES.map((kind) => ({ kind, ...(costliest.perpetrator ? { perpetrator: costliest.perpetrator } : {}) }))
      .filter((x) => !sameClause(x, costliest) && !avoid(x) && clauseBites(outlook.scenario, outlook.state, outlook.profile, x))
      .sort((a, b) => costOf(b) - costOf(a) || (a.kind < b.kind ? -1 : 1));
    const cheapest = options[0];
    if (!cheapest || costOf(cheapest) <= costOf(costliest)) return null;
    return { clauses: [...rest, cheapest], change: `replaces "${CLAUSE_NAMES[costliest.kind]}" with "${CLAUSE_NAMES[cheapest.kind]}"` };
  };
  const maxSteps = steps.length + REFRAIN_CLAUSES.length;
  for (let i = 0; i < maxSteps; i++) {
    const value = agreementValue(outlook, current, other);
    if (value.net >= threshold) return changes.length > 0 ? { clauses: current, value, changes } : null;
    const step = steps.map((s) => s(current)).find((s) => s !== null) ?? dropCostliest(current);
    if (!step) return null;
    current = step.clauses;
    changes.push(step.change);
  }
  return null;
}

/** What a delegation means to keep doing this round: a form of support to a perpetrator. */
export interface Intention {
  kind: ConductKind;
  perpetrator: string;
}

/**
 * Whether a refrain clause forbids something the delegation means to keep doing: signing it would
 * mean breaching it in the conduct phase of the same round, so it drops the clause or rejects.
 */
export function wouldBreak(clause: D2rClause, intended: readonly Intention[]): boolean {
  const forbids = CLAUSE_FORBIDS[clause.kind] ?? [];
  return intended.some((i) => forbids.includes(i.kind) && (clause.perpetrator === undefined || clause.perpetrator === i.perpetrator));
}

/** Whether the text still binds this delegation to refrain from something it actually does (what a proposer insists on). */
export function stillBites(outlook: Outlook, clauses: readonly D2rClause[]): boolean {
  return clauses.some((c) => isRefrain(c.kind) && clauseBites(outlook.scenario, outlook.state, outlook.profile, c));
}

/** Counter-proposals this state has made on an agreement. */
export function countersBy(agreement: Agreement, code: string): number {
  return agreement.history.filter((h) => h.action === 'counter' && h.state === code).length;
}
