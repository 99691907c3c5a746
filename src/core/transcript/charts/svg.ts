/** Small helpers for SVG written as strings (pure: no DOM). */

export function esc(text: string | number): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A number for an attribute: at most one decimal, no "-0". */
export function n(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

export function svgOpen(
  width: number,
  height: number,
  title: string,
  desc: string,
  className: string,
): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="${esc(className)}" viewBox="0 0 ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" role="img" aria-label="${esc(title)}" font-family="Inter, 'Segoe UI', Helvetica, Arial, sans-serif"><title>${esc(title)}</title><desc>${esc(desc)}</desc>`;
}

/** Truncates a label to a number of characters, with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

/** An id safe for SVG references, from any string. */
export function safeId(text: string): string {
  return text.replace(/[^a-zA-Z0-9_-]/g, '-');
}

/** Vote colours with the letter that always goes with them (colour is never the only signal). */
export const VOTE_STYLE: Record<
  string,
  { fill: string; ink: string; letter: string; word: string }
> = {
  yes: { fill: '#2e7d4f', ink: '#ffffff', letter: 'Y', word: 'Yes' },
  no: { fill: '#c0392b', ink: '#ffffff', letter: 'N', word: 'No' },
  abstain: { fill: '#e8c33a', ink: '#1a1a1a', letter: 'A', word: 'Abstain' },
  absent: { fill: '#d5d8dc', ink: '#333333', letter: '–', word: 'Absent' },
};

/** Exposure bands from none to grave, with their words. */
export const BAND_STYLE: Record<string, { fill: string; ink: string }> = {
  none: { fill: '#d5d8dc', ink: '#1a1a1a' },
  low: { fill: '#9cc9a1', ink: '#1a1a1a' },
  moderate: { fill: '#f0d264', ink: '#1a1a1a' },
  high: { fill: '#ee9a4d', ink: '#1a1a1a' },
  'very-high': { fill: '#c0392b', ink: '#ffffff' },
  grave: { fill: '#7b1d17', ink: '#ffffff' },
};

export const UN_BLUE = '#1f6fb2';
