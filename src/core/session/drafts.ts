import { isCouncilMember, isKnownState, isPermanentMember, isScenarioMember, stateName } from '../scenario/membership';
import { appended, withEntry, type SessionContext } from './context';
import type { EventHandlers } from './handler';
import type { Draft, SessionState } from './state';
import { hasOwnEntry, noSuch, ownEntry } from './lookup';

/** The forum whose drafts are tabled in the current phase. */
export function forumOfPhase(session: SessionState): Draft['forum'] | null {
  if (session.phase === 'council') return 'council';
  if (session.phase === 'emergencySpecialSession') return 'assembly';
  return null;
}

/** The session with a draft added or replaced by its new version. */
export function withDraft(ctx: SessionContext, session: SessionState, draft: Draft): SessionState {
  return { ...session, drafts: withEntry(ctx, session.drafts, draft.id, draft) };
}

/** Whether `state` may not know that the draft under `draftId` exists: a draft in circulation outside its audience. */
export function draftHiddenFrom(session: SessionState, draftId: string, state: string | null): boolean {
  const draft = ownEntry(session.drafts, draftId);
  return draft?.status === 'circulating' && !(state !== null && draft.circulation?.audience.includes(state));
}

/**
 * A draft's id is only its author's label for it. An id taken by a draft in circulation that the
 * author may not see is replaced by a free one, so that neither a refusal nor the answer to a
 * later move tells a state outside the Council that a zero draft was circulated (docs/security.md §1).
 */
export function freeDraftId(session: SessionState, draftId: string, state: string | null): string {
  if (!draftHiddenFrom(session, draftId, state)) return draftId;
  let id = `${draftId}-2`;
  for (let n = 3; hasOwnEntry(session.drafts, id); n += 1) id = `${draftId}-${n}`;
  return id;
}

function tabledDraftProblem(ctx: SessionContext, draftId: string): string | null {
  const draft = ownEntry(ctx.session.drafts, draftId);
  if (!draft) return noSuch('draft', draftId);
  if (draft.status === 'withdrawn') return `"${draft.title}" was withdrawn.`;
  if (draft.status !== 'tabled') return `"${draft.title}" has already been put to the vote (${draft.status}).`;
  return null;
}

function anyTabled(session: SessionState, forum?: Draft['forum']): boolean {
  return Object.values(session.drafts).some((d) => d.status === 'tabled' && (forum === undefined || d.forum === forum));
}

export const draftHandlers = {
  'draft.table': {
    check: ({ scenario, session }, { actor, event }) => {
      const forum = forumOfPhase(session);
      if (event.forum !== forum) {
        return forum === 'council'
          ? 'Only Security Council drafts are tabled in the Council; Assembly drafts are tabled in an emergency special session.'
          : 'Only General Assembly drafts are tabled in the emergency special session.';
      }
      if (forum === 'council' && !isCouncilMember(scenario, actor.state!)) {
        return `${stateName(scenario, actor.state!)} is not a member of the Security Council; a non-member's proposal is put to the vote only at a member's request (Provisional Rules of Procedure of the Security Council, rule 38), so ask a member to table it.`;
      }
      if (forum === 'assembly' && !isScenarioMember(scenario, actor.state!)) {
        return `${stateName(scenario, actor.state!)} is not a Member of the United Nations in this scenario.`;
      }
      // The id last: a refusal for it must not tell a state that a zero draft it may not see is in circulation.
      const existing = ownEntry(session.drafts, event.draftId);
      if (existing?.status === 'circulating' && !draftHiddenFrom(session, existing.id, actor.state)) {
        return `Draft "${existing.title}" is in circulation: its penholder tables it by putting it in blue.`;
      }
      if (existing) return 'A draft is already recorded under this reference; table it again.';
      return null;
    },
    available: ({ scenario, session }, actor) => {
      const forum = forumOfPhase(session);
      if (forum === 'council' && !isCouncilMember(scenario, actor.state!)) {
        return 'Only members of the Security Council table Council drafts (Provisional Rules of Procedure, rule 38).';
      }
      return null;
    },
    apply: (ctx, { actor, event, seq }) =>
      withDraft(ctx, ctx.session, {
        id: event.draftId,
        forum: event.forum,
        title: event.title,
        sponsors: [actor.state!],
        measures: event.measures,
        operativeParagraphs: event.operativeParagraphs,
        preamble: [],
        chapter: event.chapter,
        round: ctx.session.round,
        tabledSeq: seq,
        status: 'tabled',
        ballotIds: [],
        circulation: null,
      }),
  },
  'draft.cosponsor': {
    check: (ctx, { actor, event }) => {
      const problem = tabledDraftProblem(ctx, event.draftId);
      if (problem) return problem;
      if (ownEntry(ctx.session.drafts, event.draftId)!.sponsors.includes(actor.state!)) return `You already sponsor "${ownEntry(ctx.session.drafts, event.draftId)!.title}".`;
      return null;
    },
    available: ({ session }) => (anyTabled(session) ? null : 'No draft is tabled.'),
    apply: (ctx, { actor, event }) => {
      const draft = ownEntry(ctx.session.drafts, event.draftId)!;
      return withDraft(ctx, ctx.session, { ...draft, sponsors: [...draft.sponsors, actor.state!] });
    },
  },
  'draft.withdraw': {
    check: (ctx, { actor, event }) => {
      const problem = ownEntry(ctx.session.drafts, event.draftId)?.status === 'circulating' ? null : tabledDraftProblem(ctx, event.draftId);
      if (problem) return problem;
      const draft = ownEntry(ctx.session.drafts, event.draftId)!;
      if (draft.sponsors[0] !== actor.state) return `Only the main sponsor (${stateName(ctx.scenario, draft.sponsors[0]!)}) may withdraw "${draft.title}".`;
      return null;
    },
    available: ({ session }, actor) =>
      Object.values(session.drafts).some((d) => (d.status === 'tabled' || d.status === 'circulating') && d.sponsors[0] === actor.state)
        ? null
        : 'You have no tabled draft to withdraw.',
    apply: (ctx, { event }) => {
      const draft = ownEntry(ctx.session.drafts, event.draftId)!;
      return withDraft(ctx, ctx.session, { ...draft, status: 'withdrawn' });
    },
  },
  'veto.threaten': {
    check: (ctx, { actor, event }) => {
      const { scenario } = ctx;
      if (!isPermanentMember(scenario, actor.state!)) {
        return `${stateName(scenario, actor.state!)} is not a permanent member of the Security Council: only a permanent member's negative vote can defeat a substantive draft (UN Charter art. 27(3)), so only a permanent member can threaten a veto.`;
      }
      const problem = tabledDraftProblem(ctx, event.draftId);
      if (problem) return problem;
      if (ownEntry(ctx.session.drafts, event.draftId)!.forum !== 'council') return 'There is no veto in the General Assembly (UN Charter art. 18).';
      if (event.to !== undefined) {
        if (!isKnownState(scenario, event.to)) return `Unknown state "${event.to}".`;
        if (event.to === actor.state) return 'A veto threat is addressed to another delegation.';
      }
      return null;
    },
    available: ({ scenario, session }, actor) => {
      if (!isPermanentMember(scenario, actor.state!)) {
        return 'Only a permanent member of the Security Council can veto (UN Charter art. 27(3)).';
      }
      return anyTabled(session, 'council') ? null : 'No Council draft is tabled.';
    },
    apply: (ctx, { actor, event, seq }) => ({
      ...ctx.session,
      vetoThreats: appended(ctx, ctx.session.vetoThreats, {
        seq,
        round: ctx.session.round,
        draftId: event.draftId,
        state: actor.state!,
        visibility: event.visibility,
        ...(event.to !== undefined ? { to: event.to } : {}),
      }),
    }),
  },
} satisfies Partial<EventHandlers>;
