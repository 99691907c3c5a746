import { isCouncilMember } from '../scenario/membership';
import { appended, withEntry, type SessionContext } from './context';
import type { EventHandlers } from './handler';
import { hasOwnEntry, noSuch, ownEntry } from './lookup';
import type { CouncilStatement, SessionState } from './state';

/**
 * Presidential and press statements of the Security Council (docs/session-log.md, "Council
 * statements"). In practice both are adopted by consensus, without a vote: a presidential
 * statement is read out by the President at a formal meeting and issued as S/PRST/…, a press
 * statement is agreed by all fifteen members and issued by the President. Any member's objection
 * blocks one. The session runs a silence procedure: a member that has not objected when the
 * Council phase of the statement's round ends acquiesces in it, and the statement is adopted if no
 * member objected.
 */

export type CouncilStatementStatus = 'open' | 'adopted' | 'blocked';

export const COUNCIL_STATEMENT_KIND_WORDS: Record<CouncilStatement['kind'], string> = {
  presidential: 'presidential statement',
  press: 'press statement',
};

/** Open while the Council phase of its round lasts; then adopted unless a member objected (blocked at the first objection). */
export function councilStatementStatus(statement: CouncilStatement, session: Pick<SessionState, 'round' | 'phase'>): CouncilStatementStatus {
  if (statement.objections.length > 0) return 'blocked';
  return silenceRunning(statement, session) ? 'open' : 'adopted';
}

/** Whether the silence procedure still runs: the Council phase of the statement's round. */
export function silenceRunning(statement: CouncilStatement, session: Pick<SessionState, 'round' | 'phase'>): boolean {
  return session.round === statement.round && session.phase === 'council';
}

/** Whether `state` has answered the statement (its proposer answered by proposing it). */
export function answeredStatement(statement: CouncilStatement, state: string): boolean {
  return statement.proposedBy === state || statement.joined.some((j) => j.state === state) || statement.objections.some((o) => o.state === state);
}

/** Statements whose silence procedure runs and that `state` has not answered. */
export function statementsAwaiting(session: SessionState, state: string): CouncilStatement[] {
  return Object.values(session.councilStatements).filter((s) => silenceRunning(s, session) && !answeredStatement(s, state));
}

function answerProblem(ctx: SessionContext, statementId: string, state: string): string | null {
  const statement = ownEntry(ctx.session.councilStatements, statementId);
  if (!statement) return noSuch('Council statement', statementId);
  if (!isCouncilMember(ctx.scenario, state)) return `Only members of the Security Council answer a ${COUNCIL_STATEMENT_KIND_WORDS[statement.kind]}.`;
  if (!silenceRunning(statement, ctx.session)) return `The silence procedure on that ${COUNCIL_STATEMENT_KIND_WORDS[statement.kind]} ended with the Council phase of round ${statement.round}.`;
  if (statement.proposedBy === state) return 'You proposed that statement: your consensus is taken as given.';
  if (answeredStatement(statement, state)) return 'You have already answered that statement.';
  return null;
}

function anyAwaiting(ctx: SessionContext, state: string | null): string | null {
  if (state === null || !isCouncilMember(ctx.scenario, state)) return 'Only members of the Security Council answer its statements.';
  return statementsAwaiting(ctx.session, state).length > 0 ? null : 'No Council statement awaits your answer.';
}

function update(ctx: SessionContext, statement: CouncilStatement): SessionState {
  return { ...ctx.session, councilStatements: withEntry(ctx, ctx.session.councilStatements, statement.id, statement) };
}

export const councilStatementHandlers = {
  'councilStatement.propose': {
    check: ({ scenario, session }, { actor, event }) => {
      if (!isCouncilMember(scenario, actor.state!)) return 'Only members of the Security Council propose its statements.';
      if (hasOwnEntry(session.councilStatements, event.statementId)) return `A Council statement "${event.statementId}" already exists; choose another id.`;
      return null;
    },
    available: ({ scenario }, actor) => (actor.state !== null && isCouncilMember(scenario, actor.state) ? null : 'Only members of the Security Council propose its statements.'),
    apply: (ctx, { actor, event, seq }) =>
      update(ctx, { id: event.statementId, kind: event.kind, text: event.text, proposedBy: actor.state!, seq, round: ctx.session.round, joined: [], objections: [] }),
  },
  'councilStatement.join': {
    check: (ctx, { actor, event }) => answerProblem(ctx, event.statementId, actor.state!),
    available: (ctx, actor) => anyAwaiting(ctx, actor.state),
    apply: (ctx, { actor, event, seq }) => {
      const statement = ownEntry(ctx.session.councilStatements, event.statementId)!;
      return update(ctx, { ...statement, joined: appended(ctx, statement.joined, { state: actor.state!, seq }) });
    },
  },
  'councilStatement.object': {
    check: (ctx, { actor, event }) => answerProblem(ctx, event.statementId, actor.state!),
    available: (ctx, actor) => anyAwaiting(ctx, actor.state),
    apply: (ctx, { actor, event, seq }) => {
      const statement = ownEntry(ctx.session.councilStatements, event.statementId)!;
      return update(ctx, { ...statement, objections: appended(ctx, statement.objections, { state: actor.state!, seq, reason: event.reason ?? null }) });
    },
  },
} satisfies Partial<EventHandlers>;

/** A statement in words: "the presidential statement proposed by France in round 2". */
export function councilStatementWords(statement: CouncilStatement, nameOf: (code: string) => string): string {
  return `the ${COUNCIL_STATEMENT_KIND_WORDS[statement.kind]} proposed by ${nameOf(statement.proposedBy)} in round ${statement.round}`;
}

/** How the statement ended, or stands, in words: adopted by consensus, blocked by whom, or open. */
export function councilStatementOutcomeWords(statement: CouncilStatement, session: Pick<SessionState, 'round' | 'phase'>, nameOf: (code: string) => string): string {
  const status = councilStatementStatus(statement, session);
  if (status === 'open') return 'the silence procedure runs until the Council phase ends';
  if (status === 'adopted') return statement.kind === 'presidential' ? 'adopted by consensus and read out by the President' : 'agreed by all members and issued by the President';
  const objectors = statement.objections.map((o) => nameOf(o.state));
  return `not issued: ${objectors.length === 1 ? `${objectors[0]} objected` : `${objectors.slice(0, -1).join(', ')} and ${objectors.at(-1)} objected`}`;
}
