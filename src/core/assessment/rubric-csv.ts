import type { SeatRubric } from './rubric';

/**
 * The rubric as CSV for a grade book (RFC 4180: comma-separated, fields quoted when they hold a
 * comma, a quote or a line break): one row per delegation and criterion, then one row per
 * delegation with its total. Scores are out of 100 so a grade book reads them as they are.
 */
export const RUBRIC_CSV_HEADER = [
  'State',
  'Delegation',
  'Played by',
  'Criterion',
  'Weight',
  'Score from the record',
  'Score',
  'Facilitator comment',
  'Rests on',
  'Entries',
] as const;

export function rubricCsv(rubrics: readonly SeatRubric[]): string {
  const rows: string[][] = [[...RUBRIC_CSV_HEADER]];
  for (const r of rubrics) {
    const playedBy = r.playedBy === 'ai' ? 'AI' : 'students';
    for (const l of r.lines)
      rows.push([
        r.state,
        r.name,
        playedBy,
        l.label,
        String(l.weight),
        percent(l.recordScore),
        percent(l.score),
        l.edit?.comment ?? '',
        l.basis.join(' '),
        l.seqs.map((s) => `#${s}`).join(' '),
      ]);
    rows.push([r.state, r.name, playedBy, 'Total', '100', '', r.total === null ? '' : String(r.total), '', 'Weighted mean of the lines that apply.', '']);
  }
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

function percent(score: number | null): string {
  return score === null ? 'n/a' : String(Math.round(score * 1000) / 10);
}

function field(value: string): string {
  // A leading = + - @ would make a spreadsheet run it as a formula: quote it as text.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
