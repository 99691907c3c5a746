import { z } from 'zod';

/** Measures a draft resolution can carry (docs/design.md §3.4). "Protective" measures are all of them. */
export const measure = z.enum([
  'condemnation',
  'commission-of-inquiry',
  'icc-referral',
  'sanctions',
  'arms-embargo',
  'humanitarian-access',
  'peace-operation',
  'authorisation-of-force',
]);
export type Measure = z.infer<typeof measure>;
export const MEASURES = measure.options;

export const councilVote = z.enum(['yes', 'no', 'abstain']);
export type CouncilVote = z.infer<typeof councilVote>;
/** A member that cast no vote by the close of the ballot is recorded as absent. */
export type RecordedVote = CouncilVote | 'absent';

/** National conduct a state can choose in a round (docs/design.md §3.4), grouped as the UI shows them. */
export const conductKind = z.enum([
  // support to a party
  'arms-transfer',
  'intelligence-sharing',
  'financing',
  'logistics',
  'training',
  'troop-deployment',
  'administering-territory',
  'perpetrating',
  // protective measures
  'sanctions',
  'diplomatic-pressure',
  'criminal-measures',
  'suspending-support',
  'arms-embargo',
  'disarming-group',
  // help
  'humanitarian-aid',
  'prevention-assistance',
  'accepting-refugees',
  // participation
  'attend-meeting',
  'boycott-meeting',
  // a contributor's contingent in a peace operation
  'contingent-reinforcement',
  'contingent-withdrawal',
]);
export type ConductKind = z.infer<typeof conductKind>;

export const CONDUCT_GROUPS = {
  support: ['arms-transfer', 'intelligence-sharing', 'financing', 'logistics', 'training', 'troop-deployment', 'administering-territory', 'perpetrating'],
  protective: ['sanctions', 'diplomatic-pressure', 'criminal-measures', 'suspending-support', 'arms-embargo', 'disarming-group'],
  help: ['humanitarian-aid', 'prevention-assistance', 'accepting-refugees'],
  participation: ['attend-meeting', 'boycott-meeting'],
  peaceOperation: ['contingent-reinforcement', 'contingent-withdrawal'],
} as const satisfies Record<string, readonly ConductKind[]>;

export const conductScale = z.enum(['limited', 'substantial']);
export type ConductScale = z.infer<typeof conductScale>;

/** Clauses of a bilateral Duty-to-Refrain agreement (seed 004, Part VI.A). */
export const d2rClauseKind = z.enum([
  'no-arms-transfers',
  'no-intelligence-sharing',
  'no-financing',
  'suspend-military-cooperation',
  'monitoring-and-reporting',
  'consultation-and-dispute-settlement',
  'consequences-of-breach',
]);
export type D2rClauseKind = z.infer<typeof d2rClauseKind>;

export const d2rClause = z.strictObject({
  kind: d2rClauseKind,
  /** The perpetrator the clause protects against (for the refrain clauses). */
  perpetrator: z.string().optional(),
});
export type D2rClause = z.infer<typeof d2rClause>;

/** Conduct each refrain clause forbids. */
export const CLAUSE_FORBIDS: Partial<Record<D2rClauseKind, readonly ConductKind[]>> = {
  'no-arms-transfers': ['arms-transfer'],
  'no-intelligence-sharing': ['intelligence-sharing'],
  'no-financing': ['financing'],
  'suspend-military-cooperation': ['training', 'logistics', 'troop-deployment', 'arms-transfer'],
};

/** Arguments a state may plead in its defence memorial (docs/design.md §1.6, moot court). */
export const defenceArgument = z.enum([
  'lack-of-knowledge',
  'meaningful-alternative',
  'countervailing-interest',
  'no-governmental-authority',
  'support-not-substantial',
  'incapacity',
  'council-authorisation',
  'measures-taken',
  'no-attribution',
  'acquiescence',
  // added by the law engine: VCLT arts. 24, 28 (an act outside the period an agreement is in force)
  'agreement-not-in-force',
]);
export type DefenceArgument = z.infer<typeof defenceArgument>;

/** The lines of the assessment rubric (docs/assessment.md), which the facilitator may edit. */
export const rubricCriterion = z.enum(['objectives', 'red-lines', 'drafts', 'commitments', 'exposure', 'memorial']);
export type RubricCriterion = z.infer<typeof rubricCriterion>;

/**
 * The verbs an operative paragraph of a Council draft begins with, strongest first within each
 * ladder: a binding decision down to encouragement, and condemnation down to concern. Softening a
 * paragraph moves its verb down its ladder, hardening up (docs/session-log.md, "A draft's life").
 */
export const OPERATIVE_VERB_LADDERS = {
  action: ['Decides', 'Demands', 'Calls upon', 'Urges', 'Encourages'],
  censure: ['Strongly condemns', 'Condemns', 'Deplores', 'Expresses grave concern at'],
} as const;
export const operativeVerb = z.enum([...OPERATIVE_VERB_LADDERS.action, ...OPERATIVE_VERB_LADDERS.censure]);
export type OperativeVerb = z.infer<typeof operativeVerb>;

/** A change a Council member asks the penholder to make to a circulated draft. */
export const draftChange = z.discriminatedUnion('kind', [
  /** Add a measure, with the operative paragraph that carries it. */
  z.strictObject({ kind: z.literal('add-measure'), measure, paragraph: z.string().trim().min(1).max(2000) }),
  /**
   * Drop a measure and the operative paragraph that carries it (1-based); without one, the paragraph
   * in the measure's place when the draft has one paragraph per measure.
   */
  z.strictObject({ kind: z.literal('drop-measure'), measure, paragraph: z.number().int().min(1).max(30).optional() }),
  /** Begin an operative paragraph (1-based) with another verb: softer or harder. */
  z.strictObject({ kind: z.literal('reword'), paragraph: z.number().int().min(1).max(30), verb: operativeVerb }),
  /** Add a reference to the preamble (the chapeau), e.g. "Recalling its resolution 2417 (2018)". */
  z.strictObject({ kind: z.literal('add-reference'), text: z.string().trim().min(1).max(500) }),
]);
export type DraftChange = z.infer<typeof draftChange>;

/** An id a term names (a draft, an agreement): checked against the session by the rules. */
const termId = z.string().trim().min(1).max(64);

/**
 * One term of a structured offer in a private channel (issue 16, item 2): what one side promises
 * to do. The offerer's `gives` are its own promises, its `asks` the other side's. Each term names
 * the draft, measure, agreement or conduct it binds, so the record can check it later.
 */
export const offerTerm = z.discriminatedUnion('kind', [
  /** Vote this way on the draft's adoption (yes; abstain, e.g. instead of a veto; or no). */
  z.strictObject({ kind: z.literal('vote'), draftId: termId, vote: councilVote }),
  /** The penholder makes this change to its circulating draft (drop a measure, soften a paragraph, …). */
  z.strictObject({ kind: z.literal('change'), draftId: termId, change: draftChange }),
  z.strictObject({ kind: z.literal('cosponsor'), draftId: termId }),
  /** Refrain from this conduct (towards this perpetrator or state, if one is named) for the rest of the session. */
  z.strictObject({ kind: z.literal('refrain'), conduct: conductKind, target: z.string().trim().min(1).max(64).optional() }),
  z.strictObject({ kind: z.literal('sign-agreement'), agreementId: termId }),
  /** Vote yes on the procedural referral of the vetoed draft's matter to the Assembly (Uniting for Peace). */
  z.strictObject({ kind: z.literal('support-referral'), draftId: termId }),
]);
export type OfferTerm = z.infer<typeof offerTerm>;
export type OfferTermKind = OfferTerm['kind'];

export const offerAnswer = z.enum(['accept', 'counter', 'decline']);
export type OfferAnswer = z.infer<typeof offerAnswer>;
