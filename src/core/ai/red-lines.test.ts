import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Driver } from '../../../test/support/session';
import { loadScenarioText } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { runSession } from '../session/driver';
import type { Ballot, Draft, SessionState } from '../session/state';
import type { Measure } from '../shared/vocabulary';
import { measureValue } from './assessment';
import { readBrief } from './brief-reading';
import { decisionContext } from './decision-context';
import { aiDelegatePolicy, aiMoves } from './ai-delegate';
import { delegationProfile } from './profile';
import { redLineCrossed } from './record';
import { selfPlayTimestamp } from './self-play';

/**
 * Behaviour fixtures in plain language on red lines and D2R agreements: a delegation does not sign
 * what it means to break, keeps what it signed unless a red line is really crossed, and reads its
 * red lines for the forum they speak of and for whom they protect.
 */

const SCENARIOS = join(import.meta.dirname, '..', '..', '..', 'scenarios');

function shipped(file: string): Scenario {
  const result = loadScenarioText(readFileSync(join(SCENARIOS, file), 'utf8'));
  if (!result.ok) throw new Error(`${file} does not load`);
  return result.scenario;
}

const shield = shipped('d2r-shield.yaml');
const kestria = shipped('training-kestria.yaml');
const rwanda = shipped('rwanda-1994.yaml');
const briefOf = (scenario: Scenario, code: string) => readBrief(scenario, code, scenario.states.find((s) => s.code === code)?.brief);

/** The record with one more adopted draft (and the vote that adopted it), as if a forum had just decided. */
function withAdopted(state: SessionState, forum: Draft['forum'], measures: Measure[]): SessionState {
  const seq = state.log.length + 1;
  const draft: Draft = { id: `adopted-${forum}`, forum, title: 'The situation in Meridia', sponsors: ['NOR'], measures, operativeParagraphs: [], chapter: 'VI', round: state.round, tabledSeq: seq, status: 'adopted', ballotIds: [`ballot-${forum}`], preamble: [], circulation: null };
  const ballot: Ballot = {
    id: `ballot-${forum}`,
    kind: forum === 'council' ? 'council-substantive' : 'assembly',
    draftId: draft.id,
    purpose: 'adoption',
    round: state.round,
    openedSeq: seq,
    closedSeq: seq + 1,
    electorate: [],
    votes: {},
    defaulted: [],
    rollCallStartsWith: null,
    councilResult: null,
    assemblyResult: null,
  };
  return { ...state, drafts: { ...state.drafts, [draft.id]: draft }, ballots: [...state.ballots, ballot] };
}

describe('signing and keeping D2R agreements', () => {
  it('a delegation that signs a D2R agreement does not breach it in the same round without a red-line trigger', () => {
    for (const scenario of [rwanda, shield, kestria]) {
      const run = runSession(scenario, { seed: 3, policy: aiDelegatePolicy });
      for (const agreement of Object.values(run.state.agreements)) {
        for (const signing of agreement.history.filter((h) => h.action === 'sign')) {
          const sameRound = run.state.conduct.filter((c) => c.state === signing.state && c.round === signing.round && c.contraryTo.includes(agreement.id));
          expect(sameRound, `${scenario.id}: ${signing.state} breached ${agreement.id} in the round it signed it`).toEqual([]);
        }
      }
      // Any breach the AI commits names the red line and the entry that crossed it.
      for (const c of run.state.conduct.filter((x) => x.contraryTo.length > 0)) {
        const entry = run.state.log.find((e) => e.seq === c.seq);
        if (entry?.ai) expect(entry.ai.coach).toMatch(/seq \d+/);
      }
    }
  });

  it('a patron whose brief says to keep deliveries going does not sign a ban on them: it rejects, saying what it means to keep up', () => {
    const s = new Driver(kestria).toPhase('negotiation');
    s.do('nor', { type: 'd2r.propose', agreementId: 'offer', to: 'DRV', clauses: [{ kind: 'no-financing', perpetrator: 'republican-guard' }, { kind: 'monitoring-and-reporting' }, { kind: 'consultation-and-dispute-settlement' }] });
    const checked = aiMoves(s.scenario, s.state, 'drv', selfPlayTimestamp(s.state.log.length + 1));
    expect(checked.refused).toEqual([]);
    const reply = checked.commands.find((c) => c.event.type.startsWith('d2r.'))!;
    expect(reply.event.type).toBe('d2r.reject');
    expect(reply.ai!.coach).toContain('means to keep up financing');
    expect(reply.ai!.coach).toContain('would breach this very round');
  });

  it('an Assembly recommendation does not cross a red line about Council measures', () => {
    // "Council sanctions or an arms embargo against Meridia": a Council decision, not a recommendation.
    expect(briefOf(shield, 'USA').redLineForums['arms-embargo']).toBe('council');
    const s = new Driver(shield).toPhase('negotiation');
    s.do('nor', { type: 'd2r.propose', agreementId: 'pact', to: 'USA', clauses: [{ kind: 'no-financing', perpetrator: 'meridian-forces' }] });
    s.do('usa', { type: 'd2r.sign', agreementId: 'pact' });
    const usa = delegationProfile(shield, 'USA');
    const recommended = withAdopted(s.state, 'assembly', ['arms-embargo', 'sanctions']);
    expect(redLineCrossed(recommended, usa, recommended.agreements.pact!)).toBeNull();
    // The same measure decided by the Council crosses it, and the note says which red line and which entry.
    const decided = withAdopted(s.state, 'council', ['arms-embargo']);
    const crossed = redLineCrossed(decided, usa, decided.agreements.pact!);
    expect(crossed?.because).toMatch(/red line.*arms embargo.*crossed when the Council adopted "[^"]+" in round \d+$/);
    expect(crossed?.seq).toBe(s.state.log.length + 2);
    // Nor does the recommendation weigh on its Assembly vote as a red line would.
    const ctx = decisionContext(shield, s.state, s.state.config.seats.find((x) => x.id === 'usa')!);
    const inAssembly = measureValue(ctx.outlook('test'), 'arms-embargo', 'assembly');
    expect(inAssembly.factors.map((f) => f.label).join(' ')).not.toContain("brief's red line");
  });

  it('a red line about the delegation\'s own companies does not make it oppose all sanctions', () => {
    // "Sanctions naming Dravenian companies or officials" protects Dravenia's own people; it is no red line on sanctions.
    const drv = briefOf(kestria, 'DRV');
    expect(drv.redLineMeasures).not.toContain('sanctions');
    // The same reading keeps a red line about measures against someone else.
    expect(briefOf(shield, 'USA').redLineMeasures).toContain('sanctions');
    // "No Council text that names France …": a text on the situation does not name France.
    expect(briefOf(rwanda, 'FRA').redLineMeasures).not.toContain('commission-of-inquiry');
  });
});
