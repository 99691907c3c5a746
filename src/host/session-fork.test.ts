import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SessionComparisonResult } from '../core/protocol/session-messages';
import { readSessionFile } from './journal';
import { ScenarioStore } from './scenarios';
import { FACILITATOR_SEAT, SessionService } from './sessions';

const root = mkdtempSync(join(tmpdir(), 'moot-fork-host-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const service = new SessionService({
  scenarios: new ScenarioStore(join(import.meta.dirname, '..', '..', 'scenarios')),
  sessionsDir: root,
  send: () => {},
  timers: false,
  warn: () => {},
  policy: () => [],
});
afterAll(() => service.closeAll());

/** The facilitator moves every phase on (France doing `inConduct` in each national conduct), then delivers. */
function playToDebrief(id: string, inConduct: (() => void) | null = null): void {
  while (service.stateOf(id).phase !== 'adjudication') {
    if (service.stateOf(id).phase === 'conduct') inConduct?.();
    const r = service.submit('c1', id, FACILITATOR_SEAT, { type: 'phase.advance' });
    if (!r.ok) throw new Error(r.reason);
  }
  const delivered = service.submit('c1', id, FACILITATOR_SEAT, { type: 'judgment.deliver' });
  if (!delivered.ok) throw new Error(delivered.reason);
}

describe('playing a session again from a round, in the app', () => {
  it('forks a finished solo game at round 1, opens it, and compares the judgments once the fork has one', async () => {
    const original = await service.create({ scenarioId: 'training-kestria', seed: 5, mode: 'solo', humanStates: ['FRA'], difficulty: 'realistic', timers: false }, 'c1');
    playToDebrief(original.sessionId);

    const fork = await service.fork(original.sessionId, 1, 'c1');
    expect(fork.sessionId).not.toBe(original.sessionId);
    const file = readSessionFile(fork.file!);
    expect((file.header as { forkedFrom?: unknown }).forkedFrom).toEqual({ session: basename(original.file!), round: 1, entriesKept: expect.any(Number) });
    expect(service.stateOf(fork.sessionId).phase).toBe('briefing');
    // Not before the fork's judgment is delivered, for France's seat.
    expect(() => service.compare('c1', fork.sessionId, 'fra')).toThrow('The comparison is shown once both judgments are public: when the court has delivered them.');

    // France plays differently: it sends arms to the Republican Guard in every round.
    playToDebrief(fork.sessionId, () => {
      const r = service.submit('c1', fork.sessionId, 'fra', { type: 'conduct.act', kind: 'arms-transfer', target: 'republican-guard', scale: 'substantial' });
      if (!r.ok && !/already/.test(r.reason)) throw new Error(r.reason);
    });
    const compared: SessionComparisonResult = service.compare('c1', fork.sessionId, 'fra');
    expect(compared.before).toBe(basename(original.file!));
    expect(compared.round).toBe(1);
    const france = compared.comparison.exposures.find((e) => e.state === 'FRA')!;
    expect(france.after!.exposure).toBeGreaterThan(france.before?.exposure ?? 0);
    expect(compared.comparison.findings.some((f) => f.state === 'FRA')).toBe(true);
    // The original is not a fork: nothing to compare it with.
    expect(() => service.compare('c1', original.sessionId, 'fra')).toThrow(/was not played again from another/);
  }, 120_000);
});
