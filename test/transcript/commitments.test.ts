import { describe, expect, it } from 'vitest';
import { commitmentsOf, debriefOf, transcriptFor } from '../../src/core/transcript';
import { rubricFor } from '../../src/core/assessment';
import { Driver, loadFixture } from '../support/session';

/**
 * Political commitments in the debrief and the rubric: Russia promises France, the penholder, to
 * abstain if sanctions are dropped; France drops them; Russia then votes against the text.
 */
const scenario = loadFixture();
const OTHERS_YES = ['FRA', 'GBR', 'USA', 'ALB', 'BRA', 'GHA', 'IRL', 'JPN', 'KEN', 'MEX', 'NOR'];

function brokenPromise(): Driver {
  return new Driver(scenario)
    .toPhase('negotiation')
    .do('fra', {
      type: 'draft.circulate',
      draftId: 'zero',
      title: 'The situation in the Marun Valley',
      measures: ['condemnation', 'sanctions'],
      operativeParagraphs: ['Condemns the attacks on civilians in the Marun Valley.', 'Decides that all Member States shall freeze the funds of those responsible.'],
      chapter: 'VII',
    })
    .do('rus', {
      type: 'offer.make',
      offerId: 'o1',
      to: 'FRA',
      gives: [{ kind: 'vote', draftId: 'zero', vote: 'abstain' }],
      asks: [{ kind: 'change', draftId: 'zero', change: { kind: 'drop-measure', measure: 'sanctions' } }],
    })
    .do('fra', { type: 'offer.answer', offerId: 'o1', answer: 'accept', reason: 'An abstention lets the text pass.' })
    .do('fra', { type: 'draft.putInBlue', draftId: 'zero' })
    .advance()
    .do('fra', { type: 'vote.open', draftId: 'zero' })
    .voteAll({ yes: OTHERS_YES, no: ['RUS'], abstain: ['CHN', 'IND', 'ARE'] });
}

describe('political commitments in the debrief', () => {
  it("lists each delegation's commitments with what the record shows, and the rubric counts the broken one against Russia", () => {
    const s = brokenPromise();
    const t = transcriptFor(scenario, s.state, 'facilitator');
    expect(t.commitments?.map((c) => [c.by, c.status, c.shows])).toEqual([
      ['RUS', 'broken', 'voted no'],
      ['FRA', 'kept', 'the text put in blue carries the change'],
    ]);
    const d = debriefOf(t);
    const russia = d.delegations.find((g) => g.state === 'RUS')!;
    expect(russia.commitments).toEqual([
      expect.objectContaining({ kept: 'broken', words: expect.stringMatching(/^A political commitment to France \(round 1\): .*; the record shows it voted no\.$/) }),
    ]);
    const rubric = rubricFor(scenario, t);
    const line = (code: string) => rubric.find((r) => r.state === code)!.lines.find((l) => l.criterion === 'commitments')!;
    expect(line('RUS').recordScore).toBe(0);
    expect(line('FRA').recordScore).toBe(1);
  });
});

describe('D2R agreements among the commitments', () => {
  it('tells two agreements between the same parties apart: a proposal rejected in round 1 is no commitment, the one signed in round 4 is kept', () => {
    const t = {
      states: [
        { code: 'NOR', name: 'Norway' },
        { code: 'USA', name: 'United States' },
      ],
      commitments: [],
      agreements: [
        {
          parties: ['NOR', 'USA'],
          signedBy: [],
          status: 'rejected',
          clauses: [],
          breaches: [],
          history: [
            { seq: 24, round: 1, state: 'NOR', action: 'propose', clauses: ['no-arms-transfers'] },
            { seq: 30, round: 1, state: 'USA', action: 'reject', clauses: null },
          ],
        },
        {
          parties: ['NOR', 'USA'],
          signedBy: ['NOR', 'USA'],
          status: 'signed',
          clauses: [],
          breaches: [],
          history: [
            { seq: 480, round: 4, state: 'NOR', action: 'propose', clauses: ['no-arms-transfers'] },
            { seq: 489, round: 4, state: 'USA', action: 'sign', clauses: null },
          ],
        },
      ],
    } as unknown as Parameters<typeof commitmentsOf>[0];
    expect(commitmentsOf(t, 'USA').map((c) => [c.kept, c.words])).toEqual([
      ['not binding', 'The D2R agreement between Norway and the United States, proposed by Norway in round 1: rejected, never binding.'],
      ['kept', 'The D2R agreement between Norway and the United States, signed in round 4: kept.'],
    ]);
  });
});
