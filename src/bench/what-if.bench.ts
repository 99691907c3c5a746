import { aiDelegatePolicy } from '../core/ai';
import { adjudicateFacts, completeFacts, factsInputFromRecord } from '../core/law';
import { whatIfForState, whatIfReport } from '../core/law/what-if';
import { runSession } from '../core/session/driver';
import { shippedScenarios } from './fixtures';
import { medianMs, tableRow, type Benchmark } from './types';

/** Issue 18 item 1: every state's findings searched in at most 2 s. */
const GOAL_MS = { atMost: 2000, of: 'value' } as const;
const FULL_RUNS = 5;
const QUICK_RUNS = 3;
const SEED = 1;

/** The shipped scenario with the most states: the most findings to search. */
function largestScenario() {
  return [...shippedScenarios()].sort((a, b) => b.scenario.states.length - a.scenario.states.length || a.file.localeCompare(b.file))[0]!;
}

export const benchmarks: Benchmark[] = [
  {
    name: 'law: what would have changed the findings, every state of the largest shipped scenario',
    description: 'whatIfReport on an AI-played session of the shipped scenario with the most states: every finding of every state searched (docs/law.md §13); goal ≤ 2 s.',
    quick: true,
    run({ quick }) {
      const RUNS = quick ? QUICK_RUNS : FULL_RUNS;
      const { file, scenario } = largestScenario();
      const { state } = runSession(scenario, { seed: SEED, policy: aiDelegatePolicy });
      const input = factsInputFromRecord(scenario, state);
      const result = whatIfReport(input);
      const ms = medianMs(RUNS, () => whatIfReport(input));
      // The floor: judging the record once for every state, a score only (what one alternative costs for all of them).
      const facts = completeFacts(input);
      const floorMs = medianMs(RUNS * 4, () => adjudicateFacts(completeFacts(input), { trace: false, explain: false }));
      const perState = result.map((s) => ({ s, ms: medianMs(1, () => whatIfForState(input, s.state)) })).sort((a, b) => b.ms - a.ms);
      const alternatives = result.reduce((n, s) => n + s.alternatives, 0);
      const findings = result.reduce((n, s) => n + s.findings.length, 0);
      const changes = result.reduce((n, s) => n + s.findings.reduce((m, f) => m + f.changes.length, 0), 0);
      const cut = result.filter((s) => s.cutOff).map((s) => s.name);
      const slowest = perState[0]!;
      return {
        rows: [
          tableRow(
            `what would have changed the findings, ${result.length} states of ${file} (${state.log.length} events, AI-played, seed ${SEED})`,
            { what: `whatIfReport, median of ${RUNS}`, value: ms, unit: 'ms' },
            { what: 'one score-only adjudication of the record, every state', value: floorMs, unit: 'ms' },
            GOAL_MS,
            {
              details: [
                `${findings} findings searched, ${alternatives} edited records adjudicated, ${changes} changes reported`,
                `slowest state: ${slowest.s.name}, ${slowest.ms.toFixed(0)} ms (${slowest.s.alternatives} alternatives)`,
                cut.length > 0 ? `search cut off for: ${cut.join(', ')}` : 'no search cut off',
                `${facts.states.length} states in the facts`,
              ],
            },
          ),
        ],
        metrics: [
          { label: `whatIfReport, every state (${file}), median of ${RUNS}`, value: ms, unit: 'ms' },
          { label: 'per edited record adjudicated', value: alternatives > 0 ? ms / alternatives : 0, unit: 'ms' },
          { label: `slowest state (${slowest.s.name})`, value: slowest.ms, unit: 'ms' },
        ],
      };
    },
  },
];
