import { describe, expect, it } from 'vitest';
import { Driver, loadFixture } from '../../../test/support/session';
import { aiMoves } from './ai-delegate';

const scenario = loadFixture();
const AT = '2030-01-01T00:00:00.000Z';

/** The answer a seat's AI delegation gives now, among the given event types. */
function answerOf(s: Driver, seat: string, types: readonly string[]): string {
  return aiMoves(scenario, s.state, seat, AT).commands.find((c) => types.includes(c.event.type))?.event.type ?? 'silence';
}

describe('AI delegations where the Council acts by consensus, and at stated meetings', () => {
  it('a Council member joins, objects to or stays silent on a statement as it would vote on condemnation', () => {
    const s = new Driver(scenario)
      .toPhase('council')
      .do('irl', { type: 'councilStatement.propose', statementId: 'prst', kind: 'presidential', text: 'The Council condemns the clearances of Marun villages.' });
    const types = ['councilStatement.join', 'councilStatement.object'];
    // France and the United Kingdom would vote to condemn; Russia, which would not vote yes but
    // values condemnation above what earns its no, stays silent: it acquiesces when the phase ends.
    expect(answerOf(s, 'fra', types)).toBe('councilStatement.join');
    expect(answerOf(s, 'gbr', types)).toBe('councilStatement.join');
    expect(answerOf(s, 'rus', types)).toBe('silence');
    const france = aiMoves(scenario, s.state, 'fra', AT).commands.find((c) => c.event.type === 'councilStatement.join')!;
    expect(france.ai!.coach).toMatch(/joined the consensus on a presidential statement/);
  });

  it('an invitee attends or declines a stated meeting as it would answer a contact group', () => {
    const s = new Driver(scenario).toPhase('negotiation');
    const types = ['meeting.attend', 'meeting.decline'];
    expect(answerOf(s, 'rus', types)).toBe('meeting.decline');
    expect(answerOf(s, 'fra', types)).toBe('meeting.attend');
    expect(answerOf(s, 'srb', types)).toBe('silence');
  });
});
