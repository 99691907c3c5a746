import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ScenarioStore } from '../scenarios';
import { FACILITATOR_SEAT, SessionService } from '../sessions';

/**
 * What happens to a seat that misses a deadline is the scenario's choice
 * (roundPlan.onMissedDeadline) and is recorded in the log.
 */

const root = mkdtempSync(join(tmpdir(), 'moot-deadline-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const kestria = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'scenarios', 'training-kestria.yaml'),
  'utf8',
);

function service(onMissedDeadline: 'abstain' | 'no-action' | 'ai') {
  const dir = join(root, onMissedDeadline);
  mkdirSync(dir, { recursive: true });
  const text = kestria.replace(/onMissedDeadline: \S+/, `onMissedDeadline: ${onMissedDeadline}`);
  writeFileSync(
    join(dir, 'kestria.yaml'),
    text.includes('onMissedDeadline')
      ? text
      : text.replace('roundPlan:\n', `roundPlan:\n  onMissedDeadline: ${onMissedDeadline}\n`),
  );
  return new SessionService({
    scenarios: new ScenarioStore(dir),
    sessionsDir: join(dir, 'sessions'),
    send: () => {},
    timers: true,
    warn: () => {},
  });
}

/** A session with two human seats (hot-seat: this connection may act as both) in the Council with a draft put to the vote; France (a student) has not voted. */
async function councilVote(s: SessionService) {
  const meta = await s.create(
    {
      scenarioId: 'training-kestria',
      seed: 5,
      mode: 'hotseat',
      facilitatorPin: null,
      humanStates: ['FRA', 'GBR'],
      difficulty: 'realistic',
      timers: true,
    },
    'chair',
  );
  const id = meta.sessionId;
  const chair = (event: Parameters<SessionService['submit']>[3]) =>
    expect(s.submit('chair', id, FACILITATOR_SEAT, event).ok).toBe(true);
  for (let i = 0; i < 3; i += 1) chair({ type: 'phase.advance' });
  expect(s.stateOf(id).phase).toBe('council');
  let state = s.stateOf(id);
  if (!state.ballots.some((b) => b.closedSeq === null)) {
    expect(
      s.submit('chair', id, 'gbr', {
        type: 'draft.table',
        draftId: 'd1',
        forum: 'council',
        title: 'Protection of civilians',
        measures: ['condemnation'],
        operativeParagraphs: ['Condemns the attacks on civilians.'],
        chapter: 'VII',
      }).ok,
    ).toBe(true);
    expect(s.submit('chair', id, 'gbr', { type: 'vote.open', draftId: 'd1' }).ok).toBe(true);
  }
  state = s.stateOf(id);
  const ballot = state.ballots.find((b) => b.closedSeq === null)!;
  if (ballot.votes.GBR === undefined)
    expect(
      s.submit('chair', id, 'gbr', { type: 'vote.cast', ballotId: ballot.id, vote: 'yes' }).ok,
    ).toBe(true);
  return { id, ballotId: ballot.id, duration: s.stateOf(id).timer.durationSeconds! };
}

describe('a missed deadline (roundPlan.onMissedDeadline)', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2031-03-01T10:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('abstain: the seat that has not voted abstains; timer.expired is in the log', async () => {
    const s = service('abstain');
    const { id, ballotId, duration } = await councilVote(s);
    await vi.advanceTimersByTimeAsync((duration + 1) * 1000);
    const state = s.stateOf(id);
    expect(state.log.map((e) => e.event)).toContainEqual({
      type: 'timer.expired',
      round: 1,
      phase: 'council',
    });
    expect(state.ballots.find((b) => b.id === ballotId)!.councilResult!.recorded.FRA).toBe(
      'abstain',
    );
    s.closeAll();
  });

  it('no-action: the seat that has not voted is absent', async () => {
    const s = service('no-action');
    const { id, ballotId, duration } = await councilVote(s);
    await vi.advanceTimersByTimeAsync((duration + 1) * 1000);
    expect(s.stateOf(id).ballots.find((b) => b.id === ballotId)!.councilResult!.recorded.FRA).toBe(
      'absent',
    );
    s.closeAll();
  });

  it('ai: the AI delegate votes for the seat before the phase ends, recorded as the facilitator acting for it', async () => {
    const s = service('ai');
    const { id, ballotId, duration } = await councilVote(s);
    await vi.advanceTimersByTimeAsync((duration + 1) * 1000);
    const state = s.stateOf(id);
    const played = state.log.find((e) => e.actingFor === 'fra' && e.event.type === 'vote.cast');
    expect(played).toMatchObject({
      by: FACILITATOR_SEAT,
      ai: { coach: expect.stringContaining('deadline passed') },
    });
    const expired = state.log.findIndex((e) => e.event.type === 'timer.expired');
    expect(state.log.indexOf(played!)).toBeLessThan(expired);
    const recorded = state.ballots.find((b) => b.id === ballotId)!.councilResult!.recorded.FRA;
    expect(['yes', 'no', 'abstain']).toContain(recorded);
    // The seat stays a student's seat.
    expect(state.config.seats.find((x) => x.id === 'fra')!.kind).toBe('human');
    s.closeAll();
  });
});
