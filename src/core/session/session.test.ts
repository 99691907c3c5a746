import { describe, expect, it } from 'vitest';
import { Driver, ELEVEN_ONE_THREE, loadFixture } from '../../../test/support/session';
import { replay } from './session';

const scenario = loadFixture();

describe('a session from seating to debrief', () => {
  it('runs the phases of a round in order and replays to the same state', () => {
    const s = new Driver(scenario);
    expect(s.state.phase).toBe('seating');
    s.do('chair', { type: 'session.start' });
    expect(s.state.phase).toBe('briefing');
    s.advance();
    expect([s.state.phase, s.state.round]).toEqual(['crisisUpdate', 1]);
    s.advance();
    expect(s.state.phase).toBe('negotiation');
    s.advance();
    expect(s.state.phase).toBe('council');
    s.tableCouncilDraft('fra', 'd1').do('fra', { type: 'vote.open', draftId: 'd1' }).voteAll(ELEVEN_ONE_THREE);
    expect(s.state.drafts.d1!.status).toBe('vetoed');
    s.advance();
    expect(s.state.phase).toBe('unitingForPeace');
    expect(replay(scenario, s.config, s.state.log)).toEqual(s.state);
  });
});
