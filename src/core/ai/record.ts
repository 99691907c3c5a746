import { EVIDENCE_ORDER, type EvidenceLevel, type Perpetrator, type Relationship, type Scenario } from '../scenario/schema';
import { agreementInForce, consentSeq } from '../session/selectors';
import type { Agreement, Ballot, Draft, SessionState } from '../session/state';
import type { Measure } from '../shared/vocabulary';
import { redLineCrossedBy } from './brief-reading';
import { relationshipConcerns, type DelegationProfile } from './profile';
import { ownEntry } from '../session/lookup';

/**
 * The AI's own minimal reading of the record: what it knows, what it is tied to this round, what
 * the Council and the Assembly have done, which agreements bind it and whether a red line has been
 * crossed. Everything a decision reads from the session goes through here, so the law engine's
 * facts can replace it in one place.
 */

export function higherLevel(a: EvidenceLevel, b: EvidenceLevel): EvidenceLevel {
  return EVIDENCE_ORDER.indexOf(a) >= EVIDENCE_ORDER.indexOf(b) ? a : b;
}

/** What this state knows: the public level, or more if intelligence reached it (ARSIWA art. 16). */
export function knowledgeOf(state: SessionState, code: string): EvidenceLevel {
  let level = state.evidence.level;
  for (const item of state.evidence.intelligence) if (item.recipients.includes(code)) level = higherLevel(level, item.level);
  return level;
}

/** Whether the public evidence level rose in the current round (a report, a finding, graves found). */
export function evidenceRoseThisRound(state: SessionState): boolean {
  const before = state.evidence.history.filter((h) => h.round < state.round).reduce<EvidenceLevel>((l, h) => higherLevel(l, h.level), 'none');
  return EVIDENCE_ORDER.indexOf(state.evidence.level) > EVIDENCE_ORDER.indexOf(before);
}

export interface SupportTie {
  perpetrator: Perpetrator;
  relationship: Relationship;
}

const SUPPORTING: ReadonlySet<Relationship['kind']> = new Set(['agency', 'substantial-support', 'arms-supplier', 'governmental-authority']);

/** The state's supporting ties to perpetrators in force this round (the scenario's relationships, by round). */
export function supportTies(scenario: Scenario, profile: DelegationProfile, round: number): SupportTie[] {
  const out: SupportTie[] = [];
  for (const r of profile.relationships) {
    if (!SUPPORTING.has(r.kind)) continue;
    if (round < r.fromRound || (r.untilRound !== undefined && round > r.untilRound)) continue;
    for (const p of scenario.crisis.perpetrators) {
      // A state's own government forces are its organs (ARSIWA art. 4), not a party it supports.
      if (p.state === profile.code) continue;
      if (r.to === p.id || (r.kind === 'agency' && relationshipConcerns(r, p))) out.push({ perpetrator: p, relationship: r });
    }
  }
  return out;
}

export function councilBallots(state: SessionState): Ballot[] {
  return state.ballots.filter((b) => b.kind === 'council-substantive');
}

/** Ballots on which a permanent member's negative vote defeated a draft. */
export function vetoBallots(state: SessionState): Ballot[] {
  return state.ballots.filter((b) => (b.councilResult?.vetoedBy.length ?? 0) > 0);
}

/** Measures the Council or the Assembly has adopted so far. */
export function adoptedMeasures(state: SessionState, forum?: Draft['forum']): Set<Measure> {
  const out = new Set<Measure>();
  for (const d of Object.values(state.drafts)) if (d.status === 'adopted' && (forum === undefined || d.forum === forum)) for (const m of d.measures) out.add(m);
  return out;
}

/** Measures a permanent member has vetoed (as part of a draft it defeated), with the round. */
export function measuresVetoedBy(state: SessionState, code: string): { measure: Measure; round: number }[] {
  const out: { measure: Measure; round: number }[] = [];
  for (const b of vetoBallots(state)) {
    if (!b.councilResult!.vetoedBy.includes(code)) continue;
    for (const m of ownEntry(state.drafts, b.draftId)?.measures ?? []) out.push({ measure: m, round: b.round });
  }
  return out;
}

export function agreementsInForceFor(state: SessionState, code: string): Agreement[] {
  return Object.values(state.agreements).filter((a) => a.parties.includes(code) && agreementInForce(a, state.round));
}

export function counterpartyOf(agreement: Agreement, code: string): string {
  return agreement.parties[0] === code ? agreement.parties[1] : agreement.parties[0];
}

export interface RedLineCrossing {
  /** Which red line and what crossed it, for the coach note and the delegation's words. */
  because: string;
  /** The log entry that crossed it (the conduct act of the other party's breach, or the vote that adopted the draft). */
  seq: number;
}

/**
 * Whether a red line of this state has been crossed since it signed, which alone releases it (in
 * its own eyes) from a D2R agreement: the other party breached the agreement first (cf. VCLT
 * art. 60), or a measure it said it would never accept was adopted in the forum its red line
 * speaks of. Its hard red lines (the measures it vetoes) are about Council decisions; a brief's red
 * line about "Council sanctions" is not crossed by an Assembly recommendation, and one about its own
 * companies or officials is no red line on sanctions in general (see `readBrief`).
 */
export function redLineCrossed(state: SessionState, profile: DelegationProfile, agreement: Agreement): RedLineCrossing | null {
  const other = counterpartyOf(agreement, profile.code);
  const since = consentSeq(agreement, profile.code);
  const breach = agreement.breaches.find((b) => b.state === other);
  if (breach) return { because: `the other party breached the agreement first (its conduct in round ${breach.round})`, seq: breach.conductSeq };
  for (const d of Object.values(state.drafts)) {
    if (d.status !== 'adopted') continue;
    const ballot = d.ballotIds.map((id) => state.ballots.find((b) => b.id === id)).filter((b) => b !== undefined && b.purpose === 'adoption' && b.closedSeq !== null).at(-1);
    const seq = ballot?.closedSeq ?? d.tabledSeq;
    if (seq <= since) continue;
    const forumName = d.forum === 'council' ? 'Council' : 'Assembly';
    for (const m of d.measures) {
      const hard = d.forum === 'council' && profile.redLineMeasures.includes(m);
      const soft = profile.brief.redLineMeasures.includes(m) && redLineCrossedBy(profile.brief.redLineForums[m] ?? 'any', d.forum);
      if (!hard && !soft) continue;
      const line = hard ? `its red line: never ${m.replace(/-/g, ' ')} by the Council` : `its brief's red line on ${m.replace(/-/g, ' ')}${profile.brief.redLineForums[m] === 'council' ? ' by the Council' : profile.brief.redLineForums[m] === 'assembly' ? ' by the Assembly' : ''}`;
      return { because: `${line}, crossed when the ${forumName} adopted "${d.title}" in round ${ballot?.round ?? d.round}`, seq };
    }
  }
  return null;
}

/** The state's vote on a ballot, if it cast one. */
export function voteOn(ballot: Ballot, code: string): string | undefined {
  return ballot.votes[code];
}

/** Drafts tabled (or in the vote) in a forum now. */
export function tabledDrafts(state: SessionState, forum: Draft['forum']): Draft[] {
  return Object.values(state.drafts).filter((d) => d.status === 'tabled' && d.forum === forum);
}

export function draftsOfRound(state: SessionState, forum: Draft['forum']): Draft[] {
  return Object.values(state.drafts).filter((d) => d.forum === forum && d.round === state.round);
}
