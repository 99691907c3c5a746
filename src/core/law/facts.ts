import { EVIDENCE_ORDER } from '../scenario/schema';
import type { AtrocityType, EvidenceLevel, RelationshipKind, Scenario, SupportKind } from '../scenario/schema';
import { stateName } from '../scenario/membership';
import type { SessionState } from '../session/state';
import { CLAUSE_FORBIDS } from '../session/vocabulary';
import type { ConductKind, ConductScale, D2rClause, DefenceArgument, Measure } from '../session/vocabulary';
import { PARAMETERS } from './parameters';
import type { EvidenceRef } from './types';
import { ownEntry } from '../session/lookup';

/**
 * Facts from the record. The law engine never reads the session log directly: it reads the facts
 * established here, per state and per round, each carrying the references (log seqs, scenario
 * paths) it rests on. `FactsInput` is also the authoring format of the case library
 * (test/law-cases/*.yaml): a scenario fragment plus what each state did.
 */

// ---------------------------------------------------------------------------------------------
// The authoring format

export interface FactsInput {
  scenario?: string;
  title?: string;
  territorialState: string;
  atrocityTypes: AtrocityType[];
  perpetrators: { id: string; name?: string; kind: 'government' | 'armed-group'; state?: string; holdsAreaAgainstState?: boolean }[];
  relationships?: {
    kind: RelationshipKind;
    from: string;
    to: string;
    supportKinds?: SupportKind[];
    fromRound?: number;
    untilRound?: number;
    note?: string;
    ref?: EvidenceRef;
  }[];
  treaties?: { id: string; parties: 'all' | string[] }[];
  /** The public evidence level over time (a step with a seq was raised mid-session by an inject). */
  evidence?: { round: number; level: EvidenceLevel; seq?: number | null; note?: string; ref?: EvidenceRef }[];
  intelligence?: { round: number; recipients: string[]; level: EvidenceLevel; note?: string; ref?: EvidenceRef }[];
  rounds?: number;
  permanentMembers?: string[];
  /** The scenario's states list: these always appear in the report. Defaults to the keys of `states`. */
  listed?: string[];
  names?: Record<string, string>;
  drafts?: DraftInput[];
  agreements?: AgreementInput[];
  states?: Record<string, StateRecordInput>;
}

export type DraftOutcome = 'adopted' | 'vetoed' | 'not-adopted' | 'withdrawn' | 'tabled';

export interface DraftInput {
  id: string;
  /** The draft's title as tabled, for the reasoning ("draft "Title" (id)"). */
  title?: string;
  forum: 'council' | 'assembly';
  round: number;
  seq: number;
  measures: Measure[];
  /** The tabling state first, then co-sponsors. */
  sponsors: string[];
  /** Log seqs of the co-sponsorships, by state. */
  cosponsorSeqs?: Record<string, number>;
  outcome: DraftOutcome;
}

export interface AgreementInput {
  id: string;
  parties: [string, string];
  clauses: D2rClause[];
  inForceFromRound: number;
  durationRounds?: number | null;
  /** Seq of the signature that brought it into force. */
  seq: number;
}

export interface StateRecordInput {
  name?: string;
  conduct?: { seq: number; round: number; kind: ConductKind; target?: string | null; scale?: ConductScale; publicLevel?: EvidenceLevel }[];
  votes?: {
    seq?: number;
    round?: number;
    draft: string;
    vote: 'yes' | 'no' | 'abstain' | 'absent';
    veto?: boolean;
    purpose?: 'adoption' | 'referral';
    /** Cast by the scenario's Assembly defaults for an unrepresented member: not the state's conduct. */
    defaulted?: boolean;
  }[];
  vetoThreats?: { seq: number; round: number; draft: string; visibility?: 'public' | 'private' }[];
  explanations?: { seq: number; draft: string }[];
  memorial?: { argument: DefenceArgument; duty?: string; text?: string; seq?: number }[];
  overrides?: { duty: string; holds: boolean; reason: string; seq: number }[];
}

// ---------------------------------------------------------------------------------------------
// The established facts

export interface PerpetratorFact {
  id: string;
  name: string;
  kind: 'government' | 'armed-group';
  state: string | null;
  /**
   * It holds the area where it operates by force against the territorial state (a rebel group
   * in a remote area it controls, a party to the war), so that the state lacks the means to
   * restrain it there (Armed Activities ¶301; Bosnia v. Serbia ¶430).
   */
  holdsAreaAgainstState: boolean;
  ref: EvidenceRef;
}

export interface EvidenceStepFact {
  round: number;
  level: EvidenceLevel;
  seq: number | null;
  note: string;
  ref: EvidenceRef;
}

export interface RelationshipFact {
  kind: RelationshipKind;
  from: string;
  to: string;
  supportKinds: SupportKind[];
  fromRound: number;
  untilRound: number;
  note: string;
  ref: EvidenceRef;
  /** The perpetrators the relationship reaches: the one named, or those of the area or state named. */
  perpetrators: string[];
  /** True when `to` names the territorial state (the area) rather than a perpetrator. */
  area: boolean;
}

export interface Knowledge {
  public: EvidenceLevel;
  intelligence: EvidenceLevel;
  /** What the state knew or should have known: the higher of the two. */
  level: EvidenceLevel;
  refs: EvidenceRef[];
}

export interface ActFact {
  seq: number;
  round: number;
  kind: ConductKind;
  target: string | null;
  scale: ConductScale;
  /** The perpetrators the act reaches (resolved from a perpetrator id or a state code). */
  perpetrators: string[];
  knowledge: Knowledge;
  ref: EvidenceRef;
}

/** A draft as the input gives it, with what the engine derives. */
export interface DraftFact extends Omit<DraftInput, 'cosponsorSeqs' | 'title'> {
  title: string | null;
  /** Log seqs of the co-sponsorships, by state (each co-sponsor's own entry). */
  cosponsorSeqs: Readonly<Record<string, number>>;
  /** Carries a measure beyond condemnation (parameters: notObstruct.meaningfulMeasures). */
  meaningful: boolean;
  /** An adopted Council draft mandating a peace operation or force (Behrami). */
  councilAuthorisation: boolean;
  ref: EvidenceRef;
}

export interface VoteFact {
  seq: number;
  round: number;
  draft: string;
  forum: 'council' | 'assembly';
  vote: 'yes' | 'no' | 'abstain' | 'absent';
  veto: boolean;
  purpose: 'adoption' | 'referral';
  adopted: boolean;
  knowledge: Knowledge;
  ref: EvidenceRef;
}

export type ObstructionKind = keyof typeof PARAMETERS.notObstruct.weight;
export type Forum = 'council' | 'assembly' | 'meetings' | 'material';

export interface ObstructionFact {
  kind: ObstructionKind;
  forum: Forum;
  round: number;
  seq: number;
  draft: string | null;
  perpetrators: string[];
  knowledge: Knowledge;
  ref: EvidenceRef;
}

export type AlternativeKind = 'own-draft' | 'cosponsored-draft' | 'let-pass' | 'national-measures';

export interface AlternativeFact {
  kind: AlternativeKind;
  forum: Forum;
  round: number;
  seq: number;
  draft: string | null;
  meaningful: boolean;
  ref: EvidenceRef;
}

export interface AgreementFact {
  id: string;
  parties: [string, string];
  clauses: D2rClause[];
  inForceFromRound: number;
  /** Last round in force (inclusive); null when open-ended. */
  untilRound: number | null;
  seq: number;
  ref: EvidenceRef;
}

export interface BreachFact {
  agreement: string;
  clause: D2rClause;
  /**
   * The act contrary to the clause. For support the scenario records as a relationship (below),
   * the support in force in that round, referenced by the relationship's scenario path (seq -1:
   * no entry of the log).
   */
  act: ActFact;
  /** Set when the breach is a support relationship continuing in force while the clause bound the state. */
  relationship: SupportRelationshipFact | null;
}

/**
 * Support to perpetrators that the scenario records as a relationship of the state (arms supplier,
 * substantial support, agency with support kinds), in force from round to round unless the state's
 * own conduct on the record ended it (suspending support to every perpetrator it reaches).
 */
export interface SupportRelationshipFact {
  relationship: RelationshipFact;
  /**
   * The conduct the support amounts to, for the clauses of a D2R agreement (CLAUSE_FORBIDS): an
   * arms supplier transfers arms; military support is military cooperation (training, logistics,
   * troops); financial support is financing. Economic and political support match no clause.
   */
  conduct: ConductKind[];
  /** The rounds it was in force and not ended by the state's own conduct, ascending. */
  rounds: number[];
  /** The state's act that ended it (suspending support to the perpetrators it reaches), if any. */
  endedBy: ActFact | null;
}

export interface SponsorshipFact {
  draft: string;
  role: 'tabled' | 'cosponsored';
  round: number;
  seq: number;
  ref: EvidenceRef;
}

export interface MemorialArgumentFact {
  argument: DefenceArgument;
  duty: string | null;
  text: string;
  seq: number | null;
  ref: EvidenceRef | null;
}

export interface OverrideFact {
  duty: string;
  holds: boolean;
  reason: string;
  seq: number;
  ref: EvidenceRef;
}

export interface RoundFacts {
  round: number;
  relationships: string[];
  knowledge: EvidenceLevel;
  acts: number[];
}

export interface StateFacts {
  state: string;
  name: string;
  listed: boolean;
  territorial: boolean;
  permanentMember: boolean;
  genocideConventionParty: boolean;
  relationships: RelationshipFact[];
  intelligence: { round: number; level: EvidenceLevel; ref: EvidenceRef }[];
  /** Knowledge at the end of each round, 1..rounds. */
  knowledgeByRound: Knowledge[];
  conduct: ActFact[];
  support: ActFact[];
  perpetration: ActFact[];
  presence: ActFact[];
  protective: ActFact[];
  prevention: ActFact[];
  relief: ActFact[];
  attendance: ActFact[];
  votes: VoteFact[];
  vetoThreats: { seq: number; round: number; draft: string; visibility: 'public' | 'private'; knowledge: Knowledge; ref: EvidenceRef }[];
  explanations: { seq: number; draft: string; ref: EvidenceRef }[];
  sponsorships: SponsorshipFact[];
  obstruction: ObstructionFact[];
  alternatives: AlternativeFact[];
  agreements: AgreementFact[];
  /** Support to perpetrators recorded as scenario relationships of the state, with the rounds in force. */
  supportRelationships: SupportRelationshipFact[];
  breaches: BreachFact[];
  memorial: MemorialArgumentFact[];
  overrides: OverrideFact[];
  /** Assembly votes cast for it by the scenario defaults (recorded, not attributed as conduct). */
  defaultedVotes: number;
  rounds: RoundFacts[];
}

export interface RecordFacts {
  scenario: string;
  title: string;
  territorialState: string;
  atrocityTypes: AtrocityType[];
  genocide: boolean;
  perpetrators: PerpetratorFact[];
  rounds: number;
  evidence: EvidenceStepFact[];
  /** The highest public level reached on the record. */
  finalPublicLevel: EvidenceLevel;
  drafts: Record<string, DraftFact>;
  agreements: AgreementFact[];
  states: StateFacts[];
  byCode: Record<string, StateFacts>;
}

// ---------------------------------------------------------------------------------------------
// Evidence levels

export function rank(level: EvidenceLevel): number {
  return EVIDENCE_ORDER.indexOf(level);
}

export function atLeast(level: EvidenceLevel, threshold: EvidenceLevel): boolean {
  return rank(level) >= rank(threshold);
}

export function maxLevel(a: EvidenceLevel, b: EvidenceLevel): EvidenceLevel {
  return rank(a) >= rank(b) ? a : b;
}

const HASH = 35; // '#'
const ZERO = 48; // '0'

/** The seq of a "#n" reference, read without allocating a substring. */
function seqOf(ref: EvidenceRef): number {
  let n = 0;
  for (let i = 1; i < ref.length; i++) n = n * 10 + (ref.charCodeAt(i) - ZERO);
  return n;
}

/** Deduplicated, in a stable order: log seqs ascending, then scenario paths. Keeps the given strings. */
export function sortRefs(refs: Iterable<EvidenceRef>): EvidenceRef[] {
  const seqRefs: EvidenceRef[] = [];
  const paths: EvidenceRef[] = [];
  let ordered = true;
  let lastKey = -1;
  for (const r of refs) {
    if (r.charCodeAt(0) === HASH) {
      const key = seqOf(r);
      if (key <= lastKey) ordered = false;
      lastKey = key;
      seqRefs.push(r);
    } else paths.push(r);
  }
  const seqsOut = ordered ? seqRefs : sortSeqRefs(seqRefs);
  if (paths.length === 0) return seqsOut;
  paths.sort();
  const out = seqsOut === seqRefs ? [...seqRefs] : seqsOut;
  for (let i = 0; i < paths.length; i++) if (i === 0 || paths[i] !== paths[i - 1]) out.push(paths[i]!);
  return out;
}

/**
 * "#n" references by seq, each seq once (its first occurrence kept). Each reference is packed as
 * seq × count + position into one number, so a plain numeric sort orders by seq, then position.
 */
function sortSeqRefs(seqRefs: readonly EvidenceRef[]): EvidenceRef[] {
  const n = seqRefs.length;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = seqOf(seqRefs[i]!) * n + i;
  packed.sort();
  const out: EvidenceRef[] = [];
  let last = -1;
  for (let i = 0; i < n; i++) {
    const key = Math.floor(packed[i]! / n);
    if (key === last) continue;
    last = key;
    out.push(seqRefs[packed[i]! - key * n]!);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Completion: the authoring format -> established facts

const GENOCIDE_CONVENTION = 'genocide-convention';

export function completeFacts(input: FactsInput): RecordFacts {
  const territorial = input.territorialState;
  const perpetrators: PerpetratorFact[] = input.perpetrators.map((p, i) => ({
    id: p.id,
    name: p.name ?? p.id,
    kind: p.kind,
    state: p.state ?? null,
    holdsAreaAgainstState: p.holdsAreaAgainstState ?? false,
    ref: `scenario:crisis.perpetrators[${i}]`,
  }));
  const perpetratorIds = new Set(perpetrators.map((p) => p.id));
  const governmentOf = (code: string): string[] => perpetrators.filter((p) => p.kind === 'government' && p.state === code).map((p) => p.id);
  const allPerpetrators = perpetrators.map((p) => p.id);

  const stateInputs = input.states ?? {};
  let rounds = input.rounds ?? 0;
  const see = (r: number | undefined) => {
    if (r !== undefined && r > rounds) rounds = r;
  };
  for (const e of input.evidence ?? []) see(e.round);
  // Indexed loops over the record's many acts and votes (no iterator objects on long records).
  for (const s of Object.values(stateInputs)) {
    const conduct = s.conduct ?? [];
    for (let i = 0; i < conduct.length; i++) see(conduct[i]!.round);
    const votes = s.votes ?? [];
    for (let i = 0; i < votes.length; i++) see(votes[i]!.round);
  }
  for (const d of input.drafts ?? []) see(d.round);
  if (rounds < 1) rounds = 1;

  const evidence: EvidenceStepFact[] = (input.evidence ?? [])
    .map((e, i) => ({
      round: e.round,
      level: e.level,
      seq: e.seq ?? null,
      note: e.note ?? '',
      ref: e.ref ?? (e.seq != null ? `#${e.seq}` : `scenario:evidence[${i}]`),
    }))
    .sort((a, b) => a.round - b.round || (a.seq ?? -1) - (b.seq ?? -1) || rank(a.level) - rank(b.level));

  /** The public level at a moment: steps of earlier rounds, and this round's steps before the act. */
  const publicAt = (round: number, seq?: number | null): { level: EvidenceLevel; refs: EvidenceRef[] } => {
    let level: EvidenceLevel = 'none';
    let ref: EvidenceRef | null = null;
    for (const step of evidence) {
      const before = step.seq !== null && seq != null ? step.seq < seq && step.round <= round : step.round <= round;
      if (before && rank(step.level) > rank(level)) {
        level = step.level;
        ref = step.ref;
      }
    }
    return { level, refs: ref ? [ref] : [] };
  };
  const finalPublicLevel = publicAt(rounds).level;

  // Relationships. A tie to the territorial state as a place (authority, presence, proximity, history)
  // reaches every perpetrator at the scene; a tie to a state as a government (support, links,
  // agency) reaches its government and the groups that government directs or props up.
  const PLACE_KINDS: readonly RelationshipKind[] = ['governmental-authority', 'troops-present', 'proximity', 'colonial-tie', 'contributed-to-risk'];
  // A contingent withdrawn in a round is no longer present after it: the scenario's "troops
  // present" tie ends with that round (the contributor's choice; Bosnia v. Serbia ¶430 measures
  // the capacity to influence at the time).
  const withdrawnIn = (code: string, from: number): number | null => {
    const withdrawals = (input.states?.[code]?.conduct ?? []).filter((a) => a.kind === 'contingent-withdrawal' && a.round >= from).map((a) => a.round);
    return withdrawals.length > 0 ? Math.min(...withdrawals) : null;
  };
  const raw = (input.relationships ?? []).map((r, i) => ({
    kind: r.kind,
    from: r.from,
    to: r.to,
    supportKinds: [...(r.supportKinds ?? [])],
    fromRound: r.fromRound ?? 1,
    untilRound: Math.min(r.untilRound ?? rounds, (r.kind === 'troops-present' ? withdrawnIn(r.from, r.fromRound ?? 1) : null) ?? rounds),
    note: r.note ?? '',
    ref: r.ref ?? `scenario:relationships[${i}]`,
  }));
  const directClients = (code: string): string[] =>
    raw.filter((r) => r.from === code && (r.kind === 'agency' || r.kind === 'substantial-support') && perpetratorIds.has(r.to)).map((r) => r.to);
  const governmentAndClients = (code: string): string[] => [...new Set([...governmentOf(code), ...directClients(code)])].sort();
  const relationships: RelationshipFact[] = raw.map((r) => {
    if (perpetratorIds.has(r.to)) return { ...r, perpetrators: [r.to], area: false };
    const area = r.to === territorial;
    if (area && PLACE_KINDS.includes(r.kind)) return { ...r, perpetrators: allPerpetrators, area };
    return { ...r, perpetrators: governmentAndClients(r.to), area };
  });

  // Clients a state directs or props up: measures against that state reach them too.
  const clientsOf = (code: string): string[] => directClients(code);

  const resolveActTarget = (kind: ConductKind, target: string | null): string[] => {
    const protective = (PARAMETERS.conduct.protective.value as readonly ConductKind[]).includes(kind);
    if (target === null) return protective ? allPerpetrators : [];
    if (perpetratorIds.has(target)) return [target];
    if (kind === 'troop-deployment') return []; // presence, unless sent to fight with a named perpetrator
    const direct = governmentOf(target);
    return protective ? [...new Set([...direct, ...clientsOf(target)])].sort() : direct;
  };

  // Drafts
  const meaningfulMeasures = PARAMETERS.notObstruct.meaningfulMeasures.value;
  const authorisingMeasures = PARAMETERS.councilAuthorisation.value;
  const drafts: Record<string, DraftFact> = {};
  for (const d of [...(input.drafts ?? [])].sort((a, b) => a.seq - b.seq)) {
    drafts[d.id] = {
      id: d.id,
      title: d.title ?? null,
      forum: d.forum,
      round: d.round,
      seq: d.seq,
      measures: [...d.measures],
      sponsors: [...d.sponsors],
      cosponsorSeqs: { ...d.cosponsorSeqs },
      outcome: d.outcome,
      meaningful: d.measures.some((m) => meaningfulMeasures.includes(m)),
      councilAuthorisation: d.forum === 'council' && d.outcome === 'adopted' && d.measures.some((m) => authorisingMeasures.includes(m)),
      ref: `#${d.seq}`,
    };
  }

  const agreements: AgreementFact[] = (input.agreements ?? [])
    .map((a) => ({
      id: a.id,
      parties: [a.parties[0], a.parties[1]] as [string, string],
      clauses: a.clauses.map((c) => ({ ...c })),
      inForceFromRound: a.inForceFromRound,
      untilRound: a.durationRounds ? a.inForceFromRound + a.durationRounds - 1 : null,
      seq: a.seq,
      ref: `#${a.seq}`,
    }))
    .sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : 1));

  const genocideTreaty = (input.treaties ?? []).find((t) => t.id === GENOCIDE_CONVENTION);
  const isGenocideParty = (code: string): boolean =>
    genocideTreaty ? genocideTreaty.parties === 'all' || genocideTreaty.parties.includes(code) : PARAMETERS.treaties.genocideConventionAssumed.value;

  // Which states are in the record
  const codes = new Set<string>([...(input.listed ?? Object.keys(stateInputs)), ...Object.keys(stateInputs), territorial]);
  for (const r of relationships) codes.add(r.from);
  for (const a of agreements) for (const p of a.parties) codes.add(p);
  for (const d of Object.values(drafts)) for (const s of d.sponsors) codes.add(s);
  const listed = new Set(input.listed ?? Object.keys(stateInputs));
  const permanent = new Set(input.permanentMembers ?? []);

  const seqSensitiveRounds = new Set(evidence.filter((e) => e.seq !== null).map((e) => e.round));
  const sponsoredBy = new Map<string, DraftFact[]>();
  for (const d of Object.values(drafts)) {
    for (const s of new Set(d.sponsors)) {
      const list = sponsoredBy.get(s) ?? [];
      list.push(d);
      sponsoredBy.set(s, list);
    }
  }
  const states: StateFacts[] = [...codes].sort().map((code) =>
    stateFacts(code, {
      input: stateInputs[code] ?? {},
      name: input.names?.[code] ?? stateInputs[code]?.name ?? code,
      listed: listed.has(code),
      territorial: code === territorial,
      permanentMember: permanent.has(code),
      genocideConventionParty: isGenocideParty(code),
      relationships: relationships.filter((r) => r.from === code),
      intelligence: (input.intelligence ?? [])
        .map((x, i) => ({ round: x.round, level: x.level, recipients: x.recipients, ref: x.ref ?? `scenario:intelligence[${i}]` }))
        .filter((x) => x.recipients.includes(code))
        .map(({ round, level, ref }) => ({ round, level, ref }))
        .sort((a, b) => a.round - b.round || rank(a.level) - rank(b.level)),
      rounds,
      publicAt,
      seqSensitiveRounds,
      sponsored: sponsoredBy.get(code) ?? [],
      resolveActTarget,
      drafts,
      agreements: agreements.filter((a) => a.parties.includes(code)),
    }),
  );

  const byCode: Record<string, StateFacts> = {};
  for (const s of states) byCode[s.state] = s;
  return {
    scenario: input.scenario ?? 'case',
    title: input.title ?? input.scenario ?? 'case',
    territorialState: territorial,
    atrocityTypes: [...input.atrocityTypes],
    genocide: input.atrocityTypes.includes('genocide'),
    perpetrators,
    rounds,
    evidence,
    finalPublicLevel,
    drafts,
    agreements,
    states,
    byCode,
  };
}

/** What completeFacts hands each state: the facts of the state it already knows, and shared context. */
interface StateContext
  extends Pick<StateFacts, 'name' | 'listed' | 'territorial' | 'permanentMember' | 'genocideConventionParty' | 'relationships' | 'intelligence'> {
  input: StateRecordInput;
  rounds: number;
  publicAt: (round: number, seq?: number | null) => { level: EvidenceLevel; refs: EvidenceRef[] };
  /** Rounds in which an evidence step was raised mid-round (by an inject with a seq). */
  seqSensitiveRounds: ReadonlySet<number>;
  /** The drafts this state sponsored, tabled first. */
  sponsored: readonly DraftFact[];
  resolveActTarget: (kind: ConductKind, target: string | null) => string[];
  drafts: Record<string, DraftFact>;
  agreements: AgreementFact[];
}

const bySeq = <T extends { seq: number }>(a: T, b: T) => a.seq - b.seq;

function stateFacts(code: string, ctx: StateContext): StateFacts {
  const { input } = ctx;
  // Knowledge depends on the round (and, in a round where an inject raised the evidence, on the
  // seq); the same Knowledge object is shared by every act that had the same knowledge.
  const cache = new Map<number, Knowledge>();
  const knowledgeAt = (round: number, seq?: number | null, publicOverride?: EvidenceLevel): Knowledge => {
    const key = ctx.seqSensitiveRounds.has(round) ? null : round * (EVIDENCE_ORDER.length + 1) + (publicOverride ? rank(publicOverride) + 1 : 0);
    if (key !== null) {
      const hit = cache.get(key);
      if (hit) return hit;
      const computed = computeKnowledge(round, seq, publicOverride);
      cache.set(key, computed);
      return computed;
    }
    return computeKnowledge(round, seq, publicOverride);
  };
  const computeKnowledge = (round: number, seq?: number | null, publicOverride?: EvidenceLevel): Knowledge => {
    const pub = ctx.publicAt(round, seq);
    const publicLevel = publicOverride ?? pub.level;
    let intel: EvidenceLevel = 'none';
    let intelRef: EvidenceRef | null = null;
    for (const x of ctx.intelligence) {
      if (x.round <= round && rank(x.level) > rank(intel)) {
        intel = x.level;
        intelRef = x.ref;
      }
    }
    const refs: EvidenceRef[] = [];
    if (rank(publicLevel) > 0) refs.push(...pub.refs);
    if (intelRef && rank(intel) > rank(publicLevel)) refs.push(intelRef);
    return { public: publicLevel, intelligence: intel, level: maxLevel(publicLevel, intel), refs: sortRefs(refs) };
  };

  const materialSupport = PARAMETERS.conduct.materialSupport.value as readonly ConductKind[];
  const protectiveKinds = PARAMETERS.conduct.protective.value as readonly ConductKind[];
  const preventionKinds = PARAMETERS.conduct.prevention.value as readonly ConductKind[];
  const reliefKinds = PARAMETERS.conduct.relief.value as readonly ConductKind[];

  const conduct: ActFact[] = (input.conduct ?? [])
    .map((a) => ({
      seq: a.seq,
      round: a.round,
      kind: a.kind,
      target: a.target ?? null,
      scale: a.scale ?? 'limited',
      perpetrators: ctx.resolveActTarget(a.kind, a.target ?? null),
      knowledge: knowledgeAt(a.round, a.seq, a.publicLevel),
      ref: `#${a.seq}`,
    }))
    .sort(bySeq);

  const support = conduct.filter((a) => materialSupport.includes(a.kind) && a.perpetrators.length > 0);
  const perpetration = conduct.filter((a) => a.kind === 'perpetrating');
  const presence = conduct.filter(
    (a) => (a.kind === 'troop-deployment' && a.perpetrators.length === 0) || a.kind === 'contingent-reinforcement' || a.kind === 'administering-territory',
  );
  const protective = conduct.filter((a) => protectiveKinds.includes(a.kind) && a.perpetrators.length > 0);
  const prevention = conduct.filter((a) => preventionKinds.includes(a.kind));
  const relief = conduct.filter((a) => reliefKinds.includes(a.kind));
  const attendance = conduct.filter((a) => a.kind === 'attend-meeting' || a.kind === 'boycott-meeting');

  let defaultedVotes = 0;
  const votes: VoteFact[] = [];
  const voteInputs = input.votes ?? [];
  for (let i = 0; i < voteInputs.length; i++) {
    const v = voteInputs[i]!;
    if (v.defaulted) {
      defaultedVotes++;
      continue;
    }
    const draft = ownEntry(ctx.drafts, v.draft);
    const round = v.round ?? draft?.round ?? 1;
    const seq = v.seq ?? draft?.seq ?? 0;
    votes.push({
      seq,
      round,
      draft: v.draft,
      forum: draft?.forum ?? 'council',
      vote: v.vote,
      veto: v.veto ?? false,
      purpose: v.purpose ?? 'adoption',
      adopted: v.purpose === 'referral' ? false : draft?.outcome === 'adopted',
      knowledge: knowledgeAt(round, seq),
      ref: `#${seq}`,
    });
  }
  votes.sort((a, b) => a.seq - b.seq || (a.draft < b.draft ? -1 : a.draft > b.draft ? 1 : 0));

  const vetoThreats = (input.vetoThreats ?? [])
    .map((t) => ({ seq: t.seq, round: t.round, draft: t.draft, visibility: t.visibility ?? 'public', knowledge: knowledgeAt(t.round, t.seq), ref: `#${t.seq}` }))
    .sort(bySeq);
  const explanations = (input.explanations ?? []).map((e) => ({ seq: e.seq, draft: e.draft, ref: `#${e.seq}` })).sort(bySeq);

  const sponsorships: SponsorshipFact[] = [];
  for (const d of ctx.sponsored) {
    const index = d.sponsors.indexOf(code);
    if (index < 0) continue;
    if (index === 0) {
      sponsorships.push({ draft: d.id, role: 'tabled', round: d.round, seq: d.seq, ref: d.ref });
      continue;
    }
    // A co-sponsor answers for its own entry of the log, not for the tabling state's.
    const seq = d.cosponsorSeqs[code];
    sponsorships.push({ draft: d.id, role: 'cosponsored', round: d.round, seq: seq ?? d.seq, ref: seq !== undefined ? `#${seq}` : d.ref });
  }
  sponsorships.sort(bySeq);

  // Obstructive acts (docs/design.md §1.2, not obstruct)
  const obstruction: ObstructionFact[] = [];
  for (let i = 0; i < votes.length; i++) {
    const v = votes[i]!;
    if (v.vote !== 'no') continue;
    const kind: ObstructionKind =
      v.purpose === 'referral' ? 'vote-against-referral' : v.veto ? 'veto' : v.forum === 'assembly' ? 'vote-against-assembly' : 'vote-against-council';
    obstruction.push({ kind, forum: v.forum, round: v.round, seq: v.seq, draft: v.draft, perpetrators: [], knowledge: v.knowledge, ref: v.ref });
  }
  for (const t of vetoThreats) {
    obstruction.push({
      kind: t.visibility === 'public' ? 'veto-threat-public' : 'veto-threat-private',
      forum: 'council',
      round: t.round,
      seq: t.seq,
      draft: t.draft,
      perpetrators: [],
      knowledge: t.knowledge,
      ref: t.ref,
    });
  }
  for (const a of attendance) {
    if (a.kind === 'boycott-meeting') {
      obstruction.push({ kind: 'boycott', forum: 'meetings', round: a.round, seq: a.seq, draft: null, perpetrators: [], knowledge: a.knowledge, ref: a.ref });
    }
  }
  for (const a of support) {
    if (atLeast(a.knowledge.level, PARAMETERS.knowledge.apparent.value)) {
      obstruction.push({ kind: 'support-after-apparent', forum: 'material', round: a.round, seq: a.seq, draft: null, perpetrators: a.perpetrators, knowledge: a.knowledge, ref: a.ref });
    }
  }
  obstruction.sort((a, b) => a.seq - b.seq || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));

  // Alternatives offered (own drafts, co-sponsored drafts, letting other measures pass, national measures)
  const alternatives: AlternativeFact[] = [];
  for (const s of sponsorships) {
    const d = ownEntry(ctx.drafts, s.draft)!;
    if (d.outcome === 'withdrawn') continue;
    alternatives.push({ kind: s.role === 'tabled' ? 'own-draft' : 'cosponsored-draft', forum: d.forum, round: d.round, seq: s.seq, draft: d.id, meaningful: d.meaningful, ref: s.ref });
  }
  for (let i = 0; i < votes.length; i++) {
    const v = votes[i]!;
    if (v.purpose === 'adoption' && v.adopted && (v.vote === 'yes' || v.vote === 'abstain')) {
      const d = ownEntry(ctx.drafts, v.draft);
      alternatives.push({ kind: 'let-pass', forum: v.forum, round: v.round, seq: v.seq, draft: v.draft, meaningful: d?.meaningful ?? false, ref: v.ref });
    }
  }
  for (const a of protective) {
    // Ending its own support discharges the state's own duty; it is no alternative measure of protection.
    if (a.kind === 'suspending-support') continue;
    alternatives.push({ kind: 'national-measures', forum: 'material', round: a.round, seq: a.seq, draft: null, meaningful: true, ref: a.ref });
  }
  alternatives.sort((a, b) => a.seq - b.seq || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));

  // Support to perpetrators recorded as scenario relationships, with the rounds in force
  const supportRelationships = supportRelationshipsOf(ctx.relationships, protective, ctx.rounds);

  // Acts contrary to a D2R agreement in force (VCLT arts. 26, 28)
  const breaches: BreachFact[] = [];
  const inWindow = (agreement: AgreementFact, round: number) =>
    round >= agreement.inForceFromRound && (agreement.untilRound === null || round <= agreement.untilRound);
  for (const agreement of ctx.agreements) {
    for (const act of support) {
      if (!inWindow(agreement, act.round)) continue;
      for (const clause of agreement.clauses) {
        const forbidden = CLAUSE_FORBIDS[clause.kind];
        if (!forbidden?.includes(act.kind)) continue;
        if (clause.perpetrator && !act.perpetrators.includes(clause.perpetrator)) continue;
        breaches.push({ agreement: agreement.id, clause, act, relationship: null });
      }
    }
  }
  // Support the scenario records as a relationship, continuing in force in a round the agreement
  // bound the state, is conduct contrary to a clause that forbids it (VCLT art. 26; a continuing
  // act, ARSIWA art. 14(2)), unless the state's own conduct ended the support (suspending it) in
  // or before that round. A shipment the delegation records on top of it is a further act.
  if (ctx.agreements.length > 0 && supportRelationships.length > 0) {
    const heldActs = new Map<string, ActFact>();
    for (const agreement of ctx.agreements) {
      for (const sr of supportRelationships) {
        const r = sr.relationship;
        for (const clause of agreement.clauses) {
          const kind = supportForbiddenBy(sr, clause);
          if (!kind) continue;
          for (const round of sr.rounds) {
            if (!inWindow(agreement, round)) continue;
            const key = `${r.ref}|${round}|${kind}`;
            let act = heldActs.get(key);
            if (!act) {
              act = {
                seq: -1,
                round,
                kind,
                target: r.to,
                scale: r.kind === 'substantial-support' ? 'substantial' : 'limited',
                perpetrators: r.perpetrators,
                knowledge: knowledgeAt(round),
                ref: r.ref,
              };
              heldActs.set(key, act);
            }
            breaches.push({ agreement: agreement.id, clause, act, relationship: sr });
          }
        }
      }
    }
  }
  breaches.sort((a, b) => a.act.round - b.act.round || a.act.seq - b.act.seq || (a.agreement < b.agreement ? -1 : a.agreement > b.agreement ? 1 : 0));

  const memorial: MemorialArgumentFact[] = (input.memorial ?? []).map((m) => ({
    argument: m.argument,
    duty: m.duty ?? null,
    text: m.text ?? '',
    seq: m.seq ?? null,
    ref: m.seq != null ? `#${m.seq}` : null,
  }));
  const overrides: OverrideFact[] = (input.overrides ?? []).map((o) => ({ ...o, ref: `#${o.seq}` })).sort(bySeq);

  const knowledgeByRound: Knowledge[] = [];
  const roundFacts: RoundFacts[] = [];
  for (let round = 1; round <= ctx.rounds; round++) {
    const k = knowledgeAt(round);
    knowledgeByRound.push(k);
    roundFacts.push({
      round,
      relationships: ctx.relationships.filter((r) => r.fromRound <= round && round <= r.untilRound).map((r) => `${r.kind}:${r.to}`),
      knowledge: k.level,
      acts: conduct.filter((a) => a.round === round).map((a) => a.seq),
    });
  }

  return {
    state: code,
    name: ctx.name,
    listed: ctx.listed,
    territorial: ctx.territorial,
    permanentMember: ctx.permanentMember,
    genocideConventionParty: ctx.genocideConventionParty,
    relationships: ctx.relationships,
    intelligence: ctx.intelligence,
    knowledgeByRound,
    conduct,
    support,
    perpetration,
    presence,
    protective,
    prevention,
    relief,
    attendance,
    votes,
    vetoThreats,
    explanations,
    sponsorships,
    obstruction,
    alternatives,
    agreements: ctx.agreements,
    supportRelationships,
    breaches,
    memorial,
    overrides,
    defaultedVotes,
    rounds: roundFacts,
  };
}

const SUPPORT_RELATIONSHIP_KINDS: readonly RelationshipKind[] = ['arms-supplier', 'substantial-support', 'agency'];

/** The conduct a support relationship amounts to, for the clauses of a D2R agreement (CLAUSE_FORBIDS). */
function supportConduct(r: RelationshipFact): ConductKind[] {
  const out: ConductKind[] = [];
  if (r.kind === 'arms-supplier') out.push('arms-transfer');
  else if (r.supportKinds.includes('military')) out.push('training', 'logistics', 'troop-deployment');
  if (r.supportKinds.includes('financial')) out.push('financing');
  return out;
}

/** The conduct of a support relationship that a D2R clause forbids (CLAUSE_FORBIDS), or null. */
export function supportForbiddenBy(sr: SupportRelationshipFact, clause: D2rClause): ConductKind | null {
  const forbidden = CLAUSE_FORBIDS[clause.kind];
  if (!forbidden) return null;
  if (clause.perpetrator && !sr.relationship.perpetrators.includes(clause.perpetrator)) return null;
  return sr.conduct.find((k) => forbidden.includes(k)) ?? null;
}

/**
 * A state's support relationships to perpetrators, each with the rounds it was in force: from its
 * first round to its last, or until the state's own act suspending support to every perpetrator it
 * reaches (from the round of that act on, the support is withheld: the tranche of that round is held).
 */
function supportRelationshipsOf(relationships: readonly RelationshipFact[], protective: readonly ActFact[], rounds: number): SupportRelationshipFact[] {
  const out: SupportRelationshipFact[] = [];
  for (const r of relationships) {
    if (!SUPPORT_RELATIONSHIP_KINDS.includes(r.kind) || r.perpetrators.length === 0) continue;
    let endedBy: ActFact | null = null;
    for (const a of protective) {
      if (a.kind !== 'suspending-support' || a.round < r.fromRound || a.round > r.untilRound) continue;
      if (r.perpetrators.every((p) => a.perpetrators.includes(p))) {
        endedBy = a;
        break;
      }
    }
    // Suspending support in a round withholds that round's support (the tranche is held).
    const last = Math.min(endedBy ? endedBy.round - 1 : r.untilRound, rounds);
    const inForce: number[] = [];
    for (let round = r.fromRound; round <= last; round++) inForce.push(round);
    out.push({ relationship: r, conduct: supportConduct(r), rounds: inForce, endedBy });
  }
  return out;
}

/** Whether a state did anything on the record (beyond votes cast for it by scenario defaults). */
export function actedOnRecord(s: StateFacts): boolean {
  return (
    s.relationships.length > 0 ||
    s.conduct.length > 0 ||
    s.votes.length > 0 ||
    s.vetoThreats.length > 0 ||
    s.sponsorships.length > 0 ||
    s.agreements.length > 0 ||
    s.memorial.length > 0 ||
    s.overrides.length > 0 ||
    s.explanations.length > 0
  );
}

// ---------------------------------------------------------------------------------------------
// From a session: scenario + derived session state -> facts

export function factsInputFromRecord(scenario: Scenario, state: SessionState): FactsInput {
  const seatState = new Map<string, string>();
  for (const seat of state.config.seats) if (seat.state) seatState.set(seat.id, seat.state);

  const voteSeq = new Map<string, Map<string, number>>();
  const cosponsorSeq = new Map<string, number>();
  const log = state.log;
  for (let i = 0; i < log.length; i++) {
    const entry = log[i]!;
    const type = entry.event.type;
    if (type !== 'vote.cast' && type !== 'draft.cosponsor') continue;
    const code = seatState.get(entry.actingFor ?? entry.by);
    if (!code) continue;
    if (entry.event.type === 'vote.cast') {
      let byState = voteSeq.get(entry.event.ballotId);
      if (!byState) voteSeq.set(entry.event.ballotId, (byState = new Map()));
      byState.set(code, entry.seq);
    } else if (entry.event.type === 'draft.cosponsor') cosponsorSeq.set(`${entry.event.draftId}|${code}`, entry.seq);
  }

  const records = new Map<string, StateRecordInput>();
  const record = (code: string): StateRecordInput => {
    let r = records.get(code);
    if (!r) {
      r = {};
      records.set(code, r);
    }
    return r;
  };

  const drafts: DraftInput[] = Object.values(state.drafts).map((d) => {
    const cosponsorSeqs: Record<string, number> = {};
    for (const s of d.sponsors.slice(1)) {
      const seq = cosponsorSeq.get(`${d.id}|${s}`);
      if (seq !== undefined) cosponsorSeqs[s] = seq;
    }
    const outcome: DraftOutcome =
      d.status === 'adopted' || d.status === 'vetoed' || d.status === 'not-adopted' || d.status === 'withdrawn' ? d.status : 'tabled';
    return { id: d.id, title: d.title, forum: d.forum, round: d.round, seq: d.tabledSeq, measures: [...d.measures], sponsors: [...d.sponsors], cosponsorSeqs, outcome };
  });

  const ballotDraft = new Map<string, string>();
  for (const ballot of state.ballots) {
    ballotDraft.set(ballot.id, ballot.draftId);
    const forum = ballot.kind === 'assembly' ? 'assembly' : 'council';
    const vetoedBy = new Set(ballot.councilResult?.vetoedBy ?? []);
    const defaulted = new Set(ballot.defaulted);
    const seqs = voteSeq.get(ballot.id);
    for (const code in ballot.votes) {
      const vote = ballot.votes[code]!;
      const seq = seqs?.get(code) ?? ballot.closedSeq ?? ballot.openedSeq;
      const r = record(code);
      (r.votes ??= []).push({
        seq,
        round: ballot.round,
        draft: ballot.draftId,
        vote,
        veto: ballot.purpose === 'adoption' && forum === 'council' && vetoedBy.has(code),
        purpose: ballot.purpose,
        defaulted: defaulted.has(code),
      });
    }
  }

  for (const t of state.vetoThreats) {
    (record(t.state).vetoThreats ??= []).push({ seq: t.seq, round: t.round, draft: t.draftId, visibility: t.visibility });
  }
  for (const e of state.explanations) {
    const draft = ballotDraft.get(e.ballotId);
    if (draft) (record(e.state).explanations ??= []).push({ seq: e.seq, draft });
  }
  for (let i = 0; i < state.conduct.length; i++) {
    const a = state.conduct[i]!;
    (record(a.state).conduct ??= []).push({ seq: a.seq, round: a.round, kind: a.kind, target: a.target, scale: a.scale, publicLevel: a.evidenceAtTheTime });
  }
  for (const m of Object.values(state.memorials)) {
    const r = record(m.state);
    r.memorial = m.arguments.map((a) => ({ argument: a.argument, ...(a.duty ? { duty: a.duty } : {}), text: a.text, seq: m.seq }));
  }
  for (const o of state.overrides) {
    (record(o.state).overrides ??= []).push({ duty: o.duty, holds: o.holds, reason: o.reason, seq: o.seq });
  }

  const agreements: AgreementInput[] = [];
  for (const a of Object.values(state.agreements)) {
    if (a.status !== 'signed' || a.inForceFromRound === null) continue;
    const signatures = a.history.filter((h) => h.action === 'sign');
    const seq = signatures.length > 0 ? signatures[signatures.length - 1]!.seq : (a.history[0]?.seq ?? 0);
    agreements.push({ id: a.id, parties: [a.parties[0], a.parties[1]], clauses: a.clauses, inForceFromRound: a.inForceFromRound, durationRounds: a.durationRounds, seq });
  }

  const rounds = Math.max(state.round, 1);
  // A step raised by an inject keeps the seq at which the inject fired (to time what a state knew
  // before or after it acted), but is cited by the inject in the scenario file: a scheduled inject
  // fires under the facilitator's phase change, an entry that does not show the evidence.
  const evidenceRef = (h: SessionState['evidence']['history'][number]): EvidenceRef => {
    if (h.source === 'inject') {
      const fired = state.injectsFired.find((f) => f.seq === h.seq && f.round === h.round && scenario.injects.find((i) => i.id === f.injectId)?.title === h.note);
      const index = fired ? scenario.injects.findIndex((i) => i.id === fired.injectId) : scenario.injects.findIndex((i) => i.title === h.note);
      if (index >= 0) return `scenario:injects[${index}]`;
    }
    if (h.seq !== null) return `#${h.seq}`;
    const index = scenario.evidence.findIndex((e) => e.round === h.round && e.note === h.note);
    return index >= 0 ? `scenario:evidence[${index}]` : `scenario:evidence@round${h.round}`;
  };
  const evidence: NonNullable<FactsInput['evidence']> =
    state.evidence.history.length > 0
      ? state.evidence.history.map((h) => ({ round: h.round, level: h.level, seq: h.seq, note: h.note, ref: evidenceRef(h) }))
      : scenario.evidence.map((e, i) => ({ round: e.round, level: e.level, note: e.note, ref: `scenario:evidence[${i}]` })).filter((e) => e.round <= rounds);

  const intelligence = scenario.intelligence
    .map((x, i) => ({ round: x.round, recipients: [...x.recipients], level: x.level, note: x.note, ref: `scenario:intelligence[${i}]` }))
    .filter((x) => x.round <= rounds);

  const codes = new Set<string>([...scenario.states.map((s) => s.code), ...records.keys(), ...scenario.relationships.map((r) => r.from)]);
  const names: Record<string, string> = {};
  for (const code of codes) names[code] = stateName(scenario, code);
  for (const a of agreements) for (const p of a.parties) names[p] ??= stateName(scenario, p);
  for (const d of drafts) for (const s of d.sponsors) names[s] ??= stateName(scenario, s);

  const states: Record<string, StateRecordInput> = {};
  for (const code of [...records.keys()].sort()) states[code] = records.get(code)!;

  return {
    scenario: scenario.id,
    title: scenario.title,
    territorialState: scenario.crisis.territorialState,
    atrocityTypes: [...scenario.crisis.atrocityTypes],
    perpetrators: scenario.crisis.perpetrators.map((p) => ({ id: p.id, name: p.name, kind: p.kind, ...(p.state ? { state: p.state } : {}), ...(p.holdsAreaAgainstState ? { holdsAreaAgainstState: true } : {}) })),
    relationships: scenario.relationships.map((r) => ({ ...r, supportKinds: [...r.supportKinds] })),
    treaties: scenario.treaties.map((t) => ({ id: t.id, parties: t.parties === 'all' ? 'all' : [...t.parties] })),
    evidence,
    intelligence,
    rounds,
    permanentMembers: [...scenario.council.permanent],
    listed: scenario.states.map((s) => s.code),
    names,
    drafts,
    agreements,
    states,
  };
}

/** Facts per state and per round, each with the event seqs and scenario paths it rests on. */
export function factsFromRecord(scenario: Scenario, state: SessionState): RecordFacts {
  return completeFacts(factsInputFromRecord(scenario, state));
}
