import { assemblyDefaultFor, isCouncilMember, isPermanentMember, regionalGroupOf, stateName } from '../scenario/membership';
import type { Perpetrator, RegionalGroup, Relationship, Scenario } from '../scenario/schema';
import { measure as measureSchema, type Measure } from '../shared/vocabulary';
import { readBrief, type BriefReading } from './brief-reading';
import { proseName } from './wording';
import {
  ALLY_PRESSURE,
  ARMED_GROUP_STAKE_WEIGHT,
  ASSEMBLY_DEFAULT_ALIGNMENT,
  OTHER_REGION_SOLIDARITY,
  PROFILE_DEFAULTS,
  RELATIONSHIP_ALIGNMENT,
  RELATIONSHIP_TIES,
} from './decision-weights';
import { ownEntry } from '../session/lookup';

/**
 * A delegation's interests as the AI weighs them: from its scenario `ai` profile where the
 * author gave one, otherwise derived from the scenario (relationships, Assembly default position,
 * regional group) or the documented defaults. Each value remembers where it came from, so a coach
 * note can say "alignment 0.6 (from its brief)" or "(derived: arms supplier)".
 */

export type Provenance = 'profile' | 'relationships' | 'assembly default' | 'territorial state' | 'default';

export interface Interest {
  value: number;
  source: Provenance;
}

export interface DelegationProfile {
  code: string;
  /** Its name as it reads mid-sentence ("the United States"); texts are capitalized when sent. */
  name: string;
  regionalGroup: RegionalGroup | null;
  permanent: boolean;
  councilMember: boolean;
  /** The territorial state of the crisis. */
  territorial: boolean;
  /** Whether the scenario gives this state a full brief. */
  briefed: boolean;
  /** -1..1 per perpetrator id. */
  alignment: Record<string, Interest>;
  economicTies: Interest;
  securityTies: Interest;
  humanitarianPriority: Interest;
  reputationSensitivity: Interest;
  /** Regional solidarity as felt towards the territorial state (full within its regional group). */
  regionalSolidarity: Interest;
  domesticConstraints: Interest;
  /** Measures it will never let pass (the `ai.vetoes` list: red lines in policy form). */
  redLineMeasures: Measure[];
  brief: BriefReading;
  /** Relationships from this state (to perpetrators or states), all rounds. */
  relationships: Relationship[];
}

const profileCache = new WeakMap<Scenario, Map<string, DelegationProfile>>();

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** Whether a relationship points at a perpetrator: its id, or the state whose organ the perpetrator is. */
export function relationshipConcerns(relationship: Relationship, perpetrator: Perpetrator): boolean {
  return relationship.to === perpetrator.id || (perpetrator.state !== undefined && relationship.to === perpetrator.state);
}

function derivedAlignment(scenario: Scenario, code: string, perpetrator: Perpetrator, relationships: Relationship[]): Interest {
  if (perpetrator.state === code) return { value: 1, source: 'territorial state' };
  const fromRelationships = relationships
    .filter((r) => relationshipConcerns(r, perpetrator))
    .reduce((sum, r) => sum + (RELATIONSHIP_ALIGNMENT[r.kind] ?? 0), 0);
  if (fromRelationships !== 0) return { value: clamp(fromRelationships, -1, 1), source: 'relationships' };
  if (perpetrator.kind === 'government') {
    const shift = ASSEMBLY_DEFAULT_ALIGNMENT[assemblyDefaultFor(scenario, code)];
    if (shift !== 0) return { value: shift, source: 'assembly default' };
  } else {
    // An armed group has no friends in the Assembly by default: as wary as of the government, at most.
    const shift = ASSEMBLY_DEFAULT_ALIGNMENT[assemblyDefaultFor(scenario, code)];
    if (shift < 0) return { value: shift, source: 'assembly default' };
  }
  return { value: 0, source: 'default' };
}

function derivedTies(relationships: Relationship[]): { economic: number; security: number } {
  let economic = 0;
  let security = 0;
  for (const r of relationships) {
    if (r.kind === 'arms-supplier') economic = Math.max(economic, RELATIONSHIP_TIES.armsSupplierEconomic);
    if (r.kind === 'substantial-support') {
      if (r.supportKinds.includes('economic') || r.supportKinds.includes('financial')) economic = Math.max(economic, RELATIONSHIP_TIES.supportEconomic);
      if (r.supportKinds.includes('military')) security = Math.max(security, RELATIONSHIP_TIES.supportSecurity);
    }
    if (r.kind === 'agency') security = Math.max(security, RELATIONSHIP_TIES.agencySecurity);
    if (r.kind === 'political-links') security = Math.max(security, RELATIONSHIP_TIES.politicalSecurity);
    if (r.kind === 'proximity') economic = Math.max(economic, RELATIONSHIP_TIES.proximityEconomic);
  }
  return { economic, security };
}

function interest(given: number | undefined, derived: number, fallback: number): Interest {
  if (given !== undefined) return { value: given, source: 'profile' };
  if (derived > 0) return { value: derived, source: 'relationships' };
  return { value: fallback, source: 'default' };
}

function buildProfile(scenario: Scenario, code: string): DelegationProfile {
  const entry = scenario.states.find((s) => s.code === code);
  const ai = entry?.ai;
  const relationships = scenario.relationships.filter((r) => r.from === code);
  const alignment: Record<string, Interest> = {};
  for (const p of scenario.crisis.perpetrators) {
    const given = ai ? ownEntry(ai.alignment, p.id) : undefined;
    alignment[p.id] = given !== undefined ? { value: given, source: 'profile' } : derivedAlignment(scenario, code, p, relationships);
  }
  const ties = derivedTies(relationships);
  const group = regionalGroupOf(scenario, code);
  const territorialGroup = regionalGroupOf(scenario, scenario.crisis.territorialState);
  const solidarity = interest(ai?.regionalSolidarity, 0, PROFILE_DEFAULTS.regionalSolidarity);
  const sameRegion = group !== null && group === territorialGroup;
  const brief = readBrief(scenario, code, entry?.brief);
  const vetoList = (ai?.vetoes ?? []).filter((m): m is Measure => measureSchema.safeParse(m).success);
  return {
    code,
    name: proseName(stateName(scenario, code)),
    regionalGroup: group,
    permanent: isPermanentMember(scenario, code),
    councilMember: isCouncilMember(scenario, code),
    territorial: code === scenario.crisis.territorialState,
    briefed: entry?.brief !== undefined,
    alignment,
    economicTies: interest(ai?.economicTies, ties.economic, PROFILE_DEFAULTS.economicTies),
    securityTies: interest(ai?.securityTies, ties.security, PROFILE_DEFAULTS.securityTies),
    humanitarianPriority: interest(ai?.humanitarianPriority, 0, PROFILE_DEFAULTS.humanitarianPriority),
    reputationSensitivity: interest(ai?.reputationSensitivity, 0, PROFILE_DEFAULTS.reputationSensitivity),
    regionalSolidarity: { value: sameRegion ? solidarity.value : solidarity.value * OTHER_REGION_SOLIDARITY, source: solidarity.source },
    domesticConstraints: interest(ai?.domesticConstraints, 0, PROFILE_DEFAULTS.domesticConstraints),
    redLineMeasures: vetoList,
    brief,
    relationships,
  };
}

/** The delegation's profile in this scenario (cached per scenario object). */
export function delegationProfile(scenario: Scenario, code: string): DelegationProfile {
  let byState = profileCache.get(scenario);
  if (!byState) {
    byState = new Map();
    profileCache.set(scenario, byState);
  }
  let profile = byState.get(code);
  if (!profile) {
    profile = buildProfile(scenario, code);
    byState.set(code, profile);
  }
  return profile;
}

/** The perpetrator a delegation's stake is largest in, and that stake (armed groups weigh less: the Council addresses governments). */
export function mainStake(scenario: Scenario, profile: DelegationProfile): { perpetrator: Perpetrator; stake: number } {
  let best: { perpetrator: Perpetrator; stake: number } | null = null;
  for (const p of scenario.crisis.perpetrators) {
    const weight = p.kind === 'government' ? 1 : ARMED_GROUP_STAKE_WEIGHT;
    const stake = (ownEntry(profile.alignment, p.id)?.value ?? 0) * weight;
    if (!best || stake > best.stake) best = { perpetrator: p, stake };
  }
  return { perpetrator: best!.perpetrator, stake: Math.max(0, best!.stake) };
}

/** The perpetrator the Council's drafts are chiefly about: the government, else the first listed. */
export function principalPerpetrator(scenario: Scenario): Perpetrator {
  return scenario.crisis.perpetrators.find((p) => p.kind === 'government') ?? scenario.crisis.perpetrators[0]!;
}

const affinityCache = new WeakMap<Scenario, Map<string, number>>();

/**
 * How close two delegations are, 0..1: a named ally in either brief counts as close; otherwise
 * like-minded states of one regional group (same side of the crisis, stakes within a third).
 */
export function affinity(scenario: Scenario, a: DelegationProfile, b: DelegationProfile): number {
  let cache = affinityCache.get(scenario);
  if (!cache) {
    cache = new Map();
    affinityCache.set(scenario, cache);
  }
  const key = `${a.code}~${b.code}`;
  let value = cache.get(key);
  if (value === undefined) {
    value = computeAffinity(scenario, a, b);
    cache.set(key, value);
  }
  return value;
}

function computeAffinity(scenario: Scenario, a: DelegationProfile, b: DelegationProfile): number {
  if (a.brief.allies.includes(b.code) || b.brief.allies.includes(a.code)) return ALLY_PRESSURE.namedAllyAffinity;
  const principal = principalPerpetrator(scenario).id;
  const x = ownEntry(a.alignment, principal)?.value ?? 0;
  const y = ownEntry(b.alignment, principal)?.value ?? 0;
  const likeMinded = Math.sign(x) === Math.sign(y) && Math.abs(x - y) <= ALLY_PRESSURE.likeMindedGap;
  return likeMinded && a.regionalGroup === b.regionalGroup ? ALLY_PRESSURE.likeMindedAffinity : 0;
}
