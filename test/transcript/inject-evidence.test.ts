import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aiDelegatePolicy } from '../../src/core/ai';
import { adjudicate } from '../../src/core/law';
import { loadScenarioText } from '../../src/core/scenario/load';
import { runSession } from '../../src/core/session/driver';
import { transcriptFor } from '../../src/core/transcript';

/**
 * When an inject raised the public evidence, the judgment cites the inject (`scenario:injects[i]`),
 * and the debrief transcript says what the inject reported, not a bare path.
 */
describe('evidence raised by an inject, in the transcript', () => {
  const loaded = loadScenarioText(readFileSync(join(__dirname, '..', '..', 'scenarios', 'ituri-1999-2003.yaml'), 'utf8'));
  if (!loaded.ok) throw new Error('ituri-1999-2003.yaml does not validate');
  const scenario = loaded.scenario;
  const { state } = runSession(scenario, { seed: 3, policy: aiDelegatePolicy });
  const report = adjudicate(scenario, state);

  it('names the inject and what it reported wherever a finding rests on it', () => {
    const cited = report.states.flatMap((s) => s.findings.flatMap((f) => f.evidence)).filter((ref) => ref.startsWith('scenario:injects['));
    expect(cited.length).toBeGreaterThan(0);
    const transcript = transcriptFor(scenario, state, 'facilitator', report);
    const described = JSON.stringify(transcript);
    for (const ref of new Set(cited)) {
      const inject = scenario.injects[Number(/\[(\d+)\]/.exec(ref)![1])]!;
      expect(described).toContain(`${inject.title}.`);
    }
    expect(described).not.toContain('Scenario fact: injects[');
  });
});
