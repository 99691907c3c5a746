import { everyMemberConfig, selfPlay } from '../core/ai/self-play';
import type { Scenario } from '../core/scenario/schema';
import { commitmentRegistry } from '../core/session/commitments';
import type { SessionState } from '../core/session';
import { shippedScenarios } from './fixtures';
import type { Benchmark, BenchMetric } from './types';

/** Seeds played per shipped scenario (issue 16: "over 50 seeds per scenario"). */
export const SEEDS_PER_SCENARIO = 50;

/** What a negotiation among AI delegations came to, summed over games. */
export interface NegotiationTally {
  games: number;
  draftsCirculated: number;
  /** Circulated drafts that reached a vote with at least one revision (rev.1 or later). */
  draftsRevisedBeforeTheVote: number;
  draftsVoted: number;
  offersMade: number;
  offersAccepted: number;
  offersCountered: number;
  offersDeclined: number;
  offersUnanswered: number;
  commitmentsKept: number;
  commitmentsBroken: number;
  commitmentsOther: number;
  /** Times the AI waited for the one human seat until it passed its first chance (games with a human seat). */
  humanSeatWaits: number;
}

const EMPTY: NegotiationTally = {
  games: 0,
  draftsCirculated: 0,
  draftsRevisedBeforeTheVote: 0,
  draftsVoted: 0,
  offersMade: 0,
  offersAccepted: 0,
  offersCountered: 0,
  offersDeclined: 0,
  offersUnanswered: 0,
  commitmentsKept: 0,
  commitmentsBroken: 0,
  commitmentsOther: 0,
  humanSeatWaits: 0,
};

/** The states seated in a game: the Council and every state with a brief. */
function seated(scenario: Scenario): string[] {
  return [...new Set([...scenario.council.permanent, ...scenario.council.elected, ...scenario.states.map((s) => s.code)])];
}

/** The human seat of the waiting games: the first elected Council member (it has first chances to pass). */
export function passingHumanSeat(scenario: Scenario): string {
  return scenario.council.elected[0]!;
}

function tallyOf(state: SessionState, human: string | null): NegotiationTally {
  const t = { ...EMPTY, games: 1 };
  for (const draft of Object.values(state.drafts)) {
    if (!draft.circulation) continue;
    t.draftsCirculated += 1;
    if (draft.ballotIds.length === 0) continue;
    t.draftsVoted += 1;
    if (draft.circulation.revisions.length > 1) t.draftsRevisedBeforeTheVote += 1;
  }
  for (const offer of Object.values(state.offers)) {
    t.offersMade += 1;
    const answer = offer.answer?.answer;
    if (answer === 'accept') t.offersAccepted += 1;
    else if (answer === 'counter') t.offersCountered += 1;
    else if (answer === 'decline') t.offersDeclined += 1;
    else t.offersUnanswered += 1;
  }
  for (const c of commitmentRegistry(state)) {
    if (c.status === 'kept') t.commitmentsKept += 1;
    else if (c.status === 'broken') t.commitmentsBroken += 1;
    else t.commitmentsOther += 1;
  }
  if (human) {
    const seatId = human.toLowerCase();
    t.humanSeatWaits = state.log.filter((e) => e.by === seatId && e.event.type === 'delegation.pass').length;
  }
  return t;
}

function add(a: NegotiationTally, b: NegotiationTally): NegotiationTally {
  const out = { ...a };
  for (const key of Object.keys(out) as (keyof NegotiationTally)[]) out[key] = a[key] + b[key];
  return out;
}

/**
 * Self-play of one scenario over `seeds` seeds, twice per seed: every seat played by the AI (drafts,
 * offers, commitments), and with one human seat that only passes its first chances (the waits).
 */
export function negotiationTally(scenario: Scenario, seeds: number): { aiOnly: NegotiationTally; withHuman: NegotiationTally } {
  const members = seated(scenario);
  const human = passingHumanSeat(scenario);
  let aiOnly = EMPTY;
  let withHuman = EMPTY;
  for (let seed = 1; seed <= seeds; seed++) {
    aiOnly = add(aiOnly, tallyOf(selfPlay(scenario, everyMemberConfig(scenario, members, seed)).state, null));
    withHuman = add(withHuman, tallyOf(selfPlay(scenario, everyMemberConfig(scenario, members, seed, [human])).state, human));
  }
  return { aiOnly, withHuman };
}

export function tallyMetrics(file: string, { aiOnly, withHuman }: ReturnType<typeof negotiationTally>): BenchMetric[] {
  const m = (label: string, value: number, unit = 'count'): BenchMetric => ({ label: `${file}: ${label}`, value, unit });
  return [
    m('drafts circulated (AI only)', aiOnly.draftsCirculated),
    m('drafts revised before the vote (AI only)', aiOnly.draftsRevisedBeforeTheVote),
    m('circulated drafts voted (AI only)', aiOnly.draftsVoted),
    m('offers made (AI only)', aiOnly.offersMade),
    m('offers accepted', aiOnly.offersAccepted),
    m('offers countered', aiOnly.offersCountered),
    m('offers declined', aiOnly.offersDeclined),
    m('offers unanswered', aiOnly.offersUnanswered),
    m('commitments kept', aiOnly.commitmentsKept),
    m('commitments broken', aiOnly.commitmentsBroken),
    m('commitments pending or lapsed', aiOnly.commitmentsOther),
    m(`human-seat waits (one human seat that passes)`, withHuman.humanSeatWaits),
    m('offers made (games with the human seat)', withHuman.offersMade),
    m('offers accepted (games with the human seat)', withHuman.offersAccepted),
    m('offers countered (games with the human seat)', withHuman.offersCountered),
    m('offers declined (games with the human seat)', withHuman.offersDeclined),
    m('offers unanswered (games with the human seat, which never answers)', withHuman.offersUnanswered),
  ];
}

export const benchmarks: Benchmark[] = [
  {
    name: `negotiation: self-play over ${SEEDS_PER_SCENARIO} seeds per shipped scenario`,
    description: `Plays each shipped scenario ${SEEDS_PER_SCENARIO} times with every seat an AI delegation, and ${SEEDS_PER_SCENARIO} times with one human seat (the first elected Council member) that only passes its first chances; counts drafts revised before the vote, offers made and answered, commitments kept and broken, and the human-seat waits. Numbers of the record, not timings.`,
    run() {
      const metrics: BenchMetric[] = [];
      const notes: string[] = [];
      for (const { file, scenario } of shippedScenarios()) {
        const tally = negotiationTally(scenario, SEEDS_PER_SCENARIO);
        metrics.push(...tallyMetrics(file, tally));
        notes.push(`${file}: ${tally.aiOnly.games} AI-only games and ${tally.withHuman.games} with ${passingHumanSeat(scenario)} human and passing.`);
      }
      return { metrics, notes };
    },
  },
];
