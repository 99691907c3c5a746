import type { NamedMeeting, Scenario } from '../scenario/schema';
import { appended, type SessionContext } from './context';
import type { EventHandlers } from './handler';
import { noSuch } from './lookup';
import type { MeetingAnswer, SessionState } from './state';

/**
 * Meetings the scenario states (docs/scenario-format.md, `meetings`): an Arria-formula meeting, a
 * peace conference, a regional summit, convened in a round with the states it invites. Each seated
 * invitee attends or declines during that round; both are public and on the record, and the law
 * reads a decline as it reads a declined contact group: declining a multilateral meeting that
 * presses the perpetrator (Hakimi at 275 & n.163).
 */

export function scenarioMeeting(scenario: Scenario, meetingId: string): NamedMeeting | undefined {
  return scenario.meetings.find((m) => m.id === meetingId);
}

export function meetingAnswerOf(session: SessionState, meetingId: string, state: string): MeetingAnswer | undefined {
  return session.meetingAnswers.find((a) => a.meetingId === meetingId && a.state === state);
}

/** The meetings of the current round that invite `state` and that it has not answered. */
export function meetingsAwaiting(scenario: Scenario, session: SessionState, state: string): NamedMeeting[] {
  return scenario.meetings.filter((m) => m.round === session.round && m.invitees.includes(state) && !meetingAnswerOf(session, m.id, state));
}

function answerProblem(ctx: SessionContext, meetingId: string, state: string): string | null {
  const meeting = scenarioMeeting(ctx.scenario, meetingId);
  if (!meeting) return noSuch('meeting', meetingId);
  if (!meeting.invitees.includes(state)) return `Your delegation is not invited to the ${meeting.title}.`;
  if (meeting.round !== ctx.session.round) return `The ${meeting.title} meets in round ${meeting.round}; answer it then.`;
  const answer = meetingAnswerOf(ctx.session, meetingId, state);
  if (answer) return `You have already ${answer.answer === 'attend' ? 'attended' : 'declined'} the ${meeting.title}.`;
  return null;
}

function anyAwaiting(ctx: SessionContext, state: string | null): string | null {
  return state !== null && meetingsAwaiting(ctx.scenario, ctx.session, state).length > 0 ? null : 'No meeting this round awaits your answer.';
}

function answered(ctx: SessionContext, answer: MeetingAnswer): SessionState {
  return { ...ctx.session, meetingAnswers: appended(ctx, ctx.session.meetingAnswers, answer) };
}

export const namedMeetingHandlers = {
  'meeting.attend': {
    check: (ctx, { actor, event }) => answerProblem(ctx, event.meetingId, actor.state!),
    available: (ctx, actor) => anyAwaiting(ctx, actor.state),
    apply: (ctx, { actor, event, seq }) => answered(ctx, { meetingId: event.meetingId, state: actor.state!, answer: 'attend', seq, round: ctx.session.round, reason: null }),
  },
  'meeting.decline': {
    check: (ctx, { actor, event }) => answerProblem(ctx, event.meetingId, actor.state!),
    available: (ctx, actor) => anyAwaiting(ctx, actor.state),
    apply: (ctx, { actor, event, seq }) =>
      answered(ctx, { meetingId: event.meetingId, state: actor.state!, answer: 'decline', seq, round: ctx.session.round, reason: event.reason ?? null }),
  },
} satisfies Partial<EventHandlers>;
