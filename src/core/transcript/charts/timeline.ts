import { evidenceLabel } from '../labels';
import type { TranscriptRoundSummary } from '../schema';
import { esc, n, svgOpen } from './svg';

const PHASE_COLOURS: Record<string, string> = {
  crisisUpdate: '#8e9aaf',
  negotiation: '#5b8fd1',
  council: '#1f6fb2',
  unitingForPeace: '#7a5cc4',
  emergencySpecialSession: '#3f9c8a',
  vetoInitiative: '#b0659e',
  conduct: '#c98b3a',
};

const EVIDENCE_COLOURS: Record<string, string> = {
  none: '#eef0f3',
  reports: '#f6e3a1',
  credible: '#f0a868',
  manifest: '#c0392b',
};

const MARKER_STYLE: Record<string, { letter: string; fill: string; word: string }> = {
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
export function timelineSvg(rounds: readonly TranscriptRoundSummary[], options: { width?: number } = {}): string {
  const width = options.width ?? 960;
  const count = Math.max(1, rounds.length);
  const gap = 6;
  const colW = (width - 16 - gap * (count - 1)) / count;
  const maxMarkers = Math.max(1, ...rounds.map((r) => r.markers.length));
  const perRow = Math.max(1, Math.floor((colW - 4) / 22));
  const markerRows = Math.ceil(maxMarkers / perRow);
  const height = 84 + markerRows * 22 + 56;
  const parts: string[] = [
    svgOpen(width, height, 'Timeline of the rounds', `${rounds.length} rounds: evidence level, phases held and events of each round.`, 'chart timeline-strip'),
    `<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
  ];
  rounds.forEach((r, i) => {
    const x = 8 + i * (colW + gap);
    parts.push(`<text x="${n(x + colW / 2)}" y="14" font-size="12" font-weight="600" text-anchor="middle" fill="#1a1a1a">${esc(count > 12 ? `R${r.round}` : `Round ${r.round}`)}</text>`);
    const ev = EVIDENCE_COLOURS[r.evidenceLevel] ?? '#eef0f3';
    parts.push(`<rect x="${n(x)}" y="20" width="${n(colW)}" height="18" fill="${ev}" stroke="#999" stroke-width="0.5"><title>${esc(`Evidence: ${evidenceLabel(r.evidenceLevel)}`)}</title></rect>`);
    if (colW > 46) parts.push(`<text x="${n(x + colW / 2)}" y="33" font-size="10" text-anchor="middle" fill="${r.evidenceLevel === 'manifest' ? '#fff' : '#1a1a1a'}">${esc(shortEvidence(r.evidenceLevel, colW))}</text>`);
    const total = r.phases.reduce((sum, p) => sum + p.entries, 0) || 1;
    let px = x;
    for (const p of r.phases) {
      const w = (p.entries / total) * colW;
      parts.push(`<rect x="${n(px)}" y="44" width="${n(Math.max(0.5, w))}" height="20" fill="${PHASE_COLOURS[p.phase] ?? '#999'}" stroke="#fff" stroke-width="0.5"><title>${esc(`${p.title}: ${p.entries} entries`)}</title></rect>`);
      px += w;
    }
    r.markers.forEach((m, k) => {
      const style = MARKER_STYLE[m.kind]!;
      const mx = x + 11 + (k % perRow) * 22;
      const my = 82 + Math.floor(k / perRow) * 22;
      parts.push(`<circle cx="${n(mx)}" cy="${n(my)}" r="9.5" fill="${style.fill}"><title>${esc(m.label)}</title></circle>`);
      parts.push(`<text x="${n(mx)}" y="${n(my + 3.5)}" font-size="${style.letter.length > 1 ? 8 : 10}" font-weight="700" text-anchor="middle" fill="#fff">${esc(style.letter)}</text>`);
    });
  });
  // legend
  let ly = height - 38;
  let lx = 8;
  for (const [phase, colour] of Object.entries(PHASE_COLOURS)) {
    const word = PHASE_WORDS[phase] ?? phase;
    parts.push(`<rect x="${lx}" y="${ly - 9}" width="12" height="10" fill="${colour}"/><text x="${lx + 16}" y="${ly}" font-size="10" fill="#1a1a1a">${esc(word)}</text>`);
    lx += 16 + word.length * 5.6 + 14;
  }
  ly += 20;
  lx = 8;
  for (const style of Object.values(MARKER_STYLE)) {
    parts.push(`<circle cx="${lx + 7}" cy="${ly - 4}" r="7" fill="${style.fill}"/><text x="${lx + 7}" y="${ly - 1}" font-size="${style.letter.length > 1 ? 6.5 : 8.5}" font-weight="700" text-anchor="middle" fill="#fff">${esc(style.letter)}</text><text x="${lx + 18}" y="${ly}" font-size="10" fill="#1a1a1a">${esc(style.word)}</text>`);
    lx += 18 + style.word.length * 5.4 + 14;
  }
  parts.push('</svg>');
  return parts.join('');
}

const PHASE_WORDS: Record<string, string> = {
  crisisUpdate: 'Crisis update',
  negotiation: 'Negotiation',
  council: 'Security Council',
  unitingForPeace: 'Uniting for Peace',
  emergencySpecialSession: 'Emergency special session',
  vetoInitiative: 'Veto-initiative debate',
  conduct: 'National conduct',
};

function shortEvidence(level: string, width: number): string {
  const word = evidenceLabel(level);
  if (width > word.length * 6 + 8) return word;
  return word.split(' ')[0] ?? word;
}
