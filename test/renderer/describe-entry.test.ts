import { describe, expect, it } from 'vitest';
import { viewFor } from '../../src/core/session/view';
import { describeEntry } from '../../src/renderer/session/format';
import { Driver, loadFixture } from '../support/session';

/** The record's wording of national conduct names the perpetrator, as the judgment's evidence lists show it. */
describe('describeEntry: national conduct', () => {
  it('names the perpetrator a measure or a shipment is aimed at, not its id', () => {
    const scenario = loadFixture();
    const s = new Driver(scenario).toPhase('negotiation');
    while (s.state.phase !== 'conduct') s.advance();
    s.do('rus', { type: 'conduct.act', kind: 'arms-transfer', target: 'tessaly-army', scale: 'substantial' });
    const entry = s.state.log[s.state.log.length - 1]!;
    const { text } = describeEntry(viewFor(scenario, s.state, 'facilitator'), entry);
    expect(text).toBe('The Russian Federation: arms transfer (Tessalian Army), substantial.');
  });
});
