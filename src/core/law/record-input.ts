import type { AtrocityType, EvidenceLevel, PerpetratorKind, RelationshipKind, Scenario, SupportKind } from '../scenario/schema';
import { councilMembers, stateName } from '../scenario/membership';
import type { SessionState } from '../session/state';
import { applyChange } from '../session/revisions';
import { councilStatementStatus } from '../session/council-statements';
import { representedStates } from '../session/context';
import type { ConductKind, ConductScale, D2rClause, DefenceArgument, Measure } from '../shared/vocabulary';
import type { EvidenceRef } from './types';

/**
 * Record normalisation: the session record, read once, in the authoring format of the case library
 * (test/law-cases/*.yaml): a scenario fragment plus what each state did, gathered per state. No law
 * is applied here; ./facts.ts derives the facts, and each duty classifies them beside its rule.
 */

// ---------------------------------------------------------------------------------------------
// The authoring format

export interface CouncilStatementInput {
  seq: number;
  round: number;
  kind: 'presidential' | 'press';
  part: 'proposed' | 'joined' | 'acquiesced' | 'objected';
  adopted: boolean;
  objectors?: number;
}

export interface FactsInput {
  scenario?: string;
  title?: string;
  territorialState: string;
  atrocityTypes: AtrocityType[];
  perpetrators: { id: string; name?: string; kind: PerpetratorKind; state?: string; holdsAreaAgainstState?: boolean }[];
  relationships?: {
    kind: RelationshipKind;
    from: string;
    to: string;
    supportKinds?: SupportKind[];
    fromRound?: number;
    untilRound?: number;
    /** The tie already held before round 1 (support given before the crisis began). */
    beforeCrisis?: boolean;
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
  /**
   * Changes it asked the penholder of a circulated draft to make (draft.requestChange): the measures
   * the draft would have carried with the change. Read by the duty not to obstruct (meaningful alternative).
   */
  changeRequests?: { seq: number; round: number; draft: string; measures: Measure[] }[];
  /**
   * Contact groups ("Friends of …") it was invited to and declined (group.decline): read by the
   * duty not to obstruct as declining a multilateral meeting (Hakimi at 275 & n.163).
   */
  declinedContactGroups?: { seq: number; round: number; title: string }[];
  /**
   * Meetings the scenario states (an Arria-formula meeting, a conference, a summit) it was invited
   * to and declined (meeting.decline): read exactly as a declined contact group.
   */
  declinedMeetings?: { seq: number; round: number; title: string }[];
  /**
   * Presidential and press statements of the Council whose silence procedure ended, with this
   * member's part in them: it proposed one, joined the consensus, stayed silent (acquiesced), or
   * objected. `seq` is the proposal's entry; `objectors` counts the members that objected.
   * Read by the duty not to obstruct: acquiescence in an adopted statement, or an objection that
   * blocked one (Hakimi at 274 & nn.158-160).
   */
  councilStatements?: CouncilStatementInput[];
  memorial?: { argument: DefenceArgument; duty?: string; text?: string; seq?: number }[];
  overrides?: { duty: string; holds: boolean; reason: string; seq: number }[];
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

  // Who sought which change to a circulated draft, with the measures it would have left (seed Part IV.B.3).
  for (const d of Object.values(state.drafts)) {
    const circulation = d.circulation;
    if (!circulation) continue;
    for (const request of circulation.requests) {
      const before = circulation.revisions.filter((r) => r.seq < request.seq).at(-1)!.text;
      const measures = applyChange(before, request.change).measures;
      (record(request.state).changeRequests ??= []).push({ seq: request.seq, round: request.round, draft: d.id, measures: [...measures] });
    }
  }

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
  for (const group of Object.values(state.groups)) {
    for (const d of group.declined) (record(d.state).declinedContactGroups ??= []).push({ seq: d.seq, round: d.round, title: group.title });
  }
  for (const a of state.meetingAnswers) {
    if (a.answer !== 'decline') continue;
    const meeting = scenario.meetings.find((m) => m.id === a.meetingId);
    (record(a.state).declinedMeetings ??= []).push({ seq: a.seq, round: a.round, title: meeting?.title ?? 'a meeting' });
  }
  councilStatementsOnRecord(scenario, state, (code) => (record(code).councilStatements ??= []));
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
      // An inject the facilitator wrote is cited by its entry in the record.
      if (!fired && h.seq !== null && writtenInjectAt(state, h.seq)) return `#${h.seq}`;
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
    perpetrators: scenario.crisis.perpetrators.map((p) => ({ id: p.id, name: p.name, kind: p.kind, ...(p.state ? { state: p.state } : {}), ...(p.holdsAreaAgainstState !== undefined ? { holdsAreaAgainstState: p.holdsAreaAgainstState } : {}) })),
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

/** Whether the record's entry at `seq` is an inject the facilitator wrote (entries are numbered from 1, in order). */
function writtenInjectAt(state: SessionState, seq: number): boolean {
  const entry = state.log[seq - 1]?.seq === seq ? state.log[seq - 1] : state.log.find((e) => e.seq === seq);
  return entry?.event.type === 'inject.write';
}

/**
 * Each seated Council member's part in each statement whose silence procedure has ended: who
 * proposed it, who joined the consensus, who stayed silent (and so acquiesced) and who objected.
 * An open statement is not yet anyone's act.
 */
function councilStatementsOnRecord(scenario: Scenario, state: SessionState, listOf: (code: string) => CouncilStatementInput[]): void {
  const statements = Object.values(state.councilStatements);
  if (statements.length === 0) return;
  const seated = representedStates(state);
  const members = councilMembers(scenario).filter((code) => seated.has(code));
  for (const statement of statements) {
    const status = councilStatementStatus(statement, state);
    if (status === 'open') continue;
    const objectors = statement.objections.length;
    for (const code of members) {
      const objection = statement.objections.find((o) => o.state === code);
      const part: CouncilStatementInput['part'] = objection
        ? 'objected'
        : statement.proposedBy === code
          ? 'proposed'
          : statement.joined.some((j) => j.state === code)
            ? 'joined'
            : 'acquiesced';
      listOf(code).push({ seq: objection?.seq ?? statement.seq, round: statement.round, kind: statement.kind, part, adopted: status === 'adopted', objectors });
    }
  }
}
