import type { EvidenceLevel, Scenario } from '../scenario/schema';
import type { SessionState } from '../session/state';
import type { CouncilVote, Measure } from '../shared/vocabulary';
import {
  ASSEMBLY_COST_FACTOR,
  BASE_URGENCY,
  BRIEF_OBJECTIVE_BONUS,
  BRIEF_RED_LINE_PENALTY,
  DIFFICULTY,
  EVIDENCE_WEIGHT,
  HOSTILITY_GAIN,
  MEASURE_WEIGHTS,
  RED_LINE_PENALTY,
  VETO_MIN_STAKE,
  VETO_STIGMA,
  VOTE_THRESHOLDS,
  type Difficulty,
} from './decision-weights';
import { redLineWeighsIn } from './brief-reading';
import { mainStake, principalPerpetrator, type DelegationProfile } from './profile';
import { EVIDENCE_WORDS, MEASURE_NAMES, num } from './wording';
import { ownEntry } from '../session/lookup';

/**
 * How much a measure, and a draft made of measures, is worth to a delegation: gains (protection,
 * reputation, hostility to the perpetrators, its brief's objectives) minus costs (its stake in the
 * perpetrators, economic and security ties, domestic constraints, regional solidarity, red lines),
 * each a named factor so the coach note can say what weighed.
 */

export interface Factor {
  /** What weighed, with the interest's value: "alignment with the Republican Guard (0.8)". */
  label: string;
  /** Contribution to the net value (gains positive, costs negative). */
  value: number;
}

export interface MeasureValue {
  measure: Measure;
  net: number;
  factors: Factor[];
  /** The measure is in the delegation's `vetoes` list (hard) or its brief's red lines (soft). */
  redLine: 'hard' | 'soft' | null;
  /** The brief says to abstain on it. */
  abstainByBrief: boolean;
}

export interface Outlook {
  scenario: Scenario;
  state: SessionState;
  profile: DelegationProfile;
  difficulty: Difficulty;
  /** Seeded jitter on thresholds for this decision (see rng.ts). */
  jitter: number;
}

export type Forum = 'council' | 'assembly';

export function evidenceWeight(level: EvidenceLevel): number {
  return EVIDENCE_WEIGHT[level];
}

const measureMemo = new WeakMap<Outlook, Map<string, MeasureValue>>();

/** A measure's value to the delegation now (at the public evidence level, or the one given). Memoized per outlook. */
export function measureValue(outlook: Outlook, measure: Measure, forum: Forum, evidence: EvidenceLevel = outlook.state.evidence.level): MeasureValue {
  let memo = measureMemo.get(outlook);
  if (!memo) {
    memo = new Map();
    measureMemo.set(outlook, memo);
  }
  const key = `${measure}|${forum}|${evidence}`;
  let value = memo.get(key);
  if (!value) {
    value = computeMeasureValue(outlook, measure, forum, evidence);
    memo.set(key, value);
  }
  return value;
}

function computeMeasureValue(outlook: Outlook, measure: Measure, forum: Forum, evidence: EvidenceLevel): MeasureValue {
  const { profile, scenario } = outlook;
  const w = MEASURE_WEIGHTS[measure];
  const d = DIFFICULTY[outlook.difficulty];
  const e = evidenceWeight(evidence);
  const { perpetrator, stake } = mainStake(scenario, profile);
  const costScale = d.costs * (forum === 'assembly' ? ASSEMBLY_COST_FACTOR : 1);
  const factors: Factor[] = [];
  const add = (label: string, value: number) => {
    if (Math.abs(value) > 1e-9) factors.push({ label, value });
  };

  const h = profile.humanitarianPriority.value;
  add(`humanitarian priority (${num(h)})`, d.gains * h * w.protection * (BASE_URGENCY + (1 - BASE_URGENCY) * e));
  const r = profile.reputationSensitivity.value;
  add(`reputation at stake (${num(r)}, ${EVIDENCE_WORDS[evidence]})`, d.gains * r * e * w.visibility);
  const principal = principalPerpetrator(scenario);
  const hostility = Math.max(0, -(ownEntry(profile.alignment, principal.id)?.value ?? 0));
  add(`hostility to the ${principal.name} (${num(-hostility)})`, d.gains * HOSTILITY_GAIN * hostility * w.coercion);

  add(`alignment with the ${perpetrator.name} (${num(stake)})`, -costScale * stake * w.coercion);
  add(`economic ties (${num(profile.economicTies.value)})`, -costScale * profile.economicTies.value * w.economic);
  add(`security ties (${num(profile.securityTies.value)})`, -costScale * profile.securityTies.value * w.security);
  add(`domestic constraints (${num(profile.domesticConstraints.value)})`, -costScale * profile.domesticConstraints.value * w.intervention);
  add(`regional solidarity with the territorial state (${num(profile.regionalSolidarity.value)})`, -costScale * profile.regionalSolidarity.value * w.intervention);

  const stance = profile.brief.objectiveStances[measure];
  // Coach notes are shown to every seat in the debrief: they name the brief's point, never quote its confidential words.
  const objective = `its brief's objective on ${MEASURE_NAMES[measure]}`;
  let redLine: MeasureValue['redLine'] = null;
  if (profile.redLineMeasures.includes(measure)) {
    // The profile's red line already says it all; the brief's words are not counted twice.
    redLine = 'hard';
    add(`its red line: never ${MEASURE_NAMES[measure]}`, -RED_LINE_PENALTY);
  } else if (profile.brief.redLineMeasures.includes(measure) && redLineWeighsIn(profile.brief.redLineForums[measure] ?? 'any', forum)) {
    redLine = 'soft';
    add(`its brief's red line on ${MEASURE_NAMES[measure]}`, -BRIEF_RED_LINE_PENALTY);
  } else if (stance === 'oppose') {
    add(objective, -BRIEF_RED_LINE_PENALTY);
  }
  if (stance === 'favour') add(objective, BRIEF_OBJECTIVE_BONUS);
  const net = factors.reduce((sum, f) => sum + f.value, 0);
  return { measure, net, factors, redLine, abstainByBrief: stance === 'abstain' };
}

export interface DraftJudgement {
  vote: CouncilVote;
  net: number;
  measures: MeasureValue[];
  /** Pressure and procedure factors on top of the measures. */
  extra: Factor[];
  /** A permanent member's negative vote on a Council draft (a veto if the draft had the votes). */
  veto: boolean;
  /** Why the vote is capped or forced, if it is ("a party to the dispute abstains under Chapter VI"). */
  constraint: string | null;
}

export interface DraftSpec {
  measures: readonly Measure[];
  forum: Forum;
  chapter: 'VI' | 'VII';
  /** Pressure from allies (already signed: + for, - against). */
  pressure?: Factor[];
  /** States this delegation will not vote against whose opposition to the draft is on record. */
  alliesOpposed?: string[];
}

/** Whether a delegation has a stake that lets it oppose a protective draft in the vote (rather than abstain). */
export function canOppose(outlook: Outlook, values: readonly MeasureValue[]): boolean {
  const { stake } = mainStake(outlook.scenario, outlook.profile);
  return outlook.profile.territorial || stake >= VOTE_THRESHOLDS.stakeToOppose || values.some((v) => v.redLine === 'hard');
}

/** Whether a permanent member's stake is a client's, one it would cast a veto for (VETO_MIN_STAKE); its red lines and the territorial state's own cause always are. */
function canVeto(outlook: Outlook, values: readonly MeasureValue[]): boolean {
  const { stake } = mainStake(outlook.scenario, outlook.profile);
  return outlook.profile.territorial || stake >= VETO_MIN_STAKE || values.some((v) => v.redLine === 'hard');
}

/** The vote a delegation casts on a draft, and the weighed factors behind it. */
export function judgeDraft(outlook: Outlook, spec: DraftSpec, evidence?: EvidenceLevel): DraftJudgement {
  const { profile, scenario } = outlook;
  const measures = spec.measures.map((m) => measureValue(outlook, m, spec.forum, evidence));
  const extra: Factor[] = [...(spec.pressure ?? [])];
  const e = evidenceWeight(evidence ?? outlook.state.evidence.level);
  const permanentCouncil = spec.forum === 'council' && profile.permanent;
  let noThreshold = VOTE_THRESHOLDS.no;
  if (permanentCouncil) noThreshold += VETO_STIGMA * profile.reputationSensitivity.value * e;
  const net = measures.reduce((s, v) => s + v.net, 0) + extra.reduce((s, f) => s + f.value, 0);
  const yesAt = VOTE_THRESHOLDS.yes + outlook.jitter;
  const noAt = -(noThreshold + outlook.jitter);

  if (spec.forum === 'council' && spec.chapter === 'VI' && scenario.council.partiesToDispute.includes(profile.code)) {
    return { vote: 'abstain', net, measures, extra, veto: false, constraint: 'a party to the dispute abstains in a Chapter VI decision (UN Charter art. 27(3))' };
  }
  const mayOppose = permanentCouncil ? canVeto(outlook, measures) : canOppose(outlook, measures);
  let vote: CouncilVote = net >= yesAt ? 'yes' : net <= noAt && mayOppose ? 'no' : 'abstain';
  let constraint: string | null = null;
  if (measures.some((v) => v.redLine === 'hard') && vote !== 'no') {
    vote = 'no';
    constraint = `its red line (${measures.filter((v) => v.redLine === 'hard').map((v) => MEASURE_NAMES[v.measure]).join(', ')})`;
  }
  if (vote === 'yes') {
    const cappedBy = measures.find((v) => v.abstainByBrief);
    if (cappedBy) {
      vote = 'abstain';
      constraint = `its brief says to abstain on ${MEASURE_NAMES[cappedBy.measure]}`;
    } else if ((spec.alliesOpposed ?? []).length > 0) {
      vote = 'abstain';
      constraint = `it will not vote against ${spec.alliesOpposed!.join(', ')}, which opposes the draft (its brief's red line)`;
    }
  }
  return { vote, net, measures, extra, veto: permanentCouncil && vote === 'no', constraint };
}

/** All factors of a judgement, summed by label, largest first. */
export function weighedFactors(judgement: DraftJudgement): Factor[] {
  const sums = new Map<string, number>();
  for (const f of [...judgement.measures.flatMap((m) => m.factors), ...judgement.extra]) sums.set(f.label, (sums.get(f.label) ?? 0) + f.value);
  return [...sums.entries()].map(([label, value]) => ({ label, value })).sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || (a.label < b.label ? -1 : 1));
}
