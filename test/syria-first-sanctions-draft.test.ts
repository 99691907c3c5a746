import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aiDelegatePolicy } from '../src/core/ai';
import { loadScenarioText } from '../src/core/scenario/load';
import { runSession } from '../src/core/session/driver';

/**
 * Issue 19 item 5: on the first Syria sanctions draft (S/2011/612, 4 October 2011) Brazil, India,
 * Lebanon and South Africa abstained; Russia and China vetoed; nine voted yes. Played by AI alone,
 * India does not vote for the first Council draft with sanctions, while the evidence is still
 * only reports; by the time of S/2012/538 (July 2012, after Al-Houla) it votes for sanctions.
 */
const loaded = loadScenarioText(readFileSync(join(__dirname, '..', 'scenarios', 'syria-2011-2013.yaml'), 'utf8'));
if (!loaded.ok) throw new Error('syria-2011-2013.yaml does not validate');
const syria = loaded.scenario;

describe.each([1, 7, 42])('Syria 2011-2013 played by AI delegates (seed %i)', (seed) => {
  it('India abstains on the first sanctions draft, as on S/2011/612, which Russia and China veto', { timeout: 300_000 }, () => {
    const { state } = runSession(syria, { seed, policy: aiDelegatePolicy });
    const first = state.ballots.find((b) => b.purpose === 'adoption' && state.drafts[b.draftId]!.forum === 'council' && state.drafts[b.draftId]!.measures.includes('sanctions'))!;
    expect(first, 'a Council draft with sanctions is put to the vote').toBeDefined();
    expect(first.round).toBe(1);
    expect(first.votes.IND).toBe('abstain');
    expect([first.votes.RUS, first.votes.CHN]).toEqual(['no', 'no']);
    // With manifest atrocities on the record (round 4, May-August 2012) India votes for sanctions, as on S/2012/538.
    const later = state.ballots.find((b) => b.purpose === 'adoption' && b.round === 4 && state.drafts[b.draftId]!.measures.includes('sanctions'));
    if (later) expect(later.votes.IND).toBe('yes');
  });
});
