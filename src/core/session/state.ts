import type { AssemblyVote, EvidenceLevel, PhaseName } from '../scenario/schema';
import type { AssemblyResult } from '../procedure/assembly';
import type { CouncilResult } from '../procedure/council';
import type { AiExplanation, LogEntry, Seat, SessionConfig } from './events';
import type { ConductKind, ConductScale, D2rClause, DefenceArgument, DraftChange, Measure, OfferAnswer, OfferTerm, RecordedVote } from '../shared/vocabulary';

/**
 * The derived session state: everything here is computed by replay(scenario, config, log)
 * and never stored on its own. Seq numbers refer to LogEntry.seq, which is how findings,
 * the transcript and the UI point back into the record.
 */
export interface SessionState {
  config: SessionConfig;
  phase: PhaseName;
  /** 0 during seating and briefing; 1..rounds during the rounds. */
  round: number;
  paused: boolean;
  /** True once the session reaches the debrief (after the judgment). */
  ended: boolean;
  timer: PhaseTimer;
  /** Seats that have acted (or declared themselves done) in the current phase. */
  actedThisPhase: string[];
  /** Seats that declared themselves done in the current phase (conduct.done). */
  doneThisPhase: string[];
  evidence: EvidenceState;
  injectsFired: FiredInject[];
  statements: Statement[];
  /** Bilateral channels keyed by channelKey(a, b). */
  channels: Record<string, PrivateMessage[]>;
  /** Group channels by id: the standing groups (from their first message) and contact groups. */
  groups: Record<string, GroupChannel>;
  /** Presidential and press statements proposed in the Council, by id (council-statements.ts). */
  councilStatements: Record<string, CouncilStatement>;
  /** Answers to the meetings the scenario states (attend or decline), in the order given. */
  meetingAnswers: MeetingAnswer[];
  drafts: Record<string, Draft>;
  ballots: Ballot[];
  vetoThreats: VetoThreat[];
  explanations: VoteExplanation[];
  unitingForPeace: UnitingForPeaceState;
  vetoInitiative: VetoInitiativeDebateState[];
  agreements: Record<string, Agreement>;
  /** Structured offers in private channels, by id (accepted ones are the commitments: commitments.ts). */
  offers: Record<string, Offer>;
  conduct: ConductAct[];
  memorials: Record<string, Memorial>;
  overrides: JudgeOverride[];
  facilitatorActions: FacilitatorAction[];
  /** AI explanations by log seq (coach notes are shown only in the debrief). */
  aiNotes: Record<number, AiExplanation>;
  log: LogEntry[];
  /** State of the seeded generator (pure-rand xoroshiro128+), advanced only by transitions. */
  rng: number[];
}

export interface PhaseTimer {
  /** Seconds allotted to the current phase (with adjustments); null when untimed. */
  durationSeconds: number | null;
  /** ISO time the phase (or the resumed timer) started, from event data. */
  startedAt: string | null;
  /** Seconds left when paused. */
  remainingWhenPaused: number | null;
}

export interface EvidenceState {
  /** The public level now (ARSIWA art. 16 knowledge). */
  level: EvidenceLevel;
  history: { round: number; level: EvidenceLevel; note: string; source: 'scenario' | 'inject'; seq: number | null }[];
  /** Intelligence given to particular states, as of the current round. */
  intelligence: { round: number; recipients: string[]; level: EvidenceLevel; note: string }[];
}

export interface FiredInject {
  injectId: string;
  round: number;
  seq: number | null;
  scheduled: boolean;
}

export interface Statement {
  seq: number;
  round: number;
  phase: PhaseName;
  state: string;
  text: string;
}

export interface PrivateMessage {
  seq: number;
  round: number;
  from: string;
  to: string;
  text: string;
}

/**
 * A channel among several states: a standing group (the permanent five, a regional group) whose
 * members the scenario fixes, or a contact group ("Friends of …") a state convenes and invites
 * others to, who join or decline it. Only its members read its messages (the facilitator reads
 * every channel; all read them in the debrief).
 */
export interface GroupChannel {
  id: string;
  kind: 'permanent-five' | 'regional' | 'contact';
  title: string;
  /** Who convened a contact group (null for a standing group), with the entry and round. */
  convenor: string | null;
  seq: number;
  round: number;
  /** Invited to a contact group when it was convened (empty for a standing group). */
  invitees: string[];
  /** Who reads and writes in it: a standing group's members; a contact group's convenor and those who joined. */
  members: string[];
  /** Invitees who declined, on the record. */
  declined: GroupDecline[];
  messages: GroupMessage[];
}

/**
 * A statement of the Security Council, adopted by consensus without a vote: a presidential
 * statement (read out by the President at a formal meeting, issued as S/PRST/…) or a press
 * statement (agreed by all fifteen members, issued by the President). Silence procedure: a member
 * that has not objected when the Council phase of its round ends acquiesces; one objection blocks it.
 */
export interface CouncilStatement {
  id: string;
  kind: 'presidential' | 'press';
  text: string;
  proposedBy: string;
  seq: number;
  round: number;
  /** Members that said they join the consensus (beyond the proposer). */
  joined: { state: string; seq: number }[];
  /** Members that objected, each with its reason: any one blocks the statement. */
  objections: { state: string; seq: number; reason: string | null }[];
}

/** A delegation's answer to a meeting the scenario states. */
export interface MeetingAnswer {
  meetingId: string;
  state: string;
  answer: 'attend' | 'decline';
  seq: number;
  round: number;
  reason: string | null;
}

export interface GroupDecline {
  state: string;
  seq: number;
  round: number;
  reason: string | null;
}

export interface GroupMessage {
  seq: number;
  round: number;
  from: string;
  text: string;
}

/**
 * circulating: a zero draft (or a revision of it) negotiated with the Council's members; tabled: in
 * blue, the final text that may be put to the vote (a draft tabled directly in the chamber is in
 * blue as tabled).
 */
export type DraftStatus = 'circulating' | 'tabled' | 'in-vote' | 'adopted' | 'not-adopted' | 'vetoed' | 'withdrawn';

/** The words of a draft that a revision may change. */
export interface DraftText {
  measures: Measure[];
  operativeParagraphs: string[];
  /** References in the preamble (the chapeau), e.g. "Recalling its resolution 2417 (2018)". */
  preamble: string[];
}

export interface Draft extends DraftText {
  id: string;
  forum: 'council' | 'assembly';
  title: string;
  /** The main sponsor first: for a circulated draft, its penholder. */
  sponsors: string[];
  chapter: 'VI' | 'VII';
  round: number;
  /** The entry that tabled it: draft.table, or draft.putInBlue for a circulated draft (draft.circulate until then). */
  tabledSeq: number;
  status: DraftStatus;
  ballotIds: string[];
  /** Circulation before tabling; null for a draft tabled directly in the chamber. */
  circulation: DraftCirculation | null;
}

/** A draft's life before it is put in blue: its revisions and the changes members asked for. */
export interface DraftCirculation {
  seq: number;
  round: number;
  /** The Council's members when it was circulated: they (and the facilitator) see it and may ask for changes. */
  audience: string[];
  /** Seats that were human when the draft was circulated in Negotiation (an AI penholder waits for them to have seen it). */
  humanSeats: string[];
  /** rev.0 (the zero draft), rev.1, …: the text after each accepted request. */
  revisions: DraftRevision[];
  requests: ChangeRequest[];
  /** The entry that put it in blue, or null while it is still negotiated. */
  inBlueSeq: number | null;
}

export interface DraftRevision {
  number: number;
  seq: number;
  round: number;
  text: DraftText;
  /** The request whose acceptance made it (null for the zero draft and a revision made by an accepted offer). */
  requestSeq: number | null;
  /** The accepted offer whose change it made, if an offer made it. */
  offerId?: string;
}

export interface ChangeRequest {
  seq: number;
  round: number;
  /** The Council member who asked. */
  state: string;
  change: DraftChange;
  note: string | null;
  /** The penholder's answer, once given; an accepted request names the revision it made. */
  answer: { seq: number; accepted: boolean; reason: string | null; revision: number | null } | null;
}

export type BallotKind = 'council-substantive' | 'council-procedural' | 'assembly';

export interface Ballot {
  id: string;
  kind: BallotKind;
  /** The draft voted on, or for a referral the vetoed draft whose matter is referred. */
  draftId: string;
  purpose: 'adoption' | 'referral';
  round: number;
  openedSeq: number;
  closedSeq: number | null;
  /** Members entitled to vote on it. */
  electorate: string[];
  /** Votes cast so far by seat-represented members, in order. */
  votes: Record<string, RecordedVote | AssemblyVote>;
  /** Members whose vote came from the scenario's Assembly defaults (not represented by a seat). */
  defaulted: string[];
  /**
   * Assembly ballots: the member drawn by lot with whom the roll call begins, in English
   * alphabetical order (GA Rules of Procedure, rule 87(a)). Null for Council ballots.
   */
  rollCallStartsWith: string | null;
  councilResult: CouncilResult | null;
  assemblyResult: AssemblyResult | null;
}

export interface VetoThreat {
  seq: number;
  round: number;
  draftId: string;
  state: string;
  visibility: 'public' | 'private';
  to?: string;
}

export interface VoteExplanation {
  seq: number;
  ballotId: string;
  state: string;
  text: string;
}

export interface UnitingForPeaceState {
  /** closed: nothing vetoed; open: a veto opened the path; convened: an emergency special session meets. */
  status: 'closed' | 'open' | 'convened';
  /** The vetoed draft that opened the path, and why (GA res. 377 A (V)). */
  openedBy: { draftId: string; vetoedBy: string[]; round: number; reason: string } | null;
  referralBallotId: string | null;
  /** Member States represented by a seat that requested a session (majority-of-members route). */
  requests: string[];
  /**
   * Members not represented by a seat whose Assembly default is 'yes', counted as requesting
   * once any seat has requested (a simplification documented in docs/session-log.md).
   */
  deemedRequests: string[];
  convenedRound: number | null;
  convenedBy: 'council' | 'members' | null;
}

export interface VetoInitiativeDebateState {
  draftId: string;
  vetoedBy: string[];
  round: number;
  speakingOrder: string[];
  speeches: { seq: number; state: string; text: string }[];
}

export type AgreementStatus = 'proposed' | 'countered' | 'signed' | 'rejected' | 'withdrawn';

export interface Agreement {
  id: string;
  /** [proposer, counterparty]. */
  parties: [string, string];
  clauses: D2rClause[];
  durationRounds: number | null;
  note: string | null;
  status: AgreementStatus;
  /** Whose turn it is to answer a proposal or counter-proposal. */
  awaiting: string | null;
  signedBy: string[];
  inForceFromRound: number | null;
  history: { seq: number; round: number; state: string; action: 'propose' | 'counter' | 'sign' | 'reject' | 'withdraw'; clauses?: D2rClause[] }[];
  /** Acts of a party contrary to a clause in force (VCLT art. 26). */
  breaches: { conductSeq: number; state: string; clause: D2rClause; round: number }[];
}

/** A structured offer: the offerer's promises (gives) for the other side's (asks), and its one answer. */
export interface Offer {
  id: string;
  seq: number;
  round: number;
  from: string;
  to: string;
  gives: OfferTerm[];
  asks: OfferTerm[];
  note: string | null;
  /** The offer this one counters, if it is a counter-offer. */
  counterTo: string | null;
  answer: { seq: number; round: number; answer: OfferAnswer; reason: string; counterOfferId: string | null } | null;
}

export interface ConductAct {
  seq: number;
  round: number;
  state: string;
  kind: ConductKind;
  target: string | null;
  scale: ConductScale;
  note: string | null;
  /** Agreements in force that this act is contrary to. */
  contraryTo: string[];
  /** The public evidence level when the act was done (for ARSIWA art. 16 knowledge). */
  evidenceAtTheTime: EvidenceLevel;
}

export interface Memorial {
  seq: number;
  state: string;
  arguments: { argument: DefenceArgument; duty?: string; text: string }[];
}

export interface JudgeOverride {
  seq: number;
  state: string;
  duty: string;
  holds: boolean;
  reason: string;
}

export interface FacilitatorAction {
  seq: number;
  round: number;
  phase: PhaseName;
  action: string;
  /** For act-for-seat: the seat acted for. */
  actingFor?: string;
}

export type { Seat };

export function channelKey(a: string, b: string): string {
  return a < b ? `${a}~${b}` : `${b}~${a}`;
}
