import { describe, expect, it } from 'vitest';
import { viewFor } from '../../src/core/session/view';
import { evidenceItem } from '../../src/renderer/session/judgment/evidence';
import { Driver, loadFixture } from '../support/session';

/**
 * The law engine cites a fact of the scenario by its place in the scenario
 * (`scenario:intelligence[1]`), while a delegation's view holds only the items it may see: the
 * judgment's evidence list must still name the fact cited, not another one or none.
 */
const fixture = loadFixture();
const scenario = {
  ...fixture,
  intelligence: [
    { round: 1, recipients: ['RUS'], level: 'credible' as const, note: 'Russian advisers report the clearances.' },
    ...fixture.intelligence,
  ],
};

describe("a finding's evidence in a delegation's view", () => {
  it('names the intelligence the engine cited, though the view leaves out what was given to others', () => {
    const s = new Driver(scenario).toPhase('negotiation');
    const cited = 'scenario:intelligence[1]';
    for (const viewer of [{ seatId: 'usa' }, 'facilitator'] as const) {
      expect(evidenceItem(viewFor(scenario, s.state, viewer), cited).text, JSON.stringify(viewer)).toBe(
        'Intelligence in round 1: Intercepts show the army ordering the clearances.',
      );
    }
    expect(evidenceItem(viewFor(scenario, s.state, { seatId: 'rus' }), 'scenario:intelligence[0]').text).toBe(
      'Intelligence in round 1: Russian advisers report the clearances.',
    );
  });
});
