import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../scenario/load';
import { delegationProfile } from './profile';
import { publicStatement, roleOf } from './speech';
import { delegateRandom } from './rng';

/**
 * Issue 19 item 5: statements checked against the record. The Gulf states backed the Syrian armed
 * opposition and called for action against the government in 2011-2012 (Arab League suspension of
 * Syria, 12 November 2011; its plan put to the Council as S/2012/77); they never asked the Council
 * to respect Syria's sovereignty or opposed "interference".
 */
function syria() {
  const result = loadScenarioText(readFileSync(join(__dirname, '..', '..', '..', 'scenarios', 'syria-2011-2013.yaml'), 'utf8'));
  if (!result.ok) throw new Error('the Syria scenario does not validate');
  return result.scenario;
}

describe('what the Gulf states say on Syria', () => {
  const scenario = syria();
  it.each(['SAU', 'QAT'])('%s speaks against the government, not for its sovereignty, in every variant and at every level of evidence', (code) => {
    const profile = delegationProfile(scenario, code);
    const role = roleOf(scenario, profile);
    expect(role).toBe('champion');
    for (const evidence of ['reports', 'credible', 'manifest'] as const) {
      for (let variant = 0; variant < 8; variant++) {
        const text = publicStatement({ scenario, profile, role, evidence, favoured: ['humanitarian-access'], opposed: [], random: delegateRandom(variant, code, 0, 'statement') });
        expect(text).not.toMatch(/sovereignty|interfere|internal affairs|not established/i);
      }
    }
  });

  it("Russia, the government's patron, still speaks for its sovereignty", () => {
    expect(['patron', 'shield']).toContain(roleOf(scenario, delegationProfile(scenario, 'RUS')));
  });
});
