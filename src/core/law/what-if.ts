import { shortCitation } from './authorities';
import { DEFENCES } from './defences';
import { stateWithArticle } from './duties/common';
import { completeFacts } from './facts';
import type { RecordFacts, StateFacts } from './facts';
import type { ExposureBand } from './parameters';
import type { FactsInput } from './record-input';
import { judgeState, reportedStates } from './report';
import type { Finding, StateExposure } from './report';
import type { DutyId, EvidenceRef, TraceNode, Truth } from './types';
import { applyEdits, candidateEdits, editSize, editWords, recordForOneState } from './what-if-edits';
import type { Addressee, RecordEdit } from './what-if-edits';

export { applyEdits, candidateEdits, editWords, recordForOneState, YOU } from './what-if-edits';
export type { Addressee, RecordEdit } from './what-if-edits';

/**
 * "What would have changed this finding" (docs/law.md §13): for each finding against a state, the
 * smallest changes to the state's own decisions on the record that flip the finding or move the
 * state's band, found by re-running the law on edited records (./what-if-edits.ts), with the rule
 * that makes the difference. Single edits first; pairs only for a finding no single edit changes,
 * and then only of edits that each lower its points (an edit that does nothing for a finding does
 * not become decisive beside another).
 */
export const WHAT_IF_SEARCH = {
  /**
   * Edited records adjudicated per state before the search is cut off. A seat's judgment screen
   * asks for this on demand, so the bound keeps one state's search within a fraction of a second on
   * the largest shipped scenario (docs/performance.md): every single edit of a typical delegation
   * (a dozen votes, a few acts, pleas) and the first pairs.
   */
  alternativesPerState: 200,
  /** Changes reported per finding: the few a reader can weigh, the largest effects first. */
  changesPerFinding: 3,
} as const;

export interface WhatIfOutcome {
  result: Truth;
  points: number;
  exposure: number;
  band: ExposureBand;
}

/** The rule of the trace whose result the change turns, in words, with its authorities. */
export interface DecisiveRule {
  label: string;
  before: Truth | null;
  after: Truth | null;
  because: string;
  authorities: string[];
}

export interface WhatIfChange {
  edits: RecordEdit[];
  /** The change in words, the clause after "Had you …". */
  change: string;
  /** The whole sentence: "Had you …, this finding would be open instead of established (−18.0 points)." */
  words: string;
  before: WhatIfOutcome;
  after: WhatIfOutcome;
  rule: DecisiveRule | null;
}

export interface FindingWhatIf {
  duty: DutyId;
  /** The duty's title, as the finding gives it. */
  title: string;
  changes: WhatIfChange[];
}

export interface StateWhatIf {
  state: string;
  name: string;
  findings: FindingWhatIf[];
  /** Edited records adjudicated for this state. */
  alternatives: number;
  /** The search stopped at WHAT_IF_SEARCH.alternativesPerState before trying every alternative. */
  cutOff: boolean;
  /** "Search cut off after 200 alternatives." when cut off, else null. */
  note: string | null;
}

export interface WhatIfOptions {
  /** Who the sentences address (default: the state by name). */
  addressee?: Addressee;
  /** References the reader may not see: the decisive rule is redacted as the judgment is (./confidential.ts). */
  confidential?: ReadonlySet<EvidenceRef>;
  /** Edited records adjudicated per state (default WHAT_IF_SEARCH.alternativesPerState). */
  budget?: number;
}

const HOLDING_WORDS: Record<Truth, string> = { holds: 'established', unknown: 'open', 'does-not-hold': 'without a breach' };

function outcomeOf(judged: StateExposure | null, duty: DutyId): WhatIfOutcome {
  const f = judged?.findings.find((x) => x.duty === duty);
  return { result: f?.result ?? 'does-not-hold', points: f?.points ?? 0, exposure: judged?.exposure ?? 0, band: judged?.band ?? 'none' };
}

/** A change counts when it moves the finding's own points and either flips its holding or moves the state's band. */
function changes(before: WhatIfOutcome, after: WhatIfOutcome): boolean {
  return after.points !== before.points && (after.result !== before.result || after.band !== before.band);
}

function signed(points: number): string {
  return `${points > 0 ? '+' : points < 0 ? '−' : '±'}${Math.abs(points).toFixed(1)} points`;
}

function sentence(clauses: string[], to: Addressee, before: WhatIfOutcome, after: WhatIfOutcome): string {
  const holding =
    after.result === before.result
      ? `this finding would stay ${HOLDING_WORDS[after.result]}`
      : after.result === 'does-not-hold'
        ? `there would be no breach instead of ${before.result === 'holds' ? 'an established' : 'an open'} finding`
        : `this finding would be ${HOLDING_WORDS[after.result]} instead of ${HOLDING_WORDS[before.result]}`;
  const band = after.band !== before.band ? `; the exposure would fall from ${before.band.replace('-', ' ')} to ${after.band.replace('-', ' ')}` : '';
  const band2 = after.exposure > before.exposure ? band.replace('fall', 'rise') : band;
  return `Had ${to.subject} ${clauses.join(' and ')}, ${holding} (${signed(after.points - before.points)})${band2}.`;
}

function size(edits: readonly RecordEdit[]): number {
  return edits.reduce((n, e) => n + editSize(e), 0);
}

function judge(facts: RecordFacts, code: string): StateExposure | null {
  const state = facts.byCode[code];
  return state ? judgeState(facts, state, { explain: false }) : null;
}

/** One state's search: single edits, then pairs for findings no single edit changes, within the budget. */
export function whatIfForState(input: FactsInput, code: string, options: WhatIfOptions = {}): StateWhatIf {
  return searchState(input, completeFacts(input), code, options);
}

function searchState(input: FactsInput, facts: RecordFacts, code: string, options: WhatIfOptions): StateWhatIf {
  const state = facts.byCode[code];
  const name = state?.name ?? input.names?.[code] ?? code;
  const to = options.addressee ?? { subject: stateWithArticle(name), possessive: 'its' };
  if (!state) return { state: code, name, findings: [], alternatives: 0, cutOff: false, note: null };
  const base = judgeState(facts, state, { explain: false });
  const searched = base.findings.filter((f) => !f.informational && f.result !== 'does-not-hold' && f.override === null);
  const budget = options.budget ?? WHAT_IF_SEARCH.alternativesPerState;
  const own = recordForOneState(input, code, facts.rounds);
  let alternatives = 0;
  let cutOff = false;
  const found = new Map<DutyId, { edits: RecordEdit[]; before: WhatIfOutcome; after: WhatIfOutcome }[]>(searched.map((f) => [f.duty, []]));

  // Single edits that lower a finding's points without changing it: the parts of a pair that might.
  const lowering = new Map<DutyId, number[]>(searched.map((f) => [f.duty, []]));
  const tryEdits = (edits: RecordEdit[], wanted: readonly Finding[], single: number | null): boolean => {
    if (alternatives >= budget) {
      cutOff = true;
      return false;
    }
    alternatives++;
    const judged = judge(completeFacts(applyEdits(own, code, edits)), code);
    for (const f of wanted) {
      const before = outcomeOf(base, f.duty);
      const after = outcomeOf(judged, f.duty);
      if (changes(before, after)) found.get(f.duty)!.push({ edits, before, after });
      else if (single !== null && after.points < before.points) lowering.get(f.duty)!.push(single);
    }
    return true;
  };

  const singles = searched.length > 0 ? candidateEdits(input, code, searched.map((f) => f.duty)) : [];
  for (let i = 0; i < singles.length; i++) if (!tryEdits([singles[i]!], searched, i)) break;
  // Pairs, for a finding no single edit changes: two edits that each lower its points.
  const triedPairs = new Set<string>();
  pairs: for (const f of searched) {
    if (found.get(f.duty)!.length > 0) continue;
    const parts = lowering.get(f.duty)!;
    for (let a = 0; a < parts.length; a++) {
      for (let b = a + 1; b < parts.length; b++) {
        const key = `${parts[a]}|${parts[b]}`;
        if (triedPairs.has(key)) continue;
        triedPairs.add(key);
        const wanted = searched.filter((x) => found.get(x.duty)!.length === 0);
        if (!tryEdits([singles[parts[a]!]!, singles[parts[b]!]!], wanted, null)) break pairs;
      }
    }
  }

  const beforeTrace = [...found.values()].some((f) => f.length > 0) ? judgeState(facts, state, { trace: true, confidential: options.confidential }) : base;
  const findings: FindingWhatIf[] = searched.map((f) => {
    const kept = found
      .get(f.duty)!
      .sort(
        (a, b) =>
          Number(b.after.result !== b.before.result) - Number(a.after.result !== a.before.result) ||
          size(a.edits) - size(b.edits) ||
          Math.abs(b.after.points - b.before.points) - Math.abs(a.after.points - a.before.points),
      )
      .slice(0, WHAT_IF_SEARCH.changesPerFinding);
    return {
      duty: f.duty,
      title: f.title,
      changes: kept.map((k) => {
        const clauses = k.edits.map((e) => editWords(input, code, e, to));
        return { edits: k.edits, change: clauses.join(' and '), words: sentence(clauses, to, k.before, k.after), before: k.before, after: k.after, rule: decisiveRule(own, code, k.edits, f.duty, beforeTrace, options) };
      }),
    };
  });
  return { state: code, name, findings, alternatives, cutOff, note: cutOff ? `Search cut off after ${alternatives} ${alternatives === 1 ? "alternative" : "alternatives"}.` : null };
}

/** Every reported state's search (`moot-council score --explain-changes`). */
export function whatIfReport(input: FactsInput, options: Omit<WhatIfOptions, 'addressee'> = {}): StateWhatIf[] {
  const facts = completeFacts(input);
  return reportedStates(facts).map((s) => searchState(input, facts, s.state, options));
}

// ---------------------------------------------------------------------------------------------
// The rule that makes the difference

function nodesByRule(root: TraceNode | undefined): Map<string, { node: TraceNode; depth: number }> {
  const out = new Map<string, { node: TraceNode; depth: number }>();
  const walk = (n: TraceNode, depth: number) => {
    if (!out.has(n.rule)) out.set(n.rule, { node: n, depth });
    for (const c of n.children) walk(c, depth + 1);
  };
  if (root) walk(root, 0);
  return out;
}

function ruleOf(label: string, before: Truth | null, after: Truth | null, because: string, citations: readonly { authority: string; pinpoint: string }[]): DecisiveRule {
  return { label, before, after, because, authorities: [...new Set(citations.map(shortCitation))] };
}

/**
 * The deepest rule of the finding's trace whose result the change turns (a rule present before and
 * after); failing that, the deepest rule the change removes or adds (an act taken off the record);
 * failing that, the duty itself. A plea added is decided by the ruling on it.
 */
function decisiveRule(input: FactsInput, code: string, edits: readonly RecordEdit[], duty: DutyId, before: StateExposure, options: WhatIfOptions): DecisiveRule | null {
  const facts = completeFacts(applyEdits(input, code, edits));
  const state: StateFacts | undefined = facts.byCode[code];
  const after = state ? judgeState(facts, state, { trace: true, confidential: options.confidential }) : null;
  const plea = edits.find((e) => e.kind === 'plead');
  if (plea && plea.kind === 'plead') {
    const ruling = after?.findings.find((f) => f.duty === duty)?.defences.find((d) => d.argument === plea.argument);
    if (ruling) return ruleOf(`The defence of ${DEFENCES[plea.argument].label.toLowerCase()}`, null, ruling.accepted ? 'holds' : 'does-not-hold', ruling.why, []);
  }
  const old = nodesByRule(before.trace.find((t) => t.rule === duty));
  const now = nodesByRule(after?.trace.find((t) => t.rule === duty));
  let turned: { node: TraceNode; depth: number; was: Truth } | null = null;
  let vanished: { node: TraceNode; depth: number } | null = null;
  for (const [rule, o] of old) {
    const n = now.get(rule);
    if (n && n.node.result !== o.node.result && (!turned || n.depth > turned.depth)) turned = { node: n.node, depth: n.depth, was: o.node.result };
    if (!n && o.node.result !== 'does-not-hold' && (!vanished || o.depth > vanished.depth)) vanished = o;
  }
  if (turned) return ruleOf(turned.node.label, turned.was, turned.node.result, turned.node.because, turned.node.citations);
  if (vanished) return ruleOf(vanished.node.label, vanished.node.result, null, vanished.node.because, vanished.node.citations);
  const root = now.get(duty)?.node ?? old.get(duty)?.node;
  return root ? ruleOf(root.label, old.get(duty)?.node.result ?? null, now.get(duty)?.node.result ?? null, root.because, root.citations) : null;
}
