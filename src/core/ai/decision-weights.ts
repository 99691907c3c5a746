import type { EvidenceLevel } from '../scenario/schema';
import type { ConductKind, D2rClauseKind, Measure } from '../shared/vocabulary';

/**
 * Every number the AI delegations decide with, named and justified in one line each
 * (documented in docs/ai.md). Weights are on the 0..1 scale of the scenario's `ai` profile;
 * a measure's or clause's net value for a delegation is a sum of weight × interest terms.
 */

/** Defaults for a state whose scenario entry has no `ai` profile, or leaves a field out. */
export const PROFILE_DEFAULTS = {
  /** Most states weigh civilian protection but not above their own ties: the midpoint. */
  humanitarianPriority: 0.5,
  /** Every delegation minds being seen on the wrong side of an atrocity, none is indifferent. */
  reputationSensitivity: 0.5,
  /** Regional solidarity is moderate unless the brief says otherwise. */
  regionalSolidarity: 0.3,
  /** Parliaments and public opinion constrain most governments somewhat. */
  domesticConstraints: 0.3,
  /** A state with no recorded tie still trades a little with the territorial state. */
  economicTies: 0.1,
  /** A state with no recorded tie has little security stake in the crisis. */
  securityTies: 0.1,
} as const;

/**
 * Alignment derived from the scenario's relationships for a state without a brief (added, then
 * clamped to -1..1). The stronger the tie in law, the stronger the political alignment it implies.
 */
export const RELATIONSHIP_ALIGNMENT: Partial<Record<string, number>> = {
  /** The perpetrator acts on the state's instructions (ARSIWA art. 8): it is the state's own cause. */
  agency: 0.9,
  /** The perpetrator survives by the state's support (Ilaşcu): a patron. */
  'substantial-support': 0.6,
  /** Selling arms to a party is a commercial and political bet on it. */
  'arms-supplier': 0.4,
  /** Political links (alliances, bases) incline a state to shield its partner. */
  'political-links': 0.3,
  /** Governmental authority over the area ties the state to whoever it works with there. */
  'governmental-authority': 0.3,
};

/** Ties derived from relationships for a state without a brief (the highest applicable value is kept). */
export const RELATIONSHIP_TIES = {
  /** An arms supplier earns from the trade: export revenue and jobs. */
  armsSupplierEconomic: 0.5,
  /** Economic or financial support means money at stake. */
  supportEconomic: 0.6,
  /** Military support means officers, bases and doctrine at stake. */
  supportSecurity: 0.7,
  /** Agency: the perpetrator is the state's own instrument. */
  agencySecurity: 0.8,
  /** Political links (treaties, bases) are a security interest. */
  politicalSecurity: 0.4,
  /** A neighbour trades across the border and feels the crisis at home. */
  proximityEconomic: 0.3,
};

/** How a member's Assembly default position shifts its derived alignment with the government perpetrator. */
export const ASSEMBLY_DEFAULT_ALIGNMENT: Record<'yes' | 'no' | 'abstain' | 'absent', number> = {
  /** Voting for action against the regime means keeping one's distance from it. */
  yes: -0.4,
  /** Voting against means siding with it. */
  no: 0.5,
  abstain: 0,
  absent: 0,
};

/**
 * Regional solidarity with the territorial state counts fully within its regional group and only
 * this much outside it (regional groups vote together on sovereignty questions).
 */
export const OTHER_REGION_SOLIDARITY = 0.3;

/** Measures hit armed-group perpetrators less than the government the Council usually addresses. */
export const ARMED_GROUP_STAKE_WEIGHT = 0.6;

/** How apparent the atrocities are, as a weight on reputation and legal risk (ARSIWA art. 16 knowledge). */
export const EVIDENCE_WEIGHT: Record<EvidenceLevel, number> = {
  none: 0,
  /** Reports are contested; some cost to being seen to ignore them. */
  reports: 0.3,
  /** A commission's findings make ignorance hard to claim. */
  credible: 0.7,
  manifest: 1,
};

/** A state hostile to the perpetrators welcomes coercion against them: this × hostility × coercion. */
export const HOSTILITY_GAIN = 0.3;

/** Urgency felt at no evidence: humanitarian priority counts this much before any report. */
export const BASE_URGENCY = 0.3;

/**
 * What each measure does to a delegation's interests, 0..1. `protection`: what it does for the
 * population; `visibility`: how much being seen to support or block it weighs with the world;
 * `coercion`: how hard it hits the perpetrators (felt by their friends); `economic`/`security`:
 * how it hurts trade and military ties; `intervention`: how far it overrides consent (felt by
 * governments under domestic constraints and by regional solidarity with the territorial state).
 */
export interface MeasureWeights {
  protection: number;
  visibility: number;
  coercion: number;
  economic: number;
  security: number;
  intervention: number;
}

export const MEASURE_WEIGHTS: Record<Measure, MeasureWeights> = {
  /** Words only: cheap to support, some embarrassment to block. */
  condemnation: { protection: 0.3, visibility: 0.5, coercion: 0.3, economic: 0, security: 0, intervention: 0.1 },
  /** Establishes facts; hard to oppose in public, hurts only those with something to hide. */
  'commission-of-inquiry': { protection: 0.5, visibility: 0.6, coercion: 0.35, economic: 0, security: 0, intervention: 0.2 },
  /** Criminal accountability of leaders: a sovereignty red line for many. */
  'icc-referral': { protection: 0.6, visibility: 0.4, coercion: 0.8, economic: 0, security: 0.2, intervention: 0.5 },
  /** Asset freezes and travel bans: cost trading partners. */
  sanctions: { protection: 0.6, visibility: 0.3, coercion: 0.7, economic: 0.6, security: 0.1, intervention: 0.3 },
  /** Stops the arms trade: costs the suppliers first. */
  'arms-embargo': { protection: 0.7, visibility: 0.4, coercion: 0.7, economic: 0.5, security: 0.5, intervention: 0.3 },
  /** Saves lives at little cost to anyone: the hardest measure to be seen blocking. */
  'humanitarian-access': { protection: 0.9, visibility: 0.8, coercion: 0.15, economic: 0, security: 0, intervention: 0.15 },
  /** Troops on the ground, ideally with consent. */
  'peace-operation': { protection: 0.8, visibility: 0.4, coercion: 0.4, economic: 0.1, security: 0.3, intervention: 0.6 },
  /** Chapter VII force: the gravest step, resisted by sovereigntists and cautious parliaments alike. */
  'authorisation-of-force': { protection: 0.8, visibility: 0.2, coercion: 1, economic: 0.2, security: 0.6, intervention: 1 },
};

/**
 * Least public evidence at which a penholder proposes a measure of its own accord (one level lower
 * if its brief's objectives call for it). Escalation follows the record, as Council practice does.
 */
export const MEASURE_MIN_EVIDENCE: Record<Measure, EvidenceLevel> = {
  condemnation: 'reports',
  'commission-of-inquiry': 'reports',
  'humanitarian-access': 'reports',
  'arms-embargo': 'credible',
  sanctions: 'credible',
  'peace-operation': 'credible',
  'icc-referral': 'manifest',
  'authorisation-of-force': 'manifest',
};

/** Measures that need Chapter VII (binding decisions, ICC referral under Rome Statute art. 13(b), force). */
export const CHAPTER_VII_MEASURES: readonly Measure[] = ['sanctions', 'arms-embargo', 'icc-referral', 'peace-operation', 'authorisation-of-force'];

/** Coercive measures: those a shielding permanent member is presumed to object to when it threatens a veto. */
export const COERCIVE_MEASURES: readonly Measure[] = ['sanctions', 'arms-embargo', 'icc-referral', 'authorisation-of-force'];

/** How a vote is decided from a draft's net value for the delegation. */
export const VOTE_THRESHOLDS = {
  /** A draft worth at least this much gets a yes: small positive values are not worth the exposure. */
  yes: 0.1,
  /** A draft worth at most minus this gets a no (when the delegation has a stake to defend). */
  no: 0.3,
  /** A delegation opposes in the vote only with a stake: alignment at least this, or a red line. */
  stakeToOppose: 0.25,
};

/**
 * The veto is a client's shield: a permanent member casts a negative vote on a Council draft only for
 * a hard red line (its `vetoes` list), as the territorial state, or with a stake at least this in the
 * perpetrators, the alignment substantial support implies (RELATIONSHIP_ALIGNMENT: the perpetrator
 * survives by its support). With a smaller stake it abstains, as permanent members with ties short of
 * a client did: France on Rwanda in 1994 (it voted for S/RES/918 and 955), Russia on the Bosnian
 * Serbs (abstaining on S/RES/942 and 998), China on Opération Turquoise (S/RES/929).
 */
export const VETO_MIN_STAKE = 0.6;

/** Weight of a measure the delegation's `vetoes` list names (a red line): it sinks the draft. */
export const RED_LINE_PENALTY = 1;
/** Weight of a measure its brief's red lines name (text): strong, but a state may abstain rather than oppose. */
export const BRIEF_RED_LINE_PENALTY = 0.5;
/** Weight of a measure its brief's objectives call for. */
export const BRIEF_OBJECTIVE_BONUS = 0.3;

/** Reputation sensitivity below which a permanent member threatens its veto in public rather than privately to the sponsor. */
export const PUBLIC_THREAT_BELOW = 0.5;

/** A permanent member's veto is a public act: its cost is reputation × evidence × this. */
export const VETO_STIGMA = 0.5;

/** Assembly recommendations bind no one (Charter arts. 10-14): their costs weigh this much. */
export const ASSEMBLY_COST_FACTOR = 0.6;

/** Pressure from an ally (statements, messages, sponsorship, veto threats) moves a vote at most this much. */
export const ALLY_PRESSURE = {
  perSignal: 0.12,
  cap: 0.3,
  /** A state the brief names as ally or partner listens closely. */
  namedAllyAffinity: 0.8,
  /** Like-minded neighbours (one regional group, stakes within `likeMindedGap`) listen less. */
  likeMindedAffinity: 0.5,
  likeMindedGap: 0.3,
};

/** Drafting: a penholder needs at least this humanitarian priority. */
export const PENHOLDER_MIN_HUMANITARIAN = 0.5;
/** A draft carries at most this many measures: a focused text gathers votes (Council practice). */
export const MAX_MEASURES_PER_DRAFT = 4;
/** A delegation cosponsors only a draft it strongly supports: worth at least this much to it. */
export const COSPONSOR_MIN_NET = 1;
/** A delegation cosponsors at most this many drafts a round (it lends its name, it does not sign everything). */
export const COSPONSOR_MAX_PER_ROUND = 1;
/** A draft gathers at most this many AI cosponsors besides its sponsor (a side panel, not a roll call). */
export const COSPONSOR_MAX_PER_DRAFT = 3;
/**
 * Holding the pen: the penholder drops a measure at a member's request (to win its yes, or to keep
 * a permanent member from vetoing) only if the measure is worth at most this much to it: half of
 * what strong support is worth (COSPONSOR_MIN_NET); a measure it values more, it keeps and takes the vote.
 */
export const PENHOLDER_CONCESSION_MAX = 0.5;
/** A measure goes into the penholder's draft if it is worth at least this to the penholder. */
export const MEASURE_INCLUSION_THRESHOLD = 0;

/** Uniting for Peace: a delegation pushes it if its value of the vetoed draft plus this veto reaction is positive. */
export const VETO_REACTION = 0.15;

/**
 * Uniting for Peace is rare: eleven emergency special sessions since 1950 against some three
 * hundred vetoes, and almost all of them where the vetoing member was itself a party to the
 * situation (Suez and Hungary 1956, Afghanistan 1980, Ukraine 2022) rather than a patron of one
 * (Syria 2011-2013: vetoes, the Assembly acting in regular session, no emergency special session).
 * So a delegation takes the initiative (moves the Council's referral, requests the session) only
 * when its brief calls for the Assembly route, or when a vetoing member is itself a party: the
 * territorial state, or a state whose agent the perpetrator is (`UFP_PARTY_RELATIONSHIPS`).
 * Voting on a referral someone else moved still follows its stance (VETO_REACTION above).
 */
export const UFP_PARTY_RELATIONSHIPS: readonly string[] = ['agency', 'governmental-authority'];

/** Roles in speech: a champion of protection has at least this humanitarian priority. */
export const CHAMPION_HUMANITARIAN = 0.65;
/**
 * Roles in speech: a state at least this hostile to the principal perpetrator speaks as a champion,
 * whichever armed group it backs (as hostile as a patron is aligned: PATRON_STAKE).
 */
export const ADVERSARY_HOSTILITY = 0.5;
/** Roles in speech: a supporter with at least this stake is a patron rather than a shield. */
export const PATRON_STAKE = 0.5;

/**
 * D2R agreements: what a clause costs the state that refrains, and what an agreement gains it.
 * Costs scale with the interest named; gains with reputation, humanitarian priority and knowledge.
 */
export const D2R_WEIGHTS = {
  /** Refraining from supporting a perpetrator costs this × alignment with it. */
  alignmentCost: 0.6,
  /** A ban on arms transfers costs an arms supplier this × economic ties (the trade lost). */
  armsTradeCost: 0.8,
  /** Suspending military cooperation costs this × security ties. */
  militaryCooperationCost: 0.7,
  /** A ban on financing costs this × economic ties. */
  financingCost: 0.4,
  /** A ban on intelligence sharing costs this × security ties. */
  intelligenceCost: 0.3,
  /** Consequences of breach expose the state; costs this × domestic constraints. */
  consequencesCost: 0.2,
  /** Signing is seen: gains this × reputation sensitivity × evidence weight. */
  reputationGain: 0.5,
  /** Protecting the population: gains this × humanitarian priority per refrain clause. */
  protectionGain: 0.15,
  /** Refraining with knowledge lowers art. 16 exposure: gains this × the state's own knowledge weight (suppliers only). */
  legalRiskGain: 0.3,
  /** Consultation and dispute settlement: a channel before any consequence; valued by states with ties. */
  consultationValue: 0.35,
  /** Monitoring proves compliance: valued by reputation-sensitive states. */
  monitoringValue: 0.25,
  /** A refrain clause that does not bite on the state costs this share of its alignment cost (a symbolic commitment). */
  symbolicShare: 0.2,
  /** A delegation proposes D2R agreements from this humanitarian priority (or when its brief calls for them). */
  proposerMinHumanitarian: 0.7,
  /** Reciprocity: the proposer is bound by the same ban on its own supplies ("not singled out"). */
  reciprocityValue: 0.3,
  /** An agreement is signed when its net value is at least this. */
  acceptThreshold: 0,
  /** Below this a proposal is rejected outright rather than countered. */
  rejectBelow: -0.6,
  /** At most this many counter-proposals by one party on one agreement (negotiations end). */
  maxCounters: 2,
};

/** Value a clause's kind brings to the proposer (what it wants the other side to refrain from). */
export const REFRAIN_CLAUSES: readonly D2rClauseKind[] = ['no-arms-transfers', 'no-intelligence-sharing', 'no-financing', 'suspend-military-cooperation'];

/** Conduct that supports a perpetrator, by the relationship or support kind that leads to it. */
export const SUPPORT_CONDUCT = {
  'arms-supplier': 'arms-transfer',
  military: 'training',
  financial: 'financing',
  economic: 'financing',
  agency: 'training',
} as const satisfies Record<string, ConductKind>;

/** National conduct: when a delegation keeps supporting, stops, or helps. */
export const CONDUCT_WEIGHTS = {
  /** Legal risk of supporting with knowledge: this × own knowledge weight × (reputation + domestic constraints) / 2. */
  legalRisk: 1.2,
  /** Value of continued support: alignment × (this + ties). */
  supportBase: 0.3,
  /** Humanitarian aid from a humanitarian priority of at least this. */
  aidFrom: 0.6,
  /** National sanctions or criminal measures from a humanitarian priority of at least this, once evidence is credible. */
  sanctionsFrom: 0.75,
  /** Diplomatic pressure from a humanitarian priority of at least this (once there are reports). */
  pressureFrom: 0.6,
  /** National sanctions hurt a state's own trade: from these economic ties it leaves them to others. */
  sanctionsMaxEconomicTies: 0.5,
  /** Humanitarian priority from which a protective measure is taken at scale. */
  substantialFrom: 0.8,
  /**
   * A state with forces or authority in the territory (a contingent not withdrawn, or governmental
   * authority) disarms or demobilises the armed groups it has no sympathy for from a humanitarian
   * priority of at least this, once findings are credible: between pressure (0.6) and sanctions
   * (0.75), because it costs no trade but puts its own troops to work.
   */
  disarmFrom: 0.7,
};

/** Small seeded jitter (±) on thresholds: delegations are not clockwork, yet replay is exact. */
export const JITTER = 0.03;

/** How readily delegations concede: multipliers on what protection gains them and what it costs them. */
export const DIFFICULTY = {
  /** Delegations give more weight to protection and reputation, less to their ties. */
  cooperative: { gains: 1.25, costs: 0.8 },
  realistic: { gains: 1, costs: 1 },
  /** Delegations hold to their ties and discount reputation. */
  'hard-nosed': { gains: 0.8, costs: 1.25 },
} as const;
export type Difficulty = keyof typeof DIFFICULTY;

/**
 * Structured offers (docs/ai.md, "Answering offers"): what a promise it receives is worth to a
 * delegation, what one it is asked for costs it, and how a broken word lowers its trust.
 */
export const OFFER_WEIGHTS = {
  /**
   * Another member's vote as promised on a draft the delegation wants adopted (yes) or defeated
   * (abstain or no): about a third of a yes threshold's worth of draft, since one vote rarely decides.
   */
  promisedVote: 0.15,
  /**
   * A yes won: promised by a member that, as the delegation reads that member's own interests,
   * would not vote yes on the text as it stands. It is a vote the draft lacked, not one it had
   * anyway, so it is worth as much as dropping a measure of middling weight (a sanctions regime
   * is worth 0.4-0.5 to a penholder that wants it): the trade a penholder itself offers a wavering
   * member (offer-making.ts) is one it accepts when the member asks for it.
   */
  wonVote: 0.6,
  /** A cosponsorship of a draft it backs: less than a vote, it adds weight to the text but no vote. */
  promisedCosponsor: 0.1,
  /** Another state refraining from supporting the perpetrators, per unit of humanitarian priority. */
  promisedRefrain: 0.3,
  /** A D2R agreement signed, per unit of the brief's leaning to D2R agreements (+1). */
  promisedAgreement: 0.2,
  /** Cost of refraining from support it gives the perpetrators: per unit of its stake in them. */
  refrainCost: 0.6,
  /** It accepts when what it receives, times its trust, outweighs what it gives by at least this. */
  acceptMargin: 0,
};

/**
 * Trust in another state's word: 1 until that state breaks a commitment made to this delegation;
 * each broken one takes this much off, so two broken promises halve what its offers are worth.
 */
export const TRUST_LOSS_PER_BROKEN_COMMITMENT = 0.25;
/** Trust never falls below this: a delegation still listens to a state that broke its word. */
export const TRUST_FLOOR = 0.25;
