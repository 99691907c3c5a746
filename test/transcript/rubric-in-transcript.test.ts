import { describe, expect, it } from 'vitest';
import { viewFor } from '../../src/core/session';
import { exportTranscript } from '../../src/host/export';
import { scriptedTranscriptSession } from '../support/transcript-session';

/**
 * The instructor's rubric inside the transcript (issue 18, item 5; docs/assessment.md): the
 * facilitator's export carries it, a part per seated delegation with the facilitator's edits and
 * comments; no delegation's export has any of it.
 */
const COMMENT = 'Signed the agreement late, under pressure from the penholder.';
const { scenario, driver } = scriptedTranscriptSession();
driver.do('chair', { type: 'rubric.edit', state: 'FRA', criterion: 'commitments', score: 40, comment: COMMENT });
const state = driver.state;

describe('the rubric in the transcript', () => {
  it("is in the facilitator's export, with the edited score beside the record's and the comment", async () => {
    const md = (await exportTranscript(scenario, state, { format: 'md', world: null })).content as string;
    const part = md.slice(md.indexOf('# Assessment rubric (for the instructor)'), md.indexOf('# Appendix: the full record'));
    const france = part.slice(part.indexOf('## France'), part.indexOf('## ', part.indexOf('## France') + 3));
    expect(france).toContain(`| Offers and commitments kept | 15 | 100 | 40 (edited by the facilitator) |`);
    expect(france).toContain(COMMENT);

    const json = JSON.parse((await exportTranscript(scenario, state, { format: 'json', world: null })).content as string);
    const line = json.rubric.find((r: { state: string }) => r.state === 'FRA').lines.find((l: { criterion: string }) => l.criterion === 'commitments');
    expect(line).toMatchObject({ recordScore: 1, score: 0.4, edit: { score: 0.4, comment: COMMENT } });
  });

  it("is in no delegation's view of the session, even in the debrief", () => {
    for (const seat of state.config.seats.filter((s) => s.kind !== 'facilitator')) {
      const view = JSON.stringify(viewFor(scenario, state, { seatId: seat.id }));
      expect(view, seat.id).not.toContain(COMMENT);
    }
  });

  it("is in no delegation's export: not France's, whose line was edited, nor another's", async () => {
    for (const code of ['FRA', 'SRB']) {
      for (const format of ['md', 'json'] as const) {
        const content = (await exportTranscript(scenario, state, { format, as: code, world: null })).content as string;
        expect(content, `${code} ${format}`).not.toContain(COMMENT);
        expect(content, `${code} ${format}`).not.toContain('Assessment rubric');
        if (format === 'json') expect(JSON.parse(content).rubric, code).toBeUndefined();
      }
    }
  });
});
