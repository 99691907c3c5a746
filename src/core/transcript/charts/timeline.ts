import { PHASE_TITLES } from '../../session/phases';
import { evidenceLabel } from '../vocabulary-labels';
import type { TranscriptRoundSummary } from '../transcript-schema';
import { esc, n, svgOpen } from './svg';

/** The colour of each phase in the strip's middle bar (the legend names each). */
export const PHASE_COLOURS: Record<string, string> = {
  crisisUpdate: '#8e9aaf',
  negotiation: '#5b8fd1',
  council: '#1f6fb2',
  unitingForPeace: '#7a5cc4',
  emergencySpecialSession: '#3f9c8a',
  vetoInitiative: '#b0659e',
  conduct: '#c98b3a',
};

/** The colour of each evidence level in the strip's top band (its word is written in it). */
export const EVIDENCE_COLOURS: Record<string, string> = {
  none: '#eef0f3',
  reports: '#f6e3a1',
  credible: '#f0a868',
  manifest: '#c0392b',
};

/** Each marker's letter, colour and word: colour is never the only signal. */
export const MARKER_STYLE: Record<string, { letter: string; fill: string; word: string }> = {
  veto: { letter: 'V', fill: '#c0392b', word: 'veto' },
  adopted: { letter: '✓', fill: '#2e7d4f', word: 'adopted' },
  'not-adopted': { letter: '✗', fill: '#6b7280', word: 'not adopted' },
  inject: { letter: '!', fill: '#d97706', word: 'inject' },
  agreement: { letter: 'D', fill: '#1f6fb2', word: 'D2R agreement signed' },
  breach: { letter: 'B', fill: '#7b1d17', word: 'act contrary to an agreement' },
  'emergency-session': { letter: 'GA', fill: '#3f9c8a', word: 'Assembly vote' },
};

/**
 * The timeline strip: one column per round. The top band shows how apparent the atrocities were
 * (its word is written in it), the middle bar the phases held (width by entries), and the
 * markers below what happened, each a letter in a circle: V veto, ✓ adopted, ✗ not adopted,
 * ! inject, D agreement signed, B act contrary to one, GA Assembly vote.
 */
export function timelineSvg(
  rounds: readonly TranscriptRoundSummary[],
  options: { width?: number } = {},
): string {
  const width = options.width ?? 720;
  const count = Math.max(1, rounds.length);
  const gap = 6;
  const colW = (width - 16 - gap * (count - 1)) / count;
  const maxMarkers = Math.max(1, ...rounds.map((r) => r.markers.length));
  const step = 26;
  const perRow = Math.max(1, Math.floor((colW - 2) / step));
  const markerRows = Math.ceil(maxMarkers / perRow);
  const legend = legendLayout(width);
  const top = 98 + markerRows * step;
  const height = top + legend.height + 8;
  const parts: string[] = [
    svgOpen(
      width,
      height,
      'Timeline of the rounds',
      `${rounds.length} rounds: evidence level, phases held and events of each round.`,
      'chart timeline-strip',
    ),
    `<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
  ];
  rounds.forEach((r, i) => {
    const x = 8 + i * (colW + gap);
    parts.push(
      `<text x="${n(x + colW / 2)}" y="16" font-size="14" font-weight="600" text-anchor="middle" fill="#1a1a1a">${esc(colW > 70 ? `Round ${r.round}` : `R${r.round}`)}</text>`,
    );
    const ev = EVIDENCE_COLOURS[r.evidenceLevel] ?? '#eef0f3';
    parts.push(
      `<rect x="${n(x)}" y="24" width="${n(colW)}" height="22" fill="${ev}" stroke="#999" stroke-width="0.5"><title>${esc(`Evidence: ${evidenceLabel(r.evidenceLevel)}`)}</title></rect>`,
    );
    if (colW > 40)
      parts.push(
        `<text x="${n(x + colW / 2)}" y="40" font-size="12" text-anchor="middle" fill="${r.evidenceLevel === 'manifest' ? '#fff' : '#1a1a1a'}">${esc(shortEvidence(r.evidenceLevel, colW))}</text>`,
      );
    const total = r.phases.reduce((sum, p) => sum + p.entries, 0) || 1;
    let px = x;
    for (const p of r.phases) {
      const w = (p.entries / total) * colW;
      parts.push(
        `<rect x="${n(px)}" y="52" width="${n(Math.max(0.5, w))}" height="26" fill="${PHASE_COLOURS[p.phase] ?? '#999'}" stroke="#fff" stroke-width="0.8"><title>${esc(`${p.title}: ${p.entries} entries`)}</title></rect>`,
      );
      px += w;
    }
    r.markers.forEach((m, k) => {
      const style = MARKER_STYLE[m.kind]!;
      const mx = x + 12 + (k % perRow) * step;
      const my = 98 + Math.floor(k / perRow) * step;
      parts.push(
        `<circle cx="${n(mx)}" cy="${n(my)}" r="11" fill="${style.fill}"><title>${esc(m.label)}</title></circle>`,
      );
      parts.push(
        `<text x="${n(mx)}" y="${n(my + 4.5)}" font-size="${style.letter.length > 1 ? 10 : 13}" font-weight="700" text-anchor="middle" fill="#fff">${esc(style.letter)}</text>`,
      );
    });
  });
  for (const item of legend.items) {
    const y = top + 16 + item.row * 22;
    if (item.kind === 'phase') {
      parts.push(
        `<rect x="${n(item.x)}" y="${y - 11}" width="14" height="13" fill="${item.colour}"/><text x="${n(item.x + 19)}" y="${y}" font-size="12" fill="#1a1a1a">${esc(item.word)}</text>`,
      );
    } else {
      parts.push(
        `<circle cx="${n(item.x + 8)}" cy="${y - 4}" r="8.5" fill="${item.colour}"/><text x="${n(item.x + 8)}" y="${y}" font-size="${item.letter.length > 1 ? 8 : 11}" font-weight="700" text-anchor="middle" fill="#fff">${esc(item.letter)}</text><text x="${n(item.x + 21)}" y="${y}" font-size="12" fill="#1a1a1a">${esc(item.word)}</text>`,
      );
    }
  }
  parts.push('</svg>');
  return parts.join('');
}

interface LegendItem {
  kind: 'phase' | 'marker';
  x: number;
  row: number;
  colour: string;
  word: string;
  letter: string;
}

/** The legend's items laid out in rows that fit the width (phases first, then the markers). */
function legendLayout(width: number): { items: LegendItem[]; height: number } {
  const items: LegendItem[] = [];
  let x = 8;
  let row = 0;
  const place = (kind: LegendItem['kind'], colour: string, word: string, letter: string) => {
    const w = (kind === 'phase' ? 19 : 21) + word.length * 6.6 + 16;
    if (x + w > width - 8 && x > 8) {
      x = 8;
      row++;
    }
    items.push({ kind, x, row, colour, word, letter });
    x += w;
  };
  for (const [phase, colour] of Object.entries(PHASE_COLOURS))
    place('phase', colour, (PHASE_TITLES as Record<string, string>)[phase] ?? phase, '');
  x = 8;
  row++;
  for (const style of Object.values(MARKER_STYLE))
    place('marker', style.fill, style.word, style.letter);
  return { items, height: (row + 1) * 22 + 6 };
}

function shortEvidence(level: string, width: number): string {
  const word = evidenceLabel(level);
  if (width > word.length * 7 + 8) return word;
  return word.split(' ')[0] ?? word;
}
