import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../scenario/load';
import { commitmentRegistry } from '../session/commitments';
import type { LogEntry, Seat, SessionEvent } from '../session/events';
import { replayEntries } from '../session/session';
import type { SessionState } from '../session/state';
import { everyMemberConfig, selfPlay } from './self-play';

/**
 * Properties of a negotiation with AI delegations (issue 16, "Done when"), over whole games of the
 * Kestria training scenario with one human Council member who plays arbitrary negotiation moves:
 * no AI votes on (or opens the vote on) a draft that is not in blue, nor puts a circulated draft
 * in blue before every human seat has had it in a Negotiation phase; every offer made to an AI
 * delegation gets exactly one answer before its phase ends; a commitment's status is a pure function
 * of the record, whatever the order of the entries that have nothing to do with it.
 */

const kestria = (() => {
  const result = loadScenarioText(readFileSync(join(import.meta.dirname, '..', '..', '..', 'scenarios', 'training-kestria.yaml'), 'utf8'));
  if (!result.ok) throw new Error('training-kestria.yaml does not load');
  return result.scenario;
})();
const council = [...kestria.council.permanent, ...kestria.council.elected];

interface HumanNegotiator {
  /** Circulates a zero draft of its own in the first Negotiation, and whether it ever puts it in blue. */
  circulates: boolean;
  putsInBlue: boolean;
  /** Asks the AI penholder to drop the first measure of its draft. */
  asksForChange: boolean;
  /** Offers an AI member its yes on the AI penholder's draft for that member's yes. */
  offersTo: number;
  votes: ('yes' | 'no' | 'abstain')[];
}

const negotiator = fc.record({
  circulates: fc.boolean(),
  putsInBlue: fc.boolean(),
  asksForChange: fc.boolean(),
  offersTo: fc.nat({ max: 13 }),
  votes: fc.array(fc.constantFrom('yes' as const, 'no' as const, 'abstain' as const), { minLength: 1, maxLength: 4 }),
});

function humanPlayer(choices: HumanNegotiator) {
  const done = new Set<string>();
  const once = (key: string, event: SessionEvent): SessionEvent[] => (done.has(key) ? [] : (done.add(key), [event]));
  return (state: SessionState, seat: Seat): SessionEvent[] => {
    const code = seat.state!;
    const ballot = state.ballots.find((b) => b.closedSeq === null);
    if (ballot && ballot.electorate.includes(code) && ballot.votes[code] === undefined) {
      return [{ type: 'vote.cast', ballotId: ballot.id, vote: choices.votes[state.ballots.length % choices.votes.length]! }];
    }
    if (state.phase === 'conduct') return once(`conduct-${state.round}`, { type: 'conduct.done' });
    const mine = `human-${code.toLowerCase()}`;
    if (state.phase === 'council') {
      return state.drafts[mine]?.status === 'circulating' && choices.putsInBlue ? once('blue', { type: 'draft.putInBlue', draftId: mine }) : once(`pass-${state.round}`, { type: 'delegation.pass' });
    }
    if (state.phase !== 'negotiation') return [];
    const moves: SessionEvent[] = [];
    if (choices.circulates) {
      moves.push(
        ...once('circulate', {
          type: 'draft.circulate',
          draftId: mine,
          title: 'Protection of the Vell',
          measures: ['condemnation', 'sanctions', 'icc-referral'],
          operativeParagraphs: ['Condemns the attacks on the Vell.', 'Decides that Member States shall freeze the funds of those responsible.', 'Decides to refer the situation to the Prosecutor of the International Criminal Court.'],
          preamble: [],
          chapter: 'VII',
        }),
      );
    }
    const theirs = Object.values(state.drafts).find((d) => d.status === 'circulating' && d.sponsors[0] !== code);
    if (theirs && choices.asksForChange && theirs.measures.length > 1) {
      moves.push(...once(`ask-${theirs.id}`, { type: 'draft.requestChange', draftId: theirs.id, change: { kind: 'drop-measure', measure: theirs.measures[0]! } }));
    }
    const others = council.filter((c) => c !== code);
    const to = others[choices.offersTo % others.length]!;
    if (theirs) {
      moves.push(
        ...once(`offer-${theirs.id}`, {
          type: 'offer.make',
          offerId: `human-offer-${theirs.id}`,
          to,
          gives: [{ kind: 'vote', draftId: theirs.id, vote: 'yes' }],
          asks: [{ kind: 'vote', draftId: theirs.id, vote: 'yes' }],
        }),
      );
    }
    return moves;
  };
}

function play(seed: number, human: string, choices: HumanNegotiator) {
  const config = everyMemberConfig(kestria, [...council, 'KST', 'OMB'], seed, [human]);
  const result = selfPlay(kestria, config, { humanMoves: humanPlayer(choices) });
  expect(result.refused).toEqual([]);
  return { config, state: result.state };
}

const aiSeats = (state: SessionState) => new Set(state.config.seats.filter((s) => s.kind === 'ai').map((s) => s.id));

/** The entries between two phase changes: the same phase of the same round. */
function phaseOf(log: readonly LogEntry[], seq: number): number {
  let phase = 0;
  for (const entry of log) {
    if (entry.seq > seq) break;
    if (entry.event.type === 'phase.advance' || entry.event.type === 'phase.skip') phase += 1;
  }
  return phase;
}

const games = fc.tuple(fc.integer({ min: 1, max: 500 }), fc.constantFrom(...council), negotiator);

describe('a negotiation with AI delegations', () => {
  it('no AI opens or casts a vote on a draft that is not in blue, nor puts a draft in blue before every human seat has had it in a Negotiation phase', () => {
    let inBlue = 0;
    fc.assert(
      fc.property(games, ([seed, human, choices]) => {
        const { state } = play(seed, human, choices);
        const ai = aiSeats(state);
        const humans = state.config.seats.filter((s) => s.kind === 'human').map((s) => s.id);
        for (const entry of state.log) {
          if (!ai.has(entry.by)) continue;
          const event = entry.event;
          const draftId = event.type === 'vote.open' ? event.draftId : event.type === 'vote.cast' ? state.ballots.find((b) => b.id === event.ballotId)?.draftId : undefined;
          const draft = draftId ? state.drafts[draftId] : undefined;
          if (draft?.circulation) {
            // In blue before the vote: the entry that put it in blue comes first.
            expect(draft.circulation.inBlueSeq, `${entry.by} ${event.type} on ${draft.title}`).not.toBeNull();
            expect(draft.circulation.inBlueSeq!).toBeLessThan(entry.seq);
          }
          if (event.type === 'draft.putInBlue') {
            const circulation = state.drafts[event.draftId]!.circulation!;
            // The Negotiation phase it was circulated in has ended, with every human seat in it.
            expect(phaseOf(state.log, entry.seq)).toBeGreaterThan(phaseOf(state.log, circulation.seq));
            expect(circulation.humanSeats).toEqual(expect.arrayContaining(humans));
            inBlue += 1;
          }
        }
        // The human's own draft, never put in blue, is never voted on.
        const mine = state.drafts[`human-${human.toLowerCase()}`];
        if (mine && !choices.putsInBlue) expect(mine.ballotIds).toEqual([]);
      }),
      { numRuns: 6, seed: 16 },
    );
    // AI penholders did put drafts in blue in these games (the property is not vacuous).
    expect(inBlue).toBeGreaterThan(0);
  });

  it('every offer made to an AI delegation gets exactly one answer, in the phase it was made in', () => {
    let offers = 0;
    fc.assert(
      fc.property(games, ([seed, human, choices]) => {
        const { state } = play(seed, human, choices);
        const ai = aiSeats(state);
        const toAi = state.log.filter((e) => e.event.type === 'offer.make' && state.config.seats.some((s) => s.state === (e.event as { to: string }).to && ai.has(s.id)));
        for (const made of toAi) {
          const offerId = (made.event as { offerId: string }).offerId;
          const answers = state.log.filter((e) => e.event.type === 'offer.answer' && e.event.offerId === offerId);
          expect(answers, `the offer ${offerId}`).toHaveLength(1);
          expect(phaseOf(state.log, answers[0]!.seq)).toBe(phaseOf(state.log, made.seq));
          offers += 1;
        }
      }),
      { numRuns: 6, seed: 17 },
    );
    // The games made offers to answer (the property is not vacuous).
    expect(offers).toBeGreaterThan(0);
  });

  it("a commitment's status is a pure function of the record: the same whatever the order of the statements and messages that do not touch it", () => {
    let commitments = 0;
    fc.assert(
      fc.property(games, fc.integer({ min: 0, max: 2 ** 31 - 1 }), ([seed, human, choices], shuffleSeed) => {
        const { config, state } = play(seed, human, choices);
        const registry = commitmentRegistry(state);
        commitments += registry.length;
        const reordered = shuffledUnrelated(state.log, shuffleSeed);
        const again = replayEntries(kestria, config, reordered);
        expect(commitmentRegistry(again)).toEqual(registry);
      }),
      { numRuns: 4, seed: 18 },
    );
    expect(commitments).toBeGreaterThan(0);
  });
});

/** Public statements and private messages swapped among their own places within each phase: entries no commitment reads. */
function shuffledUnrelated(log: readonly LogEntry[], seed: number): LogEntry[] {
  const out = [...log];
  let random = seed;
  const next = () => (random = (random * 1103515245 + 12345) % 2 ** 31);
  const unrelated = (e: LogEntry) => e.event.type === 'statement.public' || e.event.type === 'message.private';
  let block: number[] = [];
  const flush = () => {
    const entries = block.map((i) => log[i]!);
    for (let i = entries.length - 1; i > 0; i--) {
      const j = next() % (i + 1);
      [entries[i], entries[j]] = [entries[j]!, entries[i]!];
    }
    block.forEach((index, k) => (out[index] = { ...entries[k]!, seq: log[index]!.seq, at: log[index]!.at }));
    block = [];
  };
  log.forEach((entry, index) => {
    if (entry.event.type === 'phase.advance' || entry.event.type === 'phase.skip') flush();
    else if (unrelated(entry)) block.push(index);
  });
  flush();
  return out;
}
