import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioText } from '../scenario/load';
import { Driver, fixtureConfig, loadFixture } from '../../../test/support/session';
import { commitmentRegistry } from '../session/commitments';
import { planMoves } from './ai-delegate';

const scenario = loadFixture();

function loadScenarioFile(name: string) {
  const result = loadScenarioText(readFileSync(join(import.meta.dirname, '..', '..', '..', 'scenarios', name), 'utf8'));
  if (!result.ok) throw new Error(name);
  return result.scenario;
}

const ZERO_DRAFT = {
  type: 'draft.circulate',
  draftId: 'zero',
  title: 'The situation in the Marun Valley',
  measures: ['condemnation', 'sanctions', 'humanitarian-access'],
  operativeParagraphs: ['Condemns the attacks on civilians.', 'Decides that all Member States shall freeze the funds of those responsible.', 'Demands humanitarian access.'],
  chapter: 'VII',
} as const;

const DROP_SANCTIONS = { kind: 'change', draftId: 'zero', change: { kind: 'drop-measure', measure: 'sanctions' } } as const;
const OTHERS_YES = ['GBR', 'USA', 'ALB', 'BRA', 'GHA', 'IRL', 'JPN', 'KEN', 'MEX', 'NOR'];

function answerOf(s: Driver, code: string) {
  return planMoves(scenario, s.state, code.toLowerCase()).filter((m) => m.event.type === 'offer.answer');
}

describe('an AI delegation answers offers from the weighing that casts its votes', () => {
  it('Russia accepts to abstain instead of vetoing if the penholder drops sanctions, its red line, and says why', () => {
    const s = new Driver(scenario).toPhase('negotiation').do('fra', ZERO_DRAFT);
    s.do('fra', { type: 'offer.make', offerId: 'o1', to: 'RUS', gives: [DROP_SANCTIONS], asks: [{ kind: 'vote', draftId: 'zero', vote: 'abstain' }] });
    const [answer] = answerOf(s, 'RUS');
    expect(answer!.event).toMatchObject({ type: 'offer.answer', offerId: 'o1', answer: 'accept' });
    expect(answer!.says).toMatch(/^The Russian Federation accepts: for us to abstain .* if France will drop sanctions/);
    expect(answer!.coach).toMatch(/times trust 1/);
  });

  it('every offer gets exactly one answer: once answered, no other is planned for it', () => {
    const s = new Driver(scenario).toPhase('negotiation').do('fra', ZERO_DRAFT);
    s.do('fra', { type: 'offer.make', offerId: 'o1', to: 'CHN', gives: [DROP_SANCTIONS], asks: [{ kind: 'vote', draftId: 'zero', vote: 'yes' }] });
    const answers = answerOf(s, 'CHN');
    expect(answers).toHaveLength(1);
    s.do('chn', answers[0]!.event);
    expect(answerOf(s, 'CHN')).toEqual([]);
  });

  it('Russia keeps its word at the ballot; after a broken promise France trusts it less, and its answer and coach note say so', () => {
    const s = new Driver(scenario).toPhase('negotiation').do('fra', ZERO_DRAFT);
    s.do('fra', { type: 'offer.make', offerId: 'o1', to: 'RUS', gives: [DROP_SANCTIONS], asks: [{ kind: 'vote', draftId: 'zero', vote: 'abstain' }] });
    s.do('rus', answerOf(s, 'RUS')[0]!.event);
    s.do('fra', { type: 'draft.putInBlue', draftId: 'zero' }).advance().do('fra', { type: 'vote.open', draftId: 'zero' });
    const russiaVotes = planMoves(scenario, s.state, 'rus').find((m) => m.event.type === 'vote.cast')!;
    expect(russiaVotes.event).toMatchObject({ vote: 'abstain' });
    expect(russiaVotes.says).toMatch(/as we told France we would/);
    // The facilitator's hand on Russia's chair breaks the promise: the record marks it, and France remembers.
    s.voteAll({ yes: ['FRA', ...OTHERS_YES], no: ['RUS'], abstain: ['CHN', 'IND', 'ARE'] });
    expect(commitmentRegistry(s.state).find((c) => c.by === 'RUS')).toMatchObject({ status: 'broken', shows: 'voted no', seq: s.state.ballots[0]!.closedSeq });
    s.do('rus', { type: 'offer.make', offerId: 'o2', to: 'FRA', gives: [{ kind: 'refrain', conduct: 'arms-transfer' }], asks: [{ kind: 'refrain', conduct: 'sanctions' }] });
    const [answer] = answerOf(s, 'FRA');
    expect(answer!.says).toMatch(/The Russian Federation did not keep its word to us before \(it promised to abstain \(not vote against\) on “The situation in the Marun Valley”; voted no\), so we weigh its promises at 0\.75 of their worth/);
    expect(answer!.coach).toMatch(/its trust in the Russian Federation is 0\.75 because the Russian Federation broke a commitment to it/);
  });
});

describe('a yes won is worth more than a yes the penholder had anyway', () => {
  const syria = loadScenarioFile('syria-2011-2013.yaml');
  const SYRIA_DRAFT = {
    type: 'draft.circulate',
    draftId: 'syria-zero',
    title: 'The situation in the Syrian Arab Republic',
    measures: ['condemnation', 'sanctions', 'humanitarian-access'],
    operativeParagraphs: ['Condemns the violence against civilians.', 'Decides that all Member States shall freeze the funds of those responsible.', 'Demands humanitarian access.'],
    chapter: 'VII',
  } as const;
  const offerFrom = (member: string) => {
    const s = new Driver(syria, fixtureConfig(syria)).toPhase('negotiation').do('deu', SYRIA_DRAFT);
    s.do(member.toLowerCase(), {
      type: 'offer.make',
      offerId: 'o1',
      to: 'DEU',
      gives: [{ kind: 'vote', draftId: 'syria-zero', vote: 'yes' }],
      asks: [{ kind: 'change', draftId: 'syria-zero', change: { kind: 'drop-measure', measure: 'sanctions' } }],
    });
    return planMoves(syria, s.state, 'deu').find((m) => m.event.type === 'offer.answer')!;
  };

  it('Germany, holding the pen, drops sanctions for the yes of Pakistan, which would not otherwise vote for the text', () => {
    expect(offerFrom('PAK').event).toMatchObject({ answer: 'accept' });
  });

  it('but not for the yes of Portugal, which would vote for the text as it stands', () => {
    expect(offerFrom('PRT').event).toMatchObject({ answer: 'decline' });
  });
});
