import { councilMembers } from '../core/scenario/membership';
import type { Scenario } from '../core/scenario/schema';
import { applyCommand, createSession, replay, viewFor, type LogEntry, type SessionConfig, type SessionEvent, type SessionState } from '../core/session';
import { runSession } from '../core/session/driver';
import { benchScenario } from './fixtures';
import { medianMs, type Benchmark } from './types';

const TARGET_EVENTS = 10_000;
const BUDGET_MS = 1000;

/**
 * A long, mixed session: every round, statements and private messages in negotiation, then Council
 * drafts each voted by all fifteen members, then conduct, until the log holds `target` entries.
 */
export function longSession(scenario: Scenario, target: number): { config: SessionConfig; log: LogEntry[]; state: SessionState } {
  const council = councilMembers(scenario);
  const codes = [...new Set([...council, ...scenario.states.map((s) => s.code)])];
  const config: SessionConfig = {
    scenarioId: scenario.id,
    seed: 1,
    mode: 'classroom',
    difficulty: 'realistic',
    seats: [{ id: 'chair', kind: 'facilitator', state: null }, ...codes.map((c) => ({ id: c.toLowerCase(), kind: 'human' as const, state: c }))],
  };
  let state = createSession(scenario, config);
  const send = (by: string, event: SessionEvent) => {
    const result = applyCommand(scenario, state, { by, at: new Date(Date.UTC(2030, 0, 1) + state.log.length * 1000).toISOString(), event });
    if (!result.ok) throw new Error(`bench: ${by} ${event.type} rejected: ${result.reason}`);
    state = result.state;
  };
  const rounds = scenario.roundPlan.rounds;
  const perRound = Math.ceil(target / rounds);
  send('chair', { type: 'session.start' });
  send('chair', { type: 'phase.advance' });
  for (let round = 1; round <= rounds && state.log.length < target; round++) {
    const roundEnd = Math.min(target, round * perRound);
    send('chair', { type: 'phase.advance' }); // → negotiation
    let i = 0;
    while (state.log.length < roundEnd - perRound / 2) {
      const from = codes[i % codes.length]!;
      const to = codes[(i + 1) % codes.length]!;
      if (i % 3 === 0) send(from.toLowerCase(), { type: 'statement.public', text: `Statement ${i} of ${from}.` });
      else send(from.toLowerCase(), { type: 'message.private', to, text: `Message ${i} from ${from} to ${to}.` });
      i++;
    }
    send('chair', { type: 'phase.advance' }); // → council
    let d = 0;
    while (state.log.length < roundEnd - 40) {
      const sponsor = council[d % council.length]!.toLowerCase();
      const draftId = `r${round}-d${d++}`;
      send(sponsor, { type: 'draft.table', draftId, forum: 'council', title: 'Bench draft', measures: ['condemnation'], operativeParagraphs: ['Condemns.'], chapter: 'VII' });
      send(sponsor, { type: 'vote.open', draftId });
      const ballotId = state.ballots.at(-1)!.id;
      for (const member of council) send(member.toLowerCase(), { type: 'vote.cast', ballotId, vote: member === council[d % 5] ? 'abstain' : 'yes' });
    }
    while (state.phase !== 'conduct') send('chair', { type: 'phase.advance' });
    for (let c = 0; state.log.length < roundEnd; c++) {
      send(codes[c % codes.length]!.toLowerCase(), { type: 'conduct.act', kind: 'humanitarian-aid', scale: 'limited' });
    }
    send('chair', { type: 'phase.advance' });
  }
  return { config, log: state.log.slice(0, target), state };
}

export const benchmarks: Benchmark[] = [
  {
    name: 'session: replay 10,000 events',
    description: 'Rebuilds a session from a 10,000-entry log (zod validation and the rules once per entry; xstate only for phase changes).',
    run() {
      const { file, scenario } = benchScenario();
      const { config, log } = longSession(scenario, TARGET_EVENTS);
      const ms = medianMs(5, () => replay(scenario, config, log));
      const final = replay(scenario, config, log);
      let incremental = createSession(scenario, config);
      const applyMs = medianMs(1, () => {
        incremental = createSession(scenario, config);
        for (const entry of log) {
          const { seq: _seq, ...command } = entry;
          const result = applyCommand(scenario, incremental, command);
          if (!result.ok) throw new Error(result.reason);
          incremental = result.state;
        }
      });
      const seat = config.seats[1]!.id;
      const viewMs = medianMs(20, () => viewFor(scenario, final, { seatId: seat }));
      const headless = medianMs(3, () => runSession(scenario, { seed: 1 }));
      const runLength = runSession(scenario, { seed: 1 }).log.length;
      return {
        metrics: [
          { label: `replay of ${log.length} entries (${file})`, value: ms, unit: 'ms' },
          { label: 'per entry', value: (ms * 1000) / log.length, unit: 'µs' },
          { label: 'throughput', value: Math.round(log.length / (ms / 1000)), unit: 'entries/s' },
          { label: 'applyCommand one by one (the live host path)', value: applyMs, unit: 'ms' },
          { label: `viewFor one seat at ${log.length} entries`, value: viewMs, unit: 'ms' },
          { label: `headless run to the debrief (${runLength} entries, baseline policy)`, value: headless, unit: 'ms' },
        ],
        ratios: [
          `${(ms / BUDGET_MS).toFixed(2)} of the 1 s budget for replaying 10,000 events`,
          `applyCommand one by one costs ${(applyMs / ms).toFixed(1)}× a replay (it copies the long lists instead of extending them)`,
        ],
      };
    },
  },
];
