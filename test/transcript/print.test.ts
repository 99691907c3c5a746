import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  renderHtml,
  transcriptFor,
  worldFeatures,
  type Transcript,
  type WorldTopology,
} from '../../src/core/transcript';
import { fixedReport, scriptedTranscriptSession } from '../support/transcript-session';

/**
 * The printed record (the HTML that is printed to PDF) is lighter than the HTML file, and both
 * draw the world map once per distinct Assembly vote: docs/transcript.md, "PDF" and "Charts".
 */
const { scenario, driver } = scriptedTranscriptSession();
const report = fixedReport(driver.state);
const world = worldFeatures(
  JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8'),
  ) as WorldTopology,
);
const transcript = () => transcriptFor(scenario, driver.state, 'facilitator', report);

/** The record with a second Assembly vote on a new draft; `change` alters its votes. */
function withSecondAssemblyVote(change: (votes: Transcript['ballots'][number]['votes']) => void): {
  t: Transcript;
  firstId: string;
} {
  const t = transcript();
  const first = t.ballots.find((b) => b.kind === 'assembly')!;
  const votes = first.votes.map((v) => ({ ...v }));
  change(votes);
  t.ballots.push({ ...first, id: 'ballot-again', draftId: 'again', draftTitle: 'Again', votes });
  return { t, firstId: first.id };
}

const maps = (html: string) => html.match(/<figure class="chart map">/g)?.length ?? 0;

describe('the world map of an Assembly vote', () => {
  it('is drawn once when a later vote has every Member voting as before; the later vote names it', () => {
    const { t, firstId } = withSecondAssemblyVote(() => undefined);
    const html = renderHtml(t, { world });
    expect(maps(html)).toBe(1);
    const same = /<p class="map-same">([\s\S]*?)<\/p>/.exec(html)?.[1];
    expect(same).toContain(`href="#${firstId}"`);
    expect(same).toMatch(/every Member State voted as it did then/);
    expect(html.match(/<article class="ballot" id="ballot-again">[\s\S]*?<\/article>/)?.[0]).toMatch(
      /class="roll"/,
    ); // its roll call is still printed in full
  });

  it('is drawn again when a single Member voted otherwise', () => {
    const { t } = withSecondAssemblyVote((votes) => {
      const yes = votes.find((v) => v.vote === 'yes')!;
      yes.vote = 'no';
    });
    const html = renderHtml(t, { world });
    expect(maps(html)).toBe(2);
    expect(html).not.toContain('class="map-same"');
  });
});

describe('the printed record', () => {
  const t = transcript();
  const screen = renderHtml(t, { world });
  const paper = renderHtml(t, { world, print: true });

  it('leaves out the charts’ hover tooltips, which paper cannot show; the HTML file keeps them', () => {
    const mapOf = (html: string) => /<svg [^>]*class="chart assembly-map"[\s\S]*?<\/svg>/.exec(html)![0];
    const matrixOf = (html: string) => /<svg [^>]*class="chart vote-matrix"[\s\S]*?<\/svg>/.exec(html)![0];
    expect(mapOf(screen)).toMatch(/<title>Russian Federation: No \(seated delegation\)<\/title>/);
    expect(mapOf(paper)).not.toMatch(/<title>[^<]*: (Yes|No|Abstain)/);
    expect(mapOf(paper).match(/<title>/g)).toHaveLength(1); // the map's own title
    expect(matrixOf(screen).match(/<title>/g)!.length).toBeGreaterThan(10);
    expect(matrixOf(paper).match(/<title>/g)).toHaveLength(1);
  });

  it('cites each authority in full once, in a table of authorities, and by number in the findings', () => {
    const table = /<h3>Table of authorities<\/h3><ol class="authorities-table">([\s\S]*?)<\/ol>/.exec(
      paper,
    )?.[1];
    expect(table).toBeDefined();
    const cited = [...table!.matchAll(/<li id="authority-(\d+)">([^<]*)<\/li>/g)];
    const number = (authority: string) => cited.find((c) => c[2] === authority)?.[1];
    expect(number('GA res. 76/262')).toBeDefined();
    const findings = paper.slice(paper.indexOf('<article class="state-judgment"'));
    expect(findings).not.toContain('GA res. 76/262'); // cited by number only
    expect(cited.filter((c) => c[2] === 'GA res. 76/262')).toHaveLength(1);
    expect(paper).toContain(
      `<a href="#authority-${number('GA res. 76/262')}">[${number('GA res. 76/262')}]</a> <em>¶1</em>`,
    );
    expect(screen).not.toContain('Table of authorities');
    expect(screen).toContain('<li>GA res. 76/262, <em>¶1</em></li>');
  });
});
