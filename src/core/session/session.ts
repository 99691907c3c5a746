import { initialTransition, transition } from 'xstate';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { formatPath } from '../scenario/load';
import { isKnownState, stateName } from '../scenario/membership';
import type { Scenario } from '../scenario/schema';
import { command as commandSchema, sessionConfig, type Command, type LogEntry, type SessionConfig } from './events';
import type { MachineEvent, SessionContext } from './context';
import { sessionMachine, stateValueOf } from './machine';
import { checkCommand } from './rules';
import type { SessionState } from './state';

export type ApplyResult = { ok: true; state: SessionState; entry: LogEntry } | { ok: false; reason: string };

type Snapshot = ReturnType<typeof initialTransition<typeof sessionMachine>>[0];

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
    conduct: [],
    memorials: {},
    overrides: [],
    facilitatorActions: [],
    aiNotes: {},
    log: [],
    rng: [...xoroshiro128plus(config.seed).getState()],
  };
}

function initialSnapshot(scenario: Scenario, config: SessionConfig): Snapshot {
  const [snapshot] = initialTransition(sessionMachine, { scenario, session: emptySession(config) });
  return snapshot;
}

function snapshotOf(scenario: Scenario, state: SessionState): Snapshot {
  return sessionMachine.resolveState({ value: stateValueOf(state.phase), context: { scenario, session: state } });
}

/** A new session in the seating phase. Throws if the configuration does not fit the scenario. */
export function createSession(scenario: Scenario, config: SessionConfig): SessionState {
  return initialSnapshot(scenario, validateSessionConfig(scenario, config)).context.session;
}

/** Runs one validated command through the machine, or says why it is rejected. */
function step(snapshot: Snapshot, command: Command): { ok: true; snapshot: Snapshot; entry: LogEntry } | { ok: false; reason: string } {
  const context: SessionContext = snapshot.context;
  const checked = checkCommand(context, command);
  if (!checked.ok) return checked;
  const event: MachineEvent = { type: command.event.type, command, seq: checked.act.seq };
  const [next] = transition(sessionMachine, snapshot, event);
  const session = next.context.session;
  const entry = session.log[session.log.length - 1];
  if (next === snapshot || !entry || entry.seq !== checked.act.seq) {
    return { ok: false, reason: `internal: the machine did not take "${command.event.type}" in ${context.session.phase}` };
  }
  return { ok: true, snapshot: next, entry };
}

function parseCommand(command: unknown): { ok: true; command: Command } | { ok: false; reason: string } {
  const parsed = commandSchema.safeParse(command);
  return parsed.success ? { ok: true, command: parsed.data } : { ok: false, reason: `Invalid command: ${zodMessage(parsed.error)}` };
}

/**
 * Applies one command (validated with zod first: bad input never corrupts a session). On success
 * the new state and the log entry it produced; otherwise the reason, and the given state is
 * untouched.
 */
export function applyCommand(scenario: Scenario, state: SessionState, command: unknown): ApplyResult {
  const parsed = parseCommand(command);
  if (!parsed.ok) return parsed;
  const result = step(snapshotOf(scenario, state), parsed.command);
  return result.ok ? { ok: true, state: result.snapshot.context.session, entry: result.entry } : result;
}

/**
 * Rebuilds a session from its log: the same scenario, configuration and log always give the same
 * state. Throws on an entry that is malformed, out of sequence or rejected.
 */
export function replay(scenario: Scenario, config: SessionConfig, log: readonly unknown[]): SessionState {
  const start = initialSnapshot(scenario, validateSessionConfig(scenario, config));
  let snapshot = sessionMachine.resolveState({ value: start.value, context: { ...start.context, appendInPlace: true } });
  log.forEach((raw, index) => {
    const seq = (raw as { seq?: unknown } | null)?.seq;
    const where = `log entry ${index + 1}${typeof seq === 'number' ? ` (seq ${seq})` : ''}`;
    const parsed = parseCommand(stripSeq(raw));
    if (!parsed.ok) throw new Error(`${where}: ${parsed.reason}`);
    const expected = index + 1;
    if (seq !== expected) throw new Error(`${where}: expected seq ${expected}`);
    const result = step(snapshot, parsed.command);
    if (!result.ok) throw new Error(`${where} (${parsed.command.event.type} by ${parsed.command.by}) was rejected: ${result.reason}`);
    snapshot = result.snapshot;
  });
  return snapshot.context.session;
  // The lists extended in place belong to this replay alone: every intermediate state is dropped.
}

function stripSeq(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object') return raw;
  const { seq: _seq, ...rest } = raw as Record<string, unknown>;
  return rest;
}
