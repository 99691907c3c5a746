import { scenarioMembership, type MembershipSource } from './membership';
import type { RegionalGroup, Scenario } from './schema';

/**
 * The standing groups of states that talk among themselves at the United Nations: the permanent
 * members of the Security Council (the "P5", who consult before the Council's meetings) and the
 * five regional groups of the General Assembly (GA res. 1991 (XVIII) and 33/138). Each has a
 * group channel in a session; its members are fixed by the scenario.
 */
export interface StandingGroup {
  id: string;
  kind: 'permanent-five' | 'regional';
  title: string;
  members: readonly string[];
}

export const PERMANENT_FIVE_GROUP = 'permanent-five';

const REGIONAL_TITLES: Record<RegionalGroup, string> = {
  African: 'African Group',
  'Asia-Pacific': 'Asia-Pacific Group',
  EEG: 'Eastern European Group',
  GRULAC: 'Latin American and Caribbean Group',
  WEOG: 'Western European and Others Group',
  Other: 'States outside the regional groups',
};

/** What the standing groups are read from: a scenario, or what a seat's view shows of one. */
type GroupSource = MembershipSource & Pick<Scenario, 'council'>;

const cache = new WeakMap<GroupSource, readonly StandingGroup[]>();

export function regionalGroupId(group: RegionalGroup): string {
  return `region-${group.toLowerCase()}`;
}

/** The scenario's standing groups: the permanent five, then each regional group with a member in the scenario. */
export function standingGroups(scenario: GroupSource): readonly StandingGroup[] {
  const cached = cache.get(scenario);
  if (cached) return cached;
  const groups: StandingGroup[] = [{ id: PERMANENT_FIVE_GROUP, kind: 'permanent-five', title: 'Permanent five', members: [...scenario.council.permanent] }];
  for (const region of Object.keys(REGIONAL_TITLES) as RegionalGroup[]) {
    const members = scenarioMembership(scenario).filter((m) => m.regionalGroup === region).map((m) => m.code);
    if (members.length > 0) groups.push({ id: regionalGroupId(region), kind: 'regional', title: REGIONAL_TITLES[region], members });
  }
  const frozen = Object.freeze(groups);
  cache.set(scenario, frozen);
  return frozen;
}

export function standingGroup(scenario: GroupSource, id: string): StandingGroup | undefined {
  return standingGroups(scenario).find((g) => g.id === id);
}

/** The standing groups `state` belongs to. */
export function standingGroupsOf(scenario: GroupSource, state: string): StandingGroup[] {
  return standingGroups(scenario).filter((g) => g.members.includes(state));
}
