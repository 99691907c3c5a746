import { describe, expect, it } from 'vitest';
import type { SessionMeta } from '../../src/core/protocol';
import { defaultPerspective, exportPerspectives, perspectiveOfSeat } from '../../src/renderer/session/export-logic';

/** Hot-seat: France and Russia at one screen, and the facilitator (docs/hot-seat.md). */
const seats: SessionMeta['seats'] = [
  { id: 'fra', kind: 'human', state: 'FRA', name: 'France' },
  { id: 'rus', kind: 'human', state: 'RUS', name: 'Russian Federation' },
  { id: 'gbr', kind: 'ai', state: 'GBR', name: 'United Kingdom' },
  { id: 'facilitator', kind: 'facilitator', state: null, name: 'Facilitator' },
];

describe("the export's preselected record", () => {
  it("is the record of the delegation on screen, even where the facilitator's full record is offered", () => {
    const offered = exportPerspectives({ seats, localSeats: ['fra', 'rus', 'facilitator'] });
    expect(offered.map((p) => p.value)).toEqual(['facilitator', 'FRA', 'RUS']);
    expect(defaultPerspective(offered, perspectiveOfSeat({ seats }, 'rus'))).toBe('RUS');
    expect(defaultPerspective(offered, perspectiveOfSeat({ seats }, 'facilitator'))).toBe('facilitator');
  });

  it('is a delegation\'s record, not the full one, when the seat on screen is unknown', () => {
    const offered = exportPerspectives({ seats, localSeats: ['fra', 'rus', 'facilitator'] });
    expect(defaultPerspective(offered, null)).toBe('FRA');
    expect(defaultPerspective(offered, perspectiveOfSeat({ seats }, 'nobody'))).toBe('FRA');
  });

  it("offers no full record to a screen without the facilitator's seat (locked behind its PIN)", () => {
    const offered = exportPerspectives({ seats, localSeats: ['fra', 'rus'] });
    expect(offered.map((p) => p.value)).toEqual(['FRA', 'RUS']);
    expect(defaultPerspective(offered, 'facilitator')).toBe('FRA');
  });

  it('offers the full record alone in a facilitator-only session', () => {
    const offered = exportPerspectives({ seats, localSeats: ['facilitator'] });
    expect(defaultPerspective(offered, null)).toBe('facilitator');
  });
});
