import type { Scenario } from '../../src/core/scenario/schema';
import { scenarioMembership } from '../../src/core/scenario/membership';
import {
  applyCommand,
  CONDUCT_GROUPS,
  EVENT_POLICY,
  type Seat,
  createSession,
  MEASURES,
  type Command,
  type SessionConfig,
  type DraftChange,
  type OfferTerm,
  type SessionEvent,
  type SessionState,
} from '../../src/core/session';

/**
 * Random command sequences for property tests. Each step is four numbers that pick a sender, an
 * event type and its details from the current state, so most commands are plausible and many are
 * still illegal (wrong phase, wrong seat, already voted…).
 */
export type Pick = [number, number, number, number];

export const WEIGHTED_TYPES: SessionEvent['type'][] = [
  ...Array<SessionEvent['type']>(4).fill('phase.advance'),
  'session.end',
  'session.start',
  'session.start',
  'phase.skip',
  'session.pause',
  'session.resume',
  'session.resume',
  'timer.adjust',
  'timer.expired',
  'inject.fire',
  'inject.write',
  'seat.assign',
  'statement.public',
  'message.private',
  'message.private',
  'group.message',
  'group.message',
  'group.convene',
  'group.join',
  'group.decline',
  'meeting.attend',
  'meeting.decline',
  'councilStatement.propose',
  'councilStatement.join',
  'councilStatement.object',
  'd2r.propose',
  'd2r.counter',
  'd2r.sign',
  'd2r.sign',
  'd2r.reject',
  'd2r.withdraw',
  'offer.make',
  'offer.make',
  'offer.answer',
  'offer.answer',
  'draft.table',
  'draft.table',
  'draft.circulate',
  'draft.requestChange',
  'draft.requestChange',
  'draft.answerRequest',
  'draft.answerRequest',
  'draft.putInBlue',
  'draft.cosponsor',
  'draft.withdraw',
  'veto.threaten',
  'vote.open',
  'vote.open',
  ...Array<SessionEvent['type']>(16).fill('vote.cast'),
  'vote.close',
  'vote.explain',
  'ufp.propose-referral',
  'ufp.request',
  'delegation.pass',
  'vetoInitiative.speak',
  'conduct.act',
  'conduct.act',
  'conduct.done',
  'memorial.file',
  'judgment.override',
  'judgment.deliver',
  'rubric.edit',
];

const CHANGES: DraftChange[] = [
  { kind: 'drop-measure', measure: 'sanctions' },
  { kind: 'add-measure', measure: 'humanitarian-access', paragraph: 'Demands unhindered humanitarian access.' },
  { kind: 'reword', paragraph: 1, verb: 'Calls upon' },
  { kind: 'reword', paragraph: 2, verb: 'Expresses grave concern at' },
  { kind: 'add-reference', text: 'Recalling its resolution 2417 (2018)' },
];
const CONDUCT = [...CONDUCT_GROUPS.support, ...CONDUCT_GROUPS.protective, ...CONDUCT_GROUPS.help];
const CLAUSES = ['no-arms-transfers', 'no-intelligence-sharing', 'no-financing', 'suspend-military-cooperation', 'monitoring-and-reporting'] as const;

function pickOf<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

const MOVING: SessionEvent['type'][] = ['phase.advance', 'phase.skip', 'timer.expired', 'session.end', 'session.start', 'judgment.deliver'];
const CONTROLS: SessionEvent['type'][] = ['session.pause', 'session.resume', 'timer.adjust', 'inject.fire', 'inject.write', 'seat.assign', 'session.start'];

/**
 * About 3 picks in 100 move the session on (fewer while a vote is open, so ballots complete), 7
 * are other facilitator controls, 60 are moves in order in the current phase and 30 any move at all.
 */
function pickType(state: SessionState, t: number): SessionEvent['type'] {
  const r = t % 100;
  const n = Math.floor(t / 100);
  const voting = state.ballots.some((b) => b.closedSeq === null);
  if (r < 3) {
    if (voting && n % 5 !== 0) return 'vote.cast';
    if (r === 2) return pickOf(['phase.skip', 'timer.expired', 'judgment.deliver', 'session.end'] as const, n);
    return state.phase === 'seating' ? 'session.start' : 'phase.advance';
  }
  if (state.paused && r < 20) return 'session.resume';
  if (r < 10) return pickOf(CONTROLS, n);
  if (r < 45) {
    const nudge = procedureNudge(state, n);
    if (nudge) return nudge;
  }
  const steady = WEIGHTED_TYPES.filter((type) => !MOVING.includes(type));
  if (r < 70) {
    const inPhase = steady.filter((type) => EVENT_POLICY[type].phases.includes(state.phase));
    if (inPhase.length > 0) return pickOf(inPhase, n);
  }
  return pickOf(steady, n);
}

/** What the procedure needs next in this phase (a draft, a vote, a referral, a speech), if anything. */
function procedureNudge(state: SessionState, n: number): SessionEvent['type'] | null {
  const open = state.ballots.some((b) => b.closedSeq === null);
  if (open) return 'vote.cast';
  const forum = state.phase === 'council' ? 'council' : state.phase === 'emergencySpecialSession' ? 'assembly' : null;
  if (forum === 'council' && n % 6 === 1) return pickOf(['councilStatement.propose', 'councilStatement.join', 'councilStatement.object'] as const, n);
  if (forum) {
    const tabled = Object.values(state.drafts).some((d) => d.forum === forum && d.status === 'tabled');
    return tabled && n % 3 !== 0 ? 'vote.open' : n % 4 === 0 ? 'veto.threaten' : 'draft.table';
  }
  if (state.phase === 'unitingForPeace') return pickOf(['ufp.propose-referral', 'ufp.request', 'ufp.request'] as const, n);
  if (state.phase === 'vetoInitiative') return 'vetoInitiative.speak';
  if (state.phase === 'negotiation') {
    return pickOf(
      ['d2r.propose', 'd2r.sign', 'd2r.counter', 'message.private', 'draft.circulate', 'draft.requestChange', 'draft.answerRequest', 'draft.putInBlue', 'group.convene', 'group.message', 'group.join', 'group.decline', 'meeting.attend', 'meeting.decline', 'offer.make', 'offer.answer'] as const,
      n,
    );
  }
  if (state.phase === 'conduct') return 'conduct.act';
  return null;
}

export function randomEvent(scenario: Scenario, state: SessionState, [, t, p, q]: Pick): SessionEvent {
  const type = pickType(state, t);
  const codes = state.config.seats.filter((s) => s.state).map((s) => s.state!);
  const perpetrators = scenario.crisis.perpetrators.map((x) => x.id);
  const drafts = Object.keys(state.drafts);
  const draftId = drafts.length > 0 && p % 4 !== 0 ? pickOf(drafts, p) : `d${p % 5}`;
  const agreements = Object.keys(state.agreements);
  const agreementId = agreements.length > 0 && p % 4 !== 0 ? pickOf(agreements, p) : `a${p % 5}`;
  const open = state.ballots.find((b) => b.closedSeq === null);
  const ballotId = open && p % 5 !== 0 ? open.id : state.ballots.length > 0 ? pickOf(state.ballots, p).id : `ballot-${p}`;
  switch (type) {
    case 'timer.adjust':
      return { type, seconds: (p % 7) * 30 - 90 };
    case 'timer.expired':
      return { type, round: p % 3 === 0 ? state.round + 1 : state.round, phase: state.phase };
    case 'inject.fire':
      return { type, injectId: p % 5 === 0 ? 'no-such-inject' : pickOf(scenario.injects, p).id };
    case 'inject.write': {
      // Public a third of the time, else to one or two delegations; some raise the evidence (refused when private).
      const recipients = p % 3 === 0 ? undefined : [...new Set([pickOf(codes, p), pickOf(codes, q)])];
      const raises = q % 3 === 0 ? { raisesEvidenceTo: pickOf(['reports', 'credible', 'manifest'] as const, p) } : {};
      // Only a private one's words are marked secret: a public one is for every seat.
      const words = recipients ? `written-inject-secret:${recipients.join('+')}:${p}` : `written-inject:public:${p}`;
      return { type, title: `${words}:title`, text: `${words}:text`, ...raises, ...(recipients ? { recipients } : {}) };
    }
    case 'seat.assign':
      return { type, seatId: pickOf(state.config.seats, p).id, kind: p % 2 ? 'human' : 'ai' };
    case 'statement.public':
      return { type, text: `Public statement ${p}.` };
    case 'message.private': {
      const to = pickOf(codes, p);
      return { type, to, text: `secret:${'{from}'}>${to}:${q}` };
    }
    case 'group.message': {
      const groups = [...Object.keys(state.groups), 'permanent-five', 'region-weog', 'region-african', `g${p % 3}`];
      const groupId = pickOf(groups, p);
      return { type, groupId, text: `group-talk:${groupId}:${q}` };
    }
    case 'group.convene':
      return { type, groupId: `g${p % 3}`, title: `Friends of group-title-${p}-end`, invitees: [...new Set([pickOf(codes, q), pickOf(codes, q + 1)])] };
    case 'group.join':
    case 'group.decline': {
      const contact = Object.values(state.groups).filter((g) => g.kind === 'contact');
      const groupId = contact.length > 0 && p % 4 !== 0 ? pickOf(contact, p).id : `g${p % 3}`;
      return type === 'group.join' ? { type, groupId } : { type, groupId, ...(q % 2 === 0 ? { reason: `Declined ${p}.` } : {}) };
    }
    case 'meeting.attend':
    case 'meeting.decline': {
      const meetingId = scenario.meetings.length > 0 && p % 4 !== 0 ? pickOf(scenario.meetings, p).id : `m${p % 3}`;
      return type === 'meeting.attend' ? { type, meetingId } : { type, meetingId, ...(q % 2 === 0 ? { reason: `Not attending ${p}.` } : {}) };
    }
    case 'councilStatement.propose':
      return { type, statementId: `s${p % 4}`, kind: q % 2 === 0 ? 'presidential' : 'press', text: `The Council condemns the attacks ${p}.` };
    case 'councilStatement.join':
    case 'councilStatement.object': {
      const statements = Object.keys(state.councilStatements);
      const statementId = statements.length > 0 && p % 4 !== 0 ? pickOf(statements, p) : `s${p % 4}`;
      return type === 'councilStatement.join' ? { type, statementId } : { type, statementId, ...(q % 2 === 0 ? { reason: `Objecting ${p}.` } : {}) };
    }
    case 'd2r.propose':
      return {
        type,
        agreementId: `a${p % 5}`,
        to: pickOf(codes, q),
        clauses: [{ kind: pickOf(CLAUSES, p), ...(q % 2 ? { perpetrator: pickOf(perpetrators, q) } : {}) }],
        note: `secret-d2r:${p}`,
      };
    case 'd2r.counter':
      return { type, agreementId, clauses: [{ kind: pickOf(CLAUSES, q) }] };
    case 'd2r.sign':
    case 'd2r.reject':
    case 'd2r.withdraw':
      return { type, agreementId };
    case 'offer.make':
      return { type, offerId: `o${p % 7}`, to: pickOf(codes, q), gives: [randomTerm(state, p, q)], asks: [randomTerm(state, q, p + 1)], note: `secret-offer:${p}` };
    case 'offer.answer': {
      const open = Object.values(state.offers).filter((o) => o.answer === null);
      const offerId = open.length > 0 && p % 5 !== 0 ? pickOf(open, p).id : `o${p % 7}`;
      const answer = pickOf(['accept', 'accept', 'decline', 'counter'] as const, q);
      const counter = answer === 'counter' ? { counter: { offerId: `o${(p + 3) % 7}c`, gives: [randomTerm(state, q, p)], asks: [randomTerm(state, p, q)] } } : {};
      return { type, offerId, answer, reason: `secret-answer:${p}`, ...counter };
    }
    case 'draft.table':
      return {
        type,
        draftId: `d${p % 5}`,
        forum: q % 5 === 0 ? (state.phase === 'council' ? 'assembly' : 'council') : state.phase === 'emergencySpecialSession' ? 'assembly' : 'council',
        title: `Draft ${p}`,
        measures: [pickOf(MEASURES, q)],
        operativeParagraphs: ['Decides to remain seized of the matter.'],
        chapter: q % 4 === 0 ? 'VI' : 'VII',
      };
    case 'draft.circulate':
      return {
        type,
        draftId: `z${p % 5}`,
        title: `Zero draft ${p}`,
        measures: [pickOf(MEASURES, q), pickOf(MEASURES, q + 3)].filter((m, i, all) => all.indexOf(m) === i),
        operativeParagraphs: ['Decides to remain seized of the matter.', 'Condemns the attacks on civilians.'],
        preamble: [],
        chapter: q % 4 === 0 ? 'VI' : 'VII',
      };
    case 'draft.requestChange':
      return { type, draftId, change: pickOf(CHANGES, q), ...(q % 3 === 0 ? { note: `Request ${p}.` } : {}) };
    case 'draft.answerRequest': {
      const requests = Object.values(state.drafts).flatMap((d) => d.circulation?.requests.map((r) => ({ draftId: d.id, seq: r.seq })) ?? []);
      const request = requests.length > 0 && p % 5 !== 0 ? pickOf(requests, p) : { draftId, seq: p + 1 };
      return { type, draftId: request.draftId, requestSeq: request.seq, answer: q % 3 === 0 ? 'decline' : 'accept', ...(q % 2 === 0 ? { reason: `Because ${p}.` } : {}) };
    }
    case 'draft.putInBlue':
    case 'draft.cosponsor':
    case 'draft.withdraw':
    case 'vote.open':
    case 'ufp.propose-referral':
    case 'ufp.request':
      return { type, draftId };
    case 'veto.threaten':
      return { type, draftId, visibility: q % 2 ? 'public' : 'private', ...(q % 3 === 0 ? { to: pickOf(codes, p) } : {}) };
    case 'vote.cast':
      return { type, ballotId, vote: pickOf(['yes', 'yes', 'yes', 'no', 'abstain'] as const, q) };
    case 'vote.close':
      return { type, ballotId };
    case 'vote.explain':
      return { type, ballotId, text: `Explanation ${p}.` };
    case 'vetoInitiative.speak':
      return { type, text: `Speech ${p}.` };
    case 'conduct.act':
      return { type, kind: pickOf(CONDUCT, p), target: pickOf([...perpetrators, ...codes], q), scale: q % 2 ? 'limited' : 'substantial' };
    case 'memorial.file':
      return { type, arguments: [{ argument: 'lack-of-knowledge', text: `secret-memorial:${p}` }] };
    case 'judgment.override':
      return { type, state: pickOf(codes, p), duty: 'respect', holds: q % 2 === 0, reason: 'The record shows otherwise.' };
    case 'rubric.edit':
      return { type, state: pickOf(codes, p), criterion: 'objectives', score: q % 2 ? null : q % 101, comment: `secret-rubric:${p}` };
    // No default: the compiler refuses a new event type until it has its place here.
    case 'session.start':
    case 'phase.advance':
    case 'phase.skip':
    case 'session.pause':
    case 'session.resume':
    case 'session.end':
    case 'conduct.done':
    case 'delegation.pass':
    case 'judgment.deliver':
      return { type };
  }
}

/** A term of an offer about the drafts and agreements on record (or, sometimes, none). */
function randomTerm(state: SessionState, p: number, q: number): OfferTerm {
  const drafts = Object.keys(state.drafts);
  const draftId = drafts.length > 0 && p % 6 !== 0 ? pickOf(drafts, p) : `d${p % 5}`;
  switch (q % 6) {
    case 0:
      return { kind: 'vote', draftId, vote: pickOf(['yes', 'abstain', 'no'] as const, p) };
    case 1:
      return { kind: 'change', draftId, change: pickOf(CHANGES, p) };
    case 2:
      return { kind: 'cosponsor', draftId };
    case 3:
      return { kind: 'refrain', conduct: pickOf(CONDUCT, p) };
    case 4: {
      const agreements = Object.keys(state.agreements);
      return { kind: 'sign-agreement', agreementId: agreements.length > 0 ? pickOf(agreements, p) : `a${p % 5}` };
    }
    default:
      return { kind: 'support-referral', draftId };
  }
}

/** Usually a seat that may plausibly send the event (the awaited party, a voter yet to vote…); sometimes any seat. */
function pickSeat(state: SessionState, event: SessionEvent, n: number): Seat {
  const seats = state.config.seats;
  if (n % 7 === 0) return pickOf(seats, Math.floor(n / 7));
  const sender = EVENT_POLICY[event.type].sender;
  if (sender === 'facilitator') return seats.find((s) => s.kind === 'facilitator')!;
  const delegations = seats.filter((s) => s.kind !== 'facilitator');
  const ofStates = (codes: string[]) => delegations.filter((s) => codes.includes(s.state!));
  let candidates = delegations;
  if (event.type === 'vote.cast') {
    const ballot = state.ballots.find((b) => b.id === event.ballotId);
    if (ballot) candidates = ofStates(ballot.electorate.filter((m) => ballot.votes[m] === undefined));
  } else if (event.type === 'd2r.sign' || event.type === 'd2r.counter' || event.type === 'd2r.reject') {
    const awaiting = state.agreements[event.agreementId]?.awaiting;
    if (awaiting) candidates = ofStates([awaiting]);
  } else if (event.type === 'offer.answer') {
    const to = state.offers[event.offerId]?.to;
    if (to) candidates = ofStates([to]);
  } else if (event.type === 'draft.answerRequest' || event.type === 'draft.putInBlue') {
    candidates = ofStates(state.drafts[event.draftId]?.sponsors.slice(0, 1) ?? []);
  } else if (event.type === 'group.join' || event.type === 'group.decline' || event.type === 'group.message') {
    const group = state.groups[event.groupId];
    if (group) candidates = ofStates(event.type === 'group.message' ? group.members : group.invitees);
  } else if (event.type === 'vote.open' || event.type === 'draft.withdraw') {
    candidates = ofStates(state.drafts[event.draftId]?.sponsors ?? []);
  } else if (event.type === 'vetoInitiative.speak' || event.type === 'veto.threaten') {
    candidates = ofStates(vetoingThenPermanentMembers(state));
  }
  return candidates.length > 0 ? pickOf(candidates, n) : pickOf(delegations, n);
}

function vetoingThenPermanentMembers(state: SessionState): string[] {
  return [...new Set(state.ballots.flatMap((b) => b.councilResult?.vetoedBy ?? []))].concat(['CHN', 'FRA', 'GBR', 'RUS', 'USA']);
}

export function randomCommand(scenario: Scenario, state: SessionState, pick: Pick, at: string): Command {
  const seats = state.config.seats;
  const event = randomEvent(scenario, state, pick);
  const seat = pickSeat(state, event, pick[0]);
  const from = seat.state ?? 'chair';
  if (event.type === 'message.private') event.text = event.text.replace('{from}', from);
  const command: Command = { by: seat.id, at, event };
  if (seat.kind === 'facilitator' && pick[3] % 4 === 0) {
    const absent = pickOf(seats, pick[3]);
    command.actingFor = absent.id;
    if (event.type === 'message.private') event.text = event.text.replace(`secret:${from}`, `secret:${absent.state ?? 'chair'}`);
  }
  if (pick[2] % 6 === 0) command.ai = { says: `Says ${pick[2]}.`, coach: `coach-note:${pick[2]}` };
  return command;
}

export interface RandomRun {
  state: SessionState;
  /** Each command tried, whether accepted, and the state before it. */
  steps: { command: Command; accepted: boolean }[];
}

/** Freezes a state deeply (stopping at parts already frozen), so any later in-place change throws. */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value as object)) deepFreeze(child);
  return value;
}

/**
 * Plays the picks from a new session. Every state is deeply frozen, so a command that tried to
 * change an earlier state (accepted or rejected) would throw.
 */
export function runRandomSession(scenario: Scenario, config: SessionConfig, picks: Pick[], onStep?: (before: SessionState, result: ReturnType<typeof applyCommand>) => void): RandomRun {
  let state = deepFreeze(createSession(scenario, config));
  const steps: RandomRun['steps'] = [];
  picks.forEach((pick, i) => {
    const at = new Date(Date.UTC(2030, 0, 1) + i * 7000).toISOString();
    const command = randomCommand(scenario, state, pick, at);
    const result = applyCommand(scenario, state, command);
    onStep?.(state, result);
    steps.push({ command, accepted: result.ok });
    if (result.ok) state = deepFreeze(result.state);
  });
  return { state, steps };
}

/** Invariants that hold in every reachable state; returns the violations. */
export function invariantViolations(scenario: Scenario, state: SessionState): string[] {
  const problems: string[] = [];
  const permanent = new Set(scenario.council.permanent);
  const membership = scenarioMembership(scenario).length;
  state.log.forEach((e, i) => {
    if (e.seq !== i + 1) problems.push(`log seq ${e.seq} at position ${i}`);
  });
  if (state.ballots.filter((b) => b.closedSeq === null).length > 1) problems.push('more than one open ballot');
  for (const b of state.ballots) {
    if (b.closedSeq === null) continue;
    if (b.councilResult) {
      const r = b.councilResult;
      if (r.inFavour + r.against + r.abstentions + r.absent !== 15) problems.push(`Council tally of ${b.id} does not add up to 15`);
      for (const v of r.vetoedBy) if (!permanent.has(v)) problems.push(`non-permanent member ${v} vetoed ${b.id}`);
      if (b.kind === 'council-procedural' && r.vetoedBy.length > 0) problems.push(`veto on procedural ballot ${b.id}`);
    } else if (b.assemblyResult) {
      const r = b.assemblyResult;
      if (r.inFavour + r.against + r.abstentions + r.absent !== membership) problems.push(`Assembly tally of ${b.id} does not add up`);
      if (Object.keys(b.votes).length !== membership) problems.push(`Assembly roll of ${b.id} is incomplete`);
    } else problems.push(`closed ballot ${b.id} without a result`);
  }
  for (const d of Object.values(state.drafts)) {
    if (d.status === 'vetoed' && !d.ballotIds.some((id) => (state.ballots.find((b) => b.id === id)?.councilResult?.vetoedBy.length ?? 0) > 0)) {
      problems.push(`draft ${d.id} vetoed without a veto`);
    }
    if (d.status === 'withdrawn' && d.ballotIds.length > 0) problems.push(`withdrawn draft ${d.id} was voted`);
  }
  for (const a of Object.values(state.agreements)) {
    const bothSigned = a.parties.every((p) => a.signedBy.includes(p));
    if ((a.status === 'signed') !== bothSigned) problems.push(`agreement ${a.id} is ${a.status} with signatures ${a.signedBy.join(',')}`);
    if (a.status !== 'signed' && a.breaches.length > 0) problems.push(`unsigned agreement ${a.id} has breaches`);
  }
  const ufp = state.unitingForPeace;
  if (ufp.status === 'convened' && ufp.convenedBy === 'council') {
    const referral = state.ballots.find((b) => b.purpose === 'referral' && b.councilResult?.adopted);
    if (!referral) problems.push('convened by the Council without an adopted referral');
  }
  if (ufp.status !== 'closed' && !Object.values(state.drafts).some((d) => d.status === 'vetoed')) problems.push('Uniting for Peace open without a veto');
  if (state.round > scenario.roundPlan.rounds) problems.push(`round ${state.round} beyond the plan`);
  if (state.ended !== (state.phase === 'debrief')) problems.push('ended and debrief disagree');
  return problems;
}
