import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runRandomSession, type Pick } from '../../../test/support/random-session';
import { Driver, fixtureConfig, loadFixture } from '../../../test/support/session';
import { applyPatch, diffJson } from '../shared/json-patch';
import type { SessionState } from './state';
import { IncrementalView } from './view-cache';
import { viewFor, type SessionView, type Viewer } from './view';

const scenario = loadFixture();
const config = fixtureConfig(scenario, 7, ['SRB']);
const viewers: Viewer[] = [...config.seats.map((s) => ({ seatId: s.id })), 'projector', 'facilitator'];
const picks = fc.array(fc.tuple(fc.noBias(fc.nat()), fc.noBias(fc.nat()), fc.noBias(fc.nat()), fc.noBias(fc.nat())) as fc.Arbitrary<Pick>, { minLength: 60, maxLength: 250, size: 'large' });

/**
 * Every viewer's incremental view, checked against viewFor (as JSON, key order included, at every
 * step; member by member at the end) and against the patch from its previous view.
 */
function followEveryViewer() {
  const followed = viewers.map((viewer) => ({ viewer, incremental: new IncrementalView(scenario, viewer), previous: null as SessionView | null }));
  let last: SessionState | null = null;
  return {
    step(state: SessionState) {
      last = state;
      for (const f of followed) {
        const view = f.incremental.viewOf(state);
        const expected = JSON.stringify(viewFor(scenario, state, f.viewer));
        expect(JSON.stringify(view)).toBe(expected);
        const patched = f.previous && applyPatch(f.previous, diffJson(f.previous, view));
        // A patch may set an object's keys in another order: the same members is what counts.
        if (patched && !isDeepStrictEqual(patched, view)) expect(patched).toStrictEqual(view);
        f.previous = view;
      }
    },
    end() {
      for (const f of followed) expect(f.previous).toStrictEqual(viewFor(scenario, last!, f.viewer));
    },
  };
}

describe('IncrementalView', () => {
  it('gives every viewer exactly the view viewFor gives, after every command of random sessions, and patches between them rebuild it', () => {
    fc.assert(
      fc.property(picks, (sequence) => {
        const check = followEveryViewer();
        runRandomSession(scenario, config, sequence, (before, result) => check.step(result.ok ? result.state : before));
        check.end();
      }),
      { numRuns: 6 },
    );
  }, 120_000);

  it('a private veto threat reaches a state that co-sponsors the draft after it was made', () => {
    const s = new Driver(scenario).toPhase('council').tableCouncilDraft('fra', 'd1');
    const ken = new IncrementalView(scenario, { seatId: 'ken' });
    s.do('chn', { type: 'veto.threaten', draftId: 'd1', visibility: 'private' });
    expect(ken.viewOf(s.state).state.vetoThreats).toEqual([]);
    s.do('ken', { type: 'draft.cosponsor', draftId: 'd1' });
    expect(ken.viewOf(s.state).state.vetoThreats.map((t) => t.state)).toEqual(['CHN']);
    expect(ken.viewOf(s.state)).toStrictEqual(viewFor(scenario, s.state, { seatId: 'ken' }));
  });

  it("a push of one public statement patches the seat's view with that entry, not the record", () => {
    const s = new Driver(scenario).toPhase('negotiation');
    const fra = new IncrementalView(scenario, { seatId: 'fra' });
    for (let i = 0; i < 50; i += 1) s.do('usa', { type: 'statement.public', text: `Statement ${i}.` });
    const before = fra.viewOf(s.state);
    s.do('gbr', { type: 'statement.public', text: 'The last word.' });
    const after = fra.viewOf(s.state);
    const logOps = diffJson(before, after).filter((op) => op.path[1] === 'log');
    expect(logOps).toEqual([{ op: 'append', path: ['state', 'log'], values: [s.state.log.at(-1)] }]);
  });
});
