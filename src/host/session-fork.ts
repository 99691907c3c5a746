import { basename } from 'node:path';
import { compareJudgments, adjudicate, type JudgmentComparison } from '../core/law';
import { forkSession, ForkError, type ForkOrigin, type SeatHandover, type SessionState } from '../core/session';
import type { LogEntry } from '../core/session';
import type { SessionFile } from './journal';
import type { SessionHeader } from './sessions';

/**
 * Playing a session again from a round (docs/fork.md), for the command line and the host: the
 * new session's header and record, and the comparison of two sessions' judgments.
 */

/** The name a user knows a session by: its file's name, never the folder it sits in. */
export function sessionName(file: string): string {
  return basename(file);
}

/**
 * Seats handed over at a fork, from "FRA=human" or "fra=ai" (a state's code or a seat's id);
 * throws ForkError, in words, on one that names no seat.
 */
export function parseHandovers(file: Pick<SessionFile, 'scenario' | 'config'>, specs: readonly string[]): SeatHandover[] {
  return specs.map((spec) => {
    const match = /^([A-Za-z0-9_-]+)=(human|ai)$/.exec(spec.trim());
    if (!match) throw new ForkError(`"${spec}" does not say who plays a seat: write the state's code and "human" or "ai", as in FRA=human.`);
    const [, who, kind] = match;
    const seat = file.config.seats.find((s) => s.id === who || s.state === who!.toUpperCase());
    if (!seat) throw new ForkError(`No seat in this session plays ${who}; the delegations are ${file.config.seats.filter((s) => s.state).map((s) => s.state).join(', ')}.`);
    if (seat.kind === 'facilitator') throw new ForkError("The facilitator's seat cannot be handed to a delegate.");
    return { seatId: seat.id, kind: kind as SeatHandover['kind'] };
  });
}

export interface SessionFork {
  header: SessionHeader;
  log: LogEntry[];
  state: SessionState;
}

/**
 * A fork of a session's record from the start of `round`: its header is the source's, without
 * when it was created and with where it came from (the source's name, never a path). A record
 * edited outside Moot Council, or written before tamper evidence, is not forked: the fork's chain
 * would vouch for entries nobody can vouch for.
 */
export function forkRecord(
  file: Pick<SessionFile, 'header' | 'scenario' | 'config' | 'log' | 'integrity'>,
  source: string,
  round: number,
  handovers: readonly SeatHandover[] = [],
): SessionFork {
  if (file.integrity.status !== 'verified') {
    throw new ForkError(`This record cannot be played again from a round: ${file.integrity.summary}`);
  }
  const fork = forkSession(file.scenario, file.config, file.log, { round, handovers });
  const { createdAt: _createdAt, forkedFrom: _earlier, ...rest } = file.header as SessionHeader;
  const forkedFrom: ForkOrigin = { session: sessionName(source), round, entriesKept: fork.entriesKept };
  return { header: { ...rest, forkedFrom }, log: fork.log, state: fork.state };
}

/** What a fork's header says of where it came from, in words. */
export function forkOriginWords(origin: ForkOrigin): string {
  return `Played again from round ${origin.round} of ${origin.session} (its first ${origin.entriesKept} ${origin.entriesKept === 1 ? 'entry' : 'entries'} kept).`;
}

/** The two sessions' judgments compared; throws ForkError if they are not of one scenario. */
export function compareSessions(before: Pick<SessionFile, 'scenario' | 'state'>, after: Pick<SessionFile, 'scenario' | 'state'>): JudgmentComparison {
  if (before.scenario.id !== after.scenario.id) {
    throw new ForkError(`These sessions play different scenarios (${before.scenario.title}; ${after.scenario.title}): only sessions of one scenario compare.`);
  }
  return compareJudgments(adjudicate(before.scenario, before.state, { trace: false }), adjudicate(after.scenario, after.state, { trace: false }));
}

