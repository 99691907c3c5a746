import { describe, expect, it } from 'vitest';
import { adjudicate, renderJudgmentMarkdown } from '../../src/core/law';
import { shippedScenarios } from '../../src/bench/fixtures';
import { aiDelegatePolicy } from '../../src/core/ai';
import { runSession } from '../../src/core/session/driver';
import { renderTranscript, transcriptFor } from '../../src/core/transcript';
import { firstInternal, GENERIC_PATTERNS, sessionPatterns } from '../support/internal-words';

/**
 * Every sentence a user reads names states, drafts, measures and evidence in words (issue 17 item
 * 4): the judgment of each shipped scenario, played headlessly (Markdown, and the findings'
 * reasoning and rulings as the JSON carries them) and its transcript (Markdown and HTML) carry no
 * internal reference: no scenario path, no draft or ballot id, no "seed".
 */

/** The draft ids of a session: slugs a reader must never see in a sentence. */
function draftIds(state: ReturnType<typeof runSession>['state']): string[] {
  return Object.keys(state.drafts);
}

const INTERNAL = [
  /scenario:[a-zA-Z.]+(\[\d+\]|@round\d+)/, // a scenario path
  /\bballot-\d+\b(?![^<]*>)/, // a ballot id outside an HTML attribute
  /\bSeed \d{3}\b/,
  /\bthe seed\b/i,
  /held to not hold/,
  /voted abstained/,
];

/** The text a reader sees: HTML without its tags and attributes (anchors carry ids, not words). */
function visible(html: string): string {
  return html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ');
}

describe.each(shippedScenarios())('$file: the judgment and transcript in words', ({ scenario }) => {
  it('carry no scenario path, draft slug, ballot id or "seed"', () => {
    const { state } = runSession(scenario, { seed: 1, policy: aiDelegatePolicy });
    const report = adjudicate(scenario, state);
    const transcript = transcriptFor(scenario, state, 'facilitator', report);
    const texts: [string, string][] = [
      ['judgment (Markdown)', renderJudgmentMarkdown(report, scenario)],
      ['findings (JSON text)', report.states.flatMap((s) => s.findings.flatMap((f) => [f.reasoning, ...f.defences.map((d) => d.why)])).join('\n')],
      ['transcript (Markdown)', renderTranscript(transcript, 'md').replace(/<a id="[^"]*"><\/a>/g, '').replace(/\]\(#[^)]*\)/g, ']')],
      ['transcript (HTML)', visible(renderTranscript(transcript, 'html'))],
    ];
    const slugs = draftIds(state).filter((id) => /[-_]/.test(id)).map((id) => new RegExp(`(^|[^\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`));
    for (const [where, text] of texts) {
      for (const pattern of [...INTERNAL, ...slugs]) {
        const hit = pattern.exec(text);
        expect(hit, `${where}: "${hit ? text.slice(Math.max(0, hit.index - 80), hit.index + 60) : ''}"`).toBeNull();
      }
    }
    // The scan of every screen (test/support/internal-words.ts) on the judgment and the transcript:
    // no state code for a name, no list of kinds. The delegations table's Code column and its
    // seats (the ids a session script uses) are a legend, and are left out of the scan.
    const patterns = [...GENERIC_PATTERNS, ...sessionPatterns(scenario, state)];
    const legendless = (md: string) => md.split('\n').filter((line) => !/^\| .+ \| [A-Z]{3} \| /.test(line)).join('\n');
    for (const [where, text] of texts.filter(([where]) => where !== 'transcript (HTML)')) {
      expect(firstInternal(legendless(text), patterns), where).toBeNull();
    }
  }, 120_000);
});
