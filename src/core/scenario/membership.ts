import { z } from 'zod';
import { scenarioSchema, type AssemblyVote, type RegionalGroup, type Scenario } from './schema';
import { membersInYear, UN_MEMBER_BY_CODE, UN_MEMBERS } from './un-members';

/** A Member State of the United Nations as the scenario sees it (real or fictional). */
export interface ScenarioMember {
  code: string;
  name: string;
  regionalGroup: RegionalGroup;
  fictional: boolean;
}

/** What the membership is read from: a scenario, or what a seat's view shows of one. */
export type MembershipSource = Pick<Scenario, 'kind' | 'year' | 'states' | 'fictionalStates'>;

const membershipCache = new WeakMap<MembershipSource, readonly ScenarioMember[]>();

/**
 * The membership of the General Assembly in the scenario (Charter art. 9(1): the Assembly
 * consists of all the Members). A historical scenario with a year uses the members of that
 * year; otherwise all 193 present members. Fictional states join the membership.
 */
export function scenarioMembership(scenario: MembershipSource): readonly ScenarioMember[] {
  const cached = membershipCache.get(scenario);
  if (cached) return cached;
  const real = scenario.kind === 'historical' && scenario.year !== undefined ? membersInYear(scenario.year) : UN_MEMBERS;
  const overrides = new Map(scenario.states.map((s) => [s.code, s.name]));
  const members: ScenarioMember[] = real.map((m) => ({
    code: m.code,
    name: overrides.get(m.code) ?? m.name,
    regionalGroup: m.regionalGroup,
    fictional: false,
  }));
  for (const f of scenario.fictionalStates) {
    members.push({ code: f.code, name: overrides.get(f.code) ?? f.name, regionalGroup: f.regionalGroup, fictional: true });
  }
  const frozen = Object.freeze(members);
  membershipCache.set(scenario, frozen);
  return frozen;
}

export function membershipCodes(scenario: Scenario): readonly string[] {
  return scenarioMembership(scenario).map((m) => m.code);
}

export function isScenarioMember(scenario: Scenario, code: string): boolean {
  return scenarioMembership(scenario).some((m) => m.code === code);
}

/** A state's display name: the scenario's override, the fictional name, the UN name, or the code. */
export function stateName(scenario: Scenario, code: string): string {
  const entry = scenario.states.find((s) => s.code === code);
  if (entry?.name) return entry.name;
  const fictional = scenario.fictionalStates.find((s) => s.code === code);
  if (fictional) return fictional.name;
  return UN_MEMBER_BY_CODE.get(code)?.name ?? code;
}

export function regionalGroupOf(scenario: Scenario, code: string): RegionalGroup | null {
  const fictional = scenario.fictionalStates.find((s) => s.code === code);
  if (fictional) return fictional.regionalGroup;
  return UN_MEMBER_BY_CODE.get(code)?.regionalGroup ?? null;
}

/** Any state the scenario knows: a UN member or one of its fictional states. */
export function isKnownState(scenario: Scenario, code: string): boolean {
  return UN_MEMBER_BY_CODE.has(code) || scenario.fictionalStates.some((s) => s.code === code);
}

/**
 * How a member not represented by a seat votes in the Assembly: its own entry, else its bloc's
 * (a state is in at most one bloc: `moot-council validate` checks it), else its regional group's,
 * else the scenario's fallback.
 */
export function assemblyDefaultFor(scenario: Scenario, code: string): AssemblyVote {
  const own = scenario.assemblyDefaults.members[code];
  if (own) return own;
  const bloc = scenario.assemblyDefaults.blocs.find((b) => b.members.includes(code));
  if (bloc) return bloc.vote;
  const group = regionalGroupOf(scenario, code);
  const byGroup = group ? scenario.assemblyDefaults.byGroup[group] : undefined;
  return byGroup ?? scenario.assemblyDefaults.fallback;
}

export function councilMembers(scenario: Scenario): string[] {
  return [...scenario.council.permanent, ...scenario.council.elected];
}

export function isCouncilMember(scenario: Scenario, code: string): boolean {
  return scenario.council.permanent.includes(code) || scenario.council.elected.includes(code);
}

export function isPermanentMember(scenario: Scenario, code: string): boolean {
  return scenario.council.permanent.includes(code);
}

export const SCENARIO_SCHEMA_ID = 'https://moot-council.invalid/schema/scenario.schema.json';

/** Editor tooltips for the top-level fields (the full reference is docs/scenario-format.md). */
const FIELD_DESCRIPTIONS: Record<string, string> = {
  formatVersion: 'Version of the scenario format: 1.',
  id: 'Lower-case identifier of the scenario (letters, digits, dashes).',
  title: 'Title shown in the scenario list.',
  summary: 'One or two sentences describing the crisis.',
  kind: 'historical (membership of its year) or fictional (all 193 members).',
  year: 'For a historical scenario: the year whose UN membership votes in the Assembly.',
  crisis: 'The territorial state, the at-risk population, the atrocity types and the perpetrators.',
  fictionalStates: 'States that exist only in this scenario; they join the membership.',
  states: 'States with a brief (interests, red lines, objectives) and an optional AI profile.',
  council: 'Security Council composition: 5 permanent, 10 elected members; parties to the dispute.',
  assemblyDefaults: 'How members no seat represents vote in the General Assembly: own entry, bloc, regional group, fallback.',
  relationships: 'Ties between states and perpetrators (agency, support, arms, authority, ...), by round.',
  treaties: 'Treaty participation (e.g. the Genocide Convention).',
  evidence: 'How apparent the atrocities are to the world, round by round (none, reports, credible, manifest).',
  intelligence: 'Evidence given to particular states from a round on.',
  injects: 'Crisis events: scheduled (fire at a round) or optional (fired by the facilitator).',
  roundPlan: 'Number of rounds, phase timers in seconds, and what a missed deadline means.',
  teachingNotes: 'Objectives, discussion questions and expected findings for the instructor.',
};

/**
 * JSON Schema of the scenario format for editors (docs/scenario-format.md). It describes what an
 * author writes (zod "input" side: fields with defaults are optional). Cross-reference checks
 * (every id referenced exists) are beyond JSON Schema: `moot-council validate` does them.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema.properties as Record<string, Record<string, unknown>>)) {
    properties[key] = FIELD_DESCRIPTIONS[key] ? { description: FIELD_DESCRIPTIONS[key], ...value } : value;
  }
  // Lets a JSON scenario name its schema ("$schema": "...") without failing strict validation.
  properties.$schema = { type: 'string', description: 'Path or URL of this JSON Schema (for editors).' };
  return {
    $schema: schema.$schema,
    $id: SCENARIO_SCHEMA_ID,
    title: 'Moot Council scenario',
    description: 'One crisis for Moot Council. Documented in docs/scenario-format.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
    properties,
  };
}

/** The committed file's exact text (docs/scenario.schema.json). */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

/**
 * A state's name as running text needs it: "the United States", "the Democratic Republic of the
 * Congo", but "France". Names the UN itself gives with the article (the Sudan, the Niger) keep it.
 */
const NAMES_WITH_ARTICLE = /^(United |Russian Federation|Democratic |Republic |Islamic Republic|Federal |Kingdom |Central African|Czech Republic|Dominican Republic|Netherlands|Philippines|Bahamas|Comoros|Gambia|Holy See|Lao People|Syrian Arab|Plurinational|Bolivarian|Marshall Islands|Solomon Islands|Maldives|Sudan|Niger$|Congo$)/;

export function stateWithArticle(name: string): string {
  return NAMES_WITH_ARTICLE.test(name) ? `the ${name}` : name;
}
