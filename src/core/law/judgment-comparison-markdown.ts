import { PARAMETERS } from './parameters';
import { BAND_WORDS, DUTY_WORDS } from './report';
import type { ExposureSide, FindingSide, JudgmentComparison } from './judgment-comparison';
import type { Truth } from './types';

const HOLDING: Record<Truth, string> = { holds: 'holds', 'does-not-hold': 'does not hold', unknown: 'open' };
const CHANGE: Record<'added' | 'removed' | 'changed', string> = { added: 'added', removed: 'removed', changed: 'changed' };

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function exposure(s: ExposureSide | null): string {
  return s ? `${s.exposure.toFixed(PARAMETERS.decimals.value)} (${BAND_WORDS[s.band]})` : 'not judged';
}

function finding(s: FindingSide | null): string {
  return s ? `${HOLDING[s.result]}, ${s.points.toFixed(PARAMETERS.decimals.value)} points` : 'not made';
}

/** The comparison as Markdown, the two sessions named as the user knows them. */
export function renderComparisonMarkdown(comparison: JudgmentComparison, names: { before: string; after: string }): string {
  const lines = [
    `# Two judgments compared: ${comparison.title}`,
    '',
    `Before: ${names.before}. After: ${names.after}.`,
    '',
    '## Exposure before and after',
    '',
    '| State | Before | After | In words |',
    '|---|---|---|---|',
    ...comparison.exposures.map((e) => `| ${cell(e.name)} | ${exposure(e.before)} | ${exposure(e.after)} | ${cell(e.words)} |`),
    '',
    '## Findings added, removed and changed',
    '',
  ];
  if (comparison.findings.length === 0) lines.push('Every finding is the same in both judgments.');
  else {
    lines.push('| State | Duty | Change | Before | After |', '|---|---|---|---|---|');
    for (const f of comparison.findings) lines.push(`| ${cell(f.name)} | ${cell(DUTY_WORDS[f.duty])} | ${CHANGE[f.change]} | ${finding(f.before)} | ${finding(f.after)} |`);
    lines.push('', ...comparison.findings.map((f) => `- ${f.words}`));
  }
  lines.push('', `${comparison.unchanged} finding${comparison.unchanged === 1 ? ' is' : 's are'} the same in both.`, '');
  return lines.join('\n');
}
