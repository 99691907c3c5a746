import type { Scenario } from '../scenario/schema';
import type { SessionState } from '../session/state';
import type { DefenceArgument } from '../shared/vocabulary';
import { basisOf, shortCitation } from './authorities';
import type { DefenceEffect, DefenceRuling } from './defences';
import { DEFENCES, rulePlea } from './defences';
import { DUTIES, DUTY_BY_ID } from './duties';
import type { Assumptions, DutyEvaluation, DutyModule } from './duties';
import { gravity, stateWithArticle, traceBasis, traceContext, traceEvidence } from './duties/common';
import type { RecordFacts, StateFacts } from './facts';
import { actedOnRecord, factsFromRecord } from './facts';
import { sortRefs } from './levels';
import { PARAMETERS } from './parameters';
import type { ExposureBand } from './parameters';
import { idWords, renderReasoning, resultWords } from './trace';
import { recordRefWords } from './record-words';
import { redactTrace } from './confidential';
import { DUTY_IDS } from './types';
import type { DutyId, EvidenceRef, NormativeStatus, TraceNode, Truth } from './types';

/**
 * The exposure report (docs/design.md §5.2): per state, a 0-100 exposure and a band, and its findings sorted
 * by weight, each with its duty, normative status, points, basis, evidence, reasoning (rendered from
 * the trace) and the rulings on the state's defences. Fields beyond the contract: `name`, `title`,
 * `result`, `holds`, `informational`, `override`, `trace`.
 */

export interface FindingDefence {
  argument: DefenceArgument;
  accepted: boolean;
  why: string;
  effect: DefenceEffect;
  text: string;
  seq: number | null;
}

export interface Finding {
  duty: DutyId;
  title: string;
  status: NormativeStatus;
  /** Three-valued: holds, does-not-hold, or unknown (not established on the record). */
  result: Truth;
  /** True only when the finding holds (as scenario teaching notes state it). */
  holds: boolean;
  informational: boolean;
  points: number;
  basis: { authority: string; pinpoint: string }[];
  /** Exactly the entries that satisfy the elements the finding rests on. */
  evidence: EvidenceRef[];
  /**
   * Other entries the reasoning considered but the finding does not rest on (acts before knowledge,
   * grounds that did not hold): shown apart, labelled as context.
   */
  context: EvidenceRef[];
  reasoning: string;
  defences: FindingDefence[];
  override: { holds: boolean; reason: string; seq: number; engineResult: Truth } | null;
}

export interface StateExposure {
  state: string;
  name: string;
  exposure: number;
  band: ExposureBand;
  findings: Finding[];
  trace: TraceNode[];
}

export interface ExposureReport {
  scenario: string;
  title: string;
  states: StateExposure[];
}

export interface AdjudicateOptions {
  /** Include the full trace per state (default true). */
  trace?: boolean;
  /**
   * Explain each finding: its reasoning, evidence and basis, rendered from the trace (default true).
   * False for a score only (results, points, exposure, rulings on defences), as the practice-mode
   * preview needs: nothing is rendered and no trace is kept.
   */
  explain?: boolean;
  /**
   * References the reader may not see (viewFor's confidentialRefs): the reasoning and trace given
   * to that reader withhold their description (./confidential.ts). Default: none (the full record).
   */
  confidential?: ReadonlySet<EvidenceRef>;
}

const DUTY_ORDER: Record<DutyId, number> = Object.fromEntries(DUTY_IDS.map((d, i) => [d, i])) as Record<DutyId, number>;

function round(value: number): number {
  const f = 10 ** PARAMETERS.decimals.value;
  return Math.round(value * f) / f;
}

/** Points of a finding: 100 × status weight × gravity × the share of the duty's weight it carries. */
export function findingPoints(facts: RecordFacts, evaluation: DutyEvaluation, override: { holds: boolean } | null = null): number {
  if (evaluation.informational) return 0;
  // A judge who finds that the duty holds replaces the engine's assessment of the breach, so its
  // mitigations do not apply; the intensity of the facts (or the override intensity) does.
  const share = override ? (override.holds ? Math.max(evaluation.intensity, PARAMETERS.overrideIntensity.value) : 0) : evaluation.share;
  return round(100 * PARAMETERS.statusWeight[evaluation.status].value * gravity(facts) * share);
}

/** Findings combine like independent risks: 100 × (1 − Π(1 − points/100)). */
export function exposureOf(points: readonly number[]): number {
  let rest = 1;
  for (const p of [...points].sort((a, b) => a - b)) rest *= 1 - Math.min(100, p) / 100;
  return round(100 * (1 - rest));
}

export function bandOf(exposure: number): ExposureBand {
  const b = PARAMETERS.bands;
  if (exposure >= b.veryHigh.value) return 'very-high';
  if (exposure >= b.high.value) return 'high';
  if (exposure >= b.moderate.value) return 'moderate';
  if (exposure >= b.low.value) return 'low';
  return 'none';
}

interface Pleading {
  argument: DefenceArgument;
  text: string;
  seq: number | null;
}

/** Which duties each memorial argument is addressed to: the named duty, or the argument's usual duties. */
function pleadingsByDuty(state: StateFacts, applicable: readonly DutyId[]): Map<DutyId, Pleading[]> {
  const out = new Map<DutyId, Pleading[]>();
  const add = (duty: DutyId, p: Pleading) => {
    const list = out.get(duty) ?? [];
    list.push(p);
    out.set(duty, list);
  };
  for (const m of state.memorial) {
    const pleading = { argument: m.argument, text: m.text, seq: m.seq };
    const named = m.duty && (DUTY_IDS as readonly string[]).includes(m.duty) ? (m.duty as DutyId) : null;
    const targets = named ? [named] : DEFENCES[m.argument].duties.filter((d) => applicable.includes(d));
    const present = targets.filter((d) => applicable.includes(d));
    if (present.length > 0) for (const d of present) add(d, pleading);
    else if (applicable.length > 0) add(applicable[0]!, pleading);
  }
  return out;
}

const NONE: ReadonlySet<EvidenceRef> = new Set();

interface Judged {
  finding: Finding;
  trace: TraceNode;
}

function judgeDuty(duty: DutyModule, facts: RecordFacts, state: StateFacts, pleadings: readonly Pleading[], options: AdjudicateOptions): Judged {
  const base = duty.evaluate({ facts, state, assumptions: {} });
  const rulings: DefenceRuling[] = [];
  const assumptions: Assumptions = {};
  const pleas = pleadings.map((p) => ({ p, plea: rulePlea(p.argument, { facts, state, duty: duty.id, evaluation: base }) }));
  for (const { plea } of pleas) if (plea.accepted && plea.assumption) assumptions[plea.assumption] = true;
  const final = Object.keys(assumptions).length > 0 ? duty.evaluate({ facts, state, assumptions }) : base;
  const basePoints = findingPoints(facts, base);
  for (const { p, plea } of pleas) {
    let effect: DefenceEffect;
    if (!plea.accepted) effect = 'rejected';
    else if (plea.assumption) {
      const alone = duty.evaluate({ facts, state, assumptions: { [plea.assumption]: true } });
      effect = alone.result !== base.result ? 'changes-finding' : findingPoints(facts, alone) < basePoints ? 'mitigates' : 'no-effect';
    } else effect = plea.effect ?? 'already-reflected';
    rulings.push({ argument: p.argument, duty: duty.id, accepted: plea.accepted, why: plea.why, effect, text: p.text, seq: p.seq, citations: plea.citations });
  }

  const overrides = state.overrides.filter((o) => o.duty === duty.id);
  const override = overrides.length > 0 ? overrides[overrides.length - 1]! : null;
  const result: Truth = override ? (override.holds ? 'holds' : 'does-not-hold') : final.result;
  const points = findingPoints(facts, final, override);

  const explained = options.explain === false ? null : explain(final.trace, rulings, override, options.confidential ?? NONE);
  const finding: Finding = {
    duty: duty.id,
    title: duty.title,
    status: duty.status,
    result,
    holds: result === 'holds',
    informational: final.informational,
    points,
    basis: explained?.basis ?? [],
    evidence: explained?.evidence ?? [],
    context: explained?.context ?? [],
    reasoning: explained?.reasoning ?? '',
    defences: rulings.map((r) => ({ argument: r.argument, accepted: r.accepted, why: r.why, effect: r.effect, text: r.text, seq: r.seq })),
    override: override ? { holds: override.holds, reason: override.reason, seq: override.seq, engineResult: final.result } : null,
  };
  return { finding, trace: explained?.trace ?? final.trace };
}

/** A finding's reasons, rendered from its trace as the reader may see it (./confidential.ts). */
function explain(engineTrace: TraceNode, rulings: readonly DefenceRuling[], override: StateFacts['overrides'][number] | null, confidential: ReadonlySet<EvidenceRef>) {
  const trace = redactTrace(engineTrace, confidential);
  const evidence = [...traceEvidence(trace), ...rulings.filter((r) => r.seq !== null).map((r) => `#${r.seq}`), ...(override ? [override.ref] : [])];
  const citations = [...traceBasis(trace), ...rulings.filter((r) => r.accepted).flatMap((r) => r.citations)];
  const sorted = sortRefs(evidence);
  return {
    trace,
    basis: basisOf(citations),
    evidence: sorted,
    context: sortRefs(traceContext(trace, new Set(sorted))),
    reasoning: renderReasoning(trace, rulings, override ? { holds: override.holds, reason: override.reason, seq: override.seq } : null),
  };
}

export function judgeState(facts: RecordFacts, state: StateFacts, options: AdjudicateOptions = {}): StateExposure {
  const applicable = DUTIES.filter((d) => d.appliesTo(state, facts));
  const pleadings = pleadingsByDuty(state, applicable.map((d) => d.id));
  const judged = applicable.map((d) => judgeDuty(d, facts, state, pleadings.get(d.id) ?? [], options));
  // Overrides naming a duty the engine did not examine still bind: judged on an empty evaluation.
  for (const o of state.overrides) {
    if (!(DUTY_IDS as readonly string[]).includes(o.duty)) continue;
    const duty = DUTY_BY_ID[o.duty as DutyId];
    if (judged.some((j) => j.finding.duty === duty.id)) continue;
    judged.push(judgeDuty(duty, facts, state, [], options));
  }
  const findings = judged
    .map((j) => j.finding)
    .sort((a, b) => b.points - a.points || PARAMETERS.statusWeight[b.status].value - PARAMETERS.statusWeight[a.status].value || DUTY_ORDER[a.duty] - DUTY_ORDER[b.duty]);
  const exposure = exposureOf(findings.map((f) => f.points));
  const traces = [...judged].sort((a, b) => DUTY_ORDER[a.finding.duty] - DUTY_ORDER[b.finding.duty]).map((j) => j.trace);
  const keepTrace = options.trace !== false && options.explain !== false;
  return { state: state.state, name: state.name, exposure, band: bandOf(exposure), findings, trace: keepTrace ? traces : [] };
}

/** States in the report: the scenario's states, the territorial state, and any that did anything on the record. */
export function reportedStates(facts: RecordFacts): StateFacts[] {
  return facts.states.filter((s) => s.listed || s.territorial || actedOnRecord(s));
}

export function adjudicateFacts(facts: RecordFacts, options: AdjudicateOptions = {}): ExposureReport {
  const states = reportedStates(facts)
    .map((s) => judgeState(facts, s, options))
    .sort((a, b) => b.exposure - a.exposure || (a.state < b.state ? -1 : a.state > b.state ? 1 : 0));
  return { scenario: facts.scenario, title: facts.title, states };
}

/** The exposure report for a session (docs/design.md §5.2). Same record, same report, byte for byte. */
export function adjudicate(scenario: Scenario, state: SessionState, options: AdjudicateOptions = {}): ExposureReport {
  return adjudicateFacts(factsFromRecord(scenario, state), options);
}

// ---------------------------------------------------------------------------------------------
// The judgment in Markdown

export const BAND_WORDS: Record<ExposureBand, string> = { none: 'none', low: 'low', moderate: 'moderate', high: 'high', 'very-high': 'very high' };
export const DUTY_WORDS: Record<DutyId, string> = {
  territorial: 'the territorial state\'s primary responsibility',
  respect: 'the duty to respect (participation)',
  protect: 'the duty to protect (due diligence)',
  'not-obstruct': 'the duty not to obstruct protective measures',
  assist: 'the duty to assist (prevention)',
  cooperate: 'the duty to cooperate (informational)',
  'd2r-agreement': 'its Duty-to-Refrain agreement',
};

function capitalise(text: string): string {
  return text.length > 0 ? `${text[0]!.toUpperCase()}${text.slice(1)}` : text;
}

function collectNonTriggers(root: TraceNode): string[] {
  const out: string[] = [];
  const walk = (n: TraceNode) => {
    if (n.rule.includes('.non-trigger.')) out.push(n.label.toLowerCase());
    n.children.forEach(walk);
  };
  walk(root);
  return out;
}

const STATUS_WORDS: Record<NormativeStatus, string> = {
  established: 'an established duty',
  treaty: 'a treaty obligation',
  emerging: 'an emerging duty',
  nascent: 'a nascent duty',
  aspirational: 'an aspirational duty',
};

function holding(s: StateExposure): string {
  const held = s.findings.filter((f) => f.result === 'holds' && !f.informational);
  const open = s.findings.filter((f) => f.result === 'unknown' && !f.informational);
  const informational = s.findings.filter((f) => f.result === 'holds' && f.informational);
  const parts: string[] = [];
  const name = stateWithArticle(s.name);
  if (held.length > 0) parts.push(`${capitalise(name)} is responsible under ${held.map((f) => `${DUTY_WORDS[f.duty]}, ${STATUS_WORDS[f.status]}`).join('; ')}.`);
  else if (open.length > 0) parts.push(`No breach is established against ${name}.`);
  else parts.push(`No breach that adds to its exposure is found against ${name}.`);
  if (open.length > 0) {
    const openPoints = open.some((f) => f.points > 0);
    parts.push(
      `The record leaves open ${open.map((f) => DUTY_WORDS[f.duty]).join('; ')}${held.length === 0 && openPoints ? `: its exposure of ${s.exposure.toFixed(1)} reflects only what is open, weighted down as not established` : ''}.`,
    );
  }
  // Informational duties are stated (they teach) but carry no points (docs/design.md §1.5).
  if (informational.length > 0) parts.push(`For information only, without points: it fell short of ${informational.map((f) => DUTY_WORDS[f.duty]).join('; ')}.`);
  return parts.join(' ');
}

/** A short judgment per state: the holding, then the reasons with citations (docs/design.md §5.1, `--format md`). */
export function renderJudgmentMarkdown(report: ExposureReport, scenario?: Scenario): string {
  const lines: string[] = [];
  lines.push(`# Judgment: ${scenario?.title ?? report.title}`);
  lines.push('');
  lines.push(
    'Each state\'s exposure under the law of state responsibility, on the record of the session. Exposure runs from 0 to 100 and combines the findings below; ' +
      'each finding is weighted by the normative status of the duty (established, treaty, emerging, nascent, aspirational). ' +
      'A finding that is "open" is not established on the record either way. Record references: `#n` is entry n of the session log; the record of a finding lists only what satisfies its elements, and other entries it considered are listed apart as context.',
  );
  report.states.forEach((s, index) => {
    lines.push('');
    lines.push(`## ${index + 1}. ${s.name}: exposure ${s.exposure.toFixed(1)} (${BAND_WORDS[s.band]})`);
    lines.push('');
    lines.push(`**Holding.** ${holding(s)}`);
    const found = s.findings.filter((f) => f.result !== 'does-not-hold' && !(f.informational && f.result !== 'holds'));
    const notFound = s.findings.filter((f) => !found.includes(f));
    if (found.length > 0) {
      lines.push('');
      lines.push('**Reasons.**');
      lines.push('');
      found.forEach((f, i) => {
        const status = f.informational ? `${f.status}, informational` : f.status;
        // The reasoning opens with the result ("Holds. …"), so the line states only the points before it.
        lines.push(`${i + 1}. *${capitalise(DUTY_WORDS[f.duty])}* (${status}), ${f.points.toFixed(1)} points: ${f.reasoning}`);
        if (f.basis.length > 0) lines.push(`   *Authorities:* ${f.basis.map(shortCitation).join('; ')}.`);
        const words = (refs: readonly EvidenceRef[]) => refs.map((r) => (scenario ? recordRefWords(scenario, r) : r)).join('; ');
        if (f.evidence.length > 0) lines.push(`   *Record:* ${words(f.evidence)}.`);
        if (f.context.length > 0) lines.push(`   *Context (considered, not an element of the finding):* ${words(f.context)}.`);
      });
    }
    if (notFound.length > 0) {
      lines.push('');
      lines.push('**No breach found.**');
      lines.push('');
      for (const f of notFound) {
        const root = s.trace.find((t) => t.rule === f.duty);
        const nonTriggers = root ? collectNonTriggers(root) : [];
        const defences = f.defences.map((d) => ` The defence of ${idWords(d.argument)} is ${d.accepted ? 'accepted' : 'rejected'}: ${d.why}`).join('');
        const override = f.override ? ` The presiding judge so finds (#${f.override.seq}): ${f.override.reason}` : '';
        lines.push(`- *${capitalise(DUTY_WORDS[f.duty])}*: ${root?.because ?? resultWords(f.result)}${nonTriggers.map((n) => ` Not a ground: ${n}.`).join('')}${defences}${override}`);
      }
    }
  });
  lines.push('');
  return lines.join('\n');
}
