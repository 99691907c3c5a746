/**
 * The vocabulary of the law engine. Names follow the law: a duty is triggered, breached,
 * excused; a finding holds, does not hold, or is unknown for lack of evidence.
 */

/** The seven duties of docs/design.md §1.2; the list lives in the shared vocabulary below the session. */
export { DUTY_IDS, type DutyId } from '../shared/duty-ids';

/** How settled the duty is in international law (docs/design.md §1.2, §1.5); it weighs the finding. */
export type NormativeStatus = 'established' | 'treaty' | 'emerging' | 'nascent' | 'aspirational';

/**
 * Three-valued results. `unknown` means the record does not establish the matter either way
 * (lack of evidence); it is not a finding against the state.
 */
export type Truth = 'holds' | 'does-not-hold' | 'unknown';

/**
 * A reference into the record. `"#12"` is log entry seq 12 of the session; `"scenario:relationships[3]"`
 * (or `evidence[i]`, `intelligence[i]`, `crisis.perpetrators[i]`, `crisis.territorialState`,
 * `treaties[i]`) is a fact the scenario fixes. Documented in docs/law.md.
 */
export type EvidenceRef = string;

/** An authority a finding rests on, with the pinpoint a reader needs to look it up. */
export interface Citation {
  authority: string;
  pinpoint: string;
  /** A short quotation of the text relied on, where one is given. */
  quote?: string;
}

/** A node of the explanation trace: one rule considered for one state. */
export interface TraceNode {
  /** Stable rule id, e.g. `protect.trigger.substantial-support@republican-guard`. */
  rule: string;
  label: string;
  result: Truth;
  /** Why the rule came out as it did, in plain words. */
  because: string;
  /** The facts used, in plain words. */
  facts: string[];
  evidence: EvidenceRef[];
  /**
   * Entries the rule considered that do not satisfy its element (acts before knowledge, context):
   * listed apart from the evidence, never as the finding's evidence (docs/law.md, evidence discipline).
   */
  context?: EvidenceRef[];
  citations: Citation[];
  /** Labelled exceptions considered (Catala style), applied or not. */
  exceptions: ExceptionTrace[];
  /** For a rule that did not hold (or is unknown): the missing condition. */
  whyNot?: string;
  children: TraceNode[];
}

export interface ExceptionTrace {
  label: string;
  applied: boolean;
  result?: Truth;
  because: string;
  citations: Citation[];
  evidence: EvidenceRef[];
  exceptions: ExceptionTrace[];
}

export const TRUTH_RANK: Record<Truth, number> = { 'does-not-hold': 0, unknown: 1, holds: 2 };

/** Three-valued disjunction (Kleene): holds if any holds, unknown if none holds but some is unknown. */
export function anyOf(results: readonly Truth[]): Truth {
  let best: Truth = 'does-not-hold';
  for (const r of results) if (TRUTH_RANK[r] > TRUTH_RANK[best]) best = r;
  return best;
}

/** Three-valued conjunction (Kleene): does not hold if any does not, unknown if any is unknown. */
export function allOf(results: readonly Truth[]): Truth {
  let worst: Truth = 'holds';
  for (const r of results) if (TRUTH_RANK[r] < TRUTH_RANK[worst]) worst = r;
  return worst;
}
