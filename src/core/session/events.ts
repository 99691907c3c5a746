import { z } from 'zod';
import { evidenceLevel, identifier, stateCode } from '../scenario/schema';
import { conductKind, conductScale, councilVote, d2rClause, defenceArgument, draftChange, measure, offerAnswer, offerTerm, rubricCriterion } from '../shared/vocabulary';

/**
 * The event vocabulary (docs/design.md §3.3). A client sends a Command (who, when, what); the session
 * machine accepts or rejects it; accepted commands become the append-only log that every
 * other piece of state is derived from. Documented in docs/session-log.md.
 */

const text = z.string().trim().min(1).max(4000);
const shortText = z.string().trim().min(1).max(200);

export const sessionEvent = z.discriminatedUnion('type', [
  // facilitator and phase control
  z.strictObject({ type: z.literal('session.start') }),
  z.strictObject({ type: z.literal('phase.advance') }),
  z.strictObject({ type: z.literal('phase.skip') }),
  z.strictObject({ type: z.literal('session.pause') }),
  z.strictObject({ type: z.literal('session.resume') }),
  z.strictObject({ type: z.literal('timer.adjust'), seconds: z.number().int().min(-3600).max(3600) }),
  /** Sent by the host when a phase's deadline passes; carries the phase it was for. */
  z.strictObject({ type: z.literal('timer.expired'), round: z.number().int().min(0), phase: z.string() }),
  z.strictObject({ type: z.literal('session.end') }),
  z.strictObject({ type: z.literal('inject.fire'), injectId: identifier }),
  /** An inject the facilitator writes on the spot: public, or to chosen delegations only. */
  z.strictObject({
    type: z.literal('inject.write'),
    title: shortText,
    text,
    /** Raises the public evidence level, as a scenario inject's `raisesEvidenceTo` does (public injects only). */
    raisesEvidenceTo: evidenceLevel.optional(),
    /** The states whose delegations receive it; absent, it is public. */
    recipients: z.array(stateCode).min(1).max(60).optional(),
  }),
  z.strictObject({ type: z.literal('seat.assign'), seatId: identifier, kind: z.enum(['human', 'ai']) }),

  // negotiation
  z.strictObject({ type: z.literal('statement.public'), text }),
  z.strictObject({ type: z.literal('message.private'), to: stateCode, text }),
  /** A message in a group channel: a standing group the sender belongs to, or a contact group it joined. */
  z.strictObject({ type: z.literal('group.message'), groupId: identifier, text }),
  /** A state convenes a contact group ("Friends of …") and invites other states to it. */
  z.strictObject({ type: z.literal('group.convene'), groupId: identifier, title: shortText, invitees: z.array(stateCode).min(1).max(60) }),
  /** An invitee joins a contact group: it reads and writes in it from now on. */
  z.strictObject({ type: z.literal('group.join'), groupId: identifier }),
  /** An invitee declines a contact group: on the record, read by the law like declining a multilateral meeting. */
  z.strictObject({ type: z.literal('group.decline'), groupId: identifier, reason: z.string().trim().max(2000).optional() }),
  /** A delegation attends a meeting the scenario states (an Arria-formula meeting, a conference, a summit). */
  z.strictObject({ type: z.literal('meeting.attend'), meetingId: identifier }),
  /** A delegation declines such a meeting: on the record, read by the law like declining a contact group. */
  z.strictObject({ type: z.literal('meeting.decline'), meetingId: identifier, reason: z.string().trim().max(2000).optional() }),
  z.strictObject({
    type: z.literal('d2r.propose'),
    agreementId: identifier,
    to: stateCode,
    clauses: z.array(d2rClause).min(1).max(12),
    durationRounds: z.number().int().min(1).max(20).optional(),
    note: z.string().max(2000).optional(),
  }),
  z.strictObject({ type: z.literal('d2r.counter'), agreementId: identifier, clauses: z.array(d2rClause).min(1).max(12), note: z.string().max(2000).optional() }),
  z.strictObject({ type: z.literal('d2r.sign'), agreementId: identifier }),
  /**
   * A structured offer in a private channel: what the offerer gives (its own promises) for what it
   * asks (the other side's). Accepted, both become political commitments the record checks.
   */
  z.strictObject({
    type: z.literal('offer.make'),
    offerId: identifier,
    to: stateCode,
    gives: z.array(offerTerm).min(1).max(4),
    asks: z.array(offerTerm).min(1).max(4),
    note: z.string().trim().max(2000).optional(),
  }),
  /** The one answer an offer gets, from the side it was made to: accept, decline, or counter with an offer of its own. */
  z.strictObject({
    type: z.literal('offer.answer'),
    offerId: identifier,
    answer: offerAnswer,
    reason: z.string().trim().min(1).max(2000),
    /** With a counter: the offer made back (the answerer gives and asks anew). */
    counter: z.strictObject({ offerId: identifier, gives: z.array(offerTerm).min(1).max(4), asks: z.array(offerTerm).min(1).max(4) }).optional(),
  }),
  z.strictObject({ type: z.literal('d2r.reject'), agreementId: identifier }),
  z.strictObject({ type: z.literal('d2r.withdraw'), agreementId: identifier }),

  // Security Council and Assembly
  z.strictObject({
    type: z.literal('draft.table'),
    draftId: identifier,
    forum: z.enum(['council', 'assembly']),
    title: shortText,
    measures: z.array(measure).min(1).max(8),
    operativeParagraphs: z.array(z.string().trim().min(1).max(2000)).min(1).max(30),
    /** Chapter VI (pacific settlement: parties to the dispute abstain) or VII. */
    chapter: z.enum(['VI', 'VII']).default('VII'),
  }),
  /**
   * A zero draft circulated to the Council's members in Negotiation, before it is tabled: its
   * sponsor holds the pen, answers requests for changes and puts it in blue.
   */
  z.strictObject({
    type: z.literal('draft.circulate'),
    draftId: identifier,
    title: shortText,
    measures: z.array(measure).min(1).max(8),
    operativeParagraphs: z.array(z.string().trim().min(1).max(2000)).min(1).max(30),
    preamble: z.array(z.string().trim().min(1).max(500)).max(20).default([]),
    chapter: z.enum(['VI', 'VII']).default('VII'),
  }),
  /** A Council member asks the penholder of a circulated draft for one change. */
  z.strictObject({ type: z.literal('draft.requestChange'), draftId: identifier, change: draftChange, note: z.string().trim().max(2000).optional() }),
  /** The penholder's answer to a request: accepted into a new revision, or declined with a reason. */
  z.strictObject({
    type: z.literal('draft.answerRequest'),
    draftId: identifier,
    requestSeq: z.number().int().min(1),
    answer: z.enum(['accept', 'decline']),
    reason: z.string().trim().max(2000).optional(),
  }),
  /** The penholder puts the circulated draft in blue: its text is final and it is tabled for the vote. */
  z.strictObject({ type: z.literal('draft.putInBlue'), draftId: identifier }),
  z.strictObject({ type: z.literal('draft.cosponsor'), draftId: identifier }),
  /** A Council member proposes a presidential or press statement, adopted by consensus without a vote. */
  z.strictObject({ type: z.literal('councilStatement.propose'), statementId: identifier, kind: z.enum(['presidential', 'press']), text }),
  /** A Council member says it joins the consensus on a statement (silence would do as much). */
  z.strictObject({ type: z.literal('councilStatement.join'), statementId: identifier }),
  /** A Council member objects to a statement: the consensus breaks and the statement is not issued. */
  z.strictObject({ type: z.literal('councilStatement.object'), statementId: identifier, reason: z.string().trim().max(2000).optional() }),
  z.strictObject({ type: z.literal('draft.withdraw'), draftId: identifier }),
  z.strictObject({ type: z.literal('veto.threaten'), draftId: identifier, visibility: z.enum(['public', 'private']), to: stateCode.optional() }),
  z.strictObject({ type: z.literal('vote.open'), draftId: identifier }),
  z.strictObject({ type: z.literal('vote.cast'), ballotId: identifier, vote: councilVote }),
  z.strictObject({ type: z.literal('vote.close'), ballotId: identifier }),
  z.strictObject({ type: z.literal('vote.explain'), ballotId: identifier, text }),

  // Uniting for Peace (GA res. 377 A (V)) and the veto initiative (GA res. 76/262)
  /** A Council member moves the procedural referral of a vetoed draft's matter to the Assembly. */
  z.strictObject({ type: z.literal('ufp.propose-referral'), draftId: identifier }),
  /** A Member State requests an emergency special session (the majority-of-members route). */
  z.strictObject({ type: z.literal('ufp.request'), draftId: identifier }),
  /** A speech in the veto-initiative debate; draftId picks the debate when several vetoes fell in one round. */
  z.strictObject({ type: z.literal('vetoInitiative.speak'), text, draftId: identifier.optional() }),

  // national conduct
  z.strictObject({
    type: z.literal('conduct.act'),
    kind: conductKind,
    /** A perpetrator id, or a state code (e.g. sanctions against a state). */
    target: z.string().min(1).max(64).optional(),
    scale: conductScale.default('limited'),
    note: z.string().max(2000).optional(),
  }),
  z.strictObject({ type: z.literal('conduct.done') }),

  // a human seat gives up its first chance in the phase (the AI seats stop waiting for it)
  z.strictObject({ type: z.literal('delegation.pass') }),

  // adjudication
  z.strictObject({
    type: z.literal('memorial.file'),
    arguments: z
      .array(z.strictObject({ argument: defenceArgument, duty: z.string().max(64).optional(), text: z.string().max(4000).default('') }))
      .max(20),
  }),
  z.strictObject({
    type: z.literal('judgment.override'),
    state: stateCode,
    duty: z.string().min(1).max(64),
    holds: z.boolean(),
    reason: text,
  }),
  z.strictObject({ type: z.literal('judgment.deliver') }),
  // assessment (docs/assessment.md): the facilitator's score (0-100; null keeps the record's) and comment on one line of a seat's rubric
  z.strictObject({
    type: z.literal('rubric.edit'),
    state: stateCode,
    criterion: rubricCriterion,
    score: z.number().min(0).max(100).nullable(),
    comment: z.string().trim().max(2000).default(''),
  }),
]);
export type SessionEvent = z.infer<typeof sessionEvent>;
export type SessionEventType = SessionEvent['type'];
export type EventOf<T extends SessionEventType> = Extract<SessionEvent, { type: T }>;

/** What an AI delegation says about a move (public) and its coach's note (debrief only). */
export const aiExplanation = z.strictObject({
  says: z.string().max(2000),
  coach: z.string().max(2000),
});
export type AiExplanation = z.infer<typeof aiExplanation>;

export const command = z.strictObject({
  /** The seat that sends the command. */
  by: identifier,
  /** When the facilitator acts for an absent seat: that seat (recorded as such). */
  actingFor: identifier.optional(),
  /** ISO 8601 timestamp supplied by the host: time arrives as data, never from a clock in the core. */
  at: z.iso.datetime(),
  event: sessionEvent,
  ai: aiExplanation.optional(),
});
export type Command = z.infer<typeof command>;

/** An accepted command, numbered in the order it was accepted. */
export type LogEntry = Command & { seq: number };

export const seat = z.strictObject({
  id: identifier,
  kind: z.enum(['human', 'ai', 'facilitator']),
  /** The state the seat represents; null for the facilitator. */
  state: stateCode.nullable(),
  name: z.string().max(100).optional(),
});
export type Seat = z.infer<typeof seat>;

export const sessionConfig = z.strictObject({
  scenarioId: identifier,
  seed: z.number().int().min(0).max(2 ** 31 - 1),
  seats: z.array(seat).min(1),
  mode: z.enum(['solo', 'hotseat', 'facilitator', 'classroom']).default('solo'),
  difficulty: z.enum(['cooperative', 'realistic', 'hard-nosed']).default('realistic'),
});
export type SessionConfig = z.infer<typeof sessionConfig>;
