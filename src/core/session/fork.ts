import { stateName } from '../scenario/membership';
import type { Scenario } from '../scenario/schema';
import type { LogEntry, SessionConfig } from './events';
import { applyCommand, replayEntries, replayEntriesUntil } from './session';
import type { SessionState } from './state';

/**
 * Forking a session from the start of a round (docs/fork.md): the new session has the same
 * scenario, configuration and record up to the entry that opens round N's first phase (the
 * crisis update), that entry excluded; from there it is played anew. Seats may change hands at the
 * fork: each handover is a `seat.assign` by the facilitator, recorded after the kept entries, so
 * the record says who played what before and after.
 */

/** Where a fork came from, as its session file's header records it: never a path, only the name. */
export interface ForkOrigin {
  /** The source session's name (its file's name, as the user saw it). */
  session: string;
  /** The round the fork starts from. */
  round: number;
  /** How many of the source's entries the fork keeps (those before the one that opened the round). */
  entriesKept: number;
}

/** A seat handed to a person or to an AI delegation at the fork. */
export interface SeatHandover {
  seatId: string;
  kind: 'human' | 'ai';
}

export interface ForkOptions {
  round: number;
  handovers?: readonly SeatHandover[];
}

export interface ForkedSession {
  /** The kept entries, then one `seat.assign` per handover. */
  log: LogEntry[];
  state: SessionState;
  /** The entry (its number in the source) that opened the round; the fork stops before it. */
  openingSeq: number;
  entriesKept: number;
}

/** A fork that cannot be made, said in words. */
export class ForkError extends Error {
  override name = 'ForkError';
}

/**
 * The number of the entry that opens round `round`'s first phase (the first entry after which the
 * session is in that round), or null if the record never reaches it.
 */
export function roundOpeningEntry(scenario: Scenario, config: SessionConfig, log: readonly LogEntry[], round: number): number | null {
  const { applied, state } = replayEntriesUntil(scenario, config, log, (s) => s.round >= round);
  return state.round >= round ? applied : null;
}

function roundsWord(n: number): string {
  return `${n} round${n === 1 ? '' : 's'}`;
}

/** The fork of a session's record at the start of a round (see the file's comment). */
export function forkSession(scenario: Scenario, config: SessionConfig, log: readonly LogEntry[], options: ForkOptions): ForkedSession {
  const { round } = options;
  if (!Number.isInteger(round) || round < 1 || round > scenario.roundPlan.rounds) {
    throw new ForkError(`This scenario has ${roundsWord(scenario.roundPlan.rounds)}: a session can be played again from round 1 to round ${scenario.roundPlan.rounds}.`);
  }
  const opening = roundOpeningEntry(scenario, config, log, round);
  if (opening === null) {
    const reached = replayEntries(scenario, config, log).round;
    throw new ForkError(
      reached === 0 ? `This session never reached round ${round}: it did not start its first round.` : `This session never reached round ${round}: it stopped in round ${reached}.`,
    );
  }
  const kept = log.slice(0, opening - 1);
  let state = replayEntries(scenario, config, kept);
  const facilitator = config.seats.find((s) => s.kind === 'facilitator')!;
  const at = kept[kept.length - 1]?.at ?? log[opening - 1]!.at;
  for (const handover of options.handovers ?? []) {
    const seat = state.config.seats.find((s) => s.id === handover.seatId);
    if (seat && seat.kind === handover.kind) continue;
    const result = applyCommand(scenario, state, { by: facilitator.id, at, event: { type: 'seat.assign', seatId: handover.seatId, kind: handover.kind } });
    if (!result.ok) {
      const who = seat?.state ? stateName(scenario, seat.state) : handover.seatId;
      throw new ForkError(`${who} cannot be handed to ${handover.kind === 'ai' ? 'an AI delegation' : 'a person'}: ${result.reason}`);
    }
    state = result.state;
  }
  return { log: state.log, state, openingSeq: opening, entriesKept: kept.length };
}
