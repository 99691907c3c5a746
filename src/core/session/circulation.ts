import { councilMembers, isCouncilMember, stateName } from '../scenario/membership';
import { appended, replacedAt, type SessionContext } from './context';
import { withDraft } from './drafts';
import type { EventHandlers } from './handler';
import { hasOwnEntry, noSuch, ownEntry } from './lookup';
import { applyChange, changeInWords, changeProblem } from './revisions';
import type { ChangeRequest, Draft, DraftCirculation, DraftText, SessionState } from './state';

/**
 * A draft's life before the vote (docs/session-log.md, "A draft's life"): a Council member
 * circulates a zero draft in Negotiation and holds its pen; the Council's members ask for changes;
 * the penholder accepts each into a new revision (rev.1, rev.2, …) or declines it with a reason;
 * once every request is answered it puts the draft in blue, which tables the final text. Only a
 * draft in blue (or one tabled directly in the chamber, in blue as tabled) is put to the vote.
 */

export function textOf(draft: DraftText): DraftText {
  return { measures: draft.measures, operativeParagraphs: draft.operativeParagraphs, preamble: draft.preamble };
}

/** The circulating draft, or why there is none to work on. */
function circulating(session: SessionState, draftId: string): { draft: Draft & { circulation: DraftCirculation } } | { problem: string } {
  const draft = ownEntry(session.drafts, draftId);
  if (!draft) return { problem: noSuch('draft', draftId) };
  if (draft.status === 'circulating' && draft.circulation) return { draft: draft as Draft & { circulation: DraftCirculation } };
  if (draft.status === 'withdrawn') return { problem: `Draft "${draft.title}" was withdrawn.` };
  return { problem: `Draft "${draft.title}" is no longer being negotiated: its text is in blue (final).` };
}

/** A draft still in circulation whose pen `state` holds: what answering a request and putting in blue both require. */
function penholdersDraft(ctx: SessionContext, draftId: string, state: string): ReturnType<typeof circulating> {
  const found = circulating(ctx.session, draftId);
  if ('problem' in found) return found;
  const penholder = found.draft.sponsors[0]!;
  return penholder === state ? found : { problem: `Only the penholder of "${found.draft.title}" (${stateName(ctx.scenario, penholder)}) answers requests for changes and puts it in blue.` };
}

/** Unanswered requests on a circulating draft. */
export function pendingRequests(draft: Draft): ChangeRequest[] {
  return draft.circulation?.requests.filter((r) => r.answer === null) ?? [];
}

function circulatingDrafts(session: SessionState): Draft[] {
  return Object.values(session.drafts).filter((d) => d.status === 'circulating');
}

function withCirculation(ctx: SessionContext, session: SessionState, draft: Draft, circulation: DraftCirculation, text?: DraftText): SessionState {
  return withDraft(ctx, session, { ...draft, ...(text ?? {}), circulation });
}

export const circulationHandlers = {
  'draft.circulate': {
    check: ({ scenario, session }, { actor, event }) => {
      // Membership first: a refusal for the id would tell a state outside the Council that a zero draft it may not see exists.
      if (!isCouncilMember(scenario, actor.state!)) {
        return `${stateName(scenario, actor.state!)} is not a member of the Security Council: a Council draft is circulated by a member, who holds its pen (Provisional Rules of Procedure, rule 38).`;
      }
      if (hasOwnEntry(session.drafts, event.draftId)) return 'A draft is already recorded under this reference; circulate it again.';
      return null;
    },
    available: ({ scenario }, actor) => (isCouncilMember(scenario, actor.state!) ? null : 'Only members of the Security Council circulate Council drafts.'),
    apply: (ctx, { actor, event, seq }) => {
      const { session } = ctx;
      const text: DraftText = { measures: event.measures, operativeParagraphs: event.operativeParagraphs, preamble: event.preamble };
      return withDraft(ctx, session, {
        id: event.draftId,
        forum: 'council',
        title: event.title,
        sponsors: [actor.state!],
        ...text,
        chapter: event.chapter,
        round: session.round,
        tabledSeq: seq,
        status: 'circulating',
        ballotIds: [],
        circulation: {
          seq,
          round: session.round,
          audience: councilMembers(ctx.scenario),
          humanSeats: session.config.seats.filter((s) => s.kind === 'human').map((s) => s.id),
          revisions: [{ number: 0, seq, round: session.round, text, requestSeq: null }],
          requests: [],
          inBlueSeq: null,
        },
      });
    },
  },
  'draft.requestChange': {
    check: ({ scenario, session }, { actor, event }) => {
      const found = circulating(session, event.draftId);
      if ('problem' in found) return found.problem;
      const { draft } = found;
      const state = actor.state!;
      if (!draft.circulation.audience.includes(state)) return `${stateName(scenario, state)} is not a member of the Security Council; only members ask the penholder for changes.`;
      if (draft.sponsors[0] === state) return `You hold the pen of "${draft.title}": you answer requests for changes rather than make them.`;
      const problem = changeProblem(textOf(draft), event.change);
      if (problem) return problem;
      const same = JSON.stringify(event.change);
      if (pendingRequests(draft).some((r) => r.state === state && JSON.stringify(r.change) === same)) {
        return `You have already asked to ${changeInWords(event.change)}; the penholder has not answered yet.`;
      }
      return null;
    },
    available: ({ scenario, session }, actor) => {
      if (!isCouncilMember(scenario, actor.state!)) return 'Only members of the Security Council ask for changes to a Council draft.';
      return circulatingDrafts(session).some((d) => d.sponsors[0] !== actor.state) ? null : 'No other member\'s draft is in circulation.';
    },
    apply: (ctx, { actor, event, seq }) => {
      const draft = ownEntry(ctx.session.drafts, event.draftId)!;
      const circulation = draft.circulation!;
      const request: ChangeRequest = { seq, round: ctx.session.round, state: actor.state!, change: event.change, note: event.note ?? null, answer: null };
      return withCirculation(ctx, ctx.session, draft, { ...circulation, requests: appended(ctx, circulation.requests, request) });
    },
  },
  'draft.answerRequest': {
    check: (ctx, { actor, event }) => {
      const found = penholdersDraft(ctx, event.draftId, actor.state!);
      if ('problem' in found) return found.problem;
      const { draft } = found;
      const request = draft.circulation.requests.find((r) => r.seq === event.requestSeq);
      if (!request) return `There is no request numbered ${event.requestSeq} on "${draft.title}".`;
      if (request.answer) return `The request to ${changeInWords(request.change)} has already been ${request.answer.accepted ? 'accepted' : 'declined'}.`;
      if (event.answer === 'decline' && !event.reason) return 'A request is declined with a reason, which is on the record.';
      if (event.answer === 'accept') {
        const problem = changeProblem(textOf(draft), request.change);
        if (problem) return `The request to ${changeInWords(request.change)} no longer fits the text (${problem}); decline it, giving that reason.`;
      }
      return null;
    },
    available: ({ session }, actor) =>
      circulatingDrafts(session).some((d) => d.sponsors[0] === actor.state && pendingRequests(d).length > 0) ? null : 'No request for a change awaits your answer.',
    apply: (ctx, { event, seq }) => {
      const draft = ownEntry(ctx.session.drafts, event.draftId)!;
      const circulation = draft.circulation!;
      const index = circulation.requests.findIndex((r) => r.seq === event.requestSeq);
      const request = circulation.requests[index]!;
      const reason = event.reason ?? null;
      if (event.answer === 'decline') {
        const answered = { ...request, answer: { seq, accepted: false, reason, revision: null } };
        return withCirculation(ctx, ctx.session, draft, { ...circulation, requests: replacedAt(ctx, circulation.requests, index, answered) });
      }
      const text = applyChange(textOf(draft), request.change);
      const number = circulation.revisions.length;
      const answered = { ...request, answer: { seq, accepted: true, reason, revision: number } };
      return withCirculation(
        ctx,
        ctx.session,
        draft,
        {
          ...circulation,
          requests: replacedAt(ctx, circulation.requests, index, answered),
          revisions: appended(ctx, circulation.revisions, { number, seq, round: ctx.session.round, text, requestSeq: request.seq }),
        },
        text,
      );
    },
  },
  'draft.putInBlue': {
    check: (ctx, { actor, event }) => {
      const found = penholdersDraft(ctx, event.draftId, actor.state!);
      if ('problem' in found) return found.problem;
      const { draft } = found;
      const pending = pendingRequests(draft);
      if (pending.length > 0) {
        return `Answer every request for a change before putting "${draft.title}" in blue (${pending.length === 1 ? 'one awaits' : `${pending.length} await`} your answer).`;
      }
      return null;
    },
    available: ({ session }, actor) =>
      circulatingDrafts(session).some((d) => d.sponsors[0] === actor.state) ? null : 'You hold the pen of no draft in circulation.',
    apply: (ctx, { event, seq }) => {
      const draft = ownEntry(ctx.session.drafts, event.draftId)!;
      return withDraft(ctx, ctx.session, {
        ...draft,
        status: 'tabled',
        tabledSeq: seq,
        round: ctx.session.round,
        circulation: { ...draft.circulation!, inBlueSeq: seq },
      });
    },
  },
} satisfies Partial<EventHandlers>;
