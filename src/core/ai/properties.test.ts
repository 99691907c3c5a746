import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../scenario/load';
import { membershipCodes } from '../scenario/membership';
import type { Scenario } from '../scenario/schema';
import { runSession } from '../session/driver';
import type { DelegatePolicy } from '../session/delegate-policy';
import type { Seat, SessionEvent, SessionState } from '../session';
import { aiMoves, type RefusedMove } from './ai-delegate';
import { everyMemberConfig, selfPlay } from './self-play';

/**
 * Invariants of the AI delegates: determinism (same scenario, seed and human moves give the same
 * AI moves) and legality (over whole games of every shipped scenario, for several seeds and every
 * difficulty, the AI never plans a move the session's rules reject: the count is zero).
 */

const SCENARIOS = join(import.meta.dirname, '..', '..', '..', 'scenarios');
const shipped: { file: string; scenario: Scenario }[] = readdirSync(SCENARIOS)
  .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
  .sort()
  .map((file) => {
    const result = loadScenarioText(readFileSync(join(SCENARIOS, file), 'utf8'));
    if (!result.ok) throw new Error(`${file} does not load`);
    return { file, scenario: result.scenario };
  });
const kestria = shipped.find((s) => s.file === 'training-kestria.yaml')!.scenario;

/** The AI policy, counting every planned move the rules refused. */
function countingPolicy(refused: RefusedMove[]): DelegatePolicy {
  return (ctx) => {
    const checked = aiMoves(ctx.scenario, ctx.state, ctx.seat.id, ctx.at);
    refused.push(...checked.refused);
    return checked.commands;
  };
}

/** A human seat that plays from a list of choices: its votes, whether it speaks, whether it tables. */
interface HumanChoices {
  votes: ('yes' | 'no' | 'abstain')[];
  speaks: boolean[];
  tables: boolean[];
}

function humanPlayer(choices: HumanChoices) {
  return (state: SessionState, seat: Seat): SessionEvent[] => {
    const code = seat.state!;
    const ballot = state.ballots.find((b) => b.closedSeq === null);
    if (ballot && ballot.electorate.includes(code) && ballot.votes[code] === undefined) {
      return [{ type: 'vote.cast', ballotId: ballot.id, vote: choices.votes[state.ballots.length % choices.votes.length]! }];
    }
    const acted = state.log.some((e) => e.by === seat.id && e.seq > (state.log.findLast((x) => x.event.type === 'phase.advance')?.seq ?? 0));
    if (acted) return [];
    if (state.phase === 'negotiation' && choices.speaks[state.round % choices.speaks.length]) {
      return [{ type: 'statement.public', text: 'We support humanitarian access and oppose sanctions at this stage.' }];
    }
    if (state.phase === 'council' && choices.tables[state.round % choices.tables.length] && !state.drafts[`human-${state.round}`]) {
      return [
        { type: 'draft.table', draftId: `human-${state.round}`, forum: 'council', title: 'Human draft', measures: ['humanitarian-access', 'sanctions'], operativeParagraphs: ['Decides.'], chapter: 'VII' },
        { type: 'vote.open', draftId: `human-${state.round}` },
      ];
    }
    if (state.phase === 'conduct') return [{ type: 'conduct.done' }];
    return [];
  };
}

const choicesArbitrary = fc.record({
  votes: fc.array(fc.constantFrom('yes' as const, 'no' as const, 'abstain' as const), { minLength: 1, maxLength: 6 }),
  speaks: fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }),
  tables: fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }),
});

describe('determinism', () => {
  it('same scenario, seed and human moves give the same AI moves', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), choicesArbitrary, (seed, choices) => {
        const config = everyMemberConfig(kestria, [...kestria.council.permanent, ...kestria.council.elected, 'KST', 'OMB'], seed, ['GBR']);
        const first = selfPlay(kestria, config, { humanMoves: humanPlayer(choices) });
        const second = selfPlay(kestria, config, { humanMoves: humanPlayer(choices) });
        expect(first.refused).toEqual([]);
        expect(JSON.stringify(second.state.log)).toBe(JSON.stringify(first.state.log));
      }),
      { numRuns: 4 },
    );
  });

  it('the run driver gives a byte-identical log for the same seed', () => {
    const a = runSession(kestria, { seed: 5, policy: countingPolicy([]) });
    const b = runSession(kestria, { seed: 5, policy: countingPolicy([]) });
    expect(JSON.stringify(b.log)).toBe(JSON.stringify(a.log));
  });
});

describe('the AI never attempts a move the rules reject', () => {
  for (const { file, scenario } of shipped) {
    it(`over whole games of ${file} (seeds 1, 2, 3)`, () => {
      for (const seed of [1, 2, 3]) {
        const refused: RefusedMove[] = [];
        const result = runSession(scenario, { seed, policy: countingPolicy(refused) });
        expect(refused, `${file} seed ${seed}`).toEqual([]);
        expect(result.policyRejections, `${file} seed ${seed}`).toEqual([]);
        expect(result.state.phase).toBe('debrief');
      }
    });
  }

  it('with every member of the Assembly played by the AI, at every difficulty', () => {
    const shield = shipped.find((s) => s.file === 'd2r-shield.yaml')!.scenario;
    for (const difficulty of ['cooperative', 'realistic', 'hard-nosed'] as const) {
      const result = selfPlay(shield, everyMemberConfig(shield, membershipCodes(shield), 9, [], difficulty));
      expect(result.refused, difficulty).toEqual([]);
      expect(result.state.phase).toBe('debrief');
    }
  });

  it('with a human seat playing arbitrary moves', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), choicesArbitrary, fc.constantFrom('USA', 'DRV', 'KST', 'NOR'), (seed, choices, human) => {
        const config = everyMemberConfig(kestria, [...kestria.council.permanent, ...kestria.council.elected, 'KST', 'OMB'], seed, [human]);
        expect(selfPlay(kestria, config, { humanMoves: humanPlayer(choices) }).refused).toEqual([]);
      }),
      { numRuns: 4 },
    );
  });
});
