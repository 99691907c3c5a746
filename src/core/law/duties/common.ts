import { derivedOnce, phraseOnce } from '../memo';
import type { EvidenceLevel, RelationshipKind } from '../../scenario/schema';
import type { ActFact, Knowledge, RecordFacts, RelationshipFact, StateFacts } from '../facts';
import { atLeast, sortRefs } from '../levels';
import { PARAMETERS } from '../parameters';
import type { Citation, DutyId, EvidenceRef, NormativeStatus, TraceNode, Truth } from '../types';
import { ownEntry } from '../../session/lookup';

/**
 * What a memorial can change in the evaluation of a duty. Each flag is set only by a defence the
 * engine accepted (defences.ts); the duty modules read them as further conditions of the law.
 */
export interface Assumptions {
  /** Lack of knowledge accepted: knowledge the record leaves open is taken as not established. */
  knowledgeNotEstablished?: boolean;
  /** Lack of knowledge accepted for obstruction that preceded credible findings. */
  obstructionBeforeKnowledge?: boolean;
  /** Support not substantial accepted: an arguable substantial-support ground does not hold. */
  supportNotSubstantial?: boolean;
  /** No governmental authority accepted: an arguable authority ground does not hold. */
  noGovernmentalAuthority?: boolean;
  /** A sufficiently weighty countervailing interest accepted for the obstruction. */
  countervailingInterest?: boolean;
  /** Meaningful alternative pleaded: co-sponsored drafts and national measures count as alternatives. */
  alternativePleaded?: boolean;
  /** Incapacity accepted: the duty to assist is more lenient. */
  incapacity?: boolean;
}

export interface DutyContext {
  facts: RecordFacts;
  state: StateFacts;
  assumptions: Assumptions;
}

export interface DutyEvaluation {
  duty: DutyId;
  title: string;
  status: NormativeStatus;
  result: Truth;
  /** 0..1: how much of the duty's weight the facts engage (scale, knowledge, capacity). */
  intensity: number;
  /** Multiplier from mitigating circumstances the rule itself recognises (1 = none). */
  mitigation: number;
  /**
   * 0..1: the share of the duty's full weight the finding carries: the result (holds 1, unknown
   * `unknownFactor`), the intensity and the mitigation together. Where a duty is assessed in parts
   * (per perpetrator, perpetration or aid) it is the gravest part, so that a further fact never
   * lowers it.
   */
  share: number;
  /** Informational findings never add to exposure. */
  informational: boolean;
  trace: TraceNode;
  /** Named element results, read by the defences. */
  elements: Record<string, Truth>;
}

export interface DutyModule {
  id: DutyId;
  title: string;
  status: NormativeStatus;
  /** The legal texts the module encodes (short quotations with pinpoints). */
  legalText: readonly Citation[];
  /** Whether the duty is examined for this state at all (e.g. territorial: only the territorial state). */
  appliesTo(state: StateFacts, facts: RecordFacts): boolean;
  evaluate(ctx: DutyContext): DutyEvaluation;
}

export function resultFactor(result: Truth): number {
  return result === 'holds' ? 1 : result === 'unknown' ? PARAMETERS.unknownFactor.value : 0;
}

export function knowledgeFactor(level: EvidenceLevel): number {
  return PARAMETERS.knowledge.factor[level].value;
}

export function scaleFactor(act: ActFact): number {
  return PARAMETERS.scale[act.scale].value;
}

/** Independent contributions combined: 1 - Π(1 - v). Monotone: a further contribution never lowers it. */
export function combine(values: readonly number[]): number {
  // In ascending order, so that the same contributions give the same product to the last bit.
  const ordered = Float64Array.from(values).sort();
  let rest = 1;
  for (let i = 0; i < ordered.length; i++) rest *= 1 - Math.min(1, Math.max(0, ordered[i]!));
  return 1 - rest;
}

/** A list for running text, capped at `presentation.maxFactsInReasoning` items ("…, and 12 more"). */
export function listed(items: readonly string[], separator = ', '): string {
  const max = PARAMETERS.presentation.maxFactsInReasoning.value;
  if (items.length <= max) return items.join(separator);
  return `${items.slice(0, max).join(separator)}${separator}and ${items.length - max} more`;
}

export function perpetratorName(facts: RecordFacts, id: string): string {
  return facts.perpetrators.find((p) => p.id === id)?.name ?? id;
}

// A state's name as running text needs it ("the United States", "France"): one rule for the
// judgment, the transcript and the procedure's own sentences, kept with the membership.
import { stateWithArticle } from '../../scenario/membership';

export { stateWithArticle };

/** "A", "A and B", "A, B and C"; with semicolons where a name has a comma of its own ("A; B; and C"). */
export function perpetratorNames(facts: RecordFacts, ids: readonly string[]): string {
  const names = ids.map((id) => perpetratorName(facts, id));
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  const separator = names.some((n) => n.includes(',')) ? '; ' : ', ';
  return `${names.slice(0, -1).join(separator)}${separator === '; ' ? '; and ' : ' and '}${names[names.length - 1]}`;
}

const LEVEL_WORDS: Record<EvidenceLevel, string> = {
  none: 'no evidence',
  reports: 'reports',
  credible: 'credible findings',
  manifest: 'manifest evidence',
};

export function levelWords(level: EvidenceLevel): string {
  return LEVEL_WORDS[level];
}

export function knowledgeWords(k: Knowledge): string {
  return knowledgeWordsOnce(k, null);
}
const knowledgeWordsOnce = phraseOnce((k: Knowledge) => knowledgeWordsOf(k));

function knowledgeWordsOf(k: Knowledge): string {
  if (k.intelligence !== 'none' && k.intelligence !== k.public && atLeast(k.intelligence, k.public)) {
    return `public evidence: ${levelWords(k.public)}; its own intelligence: ${levelWords(k.intelligence)}`;
  }
  return `public evidence: ${levelWords(k.public)}`;
}

const KIND_WORDS: Record<string, string> = {
  'arms-transfer': 'arms transfer',
  'intelligence-sharing': 'intelligence sharing',
  financing: 'financing',
  logistics: 'logistics',
  training: 'training',
  'troop-deployment': 'troop deployment',
  'administering-territory': 'administering territory',
  perpetrating: 'perpetrating atrocities',
  sanctions: 'sanctions',
  'diplomatic-pressure': 'diplomatic pressure',
  'criminal-measures': 'criminal measures',
  'suspending-support': 'suspending support',
  'arms-embargo': 'arms embargo',
  'disarming-group': 'disarming or demobilising the group',
  'humanitarian-aid': 'humanitarian aid',
  'prevention-assistance': 'prevention assistance',
  'accepting-refugees': 'accepting refugees',
  'attend-meeting': 'attending a meeting',
  'contingent-reinforcement': 'reinforcing its contingent',
  'contingent-withdrawal': 'withdrawing its contingent',
  'boycott-meeting': 'boycotting a meeting',
};

/** "#12 round 2: arms transfer, substantial (Republican Guard)"; once per act (memo.ts). */
export function actWords(facts: RecordFacts, act: ActFact): string {
  return actWordsOnce(act, facts);
}
const actWordsOnce = phraseOnce((act: ActFact, facts: RecordFacts) => actWordsOf(facts, act));

/** Help to a state (prevention, relief, refugees) goes to the state, not to the forces that are its organs. */
/** An act's kind in words ("arms transfer", "disarming or demobilising the group"). */
export function actKindWords(kind: string): string {
  return KIND_WORDS[kind] ?? kind;
}

const HELP_TO_A_STATE: ReadonlySet<string> = new Set(['prevention-assistance', 'humanitarian-aid', 'accepting-refugees']);

function actWordsOf(facts: RecordFacts, act: ActFact): string {
  const state = act.target ? ownEntry(facts.byCode, act.target) : undefined;
  const toState = state ? ` (${stateWithArticle(state.name)})` : '';
  const to =
    HELP_TO_A_STATE.has(act.kind) && state
      ? toState
      : act.perpetrators.length > 0
        ? ` (${perpetratorNames(facts, act.perpetrators)})`
        : act.target
          ? toState || ` (${perpetratorName(facts, act.target)})`
          : '';
  return `${act.ref} round ${act.round}: ${actKindWords(act.kind)}, ${act.scale}${to}`;
}

const AREA_KINDS: ReadonlySet<RelationshipKind> = new Set(['governmental-authority', 'troops-present']);

const RELATIONSHIP_WORDS: Record<RelationshipKind, string> = {
  agency: 'agency (acts on its instructions or under its direction or control) over',
  'governmental-authority': 'governmental authority over',
  'troops-present': 'troops present in',
  'substantial-support': 'substantial support to',
  'arms-supplier': 'arms supplier to',
  'colonial-tie': 'colonial tie with',
  proximity: 'proximity to',
  'political-links': 'political links with',
  'contributed-to-risk': 'contributed to the risk in',
};

/** "substantial support to Republican Guard [military, financial], rounds 1-2" */
export function relationshipWords(facts: RecordFacts, r: RelationshipFact): string {
  // A tie to the territorial state as a place (authority, presence) is to an area of it, not the whole state.
  const place = stateWithArticle(ownEntry(facts.byCode, r.to)?.name ?? r.to);
  const to = facts.perpetrators.some((p) => p.id === r.to) ? perpetratorName(facts, r.to) : r.area && AREA_KINDS.has(r.kind) ? `the area of the crisis in ${place}` : place;
  const rounds = r.beforeCrisis
    ? r.untilRound >= facts.rounds
      ? 'since before the crisis began'
      : `from before the crisis began to round ${r.untilRound}`
    : r.untilRound >= facts.rounds
      ? r.fromRound <= 1
        ? 'throughout'
        : `from round ${r.fromRound}`
      : r.fromRound === r.untilRound
        ? `round ${r.fromRound}`
        : `rounds ${r.fromRound}-${r.untilRound}`;
  const kinds = r.supportKinds.length > 0 ? ` [${r.supportKinds.join(', ')}]` : '';
  // The scenario's position of the relationship (its evidence reference) is not words: it is listed
  // with the finding's evidence, never in the sentence.
  return `${RELATIONSHIP_WORDS[r.kind]} ${to}${kinds}, ${rounds}`;
}

/**
 * The perpetrators whose conduct is the state's own: its government perpetrators (organs, ARSIWA
 * art. 4) and those an agency relationship reaches (arts. 5, 8). Art. 16 aid
 * and the duty to protect concern the others. Once per state (memo.ts).
 */
export function attributablePerpetrators(facts: RecordFacts, state: StateFacts): ReadonlySet<string> {
  return attributableOnce(state, facts);
}
const attributableOnce = derivedOnce((state: StateFacts, facts: RecordFacts): ReadonlySet<string> => {
  const found = new Set<string>();
  for (const p of facts.perpetrators) if (p.kind === 'government' && p.state === state.state) found.add(p.id);
  for (const r of state.relationships) if (r.kind === 'agency') for (const p of r.perpetrators) found.add(p);
  return found;
});

/** The first round in which the state knew or should have known the level (null if never). */
export function firstRoundKnowing(state: StateFacts, level: EvidenceLevel, fromRound = 1): number | null {
  for (let round = Math.max(1, fromRound); round <= state.knowledgeByRound.length; round++) {
    if (atLeast(state.knowledgeByRound[round - 1]!.level, level)) return round;
  }
  return null;
}

export function knowledgeInRound(state: StateFacts, round: number): Knowledge {
  return state.knowledgeByRound[Math.min(state.knowledgeByRound.length, Math.max(1, round)) - 1]!;
}

/** The evidence level at which atrocities on the record are established, open, or not shown; once per record (memo.ts). */
export function atrocitiesEstablished(facts: RecordFacts): { result: Truth; because: string; evidence: EvidenceRef[] } {
  return establishedOnce(facts, null);
}
const establishedOnce = derivedOnce((facts: RecordFacts) => establish(facts));

function establish(facts: RecordFacts): { result: Truth; because: string; evidence: EvidenceRef[] } {
  const level = facts.finalPublicLevel;
  const evidence = sortRefs(facts.evidence.filter((e) => e.level === level).map((e) => e.ref));
  if (atLeast(level, PARAMETERS.knowledge.atrocitiesEstablished.value)) {
    return { result: 'holds', because: `The atrocities are established on the record (${levelWords(level)}).`, evidence };
  }
  return {
    result: 'unknown',
    because:
      level === 'none'
        ? 'The record contains no evidence that the atrocities took place: the question is open.'
        : `The record shows ${levelWords(level)} only: whether the atrocities took place is not established.`,
    evidence,
  };
}

export function gravity(facts: RecordFacts): number {
  let g = 0;
  for (const t of facts.atrocityTypes) g = Math.max(g, PARAMETERS.gravity[t].value);
  return g;
}

/**
 * The nodes a finding rests on: the root and, beneath it, every node whose result is the finding's
 * own, reached through such nodes. A branch that came out otherwise (a ground that does not hold
 * beside one that does, an earlier act before knowledge) is not what the finding rests on.
 */
function decisiveNodes(root: TraceNode, visit: (n: TraceNode) => void): void {
  const walk = (n: TraceNode) => {
    visit(n);
    for (const c of n.children) if (c.result === root.result) walk(c);
  };
  walk(root);
}

/**
 * The evidence of a finding: the entries that satisfy the elements it rests on (its decisive
 * nodes, with their applied exceptions); unsorted (the finding sorts it once).
 */
export function traceEvidence(root: TraceNode): EvidenceRef[] {
  const out: EvidenceRef[] = [];
  decisiveNodes(root, (n) => {
    for (const r of n.evidence) out.push(r);
    for (const e of n.exceptions) if (e.applied) for (const r of e.evidence) out.push(r);
  });
  return out;
}

/**
 * The context of a finding: the entries the trace considered that the finding does not rest on
 * (branches that came out otherwise, acts a rule set aside), less its evidence; unsorted.
 */
export function traceContext(root: TraceNode, evidence: ReadonlySet<EvidenceRef>): EvidenceRef[] {
  const decisive = new Set<TraceNode>();
  decisiveNodes(root, (n) => decisive.add(n));
  const out: EvidenceRef[] = [];
  const add = (r: EvidenceRef) => {
    if (!evidence.has(r)) out.push(r);
  };
  const walk = (n: TraceNode) => {
    if (!decisive.has(n)) for (const r of n.evidence) add(r);
    for (const r of n.context ?? []) add(r);
    n.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** Citations of the grounds engaged: those of the finding's decisive nodes. */
export function traceBasis(root: TraceNode): Citation[] {
  const out: Citation[] = [];
  decisiveNodes(root, (n) => out.push(...n.citations));
  return out;
}
