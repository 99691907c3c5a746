import { describe, expect, it } from 'vitest';
import { Driver, fixtureConfig, loadFixture } from '../../../test/support/session';
import type { LogEntry } from '../session/events';
import { penholders } from './drafting';
import { aiMoves } from './ai-delegate';
import { selfPlay, selfPlayTimestamp } from './self-play';

const scenario = loadFixture();

/** Kenya's seat is a person who does nothing; everyone else is an AI delegation. */
function withHumanKenya(seed: number) {
  const config = fixtureConfig(scenario, seed);
  return { ...config, seats: config.seats.map((s) => (s.id === 'ken' ? { ...s, kind: 'human' as const } : s)) };
}

function phaseOf(log: readonly LogEntry[], seq: number): number {
  return log.filter((e) => e.seq < seq && (e.event.type === 'phase.advance' || e.event.type === 'session.start')).length;
}

describe('the AI penholder', () => {
  for (const seed of [1, 3, 8]) {
    it(`circulates in Negotiation, puts in blue only after that Negotiation, and never puts a draft to the vote before (seed ${seed})`, () => {
      const { state, refused } = selfPlay(scenario, withHumanKenya(seed), { stopWhen: (s) => s.round > 2 });
      expect(refused).toEqual([]);
      const councilVotes = state.log.filter((e) => e.event.type === 'vote.open' && state.drafts[e.event.draftId]?.forum === 'council');
      expect(councilVotes.length).toBeGreaterThan(0);
      for (const open of councilVotes) {
        const draftId = (open.event as { draftId: string }).draftId;
        const circulated = state.log.find((e) => e.event.type === 'draft.circulate' && e.event.draftId === draftId)!;
        const blue = state.log.find((e) => e.event.type === 'draft.putInBlue' && e.event.draftId === draftId)!;
        expect(circulated).toBeDefined();
        expect(blue.seq).toBeLessThan(open.seq);
        // Put in blue in a later phase than the Negotiation it was circulated in.
        expect(phaseOf(state.log, blue.seq)).toBeGreaterThan(phaseOf(state.log, circulated.seq));
      }
    });
  }

  it('after a veto, no AI tables or circulates a new Council draft in the same Council phase', () => {
    for (const seed of [1, 3, 8]) {
      const { state } = selfPlay(scenario, withHumanKenya(seed), { stopWhen: (s) => s.round > 2 });
      for (const ballot of state.ballots.filter((b) => (b.councilResult?.vetoedBy.length ?? 0) > 0 && b.purpose === 'adoption')) {
        const phase = phaseOf(state.log, ballot.closedSeq!);
        const later = state.log.filter(
          (e) => e.seq > ballot.closedSeq! && phaseOf(state.log, e.seq) === phase && (e.event.type === 'draft.table' || e.event.type === 'draft.putInBlue' || e.event.type === 'vote.open'),
        );
        expect(later.map((e) => e.event.type)).toEqual([]);
      }
    }
  });

  it('answers each request: a preamble reference is accepted into a new revision, a drop that wins no vote is declined with its reason', () => {
    const s = new Driver(scenario).toPhase('negotiation');
    const pen = penholders(scenario, s.state, 'council')[0]!.toLowerCase();
    const circulate = aiMoves(scenario, s.state, pen, selfPlayTimestamp(s.state.log.length + 1)).commands.find((c) => c.event.type === 'draft.circulate');
    expect(circulate).toBeDefined();
    s.do(pen, circulate!.event);
    const [asker, referrer] = ['gbr', 'usa', 'irl', 'ken'].filter((seat) => seat !== pen);
    const draftId = (circulate!.event as { draftId: string }).draftId;
    const kept = s.state.drafts[draftId]!.measures[0]!;
    s.do(referrer!, { type: 'draft.requestChange', draftId, change: { kind: 'add-reference', text: 'Recalling its resolution 2417 (2018)' } });
    s.do(asker!, { type: 'draft.requestChange', draftId, change: { kind: 'drop-measure', measure: kept } });
    for (let i = 0; i < 3; i++) {
      const answers = aiMoves(scenario, s.state, pen, selfPlayTimestamp(s.state.log.length + 1)).commands.filter((c) => c.event.type === 'draft.answerRequest');
      for (const answer of answers) s.do(pen, answer.event);
    }
    const { requests, revisions } = s.state.drafts[draftId]!.circulation!;
    expect(requests.map((r) => r.answer?.accepted)).toEqual([true, false]);
    expect(requests[1]!.answer!.reason).toMatch(/would not change .*vote|instructions call for|worth too much/);
    expect(revisions.at(-1)!.text.preamble).toEqual(['Recalling its resolution 2417 (2018)']);
    expect(s.state.drafts[draftId]!.measures).toContain(kept);
  });
});
