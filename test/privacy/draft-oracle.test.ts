import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ScenarioStore } from '../../src/host/scenarios';
import { FACILITATOR_SEAT, SessionService } from '../../src/host/sessions';
import { freeDraftId } from '../../src/core/session/drafts';

/**
 * A zero draft circulates only among the Council's members. A state outside the Council must not
 * learn that one was circulated from the way the host answers it when it circulates or tables a
 * draft under the same (predictable) id: it gets the answer it would get for a free id.
 */
const scenariosDir = join(import.meta.dirname, '..', '..', 'scenarios');
const root = mkdtempSync(join(tmpdir(), 'moot-draft-oracle-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const quiet = () => [];
const text = { title: 'Zero draft on Kestria', measures: ['condemnation' as const], operativeParagraphs: ['Condemns the clearing of the Tarn highlands.'], chapter: 'VI' as const };

describe("a Council member's zero draft, seen from a state outside the Council", () => {
  it('answers Ombara as if the id were free, whether it circulates or tables under it', async () => {
    const service = new SessionService({ scenarios: new ScenarioStore(scenariosDir), sessionsDir: join(root, 's'), send: () => {}, timers: false, policy: quiet, warn: () => {} });
    const { sessionId } = await service.create(
      { scenarioId: 'training-kestria', seed: 3, mode: 'hotseat', humanStates: ['RUS', 'OMB'], difficulty: 'realistic', timers: false, facilitatorPin: null },
      'screen',
    );
    const advanceTo = (phase: string) => {
      while (service.stateOf(sessionId).phase !== phase) service.submit('screen', sessionId, FACILITATOR_SEAT, { type: 'phase.advance' });
    };
    advanceTo('negotiation');
    const taken = 'zero-draft-on-kestria-r1';
    expect(service.submit('screen', sessionId, 'rus', { type: 'draft.circulate', draftId: taken, ...text, preamble: [] })).toEqual({ ok: true, seq: expect.any(Number) });

    const asOmbara = (event: Parameters<SessionService['submit']>[3]) => service.submit('screen', sessionId, 'omb', event);
    const circulateFree = asOmbara({ type: 'draft.circulate', draftId: 'never-used-r1', ...text, preamble: [] });
    expect(circulateFree.ok).toBe(false);
    expect(asOmbara({ type: 'draft.circulate', draftId: taken, ...text, preamble: [] })).toEqual(circulateFree);

    advanceTo('council');
    const tableFree = asOmbara({ type: 'draft.table', draftId: 'never-used-r1', forum: 'council', ...text });
    expect(tableFree.ok).toBe(false);
    expect(asOmbara({ type: 'draft.table', draftId: taken, forum: 'council', ...text })).toEqual(tableFree);
    expect(Object.keys(service.stateOf(sessionId).drafts)).toEqual([taken]);
    // In the emergency special session Ombara may table an Assembly draft: under a taken id it goes through under a free one.
    expect(freeDraftId(service.stateOf(sessionId), taken, 'OMB')).toBe(`${taken}-2`);
    expect(freeDraftId(service.stateOf(sessionId), taken, 'RUS')).toBe(taken);
    service.closeAll();
  });
});
