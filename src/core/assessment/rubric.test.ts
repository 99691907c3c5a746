import { describe, expect, it } from 'vitest';
import { transcriptFor } from '../transcript';
import { fixedReport, scriptedTranscriptSession } from '../../../test/support/transcript-session';
import { rubricCsv, rubricFor, type RubricEdit } from '.';

const { scenario, driver } = scriptedTranscriptSession();
const t = transcriptFor(scenario, driver.state, 'facilitator', fixedReport(driver.state));

describe('the assessment rubric', () => {
  it('marks a broken D2R agreement against the state that broke it, and a kept one for its partner', () => {
    const rubric = rubricFor(scenario, t);
    const line = (code: string) => rubric.find((r) => r.state === code)!.lines.find((l) => l.criterion === 'commitments')!;
    expect(line('SRB').score).toBe(0);
    expect(line('SRB').basis.join(' ')).toContain('the clause "No arms transfers"');
    expect(line('FRA').score).toBe(1);
  });

  it("takes the facilitator's score and comment over the record's, and keeps the record's beside it", () => {
    const edit: RubricEdit = { state: 'FRA', criterion: 'commitments', score: 0.4, comment: 'Signed late, under pressure.', seq: 999 };
    const france = rubricFor(scenario, t, [edit]).find((r) => r.state === 'FRA')!;
    const line = france.lines.find((l) => l.criterion === 'commitments')!;
    expect(line.score).toBe(0.4);
    expect(line.recordScore).toBe(1);
    expect(rubricCsv([france])).toContain(',100,40,"Signed late, under pressure.",');
  });

  it('writes a CSV a spreadsheet reads as text: a comment starting with = is not a formula', () => {
    const edit: RubricEdit = { state: 'FRA', criterion: 'exposure', score: null, comment: '=HYPERLINK("x")', seq: 999 };
    const csv = rubricCsv(rubricFor(scenario, t, [edit]));
    expect(csv.split('\r\n')[0]).toBe('State,Delegation,Played by,Criterion,Weight,Score from the record,Score,Facilitator comment,Rests on,Entries');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
