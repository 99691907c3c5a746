import { assemblyDefaultFor, isCouncilMember, isScenarioMember, scenarioMembership, stateName } from '../scenario/membership';
import { majorityOfMembersRequested } from '../procedure/uniting-for-peace-opening';
import { vetoInitiativeDebate } from '../procedure/veto-initiative';
import { ballotInWords, openBallot, openBallotOf } from './ballots';
import { representedStates, type SessionContext } from './context';
import type { EventHandlers } from './handler';
import type { Ballot, SessionState } from './state';
import { noSuch, ownEntry } from './lookup';

/** Council ballots of the current round on which a permanent member's negative vote defeated the draft. */
export function vetoesThisRound(session: SessionState): Ballot[] {
  return session.ballots.filter(
    (b) => b.round === session.round && b.purpose === 'adoption' && (b.councilResult?.vetoedBy.length ?? 0) > 0,
  );
}

/** Vetoed drafts whose matter may still be referred to the Assembly by the Council. */
function referableDrafts(session: SessionState): string[] {
  if (session.unitingForPeace.status !== 'open') return [];
  const referred = new Set(session.ballots.filter((b) => b.purpose === 'referral').map((b) => b.draftId));
  return Object.values(session.drafts)
    .filter((d) => d.status === 'vetoed' && !referred.has(d.id))
    .map((d) => d.id);
}

function vetoedDraftProblem(session: SessionState, draftId: string): string | null {
  const draft = ownEntry(session.drafts, draftId);
  if (!draft) return noSuch('draft', draftId);
  if (draft.status !== 'vetoed') {
    return `"${draft.title}" was not defeated by a permanent member's negative vote; Uniting for Peace opens only where the Council fails to act because of lack of unanimity of the permanent members (GA res. 377 A (V) ¶1).`;
  }
  return null;
}

function pathClosedReason(session: SessionState): string | null {
  if (session.unitingForPeace.status === 'convened') return 'An emergency special session has already been convened.';
  if (session.unitingForPeace.status !== 'open') {
    return 'Uniting for Peace is not open: no draft has failed because of a permanent member\'s negative vote (GA res. 377 A (V) ¶1).';
  }
  return null;
}

/**
 * The members counted for the majority-of-Members route: seats that requested, plus (a
 * simplification, documented in docs/session-log.md) every member no seat represents whose
 * Assembly default is 'yes'.
 */
export function deemedRequesters(ctx: SessionContext, session: SessionState): string[] {
  const represented = representedStates(session);
  return scenarioMembership(ctx.scenario)
    .filter((m) => !represented.has(m.code) && assemblyDefaultFor(ctx.scenario, m.code) === 'yes')
    .map((m) => m.code);
}

export const unitingForPeaceHandlers = {
  'ufp.propose-referral': {
    check: ({ scenario, session }, { actor, event }) => {
      const closed = pathClosedReason(session);
      if (closed) return closed;
      if (!isCouncilMember(scenario, actor.state!)) {
        return `${stateName(scenario, actor.state!)} is not a member of the Security Council; the Council's referral is moved by a member (GA res. 377 A (V) ¶1). Members of the Assembly may instead request the session.`;
      }
      const problem = vetoedDraftProblem(session, event.draftId);
      if (problem) return problem;
      if (session.ballots.some((b) => b.purpose === 'referral' && b.draftId === event.draftId)) {
        return `The Council has already voted on referring the matter of "${ownEntry(session.drafts, event.draftId)!.title}".`;
      }
      const open = openBallotOf(session);
      if (open) return `Another vote is under way: ${ballotInWords(session, open)}.`;
      return null;
    },
    available: ({ scenario, session }, actor) => {
      const closed = pathClosedReason(session);
      if (closed) return closed;
      if (!isCouncilMember(scenario, actor.state!)) return 'Only a Council member moves the Council\'s referral (GA res. 377 A (V) ¶1).';
      if (openBallotOf(session)) return 'A vote is under way.';
      return referableDrafts(session).length > 0 ? null : 'The Council has already voted on referring every vetoed draft.';
    },
    // The referral is procedural: nine votes, no veto (UN Charter art. 27(2); S/RES/2623 (2022)).
    apply: (ctx, { event, seq }) => {
      const session = { ...ctx.session, unitingForPeace: { ...ctx.session.unitingForPeace, referralBallotId: `ballot-${seq}` } };
      return openBallot(ctx, session, { kind: 'council-procedural', draftId: event.draftId, purpose: 'referral' }, seq);
    },
  },
  'ufp.request': {
    check: ({ scenario, session }, { actor, event }) => {
      const closed = pathClosedReason(session);
      if (closed) return closed;
      if (!isScenarioMember(scenario, actor.state!)) return `${stateName(scenario, actor.state!)} is not a Member of the United Nations in this scenario.`;
      const problem = vetoedDraftProblem(session, event.draftId);
      if (problem) return problem;
      if (session.unitingForPeace.requests.includes(actor.state!)) return `${stateName(scenario, actor.state!)} has already requested an emergency special session.`;
      return null;
    },
    available: ({ session }, actor) => {
      const closed = pathClosedReason(session);
      if (closed) return closed;
      return session.unitingForPeace.requests.includes(actor.state!) ? 'You have already requested the session.' : null;
    },
    apply: (ctx, { actor }) => {
      const { session, scenario } = ctx;
      const requests = [...session.unitingForPeace.requests, actor.state!];
      const deemedRequests = deemedRequesters(ctx, session);
      const membership = scenarioMembership(scenario).length;
      // GA res. 377 A (V) ¶1: a request of a majority of the Members convenes the session.
      const convened = majorityOfMembersRequested(requests.length + deemedRequests.length, membership);
      return {
        ...session,
        unitingForPeace: {
          ...session.unitingForPeace,
          requests,
          deemedRequests,
          ...(convened ? { status: 'convened' as const, convenedRound: session.round, convenedBy: 'members' as const } : {}),
        },
      };
    },
  },
  'vetoInitiative.speak': {
    check: ({ scenario, session }, { actor, event }) => {
      const debates = session.vetoInitiative.filter((d) => d.round === session.round);
      const debate = event.draftId === undefined ? debates[0] : debates.find((d) => d.draftId === event.draftId);
      if (!debate) return event.draftId === undefined ? 'No veto-initiative debate is being held.' : `No veto-initiative debate on ${ownEntry(session.drafts, event.draftId) ? `"${ownEntry(session.drafts, event.draftId)!.title}"` : 'that draft'} this round.`;
      if (!isScenarioMember(scenario, actor.state!)) return `${stateName(scenario, actor.state!)} is not a Member of the United Nations in this scenario.`;
      if (debate.speeches.some((s) => s.state === actor.state)) return 'You have already spoken in this debate.';
      // GA res. 76/262 ¶2: the vetoing members are given precedence in the list of speakers.
      const represented = representedStates(session);
      const waitingFor = debate.vetoedBy.filter(
        (v) => v !== actor.state && represented.has(v) && !debate.speeches.some((s) => s.state === v),
      );
      if (!debate.vetoedBy.includes(actor.state!) && waitingFor.length > 0) {
        return `The vetoing member${waitingFor.length > 1 ? 's' : ''} (${waitingFor.map((v) => stateName(scenario, v)).join(', ')}) speak${waitingFor.length > 1 ? '' : 's'} first (GA res. 76/262 ¶2).`;
      }
      return null;
    },
    apply: ({ session }, { actor, event, seq }) => {
      const index = session.vetoInitiative.findIndex(
        (d) => d.round === session.round && (event.draftId === undefined || d.draftId === event.draftId),
      );
      const debate = session.vetoInitiative[index]!;
      const speakingOrder = debate.speakingOrder.includes(actor.state!) ? debate.speakingOrder : [...debate.speakingOrder, actor.state!];
      const updated = { ...debate, speakingOrder, speeches: [...debate.speeches, { seq, state: actor.state!, text: event.text }] };
      return { ...session, vetoInitiative: session.vetoInitiative.map((d, i) => (i === index ? updated : d)) };
    },
  },
} satisfies Partial<EventHandlers>;

/**
 * GA res. 76/262 ¶1: a debate on each veto cast this round, unless an emergency special session
 * meets on the same situation (the caller decides that by entering this phase at all).
 */
export function openVetoInitiativeDebates(session: SessionState): SessionState {
  const debates = vetoesThisRound(session).flatMap((ballot) => {
    const debate = vetoInitiativeDebate(ballot.draftId, ballot.councilResult!.vetoedBy, false);
    return debate
      ? [{ draftId: debate.draftId, vetoedBy: debate.vetoedBy, round: session.round, speakingOrder: debate.speakingOrder, speeches: [] }]
      : [];
  });
  return { ...session, vetoInitiative: [...session.vetoInitiative, ...debates] };
}
