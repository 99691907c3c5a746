import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adjudicate, whatIfFor } from '../src/core/law';
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

describe('session.whatIf', () => {
  it('answers a repeated question from the same record without searching again, and searches afresh once the record grows', async () => {
    const service = new SessionService({
      scenarios: new ScenarioStore(join(import.meta.dirname, '..', 'scenarios')),
      sessionsDir: root,
      send: () => undefined,
      timers: false,
    });
    const { sessionId } = await service.create({ scenarioId: 'training-kestria', seed: 41, mode: 'solo', humanStates: ['FRA'], difficulty: 'realistic', timers: false }, 'c1');
    const first = service.whatIf('c1', sessionId, FACILITATOR_SEAT, 'FRA');
    expect(service.whatIf('c1', sessionId, FACILITATOR_SEAT, 'FRA')).toBe(first);
    expect(service.submit('c1', sessionId, FACILITATOR_SEAT, { type: 'session.end' }).ok).toBe(true);
    const afterEnd = service.whatIf('c1', sessionId, FACILITATOR_SEAT, 'FRA');
    expect(afterEnd).not.toBe(first);
    expect(afterEnd).toEqual(whatIfFor(service.scenarioOf(sessionId), service.stateOf(sessionId), { seatId: FACILITATOR_SEAT }, 'FRA'));
    service.closeAll();
  });
});
