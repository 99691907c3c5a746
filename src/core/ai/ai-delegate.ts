import type { Scenario } from '../scenario/schema';
import type { AiExplanation, Command, SessionEvent } from '../session/events';
import type { DelegatePolicy } from '../session/delegate-policy';
import { applyCommand } from '../session/session';
import type { SessionState } from '../session/state';
import { emergencySessionMoves, unitingForPeaceMoves, vetoInitiativeMoves } from './assembly-moves';
import { conductMoves } from './conduct-moves';
import { decisionContext, type DecisionContext, type PlannedMove } from './decision-context';
import { councilMoves } from './council-moves';
import { COACH_NOTE_MAX } from './move-explanations';
import { memorialMoves } from './memorial';
import { negotiationMoves } from './negotiation-moves';
import { messageReplies } from './replies';
import { groupReplies, invitationAnswers } from './contact-groups';
import { meetingAnswers, statementAnswers } from './consensus-answers';
import { offerAnswers } from './offer-answers';
import { EVENT_POLICY } from '../session/phases';
import { capped } from './wording';

/**
 * The AI delegate policy (docs/design.md §4.2, src/core/ai): for one seat, the moves its delegation makes
 * now, each with what it says in character and a coach's note for the debrief. Every planned move
 * is checked against the session's own rules (applyCommand) before it is returned, in order, so
 * a policy never sends a move the guards reject; what it would have sent and was refused is
 * reported (and tests require it to be empty).
 */

/** The moves a seat's delegation plans in the current phase, before they are checked. */
export function planMoves(scenario: Scenario, state: SessionState, seatId: string): PlannedMove[] {
  const seat = state.config.seats.find((s) => s.id === seatId);
  if (!seat || seat.kind === 'facilitator' || seat.state === null || state.paused || state.ended) return [];
  const ctx = decisionContext(scenario, state, seat);
  const ctxFor = (code: string): DecisionContext => {
    const other = state.config.seats.find((s) => s.state === code && s.kind !== 'facilitator');
    return other ? decisionContext(scenario, state, other) : decisionContext(scenario, state, { id: code.toLowerCase(), kind: 'ai', state: code });
  };
  const talking = EVENT_POLICY['message.private'].phases.includes(state.phase);
  const replies = [
    ...(EVENT_POLICY['offer.answer'].phases.includes(state.phase) ? offerAnswers(ctx) : []),
    ...(talking ? [...messageReplies(ctx), ...invitationAnswers(ctx), ...meetingAnswers(ctx), ...groupReplies(ctx)] : []),
    ...statementAnswers(ctx),
  ];
  return replies.length > 0 ? [...replies, ...phaseMoves(ctx, state, ctxFor)] : phaseMoves(ctx, state, ctxFor);
}

function phaseMoves(ctx: DecisionContext, state: SessionState, ctxFor: (code: string) => DecisionContext): PlannedMove[] {
  switch (state.phase) {
    case 'negotiation':
      return negotiationMoves(ctx);
    case 'council':
      return councilMoves(ctx);
    case 'unitingForPeace':
      return unitingForPeaceMoves(ctx, ctxFor);
    case 'emergencySpecialSession':
      return emergencySessionMoves(ctx);
    case 'vetoInitiative':
      return vetoInitiativeMoves(ctx);
    case 'conduct':
      return conductMoves(ctx);
    case 'adjudication':
      return memorialMoves(ctx);
    default:
      return [];
  }
}

export interface RefusedMove {
  event: SessionEvent;
  reason: string;
}

export interface CheckedMoves {
  /** Commands the rules accept, in order (each checked on the state the previous ones leave). */
  commands: Command[];
  /** Planned moves the rules refused (a bug in the AI if ever non-empty). */
  refused: RefusedMove[];
}

export function explanationOf(move: PlannedMove): AiExplanation {
  return { says: capped(move.says, COACH_NOTE_MAX), coach: capped(move.coach, COACH_NOTE_MAX) };
}

/** Plans a seat's moves and keeps those the session's rules accept. */
export function aiMoves(scenario: Scenario, state: SessionState, seatId: string, at: string): CheckedMoves {
  const commands: Command[] = [];
  const refused: RefusedMove[] = [];
  let scratch = state;
  for (const move of planMoves(scenario, state, seatId)) {
    const command: Command = { by: seatId, at, event: move.event, ai: explanationOf(move) };
    const result = applyCommand(scenario, scratch, command);
    if (!result.ok) {
      refused.push({ event: move.event, reason: result.reason });
      continue;
    }
    scratch = result.state;
    commands.push(command);
  }
  return { commands, refused };
}

/** The AI delegates as a DelegatePolicy (the run driver, the host, the UI's AI seats). */
export const aiDelegatePolicy: DelegatePolicy = (ctx) => aiMoves(ctx.scenario, ctx.state, ctx.seat.id, ctx.at).commands;

/** One move at a time (for hosts that apply a seat's moves one by one): the first accepted move, or null. */
export function nextAiMove(scenario: Scenario, state: SessionState, seatId: string, at: string): { event: SessionEvent; ai: AiExplanation } | null {
  const first = aiMoves(scenario, state, seatId, at).commands[0];
  return first ? { event: first.event, ai: first.ai! } : null;
}

/** Validation time for a host that stamps commands itself: the last entry's time (rules do not read the clock). */
const BEFORE_ANY_ENTRY = '2000-01-01T00:00:00.000Z';

/**
 * The host's seat-policy shape (one move or null): the AI delegate's next accepted move for the seat.
 * The host stamps the command's time itself.
 */
export function aiSeatMove(scenario: Scenario, state: SessionState, seatId: string): { event: SessionEvent; ai: AiExplanation } | null {
  return nextAiMove(scenario, state, seatId, state.log[state.log.length - 1]?.at ?? BEFORE_ANY_ENTRY);
}
