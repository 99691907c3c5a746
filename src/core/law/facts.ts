import { EVIDENCE_ORDER } from '../scenario/schema';
import type { AtrocityType, EvidenceLevel, PerpetratorKind, RelationshipKind, Scenario, SupportKind } from '../scenario/schema';
import type { SessionState } from '../session/state';
import type { ConductKind, ConductScale, D2rClause, DefenceArgument, Measure } from '../shared/vocabulary';
import { ownEntry } from '../session/lookup';
import { PARAMETERS } from './parameters';
import type { EvidenceRef } from './types';
import { maxLevel, rank, sortRefs } from './levels';
import { factsInputFromRecord } from './record-input';
import type { DraftInput, FactsInput, StateRecordInput } from './record-input';
import { alternativesOnRecord, meaningfulDraft, obstructionOnRecord } from './duties/not-obstruct';
import type { AlternativeFact, ObstructionFact } from './duties/not-obstruct';
import { breachesOfAgreements, supportConduct } from './duties/d2r-agreement';
import type { BreachFact } from './duties/d2r-agreement';
import { councilMandate } from './duties/protect';

/**
 * Derived facts. The law engine never reads the session log directly: ./record.ts gathers it, per
 * state, in the authoring format of the case library; here the facts are derived from it once per
 * record, per state and per round, each carrying the references (log seqs, scenario paths) it
 * rests on: what each act reaches, what the state knew when it acted, which relationships were in
 * force. What the law makes of a fact (obstruction, an alternative, a breach of an agreement, a
 * Council mandate) is classified beside the duty it decides, in ./duties, and called from here.
 */


// ---------------------------------------------------------------------------------------------
// The established facts

export interface PerpetratorFact {
  id: string;
  name: string;
  kind: PerpetratorKind;
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
  /**
   * It already held before round 1: what was given then was given before any evidence of the
   * atrocities, so it is context of a finding, never aid with knowledge (ARSIWA art. 16 cmt. (4)).
   */
  beforeCrisis: boolean;
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

/** A multilateral meeting the state declined: a contact group convened in the session, or a meeting the scenario states. */
export interface DeclinedMeetingFact {
  title: string;
  forum: 'contact-group' | 'stated-meeting';
  round: number;
  seq: number;
  knowledge: Knowledge;
  ref: EvidenceRef;
}

/** A Council statement whose silence procedure ended, and the state's part in it. */
export interface CouncilStatementFact {
  kind: 'presidential' | 'press';
  part: 'proposed' | 'joined' | 'acquiesced' | 'objected';
  adopted: boolean;
  objectors: number;
  round: number;
  seq: number;
  knowledge: Knowledge;
  ref: EvidenceRef;
}

export interface ChangeRequestFact {
  draft: string;
  round: number;
  seq: number;
  measures: Measure[];
  ref: EvidenceRef;
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
  /** Changes it sought to circulated drafts, with the measures each would have left. */
  changeRequests: ChangeRequestFact[];
  /** Contact groups and stated meetings it declined, with what it knew then. */
  declinedMeetings: DeclinedMeetingFact[];
  /** Council statements whose silence procedure ended, with its part in each. */
  councilStatements: CouncilStatementFact[];
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
// Completion: the authoring format -> established facts

const GENOCIDE_CONVENTION = 'genocide-convention';

export function completeFacts(input: FactsInput): RecordFacts {
  const territorial = input.territorialState;
  const perpetrators: PerpetratorFact[] = input.perpetrators.map((p, i) => ({
    id: p.id,
    name: p.name ?? p.id,
    kind: p.kind,
    state: p.state ?? null,
    // A de facto administration governs its area in place of the territorial state (schema.ts).
    holdsAreaAgainstState: p.holdsAreaAgainstState ?? p.kind === 'de-facto-administration',
    ref: `scenario:crisis.perpetrators[${i}]`,
  }));
  const perpetratorIds = new Set(perpetrators.map((p) => p.id));
  // Indexes built once per record: a state's government perpetrators, and below its clients.
  const governments = groupBy(perpetrators.filter((p) => p.kind === 'government' && p.state !== null), (p) => p.state!);
  const governmentOf = (code: string): string[] => (governments.get(code) ?? []).map((p) => p.id);
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
    beforeCrisis: (r.beforeCrisis ?? false) && (r.fromRound ?? 1) === 1,
    note: r.note ?? '',
    ref: r.ref ?? `scenario:relationships[${i}]`,
  }));
  const clientTies = groupBy(raw.filter((r) => (r.kind === 'agency' || r.kind === 'substantial-support') && perpetratorIds.has(r.to)), (r) => r.from);
  const directClients = (code: string): string[] => (clientTies.get(code) ?? []).map((r) => r.to);
  const governmentAndClients = (code: string): string[] => [...new Set([...governmentOf(code), ...directClients(code)])].sort();
  const relationships: RelationshipFact[] = raw.map((r) => {
    if (perpetratorIds.has(r.to)) return { ...r, perpetrators: [r.to], area: false };
    const area = r.to === territorial;
    if (area && PLACE_KINDS.includes(r.kind)) return { ...r, perpetrators: allPerpetrators, area };
    return { ...r, perpetrators: governmentAndClients(r.to), area };
  });

  const resolveActTarget = actTargetResolver(perpetrators, raw);

  // Drafts
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
      meaningful: meaningfulDraft(d.measures),
      councilAuthorisation: d.forum === 'council' && d.outcome === 'adopted' && councilMandate(d.measures),
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
  const relationshipsBy = groupBy(relationships, (r) => r.from);
  const intelligence = (input.intelligence ?? [])
    .map((x, i) => ({ round: x.round, level: x.level, recipients: x.recipients, ref: x.ref ?? `scenario:intelligence[${i}]` }))
    .sort((a, b) => a.round - b.round || rank(a.level) - rank(b.level));
  const intelligenceTo = new Map<string, { round: number; level: EvidenceLevel; ref: EvidenceRef }[]>();
  for (const { round, level, recipients, ref } of intelligence) {
    for (const code of new Set(recipients)) pushTo(intelligenceTo, code, { round, level, ref });
  }
  const agreementsOf = new Map<string, AgreementFact[]>();
  for (const a of agreements) for (const party of new Set(a.parties)) pushTo(agreementsOf, party, a);
  const sponsoredBy = new Map<string, DraftFact[]>();
  for (const d of Object.values(drafts)) for (const s of new Set(d.sponsors)) pushTo(sponsoredBy, s, d);
  const states: StateFacts[] = [...codes].sort().map((code) =>
    stateFacts(code, {
      input: stateInputs[code] ?? {},
      name: input.names?.[code] ?? stateInputs[code]?.name ?? code,
      listed: listed.has(code),
      territorial: code === territorial,
      permanentMember: permanent.has(code),
      genocideConventionParty: isGenocideParty(code),
      relationships: relationshipsBy.get(code) ?? [],
      intelligence: intelligenceTo.get(code) ?? [],
      rounds,
      publicAt,
      seqSensitiveRounds,
      sponsored: sponsoredBy.get(code) ?? [],
      resolveActTarget,
      drafts,
      agreements: agreementsOf.get(code) ?? [],
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

function pushTo<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/** An index of items by key, each list in the items' order. */
function groupBy<K, V>(items: readonly V[], key: (item: V) => K): Map<K, V[]> {
  const index = new Map<K, V[]>();
  for (const item of items) pushTo(index, key(item), item);
  return index;
}

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

  // What on the record is obstruction, and what an alternative to it: classified beside the duty.
  const declinedMeetings: DeclinedMeetingFact[] = [
    ...(input.declinedContactGroups ?? []).map((d) => ({ ...d, forum: 'contact-group' as const })),
    ...(input.declinedMeetings ?? []).map((d) => ({ ...d, forum: 'stated-meeting' as const })),
  ]
    .map((d) => ({ title: d.title, forum: d.forum, round: d.round, seq: d.seq, knowledge: knowledgeAt(d.round, d.seq), ref: `#${d.seq}` }))
    .sort(bySeq);
  const councilStatements: CouncilStatementFact[] = (input.councilStatements ?? [])
    .map((c) => ({ kind: c.kind, part: c.part, adopted: c.adopted, objectors: c.objectors ?? (c.part === 'objected' ? 1 : 0), round: c.round, seq: c.seq, knowledge: knowledgeAt(c.round, c.seq), ref: `#${c.seq}` }))
    .sort(bySeq);
  const obstruction = obstructionOnRecord({ votes, vetoThreats, attendance, declinedMeetings, councilStatements, support });
  const changeRequests: ChangeRequestFact[] = (input.changeRequests ?? [])
    .map((r) => ({ draft: r.draft, round: r.round, seq: r.seq, measures: r.measures, ref: `#${r.seq}` }))
    .sort(bySeq);
  const alternatives = alternativesOnRecord({ sponsorships, votes, protective, changeRequests, councilStatements }, ctx.drafts);

  // Support to perpetrators recorded as scenario relationships, with the rounds in force
  const supportRelationships = supportRelationshipsOf(ctx.relationships, protective, ctx.rounds);

  // Acts contrary to a D2R agreement in force: classified beside the duty.
  const breaches = breachesOfAgreements(ctx.agreements, support, supportRelationships, knowledgeAt);

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
  const actsIn = groupBy(conduct, (a) => a.round);
  for (let round = 1; round <= ctx.rounds; round++) {
    const k = knowledgeAt(round);
    knowledgeByRound.push(k);
    roundFacts.push({
      round,
      relationships: ctx.relationships.filter((r) => r.fromRound <= round && round <= r.untilRound).map((r) => `${r.kind}:${r.to}`),
      knowledge: k.level,
      acts: (actsIn.get(round) ?? []).map((a) => a.seq),
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
    changeRequests,
    declinedMeetings,
    councilStatements,
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

/**
 * A state's support relationships to perpetrators, each with the rounds it was in force: from its
 * first round to its last, or until the state's own act suspending support to every perpetrator it
 * reaches (from the round of that act on, the support is withheld: the tranche of that round is held).
 */
function supportRelationshipsOf(relationships: readonly RelationshipFact[], protective: readonly ActFact[], rounds: number): SupportRelationshipFact[] {
  const out: SupportRelationshipFact[] = [];
  const endsSupport = PARAMETERS.conduct.endsSupport.value as readonly ConductKind[];
  for (const r of relationships) {
    if (!SUPPORT_RELATIONSHIP_KINDS.includes(r.kind) || r.perpetrators.length === 0) continue;
    let endedBy: ActFact | null = null;
    for (const a of protective) {
      if (!endsSupport.includes(a.kind) || a.round < r.fromRound || a.round > r.untilRound) continue;
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

/**
 * What a conduct act reaches (docs/law.md §2, "Conduct aimed at a state"): a perpetrator named is
 * reached alone. A state named stands for its government's forces among the perpetrators; a
 * protective measure (sanctions, pressure, suspending support...) aimed at a state also reaches the
 * groups that state directs or props up (agency, substantial support), since the measure bears on
 * its means to support them. A troop deployment to a state is presence, not support to anyone. No
 * target: a protective measure is aimed at every perpetrator, any other act at none.
 */
export function actTargetResolver(
  perpetrators: readonly { id: string; kind: string; state?: string | null }[],
  relationships: readonly { kind: RelationshipKind; from: string; to: string }[],
): (kind: ConductKind, target: string | null) => string[] {
  const perpetratorIds = new Set(perpetrators.map((p) => p.id));
  const all = perpetrators.map((p) => p.id);
  const governments = groupBy(perpetrators.filter((p) => p.kind === 'government' && p.state), (p) => p.state!);
  const governmentOf = (code: string): string[] => (governments.get(code) ?? []).map((p) => p.id);
  const clientTies = groupBy(relationships.filter((r) => (r.kind === 'agency' || r.kind === 'substantial-support') && perpetratorIds.has(r.to)), (r) => r.from);
  const clientsOf = (code: string): string[] => (clientTies.get(code) ?? []).map((r) => r.to);
  const protectiveKinds = PARAMETERS.conduct.protective.value as readonly ConductKind[];
  return (kind, target) => {
    const protective = protectiveKinds.includes(kind);
    if (target === null) return protective ? all : [];
    if (perpetratorIds.has(target)) return [target];
    if (kind === 'troop-deployment') return []; // presence, unless sent to fight with a named perpetrator
    const direct = governmentOf(target);
    return protective ? [...new Set([...direct, ...clientsOf(target)])].sort() : direct;
  };
}

/** Whether a state did anything on the record (beyond votes cast for it by scenario defaults). */
export function actedOnRecord(s: StateFacts): boolean {
  return (
    s.relationships.length > 0 ||
    s.conduct.length > 0 ||
    s.votes.length > 0 ||
    s.vetoThreats.length > 0 ||
    s.sponsorships.length > 0 ||
    s.changeRequests.length > 0 ||
    s.declinedMeetings.length > 0 ||
    s.councilStatements.length > 0 ||
    s.agreements.length > 0 ||
    s.memorial.length > 0 ||
    s.overrides.length > 0 ||
    s.explanations.length > 0
  );
}

/** Facts per state and per round, each with the event seqs and scenario paths it rests on. */
export function factsFromRecord(scenario: Scenario, state: SessionState): RecordFacts {
  return completeFacts(factsInputFromRecord(scenario, state));
}
