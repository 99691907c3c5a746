import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../test/support/session';
import { loadScenarioText } from './load';
import {
  assemblyDefaultFor,
  councilMembers,
  isScenarioMember,
  regionalGroupOf,
  scenarioJsonSchema,
  scenarioJsonSchemaText,
  scenarioMembership,
  stateName,
} from './membership';
import type { Scenario } from './schema';

const fictional = loadFixture();

describe('the membership of a scenario', () => {
  it('a fictional scenario has all 193 members plus its fictional states', () => {
    const members = scenarioMembership(fictional);
    expect(members).toHaveLength(194);
    expect(members.find((m) => m.code === 'TSY')).toEqual({ code: 'TSY', name: 'Republic of Tessaly', regionalGroup: 'EEG', fictional: true });
  });

  it('a historical scenario has the members of its year (Charter art. 4: admission)', () => {
    const of = (year: number): Scenario => ({ ...fictional, kind: 'historical', year, fictionalStates: [] });
    expect(scenarioMembership(of(1994))).toHaveLength(184);
    expect(isScenarioMember(of(1994), 'SRB')).toBe(false); // the FRY was admitted in 2000 (GA res 55/12)
    expect(isScenarioMember(of(2011), 'SSD')).toBe(true);
    expect(scenarioMembership(of(2011))).toHaveLength(193);
    expect(scenarioMembership(of(2010))).toHaveLength(192);
  });

  it('names and regional groups come from the scenario first, then the UN list', () => {
    expect(stateName(fictional, 'TSY')).toBe('Republic of Tessaly');
    expect(stateName(fictional, 'RUS')).toBe('Russian Federation');
    expect(stateName(fictional, 'XXX')).toBe('XXX');
    expect(regionalGroupOf(fictional, 'KEN')).toBe('African');
    expect(regionalGroupOf(fictional, 'TSY')).toBe('EEG');
    expect(regionalGroupOf(fictional, 'XXX')).toBeNull();
  });

  it('Assembly defaults: the member entry, else its regional group, else the fallback', () => {
    expect(assemblyDefaultFor(fictional, 'TSY')).toBe('no'); // members
    expect(assemblyDefaultFor(fictional, 'BLR')).toBe('no'); // members beats EEG (none) and fallback
    expect(assemblyDefaultFor(fictional, 'FRA')).toBe('yes'); // WEOG
    expect(assemblyDefaultFor(fictional, 'KEN')).toBe('yes'); // African
    expect(assemblyDefaultFor(fictional, 'CHN')).toBe('abstain'); // Asia-Pacific: fallback
  });

  it('Assembly defaults by bloc: a member entry beats its bloc, and its bloc beats its regional group', () => {
    const withBloc: Scenario = {
      ...fictional,
      assemblyDefaults: {
        ...fictional.assemblyDefaults,
        members: { ...fictional.assemblyDefaults.members, PAK: 'yes' },
        blocs: [{ name: 'Organisation of Islamic Cooperation', members: ['IDN', 'PAK', 'SEN'], vote: 'no' }],
      },
    };
    expect(assemblyDefaultFor(withBloc, 'IDN')).toBe('no'); // the bloc, over the fallback (Asia-Pacific has no default)
    expect(assemblyDefaultFor(withBloc, 'SEN')).toBe('no'); // the bloc, over the African group's "yes"
    expect(assemblyDefaultFor(withBloc, 'PAK')).toBe('yes'); // its own entry, over the bloc
    expect(assemblyDefaultFor(withBloc, 'CHN')).toBe('abstain'); // in no bloc: the fallback
  });

  it('the Council is the five permanent and ten elected members', () => {
    expect(councilMembers(fictional)).toEqual(['CHN', 'FRA', 'GBR', 'RUS', 'USA', 'ALB', 'BRA', 'GHA', 'IND', 'IRL', 'JPN', 'KEN', 'MEX', 'NOR', 'ARE']);
  });
});

describe('the scenario JSON Schema', () => {
  it('docs/scenario.schema.json is up to date (run `npm run schema`)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'scenario.schema.json'), 'utf8');
    expect(committed).toBe(scenarioJsonSchemaText());
  });

  it('describes what an author writes: fields with defaults are optional, objects are closed', () => {
    const schema = scenarioJsonSchema() as { required: string[]; additionalProperties: boolean; properties: Record<string, { description?: string }> };
    expect(schema.required).toEqual(
      expect.arrayContaining(['formatVersion', 'id', 'title', 'crisis', 'states', 'council', 'assemblyDefaults', 'evidence', 'roundPlan', 'teachingNotes']),
    );
    expect(schema.required).not.toContain('relationships');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.council!.description).toMatch(/5 permanent, 10 elected/);
  });

  it('a JSON scenario may name the schema with "$schema"', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'marun-crisis.yaml'), 'utf8');
    const yaml = loadScenarioText(text);
    expect(yaml.ok).toBe(true);
    const json = JSON.stringify({ $schema: '../docs/scenario.schema.json', ...(yaml.ok ? yaml.scenario : {}) });
    expect(loadScenarioText(json).ok).toBe(true);
  });
});
