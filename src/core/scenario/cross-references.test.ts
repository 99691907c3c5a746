import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../../../test/support/session';
import { validateScenario } from './load';

const fixture = () =>
  parse(readFileSync(join(FIXTURE_DIR, 'marun-crisis.yaml'), 'utf8')) as {
    fictionalStates: { code: string; name: string }[];
  };

describe('scenario cross-references', () => {
  it('refuse a fictional state code given twice, naming the field', () => {
    const data = fixture();
    const [first] = data.fictionalStates;
    data.fictionalStates.push({ ...first!, name: `${first!.name} (again)` });
    const result = validateScenario(data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContainEqual({
        path: `fictionalStates[${data.fictionalStates.length - 1}].code`,
        message: `duplicate fictional state "${first!.code}": each fictional state has its own code`,
      });
    }
  });

  it('refuse a state in two Assembly blocs, naming the bloc it is already in', () => {
    const data = fixture() as ReturnType<typeof fixture> & { assemblyDefaults: Record<string, unknown> };
    data.assemblyDefaults.blocs = [
      { name: 'European Union', members: ['FRA', 'IRL'], vote: 'yes' },
      { name: 'Nordic group', members: ['NOR', 'IRL'], vote: 'abstain' },
    ];
    const result = validateScenario(data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        { path: 'assemblyDefaults.blocs[1].members[1]', message: '"IRL" is already in the bloc "European Union": a state votes with one bloc' },
      ]);
    }
  });

  it('refuse support said to hold before the crisis that starts in a later round', () => {
    const data = fixture() as ReturnType<typeof fixture> & { relationships: Record<string, unknown>[] };
    data.relationships[0] = { ...data.relationships[0], beforeCrisis: true, fromRound: 2 };
    const result = validateScenario(data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        { path: 'relationships[0].beforeCrisis', message: 'a tie that held before the crisis holds from round 1: drop fromRound or beforeCrisis' },
      ]);
    }
  });

  it('accept the fixture as it is', () => {
    expect(validateScenario(fixture()).ok).toBe(true);
  });
});
