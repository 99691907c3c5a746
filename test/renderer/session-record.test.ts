import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/core/scenario/load';
import { applyCommand, createSession, openBallotOf, viewFor, type SessionEvent, type SessionState } from '../../src/core/session';
import { defaultSeat } from '../../src/renderer/session/useSession';
import { draftIdFor } from '../../src/renderer/session/chamber/TableDraftModal';
import { entryPhases } from '../../src/renderer/session/format';
import { timelineRows } from '../../src/renderer/session/timeline/rows';

const loaded = loadScenarioText(readFileSync('scenarios/training-kestria.yaml', 'utf8'));
if (!loaded.ok) throw new Error('training scenario does not load');
const scenario = loaded.scenario;
const members = [...scenario.council.permanent, ...scenario.council.elected];
const codes = [...new Set([...members, ...scenario.states.map((s) => s.code)])].sort();
const config = {
  scenarioId: scenario.id,
  seed: 3,
  mode: 'hotseat' as const,
  difficulty: 'realistic' as const,
  seats: [
    ...codes.map((code) => ({ id: code.toLowerCase(), kind: code === 'FRA' || code === 'RUS' ? ('human' as const) : ('ai' as const), state: code })),
    { id: 'facilitator', kind: 'facilitator' as const, state: null },
  ],
};

/** Round 1 up to a vetoed Council draft, with a private message in the negotiation. */
function played(): SessionState {
  let state = createSession(scenario, config);
  let t = Date.UTC(2031, 2, 1);
  const send = (by: string, event: SessionEvent) => {
    t += 1000;
    const r = applyCommand(scenario, state, { by, at: new Date(t).toISOString(), event });
    if (!r.ok) throw new Error(`${by} ${event.type}: ${r.reason}`);
    state = r.state;
  };
  send('facilitator', { type: 'session.start' });
  send('facilitator', { type: 'phase.advance' }); // crisis update
  send('facilitator', { type: 'phase.advance' }); // negotiation
  send('fra', { type: 'message.private', to: 'GBR', text: 'Will you co-sponsor?' });
  send('facilitator', { type: 'phase.advance' }); // council
  send('fra', { type: 'draft.table', draftId: 'icc-r1', forum: 'council', title: 'Referral', measures: ['icc-referral'], operativeParagraphs: ['Refers.'], chapter: 'VII' });
  send('fra', { type: 'vote.open', draftId: 'icc-r1' });
  const ballot = openBallotOf(state)!;
  for (const code of members) send(code.toLowerCase(), { type: 'vote.cast', ballotId: ballot.id, vote: code === 'RUS' ? 'no' : 'yes' });
  return state;
}

describe('session record in the renderer', () => {
  const state = played();

  it('places every entry in the round and phase it was made in', () => {
    const phases = entryPhases(state);
    const of = (type: string) => state.log.filter((e) => e.event.type === type).map((e) => phases.get(e.seq));
    expect(of('session.start')).toEqual([{ round: 0, phase: 'seating' }]);
    expect(of('message.private')).toEqual([{ round: 1, phase: 'negotiation' }]);
    expect(of('draft.table')).toEqual([{ round: 1, phase: 'council' }]);
  });

  it('shows a seat its own private items, marked, and the ballot result with the veto; never another seat\'s', () => {
    const fra = timelineRows(viewFor(scenario, state, { seatId: 'fra' }));
    const rus = timelineRows(viewFor(scenario, state, { seatId: 'rus' }));
    const privateFra = fra.filter((r) => r.confidential);
    expect(privateFra.map((r) => r.text)).toEqual(['France sent the United Kingdom a private message.']);
    expect(rus.some((r) => r.text.includes('private message'))).toBe(false);
    const result = fra.find((r) => r.kind === 'result')!;
    expect(result).toMatchObject({ outcome: 'vetoed', text: expect.stringContaining('vetoed by the Russian Federation (art. 27(3)), 14-1-0') });
    expect(result.quote).toContain('owing to the negative vote of a permanent member');
    // Entries carry their seq (the #timeline-<seq> anchors); derived rows follow the entry that produced them.
    expect(fra.filter((r) => r.anchor).map((r) => r.seq)).toEqual(viewFor(scenario, state, { seatId: 'fra' }).state.log.map((e) => e.seq));
    expect(fra.some((r) => r.kind === 'evidence' && r.round === 1)).toBe(true);
  });

  it('gives new drafts free ids from their titles', () => {
    const view = viewFor(scenario, state, { seatId: 'fra' });
    expect(draftIdFor(view, 'Protection of the Vell!')).toBe('protection-of-the-vell-r1');
    expect(draftIdFor(view, '')).toBe('draft-r1');
  });

  it('starts a connection on its seat: the stored one, else its first human seat, else the facilitator', () => {
    const meta = { localSeats: ['fra', 'rus', 'facilitator'], seats: config.seats } as unknown as Parameters<typeof defaultSeat>[0];
    expect(defaultSeat(meta, 'rus')).toBe('rus');
    expect(defaultSeat(meta, 'usa')).toBe('fra');
    expect(defaultSeat({ ...meta, localSeats: ['facilitator'] }, null)).toBe('facilitator');
  });
});
