import { transition } from 'xstate';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { formatPath } from '../scenario/load';
import { isKnownState, stateName } from '../scenario/membership';
import type { Scenario } from '../scenario/schema';
import { command as commandSchema, sessionConfig, type Command, type LogEntry, type SessionConfig } from './events';
import type { Act, SessionContext } from './context';
import { sessionMachine, stateValueOf } from './machine';
import { recordAct } from './record-entry';
import { enterPhase } from './round';
import { applyAct, checkCommand } from './command-rules';
import type { SessionState } from './state';
import { courseOf } from './transitions';

export type ApplyResult = { ok: true; state: SessionState; entry: LogEntry } | { ok: false; reason: string };

function zodMessage(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => (i.path.length ? `${formatPath(i.path)}: ${i.message}` : i.message)).join('; ');
}

/** Validates a session configuration against the scenario; throws with every problem. */
export function validateSessionConfig(scenario: Scenario, config: unknown): SessionConfig {
  const parsed = sessionConfig.safeParse(config);
  if (!parsed.success) throw new Error(`Invalid session configuration: ${zodMessage(parsed.error)}`);
  const cfg = parsed.data;
  const problems: string[] = [];
  if (cfg.scenarioId !== scenario.id) problems.push(`scenarioId "${cfg.scenarioId}" does not match the scenario "${scenario.id}"`);
  const ids = new Set<string>();
  const states = new Set<string>();
  for (const seat of cfg.seats) {
    if (ids.has(seat.id)) problems.push(`seat id "${seat.id}" is used twice`);
    ids.add(seat.id);
    if (seat.kind === 'facilitator') {
      if (seat.state !== null) problems.push(`facilitator seat "${seat.id}" must not represent a state`);
      continue;
    }
    if (seat.state === null) {
      problems.push(`seat "${seat.id}" (${seat.kind}) must represent a state`);
      continue;
    }
    if (!isKnownState(scenario, seat.state)) problems.push(`seat "${seat.id}": unknown state "${seat.state}"`);
    if (states.has(seat.state)) problems.push(`${stateName(scenario, seat.state)} has two seats`);
    states.add(seat.state);
  }
  if (!cfg.seats.some((s) => s.kind === 'facilitator')) problems.push('a session needs a facilitator seat (it runs the phases)');
  if (problems.length > 0) throw new Error(`Invalid session configuration: ${problems.join('; ')}`);
  return cfg;
}

/** A new session in the seating phase, its timer (if the round plan gives one) not yet started. */
function initialState(scenario: Scenario, config: SessionConfig): SessionState {
  return enterPhase(scenario, emptySession(config), 'seating', null);
}

function emptySession(config: SessionConfig): SessionState {
  return {
    config,
    phase: 'seating',
    round: 0,
    paused: false,
    ended: false,
    timer: { durationSeconds: null, startedAt: null, remainingWhenPaused: null },
    actedThisPhase: [],
    doneThisPhase: [],
    evidence: { level: 'none', history: [], intelligence: [] },
    injectsFired: [],
    statements: [],
    channels: {},
    groups: {},
    councilStatements: {},
    meetingAnswers: [],
    drafts: {},
    ballots: [],
    vetoThreats: [],
    explanations: [],
    unitingForPeace: {
      status: 'closed',
      openedBy: null,
      referralBallotId: null,
      requests: [],
      deemedRequests: [],
      convenedRound: null,
      convenedBy: null,
    },
    vetoInitiative: [],
    agreements: {},
    offers: {},
    conduct: [],
    memorials: {},
    overrides: [],
    facilitatorActions: [],
    aiNotes: {},
    log: [],
    rng: [...xoroshiro128plus(config.seed).getState()],
  };
}

/** A new session in the seating phase. Throws if the configuration does not fit the scenario. */
export function createSession(scenario: Scenario, config: SessionConfig): SessionState {
  return initialState(scenario, validateSessionConfig(scenario, config));
}

/**
 * Applies a checked act. An event that stays in its phase is its entry in the record and its
 * handler's effect; one that moves the session on goes through the statechart, which runs the
 * exit and entry actions and the procedure's guards (transitions.ts reads which is which from it).
 */
function advance(context: SessionContext, act: Act): SessionState {
  if (courseOf(context.session.phase, act.event.type) === 'stays') {
    return applyAct({ ...context, session: recordAct(context, act) }, act);
  }
  const [next] = transition(sessionMachine, sessionMachine.resolveState({ value: stateValueOf(context.session.phase), context }), {
    type: act.event.type,
    act,
  });
  return next.context.session;
}

type Parsed = { ok: true; command: Command } | { ok: false; reason: string };

function parseCommand(command: unknown): Parsed {
  const parsed = commandSchema.safeParse(command);
  return parsed.success ? { ok: true, command: parsed.data } : { ok: false, reason: `Invalid command: ${zodMessage(parsed.error)}` };
}

/**
 * Applies one command (validated with zod first: bad input never corrupts a session). On success
 * the new state and the log entry it produced; otherwise the reason, and the given state is
 * untouched. No state is ever changed: the new one shares what did not change with the old.
 */
export function applyCommand(scenario: Scenario, state: SessionState, command: unknown): ApplyResult {
  const parsed = parseCommand(command);
  if (!parsed.ok) return parsed;
  const context: SessionContext = { scenario, session: state };
  const checked = checkCommand(context, parsed.command);
  if (!checked.ok) return checked;
  const next = advance(context, checked.act);
  return { ok: true, state: next, entry: next.log[next.log.length - 1]! };
}

/**
 * Rebuilds a session from its log: the same scenario, configuration and log always give the same
 * state. Throws on an entry that is malformed, out of sequence or rejected.
 */
export function replay(scenario: Scenario, config: SessionConfig, log: readonly unknown[]): SessionState {
  return rebuild(scenario, config, log, (raw) => parseCommand(stripSeq(raw))).state;
}

/**
 * `replay` of entries already validated against the log entry schema (a session file's reader
 * validates each line as it reads it): every rule is still checked, the schema once.
 */
export function replayEntries(scenario: Scenario, config: SessionConfig, entries: readonly LogEntry[]): SessionState {
  return rebuild(scenario, config, entries, ({ seq: _seq, ...command }) => ({ ok: true, command })).state;
}

/**
 * `replayEntries` that stops after the first entry whose state satisfies `done` (read only: the
 * states it is given are the replay's own). How many entries were applied, and the state then.
 */
export function replayEntriesUntil(
  scenario: Scenario,
  config: SessionConfig,
  entries: readonly LogEntry[],
  done: (state: Readonly<SessionState>) => boolean,
): { applied: number; state: SessionState } {
  return rebuild(scenario, config, entries, ({ seq: _seq, ...command }) => ({ ok: true, command }), done);
}

/**
 * The replay loop. The states it passes through are its own and none escapes, so the growing
 * collections are extended in place (SessionContext.inPlace); the state it returns is the only
 * one anyone sees, and from then on it changes no more than any other.
 */
function rebuild<T>(
  scenario: Scenario,
  config: SessionConfig,
  log: readonly T[],
  commandOf: (entry: T) => Parsed,
  done?: (state: Readonly<SessionState>) => boolean,
): { applied: number; state: SessionState } {
  const context: SessionContext = { scenario, session: initialState(scenario, validateSessionConfig(scenario, config)), inPlace: true };
  for (let index = 0; index < log.length; index++) {
    const raw = log[index]!;
    const seq = (raw as { seq?: unknown } | null)?.seq;
    const where = `log entry ${index + 1}${typeof seq === 'number' ? ` (seq ${seq})` : ''}`;
    const parsed = commandOf(raw);
    if (!parsed.ok) throw new Error(`${where}: ${parsed.reason}`);
    const expected = index + 1;
    if (seq !== expected) throw new Error(`${where}: expected seq ${expected}`);
    const checked = checkCommand(context, parsed.command);
    if (!checked.ok) throw new Error(`${where} (${parsed.command.event.type} by ${parsed.command.by}) was rejected: ${checked.reason}`);
    context.session = advance(context, checked.act);
    if (done?.(context.session)) return { applied: index + 1, state: context.session };
  }
  return { applied: log.length, state: context.session };
}

function stripSeq(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object') return raw;
  const { seq: _seq, ...rest } = raw as Record<string, unknown>;
  return rest;
}
