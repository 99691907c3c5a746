import { describe, expect, it } from 'vitest';
import { Driver, loadFixture } from '../../../test/support/session';
import { completeFacts } from '../law/facts';
import { factsInputFromRecord } from '../law/record-input';
import { viewFor } from './view';

const scenario = loadFixture();

/** France convenes "Friends of the Marun Valley" in Negotiation and invites Ireland, Russia and Kenya. */
function convened(): Driver {
  return new Driver(scenario)
    .toPhase('negotiation')
    .do('fra', { type: 'group.convene', groupId: 'friends', title: 'Friends of the Marun Valley', invitees: ['IRL', 'RUS', 'KEN'] });
}

const seen = (s: Driver, seatId: string) => viewFor(scenario, s.state, { seatId }).state;

describe('group channels: the permanent five, the regional groups and contact groups', () => {
  it('only the permanent five write and read in their channel; the facilitator reads it too', () => {
    const s = new Driver(scenario).toPhase('negotiation').do('rus', { type: 'group.message', groupId: 'permanent-five', text: 'Shall we meet before the vote?' });
    expect(s.reject('irl', { type: 'group.message', groupId: 'permanent-five', text: 'May I join?' })).toBe('There is no group channel called "permanent-five".');
    expect(seen(s, 'gbr').groups['permanent-five']!.messages.map((m) => m.text)).toEqual(['Shall we meet before the vote?']);
    expect(seen(s, 'irl').groups['permanent-five']).toBeUndefined();
    expect(seen(s, 'irl').log.some((e) => e.event.type === 'group.message')).toBe(false);
    expect(viewFor(scenario, s.state, 'facilitator').state.groups['permanent-five']!.messages).toHaveLength(1);
  });

  it("a regional group's members write in it; a state of another group cannot", () => {
    const s = new Driver(scenario).toPhase('negotiation').do('gha', { type: 'group.message', groupId: 'region-african', text: 'The African Group should speak with one voice.' });
    expect(seen(s, 'ken').groups['region-african']!.messages).toHaveLength(1);
    expect(seen(s, 'fra').groups['region-african']).toBeUndefined();
    expect(s.reject('fra', { type: 'group.message', groupId: 'region-african', text: 'Hello.' })).toMatch(/no group channel/);
  });

  it('an invitee joins and reads the group; one declines, on the record; a state not invited never learns of it', () => {
    const s = convened()
      .do('irl', { type: 'group.join', groupId: 'friends' })
      .do('fra', { type: 'group.message', groupId: 'friends', text: 'We press for humanitarian access.' })
      .do('rus', { type: 'group.decline', groupId: 'friends', reason: 'An internal matter.' });
    expect(s.state.groups.friends).toMatchObject({ members: ['FRA', 'IRL'], declined: [{ state: 'RUS', reason: 'An internal matter.' }] });
    expect(seen(s, 'irl').groups.friends!.messages).toHaveLength(1);
    // Russia declined: it knows the group exists (it was invited) but reads none of its messages.
    expect(seen(s, 'rus').groups.friends!.messages).toEqual([]);
    expect(seen(s, 'rus').log.some((e) => e.event.type === 'group.message')).toBe(false);
    expect(seen(s, 'usa').groups.friends).toBeUndefined();
    expect(seen(s, 'usa').log.some((e) => e.event.type.startsWith('group.'))).toBe(false);
    expect(s.reject('usa', { type: 'group.join', groupId: 'friends' })).toBe('There is no contact group called "friends".');
    expect(s.reject('rus', { type: 'group.join', groupId: 'friends' })).toMatch(/declined/);
    expect(s.reject('ken', { type: 'group.message', groupId: 'friends', text: 'Before joining.' })).toMatch(/Join "Friends of the Marun Valley"/);
  });

  it('the law reads a declined contact group as a boycott of a multilateral meeting that presses the perpetrator', () => {
    const s = convened().do('rus', { type: 'group.decline', groupId: 'friends' });
    const facts = completeFacts(factsInputFromRecord(scenario, s.state));
    const russia = facts.states.find((f) => f.state === 'RUS')!;
    expect(russia.obstruction.map((o) => [o.kind, o.forum])).toEqual([['boycott', 'meetings']]);
    expect(facts.states.find((f) => f.state === 'IRL')?.obstruction ?? []).toEqual([]);
  });
});
