import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adjudicate } from '../src/core/law';
import { ScenarioStore } from '../src/host/scenarios';
import { FACILITATOR_SEAT, SessionService } from '../src/host/sessions';

const root = mkdtempSync(join(tmpdir(), 'moot-report-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('session.report', () => {
  it('gives the facilitator the provisional judgment, and every seat the judgment once delivered', async () => {
    const service = new SessionService({
      scenarios: new ScenarioStore(join(import.meta.dirname, '..', 'scenarios')),
      sessionsDir: root,
      send: () => undefined,
      timers: false,
    });
    const { sessionId } = await service.create({ scenarioId: 'training-kestria', seed: 41, mode: 'solo', humanStates: ['FRA'], difficulty: 'realistic', timers: false }, 'c1');
    expect(service.report('c1', sessionId, FACILITATOR_SEAT).states.length).toBeGreaterThan(0);
    expect(() => service.report('c1', sessionId, 'fra')).toThrow(/not public until the court delivers it/);
    expect(service.submit('c1', sessionId, FACILITATOR_SEAT, { type: 'session.end' }).ok).toBe(true);
    expect(service.submit('c1', sessionId, FACILITATOR_SEAT, { type: 'judgment.deliver' }).ok).toBe(true);
    const report = service.report('c1', sessionId, 'fra');
    expect(report).toEqual(adjudicate(service.scenarioOf(sessionId), service.stateOf(sessionId), { trace: false }));
    service.closeAll();
  });
});
