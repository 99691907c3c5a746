import { describe, expect, it } from 'vitest';
import { Driver, loadFixture } from '../../../test/support/session';
import { aiMoves } from './ai-delegate';

const scenario = loadFixture();

describe('an AI delegation invited to a contact group', () => {
  it('joins or declines from its assessment of condemnation, and says why in its coach note', () => {
    const s = new Driver(scenario)
      .toPhase('negotiation')
      .do('fra', { type: 'group.convene', groupId: 'friends', title: 'Friends of the Marun Valley', invitees: ['IRL', 'RUS', 'GBR', 'CHN'] });
    const answers = Object.fromEntries(
      ['irl', 'rus', 'gbr', 'chn'].map((seat) => {
        const move = aiMoves(scenario, s.state, seat, '2030-01-01T00:00:00.000Z').commands.find((c) => c.event.type === 'group.join' || c.event.type === 'group.decline');
        return [seat, move ? move.event.type : 'none'];
      }),
    );
    // Russia shields the perpetrator in this scenario; the others would vote to condemn.
    expect(answers).toEqual({ irl: 'group.join', rus: 'group.decline', gbr: 'group.join', chn: 'group.join' });
    const russia = aiMoves(scenario, s.state, 'rus', '2030-01-01T00:00:00.000Z').commands.find((c) => c.event.type === 'group.decline')!;
    expect(russia.ai!.coach).toMatch(/declined "Friends of the Marun Valley", convened by France .* on the record as having declined a multilateral meeting/);
  });

  it('speaks at most once a phase in a group, after a person has written there', () => {
    const s = new Driver(scenario).toPhase('negotiation');
    s.state.config.seats.find((seat) => seat.id === 'fra')!.kind = 'human';
    s.do('fra', { type: 'group.message', groupId: 'permanent-five', text: 'Will you support sanctions?' });
    const words = (seat: string) => aiMoves(scenario, s.state, seat, '2030-01-01T00:00:00.000Z').commands.filter((c) => c.event.type === 'group.message');
    const first = words('gbr');
    expect(first).toHaveLength(1);
    expect((first[0]!.event as { text: string }).text).toMatch(/^The United Kingdom, to the Permanent five: .*sanction/i);
    s.do('gbr', first[0]!.event);
    expect(words('gbr')).toEqual([]);
    expect(words('irl')).toEqual([]);
  });
});
