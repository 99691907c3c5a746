import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factsFromRecord } from '../../src/core/law';
import { loadScenarioText } from '../../src/core/scenario/load';
import type { Scenario } from '../../src/core/scenario/schema';
import { Driver, fixtureConfig } from '../support/session';

function rwanda(): Scenario {
  const result = loadScenarioText(readFileSync(join(import.meta.dirname, '..', '..', 'scenarios', 'rwanda-1994.yaml'), 'utf8'));
  if (!result.ok) throw new Error('rwanda-1994.yaml does not load');
  return result.scenario;
}

const scenario = rwanda();

/** Round 1 of Rwanda 1994, at national conduct: Belgium's battalion of UNAMIR is in the country. */
function atConduct(): Driver {
  const s = new Driver(scenario, fixtureConfig(scenario, 1, ['BEL'])).toPhase('negotiation');
  while (s.state.phase !== 'conduct') s.advance();
  return s;
}

/** On to the conduct phase of the next round. */
function nextRoundConduct(s: Driver): Driver {
  const round = s.state.round;
  while (s.state.round === round || s.state.phase !== 'conduct') s.advance();
  return s;
}

const troopsPresent = (s: Driver, code: string) => factsFromRecord(scenario, s.state).byCode[code]!.relationships.filter((r) => r.kind === 'troops-present');

describe("a contributor's contingent in a peace operation", () => {
  it('Belgium can withdraw its contingent; its presence then ends with that round, in the facts the law engine weighs', () => {
    const stayed = nextRoundConduct(atConduct());
    expect(troopsPresent(stayed, 'BEL').map((r) => r.untilRound)).toEqual([2]);
    const s = atConduct();
    s.do('bel', { type: 'conduct.act', kind: 'contingent-withdrawal', scale: 'substantial' });
    nextRoundConduct(s);
    expect(troopsPresent(s, 'BEL').map((r) => r.untilRound)).toEqual([1]);
    expect(s.reject('bel', { type: 'conduct.act', kind: 'contingent-reinforcement', scale: 'limited' })).toMatch(/Only a state with a contingent in the territory/);
  });

  it('Ghana can reinforce its battalion: presence, which grounds no duty to protect (Behrami)', () => {
    const s = atConduct();
    s.do('gha', { type: 'conduct.act', kind: 'contingent-reinforcement', scale: 'substantial' });
    const facts = factsFromRecord(scenario, s.state).byCode.GHA!;
    expect(facts.presence.map((a) => a.kind)).toEqual(['contingent-reinforcement']);
    nextRoundConduct(s);
    expect(troopsPresent(s, 'GHA').map((r) => r.untilRound)).toEqual([2]);
  });

  it('a state with no troops in the territory has no contingent to reinforce or withdraw', () => {
    const s = atConduct();
    for (const kind of ['contingent-reinforcement', 'contingent-withdrawal'] as const) {
      expect(s.reject('usa', { type: 'conduct.act', kind, scale: 'limited' })).toMatch(/Only a state with a contingent/);
    }
  });
});
