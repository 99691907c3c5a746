import { describe, expect, it } from 'vitest';
import { Driver, ELEVEN_ONE_THREE, loadFixture } from '../../../test/support/session';
import { factsInputFromRecord } from '../law/record-input';
import { viewFor } from './view';
import { differencesInWords, revisionDifferences } from './revisions';

const scenario = loadFixture();

const ZERO_DRAFT = {
  type: 'draft.circulate',
  draftId: 'zero',
  title: 'The situation in the Marun Valley',
  measures: ['condemnation', 'sanctions'],
  operativeParagraphs: [
    'Condemns the attacks on civilians in the Marun Valley.',
    'Decides that all Member States shall freeze the funds of those responsible.',
  ],
  chapter: 'VII',
} as const;

/** France circulates a zero draft in round 1's Negotiation. */
function circulated(): Driver {
  return new Driver(scenario).toPhase('negotiation').do('fra', ZERO_DRAFT);
}

describe("a draft's life: zero draft, requests, revisions, in blue, then the vote", () => {
  it('a Council member circulates a zero draft in Negotiation; a non-member cannot, and it cannot be put to the vote yet', () => {
    const s = circulated();
    expect(s.state.drafts.zero).toMatchObject({ status: 'circulating', sponsors: ['FRA'] });
    expect(s.state.drafts.zero!.circulation!.revisions).toHaveLength(1);
    expect(s.reject('srb', { ...ZERO_DRAFT, draftId: 'other' })).toMatch(/not a member of the Security Council/);
    s.advance();
    expect(s.state.phase).toBe('council');
    expect(s.reject('fra', { type: 'vote.open', draftId: 'zero' })).toMatch(/put to the vote only once its penholder has put it in blue/);
  });

  it('a member asks to drop a measure and soften a paragraph; the penholder accepts one into rev.1 and declines the other with a reason', () => {
    const s = circulated();
    s.do('rus', { type: 'draft.requestChange', draftId: 'zero', change: { kind: 'drop-measure', measure: 'sanctions' } });
    const dropSeq = s.state.log.at(-1)!.seq;
    s.do('chn', { type: 'draft.requestChange', draftId: 'zero', change: { kind: 'reword', paragraph: 1, verb: 'Expresses grave concern at' } });
    const softenSeq = s.state.log.at(-1)!.seq;
    expect(s.reject('rus', { type: 'draft.answerRequest', draftId: 'zero', requestSeq: dropSeq, answer: 'accept' })).toMatch(/Only the penholder/);
    expect(s.reject('fra', { type: 'draft.answerRequest', draftId: 'zero', requestSeq: softenSeq, answer: 'decline' })).toMatch(/declined with a reason/);
    expect(s.reject('fra', { type: 'draft.putInBlue', draftId: 'zero' })).toMatch(/Answer every request/);

    s.do('fra', { type: 'draft.answerRequest', draftId: 'zero', requestSeq: dropSeq, answer: 'accept' });
    s.do('fra', { type: 'draft.answerRequest', draftId: 'zero', requestSeq: softenSeq, answer: 'decline', reason: 'The attacks are documented; we condemn them.' });
    const draft = s.state.drafts.zero!;
    expect(draft.measures).toEqual(['condemnation']);
    expect(draft.operativeParagraphs).toEqual(['Condemns the attacks on civilians in the Marun Valley.']);
    const [rev0, rev1] = draft.circulation!.revisions;
    expect(rev1!.number).toBe(1);
    expect(differencesInWords(revisionDifferences(rev0!.text, rev1!.text))).toEqual(['drops sanctions']);
    expect(draft.circulation!.requests.map((r) => [r.state, r.answer?.accepted, r.answer?.reason])).toEqual([
      ['RUS', true, null],
      ['CHN', false, 'The attacks are documented; we condemn them.'],
    ]);
  });

  it('an accepted softening changes the verb, and the difference says so', () => {
    const s = circulated();
    s.do('chn', { type: 'draft.requestChange', draftId: 'zero', change: { kind: 'reword', paragraph: 2, verb: 'Calls upon' } });
    s.do('fra', { type: 'draft.answerRequest', draftId: 'zero', requestSeq: s.state.log.at(-1)!.seq, answer: 'accept' });
    const [rev0, rev1] = s.state.drafts.zero!.circulation!.revisions;
    expect(rev1!.text.operativeParagraphs[1]).toBe('Calls upon that all Member States shall freeze the funds of those responsible.');
    expect(differencesInWords(revisionDifferences(rev0!.text, rev1!.text))).toEqual(['softens operative paragraph 2 from “Decides” to “Calls upon”']);
  });

  it('only members ask for changes, not the penholder, and only while the draft is in circulation', () => {
    const s = circulated();
    expect(s.reject('srb', { type: 'draft.requestChange', draftId: 'zero', change: { kind: 'drop-measure', measure: 'sanctions' } })).toMatch(/only members ask/);
    expect(s.reject('fra', { type: 'draft.requestChange', draftId: 'zero', change: { kind: 'drop-measure', measure: 'sanctions' } })).toMatch(/You hold the pen/);
    s.do('fra', { type: 'draft.putInBlue', draftId: 'zero' });
    expect(s.reject('rus', { type: 'draft.requestChange', draftId: 'zero', change: { kind: 'drop-measure', measure: 'sanctions' } })).toMatch(/in blue/);
  });

  it('in blue, the draft is tabled and goes to the vote in the Council', () => {
    const s = circulated().do('fra', { type: 'draft.putInBlue', draftId: 'zero' }).advance();
    expect(s.state.drafts.zero!.status).toBe('tabled');
    s.do('fra', { type: 'vote.open', draftId: 'zero' }).voteAll(ELEVEN_ONE_THREE);
    expect(s.state.drafts.zero!.status).toBe('vetoed');
  });

  it('a draft tabled directly in the Council is in blue as tabled (old scripts keep working)', () => {
    const s = new Driver(scenario).toPhase('council').tableCouncilDraft('fra', 'd1').do('fra', { type: 'vote.open', draftId: 'd1' });
    expect(s.state.drafts.d1).toMatchObject({ status: 'in-vote', circulation: null });
  });

  it('the zero draft and its negotiation are seen by the Council members and the facilitator only; once in blue, the text is public', () => {
    const s = circulated();
    s.do('rus', { type: 'draft.requestChange', draftId: 'zero', change: { kind: 'drop-measure', measure: 'sanctions' } });
    const serbia = viewFor(scenario, s.state, { seatId: 'srb' }).state;
    expect(serbia.drafts.zero).toBeUndefined();
    expect(serbia.log.some((e) => e.event.type.startsWith('draft.'))).toBe(false);
    expect(viewFor(scenario, s.state, 'projector').state.drafts.zero).toBeUndefined();
    expect(viewFor(scenario, s.state, { seatId: 'ken' }).state.drafts.zero!.circulation!.requests).toHaveLength(1);
    s.do('fra', { type: 'draft.answerRequest', draftId: 'zero', requestSeq: s.state.log.at(-1)!.seq, answer: 'accept' }).do('fra', { type: 'draft.putInBlue', draftId: 'zero' });
    const later = viewFor(scenario, s.state, { seatId: 'srb' }).state;
    expect(later.drafts.zero).toMatchObject({ status: 'tabled', measures: ['condemnation'] });
    expect(later.drafts.zero!.circulation!.requests).toEqual([]);
  });

  it('who sought which change is on the record the law engine reads, with the measures the change would have left', () => {
    const s = circulated();
    s.do('rus', { type: 'draft.requestChange', draftId: 'zero', change: { kind: 'drop-measure', measure: 'sanctions' } });
    const seq = s.state.log.at(-1)!.seq;
    const input = factsInputFromRecord(scenario, s.state);
    expect(input.states?.RUS?.changeRequests).toEqual([{ seq, round: 1, draft: 'zero', measures: ['condemnation'] }]);
    expect(input.states?.CHN?.changeRequests).toBeUndefined();
  });
});
