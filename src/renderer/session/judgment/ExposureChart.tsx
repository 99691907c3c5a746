import { useId } from 'react';
import { BAND_COLOURS, BAND_WORDS, type StateExposure } from '../law';

/**
 * Exposure bars (SVG): one bar per state on a 0-100 scale, coloured by band and labelled with
 * the number and the band's word (colour is never the only signal). The ranking list beside it is
 * the interactive, screen-reader equivalent.
 */
/** Longest name written on a bar before it is shortened, and the width of one character at 12 px. */
const LABEL_MAX_CHARS = 24;
const LABEL_CHAR_WIDTH = 6.8;

export function ExposureChart({ states, selected, title = 'Exposure by state' }: { states: StateExposure[]; selected: string | null; title?: string }) {
  const id = useId();
  const row = 24;
  // Bars are labelled with the states' names (never their codes); a very long name is shortened
  // on the bar and given whole in its tooltip and in the chart's description.
  const labels = states.map((s) => (s.name.length > LABEL_MAX_CHARS ? `${s.name.slice(0, LABEL_MAX_CHARS - 1)}…` : s.name));
  const labelWidth = Math.max(44, Math.ceil(Math.max(0, ...labels.map((l) => l.length)) * LABEL_CHAR_WIDTH) + 8);
  const valueWidth = 112;
  const barWidth = 264;
  const width = labelWidth + barWidth + valueWidth;
  const height = states.length * row + 24;
  const ticks = [0, 25, 50, 75, 100];
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-testid="exposure-chart"
      style={{ maxWidth: Math.round(width * 1.33), display: 'block', fontFamily: 'inherit' }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{states.map((s) => `${s.name} ${s.exposure.toFixed(1)} (${BAND_WORDS[s.band]})`).join('; ')}</desc>
      {ticks.map((t) => {
        const x = labelWidth + (barWidth * t) / 100;
        return (
          <g key={t}>
            <line x1={x} x2={x} y1={0} y2={height - 18} stroke="var(--mantine-color-default-border)" strokeDasharray={t === 0 ? undefined : '2 3'} />
            <text x={x} y={height - 5} fontSize={10} textAnchor="middle" fill="var(--mantine-color-dimmed)">
              {t}
            </text>
          </g>
        );
      })}
      {states.map((s, i) => {
        const y = i * row + 3;
        const w = Math.max(1.5, (barWidth * Math.min(100, s.exposure)) / 100);
        const colour = `var(--mantine-color-${BAND_COLOURS[s.band]}-filled)`;
        const isSelected = selected === s.state;
        return (
          <g key={s.state}>
            <text x={0} y={y + 13} fontSize={12} fontWeight={isSelected ? 800 : 600} fill="var(--mantine-color-text)">
              {labels[i] !== s.name && <title>{s.name}</title>}
              {labels[i]}
            </text>
            <rect x={labelWidth} y={y} width={w} height={row - 8} rx={3} fill={colour} stroke={isSelected ? 'var(--mantine-color-text)' : 'none'} strokeWidth={isSelected ? 1.5 : 0} />
            <text x={labelWidth + w + 6} y={y + 12} fontSize={11} fill="var(--mantine-color-text)" className="tabular">
              {s.exposure.toFixed(1)} · {BAND_WORDS[s.band].toLowerCase()}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
