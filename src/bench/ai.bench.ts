import { aiMoves, planMoves } from '../core/ai/ai-delegate';
import { decisionContext } from '../core/ai/decision-context';
import { everyMemberConfig, selfPlay, selfPlayTimestamp } from '../core/ai/self-play';
import { councilMembers, membershipCodes } from '../core/scenario/membership';
import type { Scenario } from '../core/scenario/schema';
import type { SessionState } from '../core/session';
import { benchScenario } from './fixtures';
import { medianMs, tableRow, type Benchmark } from './types';

const AI_STATES = 178;
/** The target for a round of decisions of 178 AI-played states (a benchmark, never asserted). */
const TARGET_MS = 20;
const ROUND = 2;

/**
 * The decision points of one round with 178 AI-played delegations (the other members human and
 * silent): the first moment of each phase, and the moment each ballot opens.
 */
function decisionPoints(scenario: Scenario): { label: string; state: SessionState; aiSeats: string[] }[] {
  const members = membershipCodes(scenario);
  const council = new Set(councilMembers(scenario));
  const briefed = new Set(scenario.states.map((s) => s.code));
  const human = members.filter((m) => !council.has(m) && !briefed.has(m)).slice(0, members.length - AI_STATES);
  const config = everyMemberConfig(scenario, members, 1, human);
  const aiSeats = config.seats.filter((s) => s.kind === 'ai').map((s) => s.id);
  const points: { label: string; state: SessionState; aiSeats: string[] }[] = [];
  const seen = new Set<string>();
  selfPlay(scenario, config, {
    stopWhen: (state) => {
      if (state.round !== ROUND) return state.round > ROUND;
      const ballot = state.ballots.find((b) => b.closedSeq === null);
      const key = ballot ? `${state.phase}: ${ballot.kind} ballot open` : `${state.phase}: start`;
      if (!seen.has(key)) {
        seen.add(key);
        points.push({ label: key, state, aiSeats });
      }
      return false;
    },
  });
  return points;
}

export const benchmarks: Benchmark[] = [
  {
    name: `ai: a round of decisions for ${AI_STATES} AI-played states`,
    description: `Plans the moves of ${AI_STATES} AI delegations at each decision point of round ${ROUND} of the Syria scenario (phase starts, open ballots); "checked" also runs each planned move through the session's rules (applyCommand).`,
    run() {
      const { scenario } = benchScenario();
      const points = decisionPoints(scenario);
      const metrics = [];
      let planTotal = 0;
      let checkedTotal = 0;
      let floorTotal = 0;
      for (const point of points) {
        // The floor: reading each AI seat's situation (its decision context) without deciding anything.
        const seats = point.aiSeats.map((id) => point.state.config.seats.find((s) => s.id === id)!);
        floorTotal += medianMs(5, () => {
          for (const seat of seats) decisionContext(scenario, point.state, seat);
        });
        const plan = medianMs(5, () => {
          for (const seat of point.aiSeats) planMoves(scenario, point.state, seat);
        });
        const checked = medianMs(3, () => {
          for (const seat of point.aiSeats) aiMoves(scenario, point.state, seat, selfPlayTimestamp(point.state.log.length + 1));
        });
        planTotal += plan;
        checkedTotal += checked;
        metrics.push({ label: `${point.label}: plan`, value: plan, unit: 'ms' }, { label: `${point.label}: plan + check`, value: checked, unit: 'ms' });
      }
      metrics.push({ label: 'round total: plan', value: planTotal, unit: 'ms' }, { label: 'round total: plan + check', value: checkedTotal, unit: 'ms' });
      const row = tableRow(
        `AI round (${AI_STATES} AI-played states, round ${ROUND} of Syria 2011-2013, every decision point)`,
        { what: 'planning every AI seat at every decision point', value: planTotal, unit: 'ms' },
        { what: "building each AI seat's decision context, deciding nothing", value: floorTotal, unit: 'ms' },
        { atMost: TARGET_MS, of: 'value' },
        { details: [`plan + check (each move through the session's rules): ${checkedTotal.toFixed(1)} ms`, `${points.length} decision points`] },
      );
      return {
        rows: [row],
        metrics,
        ratios: [`planning: ${(planTotal / TARGET_MS).toFixed(2)} of the ${TARGET_MS} ms target`, `planning and checking: ${(checkedTotal / TARGET_MS).toFixed(2)} of the ${TARGET_MS} ms target`],
        notes: [`${points.length} decision points; one state per point, planned for every AI seat (most have nothing to do at most points).`],
      };
    },
  },
];
