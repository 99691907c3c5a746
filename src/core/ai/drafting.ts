import type { EvidenceLevel } from '../scenario/schema';
import { EVIDENCE_ORDER } from '../scenario/schema';
import type { Draft, SessionState } from '../session/state';
import type { Measure } from '../shared/vocabulary';
import { MEASURES } from '../shared/vocabulary';
import { judgeDraft, measureValue, type DraftJudgement, type DraftSpec, type Forum } from './assessment';
import { evidenceAtLeast } from './brief-reading';
import { aiSeats, type DecisionContext } from './decision-context';
import {
  CHAPTER_VII_MEASURES,
  MAX_MEASURES_PER_DRAFT,
  MEASURE_INCLUSION_THRESHOLD,
  MEASURE_MIN_EVIDENCE,
  PENHOLDER_MIN_HUMANITARIAN,
  BRIEF_OBJECTIVE_BONUS,
} from './decision-weights';
import { delegationProfile, principalPerpetrator, type DelegationProfile } from './profile';
import { adoptedMeasures, measuresVetoedBy, vetoBallots } from './record';
import { delegateRandom } from './rng';
import { draftPressure } from './signals';
import type { Scenario } from '../scenario/schema';
import { ownEntry } from '../session/lookup';

/**
 * Drafting: who holds the pen among the AI delegations, which measures it puts in a draft, and how
 * a delegation judges a tabled draft (its value plus pressure from allies).
 */

function lowerLevel(level: EvidenceLevel): EvidenceLevel {
  return EVIDENCE_ORDER[Math.max(0, EVIDENCE_ORDER.indexOf(level) - 1)]!;
}

/** The chapter a draft is tabled under: VII when any measure needs a binding decision. */
export function chapterFor(measures: readonly Measure[]): 'VI' | 'VII' {
  return measures.some((m) => CHAPTER_VII_MEASURES.includes(m)) ? 'VII' : 'VI';
}

/** How keen a delegation is to hold the pen: humanitarian priority, plus its brief's call for measures. */
export function penholderDrive(scenario: Scenario, profile: DelegationProfile): number {
  const principal = principalPerpetrator(scenario).id;
  if ((profile.alignment[principal]?.value ?? 0) > 0) return -1;
  if (profile.humanitarianPriority.value < PENHOLDER_MIN_HUMANITARIAN) return -1;
  const calls = Object.values(profile.brief.objectiveStances).some((s) => s === 'favour');
  return profile.humanitarianPriority.value + (calls ? BRIEF_OBJECTIVE_BONUS : 0);
}

/**
 * AI delegations able to hold the pen in a forum, keenest first. The order is the same whichever
 * seat computes it (seeded by the session seed and the round, not the seat), so they agree.
 */
const penholderCache = new WeakMap<SessionState, Map<Forum, string[]>>();

export function penholders(scenario: Scenario, state: SessionState, forum: Forum): string[] {
  let byForum = penholderCache.get(state);
  if (!byForum) {
    byForum = new Map();
    penholderCache.set(state, byForum);
  }
  let order = byForum.get(forum);
  if (!order) {
    order = rankPenholders(scenario, state, forum);
    byForum.set(forum, order);
  }
  return order;
}

function rankPenholders(scenario: Scenario, state: SessionState, forum: Forum): string[] {
  const random = delegateRandom(state.config.seed, 'penholder', state.round, forum);
  const candidates = aiSeats(state)
    .map((s) => s.state!)
    .filter((code) => forum === 'assembly' || delegationProfile(scenario, code).councilMember)
    .map((code) => ({ code, drive: penholderDrive(scenario, delegationProfile(scenario, code)), tie: random.unit() }))
    .filter((c) => c.drive > 0);
  candidates.sort((a, b) => b.drive - a.drive || a.tie - b.tie || (a.code < b.code ? -1 : 1));
  return candidates.map((c) => c.code);
}

/** The measures a penholder wants in its draft now, most valuable first. */
export function desiredMeasures(ctx: DecisionContext, forum: Forum): Measure[] {
  const { state, profile } = ctx;
  const outlook = ctx.outlook('drafting');
  const adopted = adoptedMeasures(state, forum === 'council' ? 'council' : undefined);
  const vetoedBefore = new Map<Measure, number>();
  for (const ballot of vetoBallots(state)) {
    for (const vetoer of ballot.councilResult!.vetoedBy) {
      for (const v of measuresVetoedBy(state, vetoer)) if (v.round < state.round) vetoedBefore.set(v.measure, Math.max(vetoedBefore.get(v.measure) ?? 0, v.round));
    }
  }
  const levelAt = (round: number) => state.evidence.history.filter((h) => h.round <= round).reduce<EvidenceLevel>((l, h) => (EVIDENCE_ORDER.indexOf(h.level) > EVIDENCE_ORDER.indexOf(l) ? h.level : l), 'none');
  const scored = MEASURES.filter((m) => !adopted.has(m))
    .filter((m) => {
      const min = profile.brief.objectiveStances[m] === 'favour' ? lowerLevel(MEASURE_MIN_EVIDENCE[m]) : MEASURE_MIN_EVIDENCE[m];
      return evidenceAtLeast(state.evidence.level, min);
    })
    // In the Council, a measure vetoed in an earlier round comes back only once the evidence has hardened since.
    .filter((m) => forum !== 'council' || !vetoedBefore.has(m) || EVIDENCE_ORDER.indexOf(state.evidence.level) > EVIDENCE_ORDER.indexOf(levelAt(vetoedBefore.get(m)!)))
    .map((m) => ({ m, v: measureValue(outlook, m, forum).net }))
    .filter((x) => x.v >= MEASURE_INCLUSION_THRESHOLD);
  scored.sort((a, b) => b.v - a.v || MEASURES.indexOf(a.m) - MEASURES.indexOf(b.m));
  return scored.slice(0, MAX_MEASURES_PER_DRAFT).map((x) => x.m).sort((a, b) => MEASURES.indexOf(a) - MEASURES.indexOf(b));
}

export function specOf(ctx: DecisionContext, draft: Draft): DraftSpec {
  const { pressure, alliesOpposed } = draftPressure(ctx, draft);
  return { measures: draft.measures, forum: draft.forum, chapter: draft.chapter, pressure, alliesOpposed };
}

export function judgeTabled(ctx: DecisionContext, draft: Draft): { spec: DraftSpec; judgement: DraftJudgement } {
  const spec = specOf(ctx, draft);
  return { spec, judgement: judgeDraft(ctx.outlook(`draft:${draft.id}`), spec) };
}

/** A fresh draft id for this delegation (unique in the session). */
export function freshDraftId(state: SessionState, code: string, forum: Forum): string {
  const base = `${code.toLowerCase()}-${forum === 'council' ? 'sc' : 'ga'}-r${state.round}`;
  let id = base;
  for (let n = 2; ownEntry(state.drafts, id); n++) id = `${base}-${n}`;
  return id;
}
