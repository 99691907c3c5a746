import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ScenarioStore } from '../../src/host/scenarios';
import { FACILITATOR_SEAT, SessionService } from '../../src/host/sessions';

/**
 * A delegation must not learn that two others are bargaining from the way the host answers it:
 * an offer between others answers as if there were none, and an offer made under a reference
 * another pair's offer already holds goes through under a free one.
 */
const scenariosDir = join(import.meta.dirname, '..', '..', 'scenarios');
const root = mkdtempSync(join(tmpdir(), 'moot-offer-oracle-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const quiet = () => [];
const refrainFromArms = [{ kind: 'refrain', conduct: 'arms-transfer' }] as const;

describe("another pair's offer, seen from a third delegation", () => {
  it('answers as if there were no such offer, and never refuses an offer for its reference', async () => {
    const service = new SessionService({ scenarios: new ScenarioStore(scenariosDir), sessionsDir: join(root, 's'), send: () => {}, timers: false, policy: quiet, warn: () => {} });
    const { sessionId } = await service.create(
      { scenarioId: 'training-kestria', seed: 3, mode: 'hotseat', humanStates: ['FRA', 'RUS', 'CHN', 'USA'], difficulty: 'realistic', timers: false, facilitatorPin: null },
      'screen',
    );
    while (service.stateOf(sessionId).phase !== 'negotiation') service.submit('screen', sessionId, FACILITATOR_SEAT, { type: 'phase.advance' });
    const between = 'offer-1';
    expect(service.submit('screen', sessionId, 'rus', { type: 'offer.make', offerId: between, to: 'CHN', gives: [...refrainFromArms], asks: [...refrainFromArms] })).toEqual({ ok: true, seq: expect.any(Number) });

    const asFrance = (event: Parameters<SessionService['submit']>[3]) => service.submit('screen', sessionId, 'fra', event);
    const unknown = asFrance({ type: 'offer.answer', offerId: 'offer-9', answer: 'decline', reason: 'No.' });
    expect(unknown.ok).toBe(false);
    expect(asFrance({ type: 'offer.answer', offerId: between, answer: 'decline', reason: 'No.' })).toEqual({ ok: false, reason: (unknown as { reason: string }).reason.replace('offer-9', between) });

    expect(asFrance({ type: 'offer.make', offerId: between, to: 'USA', gives: [...refrainFromArms], asks: [...refrainFromArms] })).toEqual({ ok: true, seq: expect.any(Number) });
    const offers = Object.values(service.stateOf(sessionId).offers);
    expect(offers.map((o) => [o.id, o.from, o.to])).toEqual([
      [between, 'RUS', 'CHN'],
      [`${between}-2`, 'FRA', 'USA'],
    ]);
    service.closeAll();
  });
});
