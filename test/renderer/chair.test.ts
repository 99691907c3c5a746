import { describe, expect, it } from 'vitest';
import { applyCommand, viewFor, type SessionEvent } from '../../src/core/session';
import { chairProps } from '../../src/renderer/session/chair-props';
import { Driver, loadFixture } from '../support/session';

const scenario = loadFixture();

/** The Council in round 1, with a private message between France and Kenya that Russia must not read. */
function council(): Driver {
  const s = new Driver(scenario).toPhase('negotiation');
  s.do('fra', { type: 'message.private', to: 'KEN', text: 'Between France and Kenya only.' });
  return s.advance();
}

describe("the facilitator in a delegation's chair", () => {
  it("sees that delegation's own screens: its view and its guards, not the facilitator's", () => {
    const s = council();
    const chair = chairProps(viewFor(scenario, s.state, { seatId: 'chair' }), 'chair', 'rus', () => Promise.resolve({ ok: true }));
    expect(chair.view.viewer).toEqual({ kind: 'seat', seatId: 'rus', state: 'RUS' });
    expect(JSON.stringify(chair.view)).not.toContain('Between France and Kenya only.');
    expect(chair.allowed('draft.table')).toEqual({ allowed: true });
    expect(chair.allowed('vote.close').allowed).toBe(false);
  });

  it('sends every move as the facilitator acting for that delegation, and the record says so', async () => {
    const s = council();
    const sent: { seat: string; event: SessionEvent; actingFor?: string }[] = [];
    const chair = chairProps(viewFor(scenario, s.state, { seatId: 'chair' }), 'chair', 'rus', (seat, event, actingFor) => {
      sent.push({ seat, event, ...(actingFor ? { actingFor } : {}) });
      return Promise.resolve({ ok: true });
    });
    const draft: SessionEvent = { type: 'draft.table', draftId: 'r1', forum: 'council', title: 'Corridors', measures: ['humanitarian-access'], operativeParagraphs: ['Demands access;'], chapter: 'VII' };
    await chair.submit(draft);
    expect(sent).toEqual([{ seat: 'chair', event: draft, actingFor: 'rus' }]);
    const applied = applyCommand(scenario, s.state, { by: sent[0]!.seat, actingFor: sent[0]!.actingFor!, at: '2030-01-01T01:00:00.000Z', event: draft });
    if (!applied.ok) throw new Error(applied.reason);
    expect(applied.state.drafts['r1']!.sponsors).toEqual(['RUS']);
    expect(applied.state.facilitatorActions.at(-1)).toMatchObject({ action: 'draft.table', actingFor: 'rus' });
  });
});
