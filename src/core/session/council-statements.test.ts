import { describe, expect, it } from 'vitest';
import { Driver, loadFixture } from '../../../test/support/session';
import { completeFacts } from '../law/facts';
import { factsInputFromRecord } from '../law/record-input';
import { councilStatementStatus } from './council-statements';

const scenario = loadFixture();

/** Ireland proposes a presidential statement condemning the clearances in the Council phase of round 1. */
function proposed(): Driver {
  return new Driver(scenario)
    .toPhase('council')
    .do('irl', { type: 'councilStatement.propose', statementId: 'prst-marun', kind: 'presidential', text: 'The Council condemns the clearances of Marun villages.' });
}

const status = (s: Driver) => councilStatementStatus(s.state.councilStatements['prst-marun']!, s.state);
const stateFacts = (s: Driver, code: string) => completeFacts(factsInputFromRecord(scenario, s.state)).states.find((f) => f.state === code);

describe('presidential and press statements: consensus by silence procedure', () => {
  it('is open during the Council phase and adopted when the phase ends with no objection', () => {
    const s = proposed().do('fra', { type: 'councilStatement.join', statementId: 'prst-marun' });
    expect(status(s)).toBe('open');
    s.do('chair', { type: 'phase.advance' });
    expect(status(s)).toBe('adopted');
    expect(s.reject('gbr', { type: 'councilStatement.object', statementId: 'prst-marun' })).toMatch(/not in order|silence procedure/);
  });

  it('one objection blocks it; only Council members answer, each once, and not the proposer', () => {
    const s = proposed().do('rus', { type: 'councilStatement.object', statementId: 'prst-marun', reason: 'An internal matter.' });
    expect(status(s)).toBe('blocked');
    expect(s.reject('rus', { type: 'councilStatement.join', statementId: 'prst-marun' })).toBe('You have already answered that statement.');
    expect(s.reject('irl', { type: 'councilStatement.object', statementId: 'prst-marun' })).toMatch(/You proposed that statement/);
    expect(s.reject('srb', { type: 'councilStatement.join', statementId: 'prst-marun' })).toMatch(/Only members of the Security Council/);
    s.do('chair', { type: 'phase.advance' });
    expect(status(s)).toBe('blocked');
  });

  it('the law reads silence in an issued statement as acquiescence, and a lone objection as obstruction in the Council', () => {
    const adopted = proposed().do('chair', { type: 'phase.advance' });
    expect(stateFacts(adopted, 'RUS')!.alternatives.map((a) => [a.kind, a.statement])).toEqual([['acquiesced-statement', 'presidential']]);
    const blocked = proposed().do('rus', { type: 'councilStatement.object', statementId: 'prst-marun' }).do('chair', { type: 'phase.advance' });
    expect(stateFacts(blocked, 'RUS')!.obstruction.map((o) => [o.kind, o.forum])).toEqual([['statement-objection', 'council']]);
    expect(stateFacts(blocked, 'CHN')?.alternatives ?? []).toEqual([]);
  });
});

describe('meetings the scenario states', () => {
  it('an invitee attends or declines in the meeting round, once; a state not invited cannot answer', () => {
    const s = new Driver(scenario)
      .toPhase('negotiation')
      .do('fra', { type: 'meeting.attend', meetingId: 'arria-marun' })
      .do('rus', { type: 'meeting.decline', meetingId: 'arria-marun', reason: 'An internal matter.' });
    expect(s.state.meetingAnswers.map((a) => [a.state, a.answer])).toEqual([
      ['FRA', 'attend'],
      ['RUS', 'decline'],
    ]);
    expect(s.reject('rus', { type: 'meeting.attend', meetingId: 'arria-marun' })).toBe('You have already declined the Arria-formula meeting on the Marun Valley.');
    expect(s.reject('srb', { type: 'meeting.attend', meetingId: 'arria-marun' })).toMatch(/not invited/);
    const facts = completeFacts(factsInputFromRecord(scenario, s.state));
    expect(facts.states.find((f) => f.state === 'RUS')!.obstruction.map((o) => [o.kind, o.forum])).toEqual([['boycott', 'meetings']]);
    expect(facts.states.find((f) => f.state === 'FRA')?.obstruction ?? []).toEqual([]);
  });
});
