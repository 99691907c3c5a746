import { describe, expect, it } from 'vitest';
import { defaultPerspective, exportBytes, exportPerspectives, sizeLabel } from '../../src/renderer/session/export-logic';

const seats = [
  { id: 'irl', kind: 'human' as const, state: 'IRL' },
  { id: 'fra', kind: 'human' as const, state: 'FRA', name: 'France' },
  { id: 'rus', kind: 'ai' as const, state: 'RUS' },
  { id: 'facilitator', kind: 'facilitator' as const, state: null },
];

describe('export perspectives', () => {
  it('offers the full record with the facilitator seat, and each own delegation', () => {
    expect(exportPerspectives({ seats, localSeats: ['irl', 'facilitator'] }).map((p) => p.value)).toEqual(['facilitator', 'IRL']);
    expect(exportPerspectives({ seats, localSeats: ['fra'] })).toEqual([{ value: 'FRA', label: "France's record" }]);
    expect(exportPerspectives({ seats, localSeats: [] })).toEqual([]);
  });

  it('preselects the seat on screen when it may be exported', () => {
    const ps = exportPerspectives({ seats, localSeats: ['irl', 'facilitator'] });
    expect(defaultPerspective(ps, 'IRL')).toBe('IRL');
    // Not the full record: a delegation's (the seat on screen is unknown here).
    expect(defaultPerspective(ps, 'RUS')).toBe('IRL');
    expect(defaultPerspective([], 'IRL')).toBeNull();
  });
});

describe('export content', () => {
  it('decodes text and base64 content', () => {
    expect(new TextDecoder().decode(exportBytes({ content: '# Record', encoding: 'utf8' }))).toBe('# Record');
    expect(new TextDecoder().decode(exportBytes({ content: btoa('%PDF-1.7'), encoding: 'base64' }))).toBe('%PDF-1.7');
    expect(exportBytes({ content: null, encoding: null }).length).toBe(0);
  });

  it('labels sizes', () => {
    expect(sizeLabel(10)).toBe('1 KB');
    expect(sizeLabel(515 * 1024)).toBe('515 KB');
    expect(sizeLabel(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});
