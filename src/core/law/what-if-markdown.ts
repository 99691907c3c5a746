import type { StateWhatIf, WhatIfChange } from './what-if';

/**
 * "What would have changed the findings" in Markdown (`moot-council score --explain-changes`):
 * per state, per finding searched, each change in words with the rule that decides it.
 */

function ruleLine(change: WhatIfChange): string {
  const rule = change.rule;
  if (!rule) return '';
  const authorities = rule.authorities.length > 0 ? ` (${rule.authorities.join('; ')})` : '';
  return ` *Decided by:* ${rule.label}${authorities}. ${rule.because}`;
}

export function renderWhatIfMarkdown(states: readonly StateWhatIf[]): string {
  const lines: string[] = ['', '# What would have changed the findings', ''];
  lines.push(
    "For each finding against a state, the smallest changes to that state's own decisions on the record (its votes, veto threats, conduct and its scale, " +
      'when it suspended support, its memorial) that would change the finding or move its exposure band, found by judging the edited record again. ' +
      "Every other state's conduct, the scenario and the fate of each draft are held as recorded.",
  );
  for (const s of states) {
    if (s.findings.length === 0) continue;
    lines.push('', `## ${s.name}`, '');
    for (const f of s.findings) {
      if (f.changes.length === 0) {
        lines.push(`- *${f.title}*: no change to its own decisions on the record, alone or in pairs, would change this finding.`);
        continue;
      }
      lines.push(`- *${f.title}*:`);
      for (const c of f.changes) lines.push(`  - ${c.words}${ruleLine(c)}`);
    }
    if (s.note) lines.push('', `*${s.note}*`);
  }
  lines.push('');
  return lines.join('\n');
}
