import type { Scenario } from '../scenario/schema';
import type { Command, SessionConfig, SessionEvent, Seat } from '../session/events';
import { seatsWithFirstChance } from '../session/first-chance';
import { isRoundPhase } from '../session/phases';
import { applyCommand, createSession } from '../session/session';
import type { SessionState } from '../session/state';
import { aiMoves, type RefusedMove } from './ai-delegate';

/**
 * A session played by AI delegates for any seat configuration (tests, benchmarks, solo practice
 * without the CLI): the facilitator advances each phase once no seat has anything more to do,
 * human seats play the moves a callback gives them. Synthetic time (a fixed epoch plus one second
 * per entry) keeps it deterministic.
 */

const EPOCH = Date.UTC(2030, 0, 1);
/** Passes over all seats before the facilitator closes the phase regardless. */
const MAX_PASSES = 60;

export function selfPlayTimestamp(seq: number): string {
  return new Date(EPOCH + seq * 1000).toISOString();
}

export interface SelfPlayOptions {
  /** Moves of a human seat now (called once per pass; return [] when it has nothing to do). */
  humanMoves?: (state: SessionState, seat: Seat) => SessionEvent[];
  /** Stop early once this holds (checked after every accepted command). */
  stopWhen?: (state: SessionState) => boolean;
}

export interface SelfPlayResult {
  state: SessionState;
  /** Moves the AI planned and the rules refused (must stay empty). */
  refused: (RefusedMove & { seat: string })[];
  /** Human moves the rules refused (the callback's concern, reported for tests). */
  humanRefused: { seat: string; event: SessionEvent; reason: string }[];
}

export function selfPlay(scenario: Scenario, config: SessionConfig, options: SelfPlayOptions = {}): SelfPlayResult {
  let state = createSession(scenario, config);
  const refused: SelfPlayResult['refused'] = [];
  const humanRefused: SelfPlayResult['humanRefused'] = [];
  const facilitator = config.seats.find((s) => s.kind === 'facilitator')!.id;
  let stopped = false;
  const submit = (command: Command): boolean => {
    const result = applyCommand(scenario, state, { ...command, at: selfPlayTimestamp(state.log.length + 1) });
    if (!result.ok) return false;
    state = result.state;
    if (options.stopWhen?.(state)) stopped = true;
    return true;
  };
  const chair = (event: SessionEvent) => {
    if (!submit({ by: facilitator, at: '', event })) throw new Error(`self-play: the facilitator's ${event.type} was rejected in ${state.phase}`);
  };
  const playPhase = () => {
    for (let pass = 0; pass < MAX_PASSES && !stopped; pass++) {
      let progressed = false;
      for (const seat of state.config.seats) {
        if (stopped) return;
        if (seat.kind === 'facilitator' || seat.state === null) continue;
        if (seat.kind === 'human') {
          for (const event of options.humanMoves?.(state, seat) ?? []) {
            const result = applyCommand(scenario, state, { by: seat.id, at: selfPlayTimestamp(state.log.length + 1), event });
            if (!result.ok) humanRefused.push({ seat: seat.id, event, reason: result.reason });
            else if (submit({ by: seat.id, at: '', event })) progressed = true;
          }
          continue;
        }
        const moves = aiMoves(scenario, state, seat.id, selfPlayTimestamp(state.log.length + 1));
        refused.push(...moves.refused.map((r) => ({ ...r, seat: seat.id })));
        for (const command of moves.commands) {
          if (stopped) return;
          if (submit(command)) progressed = true;
        }
      }
      if (!progressed) {
        const open = state.ballots.find((b) => b.closedSeq === null);
        if (open) {
          chair({ type: 'vote.close', ballotId: open.id });
          continue;
        }
        // A human seat with nothing more to play passes its first chance, so the AI seats waiting for it may move.
        const passing = seatsWithFirstChance(scenario, state);
        if (passing.length === 0) return;
        for (const seat of passing) submit({ by: seat.id, at: '', event: { type: 'delegation.pass' } });
      }
    }
  };
  chair({ type: 'session.start' });
  chair({ type: 'phase.advance' });
  while (state.phase !== 'debrief' && !stopped) {
    const phase = state.phase;
    if (isRoundPhase(phase) || phase === 'adjudication') playPhase();
    if (stopped) break;
    chair(phase === 'adjudication' ? { type: 'judgment.deliver' } : { type: 'phase.advance' });
  }
  return { state, refused, humanRefused };
}

/** A configuration with a seat for every member of the scenario's Assembly: `human` states are human seats, the rest AI. */
export function everyMemberConfig(scenario: Scenario, members: readonly string[], seed: number, human: readonly string[] = [], difficulty: SessionConfig['difficulty'] = 'realistic'): SessionConfig {
  return {
    scenarioId: scenario.id,
    seed,
    mode: 'solo',
    difficulty,
    seats: [
      { id: 'chair', kind: 'facilitator', state: null },
      ...members.map((code) => ({ id: code.toLowerCase(), kind: human.includes(code) ? ('human' as const) : ('ai' as const), state: code })),
    ],
  };
}
