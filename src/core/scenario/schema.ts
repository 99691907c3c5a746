import { z } from 'zod';
import { measure } from '../shared/vocabulary';

/**
 * The scenario format (docs/design.md §3.1). One file describes one crisis: who the perpetrators are,
 * who is tied to them and how, what the evidence shows when, what each delegation wants,
 * and how the rounds run. Documented for authors in docs/scenario-format.md.
 */

export const stateCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'a three-letter state code (ISO 3166 alpha-3, e.g. "FRA")');

export const identifier = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case identifier (letters, digits, dashes)');

export const regionalGroup = z.enum(['African', 'Asia-Pacific', 'EEG', 'GRULAC', 'WEOG', 'Other']);
export type RegionalGroup = z.infer<typeof regionalGroup>;

export const atrocityType = z.enum([
  'genocide',
  'crimes-against-humanity',
  'war-crimes',
  'ethnic-cleansing',
]);
export type AtrocityType = z.infer<typeof atrocityType>;

/** How apparent the atrocities are to the world (ARSIWA art. 16 knowledge). Ordered. */
export const evidenceLevel = z.enum(['none', 'reports', 'credible', 'manifest']);
export type EvidenceLevel = z.infer<typeof evidenceLevel>;
export const EVIDENCE_ORDER: readonly EvidenceLevel[] = ['none', 'reports', 'credible', 'manifest'];

export const assemblyVote = z.enum(['yes', 'no', 'abstain', 'absent']);
export type AssemblyVote = z.infer<typeof assemblyVote>;

const text = z.string().min(1);

/**
 * Who a perpetrator is in law. A `government`'s forces are a state's organ (ARSIWA art. 4); an
 * `armed-group` is a third party unless a relationship makes it a state's agent (art. 8). A
 * `de-facto-administration` exercises governmental authority over part of a territory without
 * the territorial state's consent or recognition as a state (a local administration such as the
 * one in northern Cyprus, or the "MRT" in Ilaşcu): its conduct is neither the territorial state's
 * (ARSIWA art. 10 cmt. (4)) nor an outside state's unless a relationship of agency makes it so
 * (art. 8); outside states' support to it is judged as aid to a non-state actor (art. 16 by
 * analogy, Bosnia v. Serbia ¶420) and, when it survives by virtue of that support, as a ground of
 * the duty to protect (Cyprus v. Turkey ¶77). docs/law.md §2b.
 */
export const perpetratorKind = z.enum(['government', 'armed-group', 'de-facto-administration']);
export type PerpetratorKind = z.infer<typeof perpetratorKind>;

export const perpetrator = z.strictObject({
  id: identifier,
  name: text,
  kind: perpetratorKind,
  /** For a government (or its forces): the state whose organ it is (ARSIWA art. 4). */
  state: stateCode.optional(),
  /**
   * It holds the area where it operates by force against the territorial state (a rebel army or
   * a foreign force at war with the government there), so that the territorial state has no means
   * to restrain it: its failure to act is not toleration (Armed Activities ¶301; Bosnia v. Serbia
   * ¶430). Ignored for the territorial state's own forces. Default false; for a de facto
   * administration, true (it governs the area in place of the state), unless set to false.
   */
  holdsAreaAgainstState: z.boolean().optional(),
  description: z.string().optional(),
});
export type Perpetrator = z.infer<typeof perpetrator>;

export const brief = z.strictObject({
  summary: text,
  interests: z.array(text).default([]),
  redLines: z.array(text).default([]),
  objectives: z.array(text).default([]),
});
export type Brief = z.infer<typeof brief>;

const unit = z.number().min(0).max(1);
const signedUnit = z.number().min(-1).max(1);

/** Parameters of an AI delegation's policy (src/core/ai). All optional: defaults are documented. */
export const aiProfile = z.strictObject({
  /** -1 (hostile) .. +1 (close ally), per perpetrator id. */
  alignment: z.record(z.string(), signedUnit).default({}),
  economicTies: unit.optional(),
  securityTies: unit.optional(),
  humanitarianPriority: unit.optional(),
  reputationSensitivity: unit.optional(),
  regionalSolidarity: unit.optional(),
  domesticConstraints: unit.optional(),
  /** Measures this delegation will never let pass the Council (a red line in policy form). */
  vetoes: z.array(measure).default([]),
});
export type AiProfile = z.infer<typeof aiProfile>;

export const stateEntry = z.strictObject({
  code: stateCode,
  /** Overrides the UN member name; required for a fictional state. */
  name: z.string().optional(),
  brief: brief.optional(),
  ai: aiProfile.optional(),
});
export type StateEntry = z.infer<typeof stateEntry>;

/** A state that exists only in this scenario (fictional); it joins the membership for it. */
export const fictionalState = z.strictObject({
  code: stateCode,
  name: text,
  regionalGroup,
});
export type FictionalState = z.infer<typeof fictionalState>;

export const relationshipKind = z.enum([
  'agency', // the perpetrator acts on the state's instructions or under its direction or control (ARSIWA art. 8)
  'governmental-authority', // occupation or administration of the area (Armed Activities ¶¶173-178)
  'troops-present', // troops present without governmental authority (Behrami)
  'substantial-support', // the perpetrator survives by virtue of the state's support
  'arms-supplier',
  'colonial-tie',
  'proximity',
  'political-links',
  'contributed-to-risk',
]);
export type RelationshipKind = z.infer<typeof relationshipKind>;

export const supportKind = z.enum(['military', 'economic', 'financial', 'political']);
export type SupportKind = z.infer<typeof supportKind>;

export const relationship = z.strictObject({
  kind: relationshipKind,
  from: stateCode,
  /** A perpetrator id, or a state code (e.g. a colonial tie to the territorial state). */
  to: z.string().min(1),
  supportKinds: z.array(supportKind).default([]),
  fromRound: z.number().int().min(1).default(1),
  untilRound: z.number().int().min(1).optional(),
  /**
   * The tie already held before the crisis (before round 1): support given before anyone knew of
   * atrocities. The law reads that earlier part as context, never as aid with knowledge (ARSIWA
   * art. 16 cmt. (4)). Only with `fromRound` 1.
   */
  beforeCrisis: z.boolean().optional(),
  /** The area concerned when narrower than a whole state (e.g. "Ituri district"); descriptive. */
  area: z.string().optional(),
  note: z.string().optional(),
});
export type Relationship = z.infer<typeof relationship>;

export const treaty = z.strictObject({
  id: identifier,
  name: text,
  /** State codes, or "all" for universal participation. */
  parties: z.union([z.literal('all'), z.array(stateCode)]),
  /** Caveats on participation (reservations, dates of accession, uncertainty). */
  note: z.string().optional(),
});
export type Treaty = z.infer<typeof treaty>;

export const evidenceStep = z.strictObject({
  round: z.number().int().min(1),
  level: evidenceLevel,
  note: text,
  source: z.string().optional(),
});
export type EvidenceStep = z.infer<typeof evidenceStep>;

export const intelligence = z.strictObject({
  round: z.number().int().min(1),
  recipients: z.array(stateCode).min(1),
  level: evidenceLevel,
  note: text,
  source: z.string().optional(),
});
export type Intelligence = z.infer<typeof intelligence>;

export const inject = z.strictObject({
  id: identifier,
  title: text,
  text,
  /** Scheduled injects fire at the start of this round's crisis update; optional ones when the facilitator fires them. */
  round: z.number().int().min(1).optional(),
  kind: z.enum(['scheduled', 'optional']),
  /** Raises the public evidence level when fired. */
  raisesEvidenceTo: evidenceLevel.optional(),
});
export type Inject = z.infer<typeof inject>;

/**
 * A meeting the scenario states (an Arria-formula meeting, a peace conference, a regional summit):
 * convened in a round by a state or an organisation, with the states it invites. Each invitee that
 * holds a seat attends or declines; a decline is on the record and the law reads it as declining a
 * multilateral meeting that presses the perpetrator (docs/law.md, "Declining a meeting").
 */
export const namedMeeting = z.strictObject({
  id: identifier,
  /** What it is called, e.g. "Arria-formula meeting on the Vell" or "Geneva conference on Kestria". */
  title: text,
  round: z.number().int().min(1),
  /** Who convenes it, in words or by state code: "France", "FRA", "the African Union". */
  convener: text,
  /** What it is for, in a sentence the invitees read. */
  purpose: text.optional(),
  invitees: z.array(stateCode).min(1),
});
export type NamedMeeting = z.infer<typeof namedMeeting>;

/** The phases of one round, in order (docs/design.md §2.6). */
export const ROUND_PHASES = [
  'crisisUpdate',
  'negotiation',
  'council',
  'unitingForPeace',
  'emergencySpecialSession',
  'vetoInitiative',
  'conduct',
] as const;

export const phaseName = z.enum(['seating', 'briefing', ...ROUND_PHASES, 'adjudication', 'debrief']);
export type PhaseName = z.infer<typeof phaseName>;

export const roundPlan = z.strictObject({
  rounds: z.number().int().min(1).max(20),
  /** Seconds per phase; a phase without a timer runs until the facilitator advances it. */
  timers: z.partialRecord(phaseName, z.number().int().min(10).max(7200)).default({}),
  /** What happens to a seat that misses a deadline (classroom mode). */
  onMissedDeadline: z.enum(['abstain', 'no-action', 'ai']).default('abstain'),
});
export type RoundPlan = z.infer<typeof roundPlan>;

export const council = z.strictObject({
  permanent: z.array(stateCode).length(5, 'exactly 5 permanent members (Charter art. 23(1))'),
  elected: z.array(stateCode).length(10, 'exactly 10 elected members (Charter art. 23(1))'),
  /** Council President for the scenario's month; defaults to the first member alphabetically. */
  president: stateCode.optional(),
  /** Parties to the dispute, who abstain in Chapter VI decisions (art. 27(3)). */
  partiesToDispute: z.array(stateCode).default([]),
});
export type Council = z.infer<typeof council>;

/** A bloc that votes together in the Assembly (e.g. the European Union, the Arab Group), by name. */
export const assemblyBloc = z.strictObject({
  name: text,
  members: z.array(stateCode).min(1),
  vote: assemblyVote,
});
export type AssemblyBloc = z.infer<typeof assemblyBloc>;

export const assemblyDefaults = z.strictObject({
  /** Default position of any member not otherwise listed. */
  fallback: assemblyVote,
  byGroup: z.partialRecord(regionalGroup, assemblyVote).default({}),
  /** Blocs with a common position: they come before the regional groups, after a member's own entry. */
  blocs: z.array(assemblyBloc).default([]),
  members: z.record(stateCode, assemblyVote).default({}),
});
export type AssemblyDefaults = z.infer<typeof assemblyDefaults>;

/** The law engine's duties (docs/design.md §1.2; src/core/law). */
export const dutyId = z.enum(['territorial', 'respect', 'protect', 'not-obstruct', 'assist', 'cooperate', 'd2r-agreement']);
export type DutyId = z.infer<typeof dutyId>;

export const expectedFinding = z.strictObject({
  state: stateCode,
  duty: dutyId,
  holds: z.boolean(),
  note: z.string().optional(),
});

export const teachingNotes = z.strictObject({
  objectives: z.array(text).min(1),
  discussionQuestions: z.array(text).default([]),
  expectedFindings: z.array(expectedFinding).default([]),
  /** Expected ordering by exposure, most exposed first (checked by tests). */
  expectedOrdering: z.array(stateCode).default([]),
  sources: z.array(text).default([]),
  simplifications: z.string().optional(),
});
export type TeachingNotes = z.infer<typeof teachingNotes>;

export const scenarioSchema = z.strictObject({
  formatVersion: z.literal(1),
  id: identifier,
  title: text,
  summary: text,
  kind: z.enum(['historical', 'fictional']),
  year: z.number().int().min(1945).max(2100).optional(),
  crisis: z.strictObject({
    description: text,
    territorialState: stateCode,
    atRiskPopulation: text,
    atrocityTypes: z.array(atrocityType).min(1),
    perpetrators: z.array(perpetrator).min(1),
  }),
  fictionalStates: z.array(fictionalState).default([]),
  states: z.array(stateEntry).min(1),
  council,
  assemblyDefaults,
  relationships: z.array(relationship).default([]),
  treaties: z.array(treaty).default([]),
  evidence: z.array(evidenceStep).min(1),
  intelligence: z.array(intelligence).default([]),
  injects: z.array(inject).default([]),
  meetings: z.array(namedMeeting).default([]),
  roundPlan,
  teachingNotes,
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
