import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { debriefOf, renderHtml, renderMarkdown, transcriptFor } from '../../src/core/transcript';
import { chromiumPdfPrinter } from '../../src/host/export';
import { fixedReport, scriptedTranscriptSession } from '../support/transcript-session';

/**
 * The debrief that reads in ten minutes (docs/transcript.md, "The debrief and its appendix"): a
 * page for the class, a part per seated delegation with something to say about it, one table for
 * the rest, and the full record as an appendix the exporter can leave out.
 */
const { scenario, driver } = scriptedTranscriptSession();
const report = fixedReport(driver.state);
const transcript = () => transcriptFor(scenario, driver.state, 'facilitator', report);

describe('the debrief', () => {
  it('gives a part to each seated delegation with a finding or a commitment, and one table to the rest', () => {
    const d = debriefOf(transcript());
    expect(d.delegations.map((g) => g.name)).toEqual(['Russian Federation', 'Serbia', 'France']);
    expect(d.quiet.map((q) => q.name)).toContain('China');
    expect(d.quiet.map((q) => q.name)).not.toContain('Serbia');
  });

  it("says which commitments were kept and which broken, naming the agreement's clause", () => {
    const d = debriefOf(transcript());
    const serbia = d.delegations.find((g) => g.state === 'SRB')!;
    const france = d.delegations.find((g) => g.state === 'FRA')!;
    expect(serbia.commitments).toEqual([
      expect.objectContaining({
        kept: 'broken',
        words: expect.stringContaining('the clause "No arms transfers"'),
      }),
    ]);
    expect(france.commitments).toEqual([expect.objectContaining({ kept: 'kept' })]);
  });

  it('lists the votes that decided something and the turning points of the record', () => {
    const d = debriefOf(transcript());
    expect(d.votesThatMattered.map((v) => v.result)).toEqual([
      'Not adopted: vetoed by the Russian Federation',
      'Not adopted: vetoed by China and the Russian Federation',
      'Adopted',
      'Adopted',
    ]);
    expect(d.turningPoints.map((p) => p.label)).toContain(
      'D2R agreement between France and Serbia signed',
    );
  });

  it('prints the full record as an appendix unless the exporter leaves it out', () => {
    const t = transcript();
    const full = renderMarkdown(t);
    const short = renderMarkdown(t, { appendix: false });
    expect(full).toMatch(
      /# The session for the class[\s\S]*# Appendix: the full record[\s\S]*## Proceedings/,
    );
    expect(short).toContain('# The session for the class');
    expect(short).not.toContain('## Proceedings');
    // Nothing to link to without the appendix: entries are named by number.
    expect(short).not.toContain('](#seq-');
    expect(renderHtml(t, { appendix: false })).not.toContain('id="section-proceedings"');
  });

  it.skipIf(!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'))(
    "prints a 2-round session's debrief without the appendix in at most 12 pages",
    async () => {
      const html = renderHtml(transcript(), { print: true, appendix: false });
      const pdf = await chromiumPdfPrinter()(html, { title: 'debrief', footer: 'debrief' });
      const pages =
        Buffer.from(pdf)
          .toString('latin1')
          .match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThanOrEqual(12);
    },
    60_000,
  );
});

describe('the ranking for the class', () => {
  it('lists the states with no exposure by name, as a reader looks them up, not in the order of their codes', () => {
    const t = transcript();
    const many = {
      ...t,
      judgment: {
        ...t.judgment!,
        states: [
          ['ESP', 'Spain'],
          ['GBR', 'United Kingdom'],
          ['GHA', 'Ghana'],
          ['ARG', 'Argentina'],
          ['CZE', 'Czechia'],
          ['DEU', 'Germany'],
          ['FRA', 'France'],
          ['BRA', 'Brazil'],
          ['CHN', 'China'],
          ['NOR', 'Norway'],
          ['MEX', 'Mexico'],
        ].map(([state, name]) => ({ ...t.judgment!.states[0]!, state: state!, name: name!, exposure: 0, band: 'none', findings: [] })),
      },
    } as typeof t;
    const gathered = debriefOf(many).ranking.find((r) => r.rank === '—');
    expect(gathered?.names).toEqual(['Argentina', 'Brazil', 'China', 'Czechia', 'France', 'Germany', 'Ghana', 'Mexico', 'Norway', 'Spain', 'United Kingdom']);
  });
});
