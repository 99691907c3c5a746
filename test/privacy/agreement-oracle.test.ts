import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ScenarioStore } from '../../src/host/scenarios';
import { FACILITATOR_SEAT, SessionService } from '../../src/host/sessions';

/**
 * A delegation must not learn that two others are negotiating a D2R agreement from the way the
 * host answers it: an unsigned agreement it is not party to answers as if there were none, and a
 * proposal under an id another negotiation already uses goes through under a free id.
 */
const scenariosDir = join(import.meta.dirname, '..', '..', 'scenarios');
const root = mkdtempSync(join(tmpdir(), 'moot-oracle-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** AI seats that make no move: only the delegations of the test act. */
const quiet = () => [];

describe("another pair's negotiation, seen from a third delegation", () => {
  it('answers as if there were no such agreement, and never refuses a proposal for its id', async () => {
    const service = new SessionService({ scenarios: new ScenarioStore(scenariosDir), sessionsDir: join(root, 's'), send: () => {}, timers: false, policy: quiet, warn: () => {} });
    const { sessionId } = await service.create(
      { scenarioId: 'training-kestria', seed: 3, mode: 'hotseat', humanStates: ['FRA', 'RUS', 'CHN', 'USA'], difficulty: 'realistic', timers: false, facilitatorPin: null },
      'screen',
    );
    while (service.stateOf(sessionId).phase !== 'negotiation') service.submit('screen', sessionId, FACILITATOR_SEAT, { type: 'phase.advance' });
    const between = 'd2r-rus-chn-1';
    expect(service.submit('screen', sessionId, 'rus', { type: 'd2r.propose', agreementId: between, to: 'CHN', clauses: [{ kind: 'no-arms-transfers' }] })).toEqual({ ok: true, seq: expect.any(Number) });

    const asFrance = (event: Parameters<SessionService['submit']>[3]) => service.submit('screen', sessionId, 'fra', event);
    const none = { ok: false, reason: `There is no agreement called "${between}".` };
    expect(asFrance({ type: 'd2r.withdraw', agreementId: between })).toEqual(none);
    expect(asFrance({ type: 'd2r.sign', agreementId: between })).toEqual(none);
    expect(asFrance({ type: 'd2r.reject', agreementId: between })).toEqual(none);
    expect(asFrance({ type: 'd2r.withdraw', agreementId: 'd2r-rus-chn-2' })).toEqual({ ok: false, reason: 'There is no agreement called "d2r-rus-chn-2".' });

    expect(asFrance({ type: 'd2r.propose', agreementId: between, to: 'USA', clauses: [{ kind: 'no-arms-transfers' }] })).toEqual({ ok: true, seq: expect.any(Number) });
    const agreements = Object.values(service.stateOf(sessionId).agreements);
    expect(agreements.map((a) => [a.id, a.parties])).toEqual([
      [between, ['RUS', 'CHN']],
      ['d2r-fra-usa-1', ['FRA', 'USA']],
    ]);
    service.closeAll();
  });
});
