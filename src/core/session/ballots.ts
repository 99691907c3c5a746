import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { assemblyDefaultFor, councilMembers, scenarioMembership, stateName, stateWithArticle } from '../scenario/membership';
import type { AssemblyVote, Scenario } from '../scenario/schema';
import { tallyAssemblyVote } from '../procedure/assembly';
import { tallyCouncilVote } from '../procedure/council';
import { unitingForPeaceOpening } from '../procedure/uniting-for-peace-opening';
import { appended, replacedAt, representedStates, withEntry, type SessionContext } from './context';
import { forumOfPhase, withDraft } from './drafts';
import type { EventHandlers } from './handler';
import type { Ballot, BallotKind, SessionState } from './state';
import type { CouncilVote, RecordedVote } from '../shared/vocabulary';
import { noSuch, ownEntry } from './lookup';

/**
 * The ballot under way, if any. A ballot opens only when none is open (vote.open and
 * ufp.propose-referral refuse otherwise), so only the latest can be.
 */
export function openBallotOf(session: SessionState): Ballot | undefined {
  const latest = session.ballots[session.ballots.length - 1];
  return latest && latest.closedSeq === null ? latest : undefined;
}

const BALLOT_ID = /^ballot-(\d+)$/;

/**
 * Where a ballot is in `session.ballots`, or -1. A ballot is named after the entry that opened it
 * (`ballot-<seq>`) and ballots are kept in the order they were opened, so this is a binary search.
 */
function ballotIndex(session: SessionState, id: string): number {
  const match = BALLOT_ID.exec(id);
  if (!match) return -1;
  const openedSeq = Number(match[1]);
  const { ballots } = session;
  let low = 0;
  let high = ballots.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const seq = ballots[middle]!.openedSeq;
    if (seq === openedSeq) return ballots[middle]!.id === id ? middle : -1;
    if (seq < openedSeq) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** A ballot in words, never its id: 'the vote on "Protection of civilians"'. */
const capitalFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function ballotInWords(session: SessionState, ballot: Ballot): string {
  const title = ownEntry(session.drafts, ballot.draftId)?.title;
  const on = title ? `"${title}"` : 'a draft';
  return ballot.purpose === 'referral' ? `the vote on referring ${on} to the General Assembly` : `the vote on ${on}`;
}

export function ballotById(session: SessionState, id: string): Ballot | undefined {
  const index = ballotIndex(session, id);
  return index < 0 ? undefined : session.ballots[index];
}

/** The session with a ballot replaced by its new version. */
function withBallot(ctx: SessionContext, session: SessionState, ballot: Ballot): SessionState {
  return { ...session, ballots: replacedAt(ctx, session.ballots, ballotIndex(session, ballot.id), ballot) };
}

/** Who votes: the fifteen Council members, or every Member of the Assembly (Charter arts. 18(1), 27(1)). */
function electorateFor(ctx: SessionContext, kind: BallotKind): string[] {
  return kind === 'assembly' ? scenarioMembership(ctx.scenario).map((m) => m.code) : councilMembers(ctx.scenario);
}

/**
 * Draws by lot the member with whom an Assembly roll call begins; the roll then runs in English
 * alphabetical order (GA Rules of Procedure, rule 87(a)). Uses and advances the session's RNG.
 */
/** English alphabetical order of names, ignoring accents (a plain comparison, the same on every machine). */
function byEnglishName(members: readonly { code: string; name: string }[]): string[] {
  const key = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return [...members].sort((a, b) => (key(a.name) < key(b.name) ? -1 : key(a.name) > key(b.name) ? 1 : 0)).map((m) => m.code);
}

function drawRollCallStart(ctx: SessionContext, session: SessionState): { member: string; rng: number[] } {
  const members = byEnglishName(scenarioMembership(ctx.scenario));
  const rng = xoroshiro128plusFromState(session.rng);
  const index = uniformInt(rng, 0, members.length - 1);
  return { member: members[index]!, rng: [...rng.getState()] };
}

/** Members in roll-call order, beginning with the member drawn by lot (rule 87(a)). */
export function rollCallOrder(scenario: Scenario, ballot: Ballot): string[] {
  const members = byEnglishName(scenarioMembership(scenario));
  const start = ballot.rollCallStartsWith ? members.indexOf(ballot.rollCallStartsWith) : 0;
  return start <= 0 ? members : [...members.slice(start), ...members.slice(0, start)];
}

export function openBallot(
  ctx: SessionContext,
  session: SessionState,
  spec: { kind: BallotKind; draftId: string; purpose: Ballot['purpose'] },
  seq: number,
): SessionState {
  let next = session;
  let rollCallStartsWith: string | null = null;
  if (spec.kind === 'assembly') {
    const drawn = drawRollCallStart(ctx, session);
    rollCallStartsWith = drawn.member;
    next = { ...next, rng: drawn.rng };
  }
  const ballot: Ballot = {
    id: `ballot-${seq}`,
    kind: spec.kind,
    draftId: spec.draftId,
    purpose: spec.purpose,
    round: session.round,
    openedSeq: seq,
    closedSeq: null,
    electorate: electorateFor(ctx, spec.kind),
    votes: {},
    defaulted: [],
    rollCallStartsWith,
    councilResult: null,
    assemblyResult: null,
  };
  next = { ...next, ballots: appended(ctx, next.ballots, ballot) };
  if (spec.purpose === 'adoption') {
    const draft = ownEntry(next.drafts, spec.draftId)!;
    next = withDraft(ctx, next, { ...draft, status: 'in-vote', ballotIds: [...draft.ballotIds, ballot.id] });
  }
  return closeIfComplete(ctx, next, ballot.id, seq);
}

/**
 * A ballot closes by itself once every member of its electorate represented by a seat has voted:
 * in the Council the others are recorded absent, in the Assembly they vote as the scenario's
 * defaults say.
 */
function closeIfComplete(ctx: SessionContext, session: SessionState, ballotId: string, seq: number): SessionState {
  const ballot = ballotById(session, ballotId)!;
  const represented = representedStates(session);
  const waiting = ballot.electorate.some((m) => represented.has(m) && ballot.votes[m] === undefined);
  return waiting ? session : closeBallot(ctx, session, ballotId, seq, 'absent');
}

/** Closes a ballot and records its result; `missing` is what a represented member who did not vote is recorded as. */
export function closeBallot(
  ctx: SessionContext,
  session: SessionState,
  ballotId: string,
  seq: number,
  missing: 'absent' | 'abstain',
): SessionState {
  const { scenario } = ctx;
  const ballot = ballotById(session, ballotId)!;
  const represented = representedStates(session);
  let closed: Ballot;
  let next = session;

  if (ballot.kind === 'assembly') {
    const votes: Record<string, AssemblyVote> = {};
    const defaulted: string[] = [];
    for (const member of rollCallOrder(scenario, ballot)) {
      const cast = ballot.votes[member] as AssemblyVote | undefined;
      if (cast !== undefined) votes[member] = cast;
      else if (represented.has(member)) votes[member] = missing;
      else {
        votes[member] = assemblyDefaultFor(scenario, member);
        defaulted.push(member);
      }
    }
    const assemblyResult = tallyAssemblyVote(votes);
    closed = { ...ballot, closedSeq: seq, votes, defaulted, assemblyResult };
    const draft = ownEntry(next.drafts, ballot.draftId)!;
    next = withDraft(ctx, next, { ...draft, status: assemblyResult.adopted ? 'adopted' : 'not-adopted' });
  } else {
    const votes: Record<string, RecordedVote> = { ...(ballot.votes as Record<string, RecordedVote>) };
    if (missing === 'abstain') {
      for (const member of ballot.electorate) if (represented.has(member) && votes[member] === undefined) votes[member] = 'abstain';
    }
    const draft = ownEntry(next.drafts, ballot.draftId)!;
    const substantive = ballot.kind === 'council-substantive';
    const councilResult = tallyCouncilVote({
      kind: substantive ? 'substantive' : 'procedural',
      permanent: scenario.council.permanent,
      elected: scenario.council.elected,
      votes: Object.fromEntries(Object.entries(votes).filter(([, v]) => v !== 'absent')) as Record<string, CouncilVote>,
      chapter: substantive ? draft.chapter : undefined,
      partiesToDispute: scenario.council.partiesToDispute,
      subject: substantive ? 'draft resolution' : 'proposal',
    });
    closed = { ...ballot, closedSeq: seq, votes, councilResult };
    if (ballot.purpose === 'adoption') {
      const status = councilResult.adopted ? 'adopted' : councilResult.vetoedBy.length > 0 ? 'vetoed' : 'not-adopted';
      next = withDraft(ctx, next, { ...draft, status });
      const opening = unitingForPeaceOpening(councilResult, (code) => stateWithArticle(stateName(scenario, code)));
      if (opening.open && next.unitingForPeace.status !== 'convened') {
        next = {
          ...next,
          unitingForPeace: {
            ...next.unitingForPeace,
            status: 'open',
            openedBy: { draftId: draft.id, vetoedBy: councilResult.vetoedBy, round: session.round, reason: opening.reason },
          },
        };
      }
    } else if (councilResult.adopted) {
      // GA res. 377 A (V) ¶1: the Council's procedural vote calls the emergency special session.
      next = {
        ...next,
        unitingForPeace: { ...next.unitingForPeace, status: 'convened', convenedRound: session.round, convenedBy: 'council' },
      };
    }
  }
  return withBallot(ctx, next, closed);
}

/** Closes the open ballot, if any (the phase is ending); used on phase exit and on timer expiry. */
export function closeOpenBallots(ctx: SessionContext, session: SessionState, seq: number, missing: 'absent' | 'abstain'): SessionState {
  const open = openBallotOf(session);
  return open ? closeBallot(ctx, session, open.id, seq, missing) : session;
}

export function ballotKindOfPhase(session: SessionState): BallotKind[] {
  if (session.phase === 'council') return ['council-substantive'];
  if (session.phase === 'unitingForPeace') return ['council-procedural'];
  if (session.phase === 'emergencySpecialSession') return ['assembly'];
  return [];
}

export const ballotHandlers = {
  'vote.open': {
    check: ({ scenario, session }, { actor, event }) => {
      const draft = ownEntry(session.drafts, event.draftId);
      if (!draft) return noSuch('draft', event.draftId);
      if (draft.status === 'withdrawn') return `"${draft.title}" was withdrawn and cannot be put to the vote.`;
      if (draft.status === 'circulating') return `Draft "${draft.title}" is still being negotiated: it is put to the vote only once its penholder has put it in blue.`;
      if (draft.status !== 'tabled') return `"${draft.title}" has already been put to the vote (${draft.status}).`;
      if (draft.forum !== forumOfPhase(session)) {
        return draft.forum === 'council' ? 'A Council draft is voted in the Security Council phase.' : 'An Assembly draft is voted in the emergency special session.';
      }
      const open = openBallotOf(session);
      if (open) return `Another vote is under way: ${ballotInWords(session, open)}.`;
      if (actor.state !== null && !draft.sponsors.includes(actor.state)) {
        return `Only a sponsor of "${draft.title}" (${draft.sponsors.map((s) => stateName(scenario, s)).join(', ')}) or the presiding facilitator may put it to the vote.`;
      }
      return null;
    },
    available: ({ session }, actor) => {
      if (openBallotOf(session)) return 'A vote is under way.';
      const forum = forumOfPhase(session);
      const drafts = Object.values(session.drafts).filter((d) => d.status === 'tabled' && d.forum === forum);
      if (drafts.length === 0) return 'No draft is tabled in this forum.';
      if (actor.state !== null && !drafts.some((d) => d.sponsors.includes(actor.state!))) return 'Only a sponsor may ask for a vote on its draft.';
      return null;
    },
    apply: (ctx, { event, seq }) => {
      const draft = ownEntry(ctx.session.drafts, event.draftId)!;
      return openBallot(ctx, ctx.session, { kind: draft.forum === 'council' ? 'council-substantive' : 'assembly', draftId: draft.id, purpose: 'adoption' }, seq);
    },
  },
  'vote.cast': {
    check: ({ scenario, session }, { actor, event }) => {
      const ballot = ballotById(session, event.ballotId);
      if (!ballot) return noSuch('ballot', event.ballotId);
      if (ballot.closedSeq !== null) return `${capitalFirst(ballotInWords(session, ballot))} is closed.`;
      const state = actor.state!;
      if (!ballot.electorate.includes(state)) {
        return ballot.kind === 'assembly'
          ? `${stateName(scenario, state)} is not a Member of the United Nations in this scenario.`
          : `${stateName(scenario, state)} is not a member of the Security Council; only Council members vote on Council ballots (UN Charter art. 27(1)).`;
      }
      if (ballot.votes[state] !== undefined) return `${stateName(scenario, state)} has already voted in ${ballotInWords(session, ballot)}: one vote per member per ballot (UN Charter arts. 18(1), 27(1)).`;
      const draft = ownEntry(session.drafts, ballot.draftId);
      if (
        ballot.kind === 'council-substantive' &&
        draft?.chapter === 'VI' &&
        scenario.council.partiesToDispute.includes(state) &&
        event.vote !== 'abstain'
      ) {
        return `${stateName(scenario, state)} is a party to the dispute and shall abstain in a decision under Chapter VI (UN Charter art. 27(3), proviso).`;
      }
      return null;
    },
    available: ({ session }, actor) => {
      const ballot = openBallotOf(session);
      if (!ballot) return 'No vote is under way.';
      if (!ballot.electorate.includes(actor.state!)) {
        return ballot.kind === 'assembly' ? 'Not a Member in this scenario.' : 'Only Council members vote on Council ballots (UN Charter art. 27(1)).';
      }
      if (ballot.votes[actor.state!] !== undefined) return 'You have voted on this ballot.';
      return null;
    },
    apply: (ctx, { actor, event, seq }) => {
      const { session } = ctx;
      const ballot = ballotById(session, event.ballotId)!;
      const updated = { ...ballot, votes: withEntry(ctx, ballot.votes, actor.state!, event.vote) };
      return closeIfComplete(ctx, withBallot(ctx, session, updated), ballot.id, seq);
    },
  },
  'vote.close': {
    check: ({ session }, { event }) => {
      const ballot = ballotById(session, event.ballotId);
      if (!ballot) return noSuch('ballot', event.ballotId);
      if (ballot.closedSeq !== null) return `${capitalFirst(ballotInWords(session, ballot))} is already closed.`;
      return null;
    },
    available: ({ session }) => (openBallotOf(session) ? null : 'No vote is under way.'),
    apply: (ctx, { event, seq }) => closeBallot(ctx, ctx.session, event.ballotId, seq, 'absent'),
  },
  'vote.explain': {
    check: ({ scenario, session }, { actor, event }) => {
      const ballot = ballotById(session, event.ballotId);
      if (!ballot) return noSuch('ballot', event.ballotId);
      const state = actor.state!;
      if (!ballot.electorate.includes(state)) return `${stateName(scenario, state)} did not have a vote in ${ballotInWords(session, ballot)}.`;
      if (session.explanations.some((e) => e.ballotId === ballot.id && e.state === state)) return `You have already explained your vote in ${ballotInWords(session, ballot)}.`;
      return null;
    },
    available: ({ session }, actor) =>
      session.ballots.some((b) => b.round === session.round && b.electorate.includes(actor.state!))
        ? null
        : 'No ballot of this round on which you had a vote.',
    apply: (ctx, { actor, event, seq }) => ({
      ...ctx.session,
      explanations: appended(ctx, ctx.session.explanations, { seq, ballotId: event.ballotId, state: actor.state!, text: event.text }),
    }),
  },
} satisfies Partial<EventHandlers>;
