import { z } from 'zod';
import { rubricCriterion } from '../shared/vocabulary';

/**
 * The debrief transcript as data: what `moot-council export --format json` writes and what the
 * Markdown, HTML and PDF renderers read. Documented field by field in docs/transcript.md (a test
 * checks that every field named here appears there). Bump TRANSCRIPT_SCHEMA_VERSION on any change
 * a reader would notice; adding an optional field is not such a change.
 */
export const TRANSCRIPT_FORMAT = 'moot-council-transcript';
export const TRANSCRIPT_SCHEMA_VERSION = 1;

const code = z.string().describe("a state code (ISO 3166-1 alpha-3, or a fictional state's code)");
const seq = z.number().int().min(1).describe('a log entry number (LogEntry.seq)');
const round = z.number().int().min(0);
const phase = z.string();
const vote = z.enum(['yes', 'no', 'abstain', 'absent']);

export const perspectiveSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('facilitator') }),
  z.strictObject({
    kind: z.literal('seat'),
    state: code,
    stateName: z.string(),
    seatId: z.string(),
  }),
]);

export const stateRefSchema = z.strictObject({
  code,
  name: z.string(),
  permanent: z.boolean(),
  councilMember: z.boolean(),
  regionalGroup: z.string().nullable(),
  seat: z
    .strictObject({ id: z.string(), kind: z.enum(['human', 'ai']), name: z.string().nullable() })
    .nullable(),
});

export const briefSchema = z.strictObject({
  state: code,
  stateName: z.string(),
  summary: z.string(),
  interests: z.array(z.string()),
  redLines: z.array(z.string()),
  objectives: z.array(z.string()),
});

export const effectSchema = z.strictObject({
  kind: z.enum(['ballot-closed', 'inject', 'evidence', 'uniting-for-peace', 'agreement', 'breach']),
  ref: z.string().nullable(),
  text: z.string(),
});

export const entrySchema = z.strictObject({
  seq,
  at: z.string(),
  round,
  phase,
  type: z.string(),
  actor: code.nullable(),
  byFacilitator: z.boolean(),
  summary: z.string(),
  text: z.string().nullable(),
  to: code.nullable(),
  private: z.boolean(),
  ref: z.string().nullable(),
  says: z.string().nullable(),
  effects: z.array(effectSchema),
});

export const proceedingsPhaseSchema = z.strictObject({
  phase,
  title: z.string(),
  entries: z.array(entrySchema),
});

export const proceedingsSectionSchema = z.strictObject({
  key: z.string(),
  round: z.number().int().nullable(),
  title: z.string(),
  opening: z.array(z.string()),
  phases: z.array(proceedingsPhaseSchema),
});

/** A revision of a circulated draft: rev.0 is the zero draft; each later one says what changed and who asked. */
export const draftRevisionSchema = z.strictObject({
  number: z.number().int().min(0),
  seq,
  round,
  changes: z.array(z.string()),
  requestedBy: code.nullable(),
  requestSeq: seq.nullable(),
  offerId: z.string().nullable(),
});

/** A member's request for a change to a circulated draft, and the penholder's answer. */
export const draftRequestSchema = z.strictObject({
  seq,
  round,
  by: code,
  change: z.string(),
  note: z.string().nullable(),
  answer: z.enum(['accepted', 'declined']).nullable(),
  reason: z.string().nullable(),
  answerSeq: seq.nullable(),
  revision: z.number().int().min(1).nullable(),
});

/** A draft's life before the vote: circulated in Negotiation, revised, put in blue. */
export const draftCirculationSchema = z.strictObject({
  circulatedSeq: seq,
  round,
  inBlueSeq: seq.nullable(),
  preamble: z.array(z.string()),
  revisions: z.array(draftRevisionSchema),
  requests: z.array(draftRequestSchema),
});

export const draftSchema = z.strictObject({
  id: z.string(),
  forum: z.enum(['council', 'assembly']),
  title: z.string(),
  sponsors: z.array(code),
  measures: z.array(z.strictObject({ id: z.string(), label: z.string() })),
  operativeParagraphs: z.array(z.string()),
  chapter: z.enum(['VI', 'VII']),
  round,
  tabledSeq: seq,
  status: z.string(),
  ballotIds: z.array(z.string()),
  circulation: draftCirculationSchema.optional(),
});

export const ballotVoteSchema = z.strictObject({
  state: code,
  name: z.string(),
  vote,
  permanent: z.boolean(),
  defaulted: z.boolean(),
  veto: z.boolean(),
});

export const ballotSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['council-substantive', 'council-procedural', 'assembly']),
  purpose: z.enum(['adoption', 'referral']),
  draftId: z.string(),
  draftTitle: z.string(),
  round,
  openedSeq: seq,
  closedSeq: seq.nullable(),
  electorate: z.number().int(),
  votes: z.array(ballotVoteSchema),
  tally: z
    .strictObject({
      inFavour: z.number().int(),
      against: z.number().int(),
      abstentions: z.number().int(),
      absent: z.number().int(),
      required: z.number().int(),
      presentAndVoting: z.number().int().nullable(),
      threshold: z.string(),
    })
    .nullable(),
  adopted: z.boolean().nullable(),
  vetoedBy: z.array(code),
  announcement: z.string().nullable(),
  authorities: z.array(z.string()),
  rollCallStartsWith: code.nullable(),
  explanations: z.array(z.strictObject({ seq, state: code, text: z.string() })),
});

export const vetoSchema = z.strictObject({
  ballotId: z.string(),
  draftId: z.string(),
  draftTitle: z.string(),
  round,
  seq,
  vetoedBy: z.array(code),
  explanations: z.array(z.strictObject({ seq, state: code, text: z.string() })),
});

export const vetoThreatSchema = z.strictObject({
  seq,
  round,
  draftId: z.string(),
  state: code,
  visibility: z.enum(['public', 'private']),
  to: code.nullable(),
});

export const unitingForPeaceSchema = z.strictObject({
  status: z.enum(['closed', 'open', 'convened']),
  openedBy: z
    .strictObject({ draftId: z.string(), vetoedBy: z.array(code), round, reason: z.string() })
    .nullable(),
  referralBallotId: z.string().nullable(),
  requests: z.array(code),
  deemedRequests: z.number().int(),
  membership: z.number().int(),
  convenedRound: z.number().int().nullable(),
  convenedBy: z.enum(['council', 'members']).nullable(),
  assemblyBallotIds: z.array(z.string()),
});

export const vetoInitiativeSchema = z.strictObject({
  draftId: z.string(),
  draftTitle: z.string(),
  vetoedBy: z.array(code),
  round,
  speakingOrder: z.array(code),
  speeches: z.array(z.strictObject({ seq, state: code, text: z.string() })),
});

/**
 * The assessment rubric of one seated delegation (docs/assessment.md, src/core/assessment): the
 * facilitator's transcript only, with the facilitator's edits and comments. Line scores are 0 to
 * 1 (null where the line does not apply); the total is out of 100.
 */
export const seatRubricSchema = z.strictObject({
  state: code,
  name: z.string(),
  playedBy: z.enum(['human', 'ai']),
  lines: z.array(
    z.strictObject({
      criterion: rubricCriterion,
      label: z.string(),
      weight: z.number(),
      recordScore: z.number().nullable(),
      score: z.number().nullable(),
      /** What the score rests on, in words. */
      basis: z.array(z.string()),
      seqs: z.array(seq),
      /** The facilitator's latest edit of the line: its score (null: the record's stands) and comment. */
      edit: z.strictObject({ score: z.number().nullable(), comment: z.string(), seq }).nullable(),
    }),
  ),
  total: z.number().nullable(),
});

export const channelSchema = z.strictObject({
  parties: z.tuple([code, code]),
  messages: z.array(z.strictObject({ seq, round, from: code, to: code, text: z.string() })),
});

/**
 * A political commitment: one term of an accepted offer, with what the record shows of it
 * (src/core/session/commitments.ts). Not binding law; listed only when the record has one.
 */
export const commitmentSchema = z.strictObject({
  by: z.string(),
  to: z.string(),
  round: z.number().int(),
  /** What was promised, in words ("vote yes on …", "drop the measure …"). */
  promise: z.string(),
  status: z.enum(['pending', 'kept', 'broken', 'lapsed']),
  /** What the record shows, when it settled the commitment ("voted no"). */
  shows: z.string().nullable(),
  acceptedSeq: z.number().int(),
  settledSeq: z.number().int().nullable(),
});

export const agreementSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  parties: z.tuple([code, code]),
  status: z.string(),
  clauses: z.array(
    z.strictObject({
      kind: z.string(),
      title: z.string(),
      perpetrator: z.string().nullable(),
      article: z.number().int().nullable(),
    }),
  ),
  articles: z.array(
    z.strictObject({ number: z.number().int(), heading: z.string(), text: z.string() }),
  ),
  durationRounds: z.number().int().nullable(),
  note: z.string().nullable(),
  signedBy: z.array(code),
  inForceFromRound: z.number().int().nullable(),
  history: z.array(
    z.strictObject({
      seq,
      round,
      state: code,
      action: z.string(),
      clauses: z.array(z.string()).nullable(),
    }),
  ),
  breaches: z.array(z.strictObject({ conductSeq: seq, state: code, clause: z.string(), round })),
});

export const conductSchema = z.strictObject({
  seq,
  round,
  state: code,
  kind: z.string(),
  label: z.string(),
  group: z.string(),
  target: z.string().nullable(),
  targetName: z.string().nullable(),
  scale: z.enum(['limited', 'substantial']),
  note: z.string().nullable(),
  contraryTo: z.array(z.string()),
  evidenceAtTheTime: z.string(),
});

export const injectSchema = z.strictObject({
  injectId: z.string(),
  title: z.string(),
  text: z.string(),
  round,
  seq: seq.nullable(),
  scheduled: z.boolean(),
  raisesEvidenceTo: z.string().nullable(),
});

export const evidenceStepSchema = z.strictObject({
  round,
  level: z.string(),
  note: z.string(),
  source: z.enum(['scenario', 'inject']),
  seq: seq.nullable(),
});

export const facilitatorActionSchema = z.strictObject({
  seq,
  at: z.string(),
  round,
  phase,
  action: z.string(),
  label: z.string(),
  actingFor: z.string().nullable(),
  actingForState: code.nullable(),
});

export const memorialSchema = z.strictObject({
  seq,
  state: code,
  arguments: z.array(
    z.strictObject({
      argument: z.string(),
      label: z.string(),
      duty: z.string().nullable(),
      text: z.string(),
    }),
  ),
});

export const evidenceRefSchema = z.strictObject({
  ref: z.string(),
  seq: seq.nullable(),
  inRecord: z.boolean(),
  description: z.string(),
});

export const findingSchema = z.strictObject({
  duty: z.string(),
  dutyLabel: z.string(),
  status: z.string(),
  holds: z.string().nullable(),
  informational: z.boolean(),
  points: z.number(),
  basis: z.array(z.strictObject({ authority: z.string(), pinpoint: z.string() })),
  evidence: z.array(evidenceRefSchema),
  reasoning: z.string(),
  defences: z.array(
    z.strictObject({
      argument: z.string(),
      label: z.string(),
      accepted: z.boolean(),
      why: z.string(),
    }),
  ),
  override: z
    .strictObject({
      seq: seq.nullable(),
      holds: z.boolean(),
      reason: z.string(),
      engineResult: z.string().nullable(),
    })
    .nullable(),
  /**
   * What would have changed this finding (docs/law.md §13): for a seat, under the findings against
   * its own state only; absent where not searched.
   */
  whatIf: z
    .strictObject({
      changes: z.array(z.strictObject({ words: z.string(), decidedBy: z.string().nullable() })),
      note: z.string().nullable(),
    })
    .optional(),
});

export const judgmentSchema = z.strictObject({
  provisional: z.boolean(),
  deliveredSeq: seq.nullable(),
  states: z.array(
    z.strictObject({
      state: code,
      name: z.string(),
      exposure: z.number(),
      band: z.string(),
      findings: z.array(findingSchema),
    }),
  ),
  overrides: z.array(
    z.strictObject({ seq, state: code, duty: z.string(), holds: z.boolean(), reason: z.string() }),
  ),
});

export const coachNoteSchema = z.strictObject({
  seq,
  round,
  phase,
  state: code,
  type: z.string(),
  says: z.string(),
  coach: z.string(),
});

export const roundSummarySchema = z.strictObject({
  round: z.number().int().min(1),
  phases: z.array(z.strictObject({ phase, title: z.string(), entries: z.number().int() })),
  evidenceLevel: z.string(),
  markers: z.array(
    z.strictObject({
      kind: z.enum([
        'veto',
        'adopted',
        'not-adopted',
        'inject',
        'agreement',
        'breach',
        'emergency-session',
      ]),
      seq: seq.nullable(),
      label: z.string(),
    }),
  ),
});

export const transcriptSchema = z.strictObject({
  format: z.literal(TRANSCRIPT_FORMAT),
  schemaVersion: z.literal(TRANSCRIPT_SCHEMA_VERSION),
  perspective: perspectiveSchema,
  scenario: z.strictObject({
    id: z.string(),
    title: z.string(),
    kind: z.enum(['historical', 'fictional']),
    year: z.number().int().nullable(),
    summary: z.string(),
    crisis: z.strictObject({
      description: z.string(),
      territorialState: code,
      territorialStateName: z.string(),
      atRiskPopulation: z.string(),
      atrocityTypes: z.array(z.string()),
      perpetrators: z.array(
        z.strictObject({
          id: z.string(),
          name: z.string(),
          kind: z.string(),
          state: code.nullable(),
        }),
      ),
    }),
    council: z.strictObject({
      permanent: z.array(code),
      elected: z.array(code),
      president: code.nullable(),
    }),
    relationships: z.array(
      z.strictObject({
        kind: z.string(),
        from: code,
        to: z.string(),
        toName: z.string(),
        fromRound: round,
        untilRound: z.number().int().nullable(),
        note: z.string().nullable(),
      }),
    ),
    teachingNotes: z
      .strictObject({
        objectives: z.array(z.string()),
        discussionQuestions: z.array(z.string()),
        sources: z.array(z.string()),
      })
      .nullable(),
  }),
  session: z.strictObject({
    mode: z.string(),
    difficulty: z.string(),
    seed: z.number().int().nullable(),
    startedAt: z.string().nullable(),
    lastEntryAt: z.string().nullable(),
    roundsPlanned: z.number().int(),
    roundsPlayed: z.number().int(),
    phase,
    ended: z.boolean(),
    entries: z.number().int(),
    /**
     * Whether the session file's tamper-evidence chain verified (docs/session-log.md §2.1); absent
     * when the transcript was built from a state without its file.
     */
    verification: z
      .strictObject({ status: z.enum(['verified', 'edited', 'unverified']), summary: z.string() })
      .optional(),
  }),
  states: z.array(stateRefSchema),
  briefs: z.array(briefSchema),
  intelligence: z.array(
    z.strictObject({ round, recipients: z.array(code), level: z.string(), note: z.string() }),
  ),
  evidence: z.array(evidenceStepSchema),
  proceedings: z.array(proceedingsSectionSchema),
  drafts: z.array(draftSchema),
  ballots: z.array(ballotSchema),
  vetoes: z.array(vetoSchema),
  vetoThreats: z.array(vetoThreatSchema),
  unitingForPeace: unitingForPeaceSchema,
  vetoInitiative: z.array(vetoInitiativeSchema),
  channels: z.array(channelSchema),
  agreements: z.array(agreementSchema),
  commitments: z.array(commitmentSchema).optional(),
  /** The assessment rubric per seated delegation: in the facilitator's transcript only (absent in a seat's). */
  rubric: z.array(seatRubricSchema).optional(),
  conduct: z.array(conductSchema),
  injects: z.array(injectSchema),
  facilitatorActions: z.array(facilitatorActionSchema),
  memorials: z.array(memorialSchema),
  judgment: judgmentSchema.nullable(),
  coachNotes: z.array(coachNoteSchema),
  rounds: z.array(roundSummarySchema),
});

export type Transcript = z.infer<typeof transcriptSchema>;
export type TranscriptPerspective = z.infer<typeof perspectiveSchema>;
export type TranscriptEntry = z.infer<typeof entrySchema>;
export type TranscriptEffect = z.infer<typeof effectSchema>;
export type TranscriptSection = z.infer<typeof proceedingsSectionSchema>;
export type TranscriptDraft = z.infer<typeof draftSchema>;
export type TranscriptBallot = z.infer<typeof ballotSchema>;
export type TranscriptBallotVote = z.infer<typeof ballotVoteSchema>;
export type TranscriptAgreement = z.infer<typeof agreementSchema>;
export type TranscriptConduct = z.infer<typeof conductSchema>;
export type TranscriptJudgment = z.infer<typeof judgmentSchema>;
export type TranscriptFinding = z.infer<typeof findingSchema>;
export type TranscriptStateRef = z.infer<typeof stateRefSchema>;
export type TranscriptSeatRubric = z.infer<typeof seatRubricSchema>;
export type TranscriptRoundSummary = z.infer<typeof roundSummarySchema>;
export type TranscriptEvidenceRef = z.infer<typeof evidenceRefSchema>;
