import { bandLabel } from '../vocabulary-labels';
import type { TranscriptJudgment } from '../transcript-schema';
import { BAND_STYLE, clip, esc, n, svgOpen } from './svg';

/**
 * The exposure chart: one horizontal bar per state, most exposed first, on a 0-100 scale, each
 * bar coloured by its band and labelled with the number and the band's word.
 */
export function exposureChartSvg(
  judgment: Pick<TranscriptJudgment, 'states'>,
  options: { width?: number } = {},
): string {
  const states = [...judgment.states].sort(
    (a, b) => b.exposure - a.exposure || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const width = options.width ?? 760;
  const labelWidth = 190;
  const valueWidth = 150;
  const barArea = width - labelWidth - valueWidth;
  const row = 24;
  const top = 30;
  const height = top + states.length * row + 28;
  const x = (v: number) => labelWidth + (Math.max(0, Math.min(100, v)) / 100) * barArea;
  const parts: string[] = [
    svgOpen(
      width,
      height,
      'Exposure by state',
      `Legal exposure of ${states.length} states on a scale of 0 to 100, most exposed first.`,
      'chart exposure-chart',
    ),
    `<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
  ];
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(
      `<line x1="${n(x(tick))}" y1="${top - 6}" x2="${n(x(tick))}" y2="${n(height - 24)}" stroke="#e1e4e8" stroke-width="1"/>`,
    );
    parts.push(
      `<text x="${n(x(tick))}" y="${top - 10}" font-size="11" text-anchor="middle" fill="#555">${tick}</text>`,
    );
  }
  states.forEach((s, i) => {
    const y = top + i * row;
    const style = BAND_STYLE[s.band] ?? BAND_STYLE.none!;
    const w = Math.max(2, x(s.exposure) - labelWidth);
    parts.push(
      `<text x="${labelWidth - 8}" y="${n(y + row / 2 + 4)}" font-size="12" text-anchor="end" fill="#1a1a1a">${esc(clip(s.name, 28))}</text>`,
    );
    parts.push(
      `<rect x="${labelWidth}" y="${n(y + 3)}" width="${n(w)}" height="${n(row - 6)}" rx="2" fill="${style.fill}" stroke="#555" stroke-width="0.5"><title>${esc(`${s.name}: ${s.exposure} (${bandLabel(s.band)})`)}</title></rect>`,
    );
    parts.push(
      `<text x="${n(labelWidth + w + 6)}" y="${n(y + row / 2 + 4)}" font-size="12" fill="#1a1a1a" font-variant-numeric="tabular-nums">${esc(formatExposure(s.exposure))} · ${esc(bandLabel(s.band))}</text>`,
    );
  });
  parts.push(
    `<text x="${labelWidth}" y="${n(height - 8)}" font-size="11" fill="#555">Exposure (0-100); the band is written after each number.</text>`,
  );
  parts.push('</svg>');
  return parts.join('');
}

function formatExposure(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}
