import { councilMembers, isKnownState } from '../scenario/membership';
import type { Scenario } from '../scenario/schema';
import { allowedActions } from './allowed';
import type { Command, LogEntry, Seat, SessionConfig, SessionEvent } from './events';
import { baselinePolicy } from './baseline-policy';
import { policyContext, type DelegatePolicy } from './delegate-policy';
import { seatsWithFirstChance } from './first-chance';
import { isRoundPhase } from './phases';
import { EMPTY_SCRIPT, scriptKey, scriptedStates, type ScriptPhase, type ScriptedMove, type SessionScript } from './script';
import { applyCommand, createSession } from './session';
import type { SessionState } from './state';
import { ownEntry } from './lookup';
import { viewFor } from './view';

/**
 * The headless run (`moot-council run`): the driver acts as facilitator and plays every seat,
 * scripted seats from the script, the others through a delegate policy. Pure: it returns the log.
 * Time is synthetic (a fixed epoch plus one second per entry), so the same scenario, script and
 * seed always give the same log.
 */

export const RUN_EPOCH = Date.UTC(2000, 0, 1);
export const FACILITATOR_SEAT = 'facilitator';
/** Rounds of asking every seat before the facilitator moves on regardless. */
const MAX_PASSES_PER_PHASE = 40;

export function runTimestamp(seq: number): string {
  return new Date(RUN_EPOCH + seq * 1000).toISOString();
}

export interface RunOptions {
  seed: number;
  script?: SessionScript;
  /** Plays the seats the script does not; defaults to the baseline policy. */
  policy?: DelegatePolicy;
  /** Record a scripted move that is never in order and play on (overrides the script's own option). */
  continueOnRefusal?: boolean;
}

/** A scripted move the rules refused for the whole of its phase (recorded when the run continues on refusal). */
export interface RefusedMove {
  where: string;
  event: SessionEvent['type'];
  round: number;
  phase: ScriptPhase;
  reason: string;
}

export interface PolicyRejection {
  seq: number;
  seat: string;
  event: SessionEvent['type'];
  reason: string;
}

export interface RunResult {
  config: SessionConfig;
  log: LogEntry[];
  state: SessionState;
  /** Moves a delegate policy proposed that the rules rejected (they are skipped). */
  policyRejections: PolicyRejection[];
  /** Scripted moves refused and skipped (only when the run continues on refusal; otherwise the run stops). */
  refusedMoves: RefusedMove[];
}

export class ScriptError extends Error {
  override name = 'ScriptError';
}

/**
 * The seats of a headless run: the facilitator, and one seat (id = lower-case code) for every
 * Council member, every state with an entry in the scenario and every state the script names.
 * States the script plays alone are human seats; the rest are AI seats.
 */
export function runConfig(scenario: Scenario, seed: number, script: SessionScript = EMPTY_SCRIPT): SessionConfig {
  const scripted = scriptedStates(script);
  const human = new Set(script.seats ?? scripted);
  for (const code of scripted) {
    if (!isKnownState(scenario, code)) throw new ScriptError(`script: unknown state "${code}"`);
  }
  const codes = [...new Set([...councilMembers(scenario), ...scenario.states.map((s) => s.code), ...scripted])];
  const seats: Seat[] = [
    { id: FACILITATOR_SEAT, kind: 'facilitator', state: null },
    ...codes.map((code) => ({ id: code.toLowerCase(), kind: human.has(code) ? ('human' as const) : ('ai' as const), state: code })),
  ];
  return { scenarioId: scenario.id, seed, seats, mode: 'solo', difficulty: script.difficulty ?? 'realistic' };
}

interface Queue {
  actor: string;
  moves: ScriptedMove[];
  lastReason: string | null;
}

export function runSession(scenario: Scenario, options: RunOptions): RunResult {
  const script = options.script ?? EMPTY_SCRIPT;
  const policy = options.policy ?? baselinePolicy;
  const config = runConfig(scenario, options.seed, script);
  let state = createSession(scenario, config);
  const policyRejections: PolicyRejection[] = [];
  const refusedMoves: RefusedMove[] = [];
  const continueOnRefusal = options.continueOnRefusal ?? script.continueOnRefusal;

  const submit = (command: Command): { ok: true } | { ok: false; reason: string } => {
    const stamped = { ...command, at: runTimestamp(state.log.length + 1) };
    const result = applyCommand(scenario, state, stamped);
    if (!result.ok) return result;
    state = result.state;
    return { ok: true };
  };
  const facilitator = (event: SessionEvent) => {
    const result = submit({ by: FACILITATOR_SEAT, at: '', event });
    if (!result.ok) throw new Error(`driver: the facilitator's ${event.type} was rejected in ${state.phase}: ${result.reason}`);
  };

  const scriptedCommand = (seat: Seat | null, move: ScriptedMove): Command => {
    let event = move.event;
    if (move.voteOnDraft !== undefined && event.type === 'vote.cast') {
      const ballot = state.ballots.find((b) => b.closedSeq === null && b.draftId === move.voteOnDraft);
      event = { ...event, ballotId: ballot?.id ?? `no-open-ballot-on-${move.voteOnDraft}` };
    }
    if (move.answerTo !== undefined && event.type === 'draft.answerRequest') {
      const request = ownEntry(state.drafts, event.draftId)?.circulation?.requests.find((r) => r.state === move.answerTo && r.answer === null);
      // Until the member has asked, the answer is not in order and waits for a later pass.
      if (request) event = { ...event, requestSeq: request.seq };
    }
    return { by: seat?.id ?? FACILITATOR_SEAT, at: '', event };
  };

  const refuse = (queue: Queue, round: number, phase: ScriptPhase) => {
    const move = queue.moves.shift()!;
    const reason = queue.lastReason ?? 'it was never in order in this phase.';
    refusedMoves.push({ where: move.where, event: move.event.type, round, phase, reason });
    queue.lastReason = null;
  };

  /**
   * Passes over the seats until one changes nothing: the phase has run its course. In each pass
   * every scripted actor (the facilitator first, then the seats in order) makes its next move if
   * it is in order (otherwise it waits for a later pass), then every AI seat asks its policy.
   */
  const playPhase = (phase: ScriptPhase) => {
    const round = state.round;
    const queues: Queue[] = [];
    const facilitatorMoves = script.moves.get(scriptKey(round, phase, 'facilitator'));
    if (facilitatorMoves) queues.push({ actor: 'facilitator', moves: [...facilitatorMoves], lastReason: null });
    const seats = state.config.seats.filter((s) => s.kind !== 'facilitator' && s.state);
    for (const seat of seats) {
      const moves = script.moves.get(scriptKey(round, phase, seat.state!));
      if (moves) queues.push({ actor: seat.state!, moves: [...moves], lastReason: null });
    }
    for (let pass = 0; pass < MAX_PASSES_PER_PHASE; pass++) {
      let progressed = false;
      for (const queue of queues) {
        const seat = queue.actor === 'facilitator' ? null : seats.find((s) => s.state === queue.actor)!;
        // One move per actor per pass: the script's k-th moves of different actors interleave.
        if (queue.moves.length === 0) continue;
        const result = submit(scriptedCommand(seat, queue.moves[0]!));
        if (!result.ok) {
          queue.lastReason = result.reason;
          continue;
        }
        queue.moves.shift();
        progressed = true;
      }
      for (const seat of seats) {
        if (seat.kind !== 'ai' || queues.some((q) => q.actor === seat.state && q.moves.length > 0)) continue;
        const at = runTimestamp(state.log.length + 1);
        const now = state;
        const fields = { scenario, state: now, seat, code: seat.state!, seed: config.seed, allowed: allowedActions(scenario, now, seat.id), at };
        const commands = policy(policyContext(fields, () => viewFor(scenario, now, { seatId: seat.id })));
        for (const command of commands) {
          const result = submit({ ...command, by: seat.id });
          if (result.ok) progressed = true;
          else policyRejections.push({ seq: state.log.length, seat: seat.id, event: command.event.type, reason: result.reason });
        }
      }
      if (!progressed) {
        // Nobody has anything more to say: the President closes a vote still open, then the phase ends.
        const open = state.ballots.find((b) => b.closedSeq === null);
        if (open) {
          facilitator({ type: 'vote.close', ballotId: open.id });
          continue;
        }
        // A scripted seat whose script says nothing more in this phase passes its first chance, so the AI seats waiting for it may move.
        const passing = seatsWithFirstChance(scenario, state).filter((s) => !queues.some((q) => q.actor === s.state && q.moves.length > 0));
        if (passing.length > 0) {
          for (const seat of passing) submit({ by: seat.id, at: '', event: { type: 'delegation.pass' } });
          continue;
        }
        // Continuing on refusal: each actor's move that is still not in order is refused, and its later moves get their turn.
        const stuck = continueOnRefusal ? queues.filter((q) => q.moves.length > 0) : [];
        if (stuck.length > 0) {
          for (const queue of stuck) refuse(queue, round, phase);
          continue;
        }
        break;
      }
    }
    if (continueOnRefusal) for (const queue of queues) while (queue.moves.length > 0) refuse(queue, round, phase);
    const stuck = queues.find((q) => q.moves.length > 0);
    if (stuck) {
      const move = stuck.moves[0]!;
      throw new ScriptError(`script: ${move.where} (${move.event.type}) could not be played in round ${round}, ${phase}: ${stuck.lastReason}`);
    }
  };

  facilitator({ type: 'session.start' });
  facilitator({ type: 'phase.advance' });
  while (state.phase !== 'debrief') {
    const phase = state.phase;
    if (isRoundPhase(phase) || phase === 'adjudication') playPhase(phase);
    if (phase === 'adjudication') facilitator({ type: 'judgment.deliver' });
    else if (phase === 'conduct' && script.endAfterRound !== null && state.round >= script.endAfterRound) facilitator({ type: 'session.end' });
    else facilitator({ type: 'phase.advance' });
  }
  return { config, log: state.log, state, policyRejections, refusedMoves };
}
