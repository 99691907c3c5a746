import type { Citation, EvidenceRef, ExceptionTrace, TraceNode, Truth } from './types';
import { derivedOnce } from './memo';

/**
 * Default rules with labelled exceptions, in the manner of Catala: a rule states the default
 * conclusion; an exception, when its condition holds, replaces it; an exception may itself have
 * exceptions. Two exceptions at the same level that both apply are a conflict in the law as
 * encoded, and evaluation stops with a `ConflictingExceptionsError` (tests catch it) rather than
 * silently picking one.
 */

export interface Conclusion {
  result: Truth;
  because: string;
  facts?: string[];
  evidence?: EvidenceRef[];
  /** Entries considered that do not satisfy the element (see TraceNode.context). */
  context?: EvidenceRef[];
}

export interface Exception<C> {
  label: string;
  /** The legal text of the exception, in plain words (shown when it does not apply). */
  text: string;
  citations?: Citation[];
  when(ctx: C): Conclusion | null;
  exceptions?: Exception<C>[];
}

export interface Rule<C> {
  id: string;
  label: string;
  citations: Citation[];
  default(ctx: C): Conclusion;
  exceptions?: Exception<C>[];
}

export class ConflictingExceptionsError extends Error {
  readonly rule: string;
  readonly labels: string[];
  constructor(rule: string, labels: string[]) {
    super(`Conflicting exceptions in rule ${rule}: ${labels.join(' and ')} both apply. The law as encoded must say which prevails.`);
    this.name = 'ConflictingExceptionsError';
    this.rule = rule;
    this.labels = labels;
  }
}

interface Resolved {
  conclusion: Conclusion;
  trace: ExceptionTrace[];
  citations: Citation[];
}

/**
 * An exception that does not apply is traced the same way for every state (its label and legal
 * text), so its trace node is built once per exception and shared: trace nodes are never mutated.
 */
const NO_FACTS: string[] = [];
const NO_EVIDENCE: EvidenceRef[] = [];
const NO_CITATIONS: Citation[] = [];
const NO_EXCEPTIONS: ExceptionTrace[] = [];
const NO_CHILDREN: TraceNode[] = [];

function notApplied<C>(exception: Exception<C>): ExceptionTrace {
  return notAppliedOnce(exception, null);
}
const notAppliedOnce = derivedOnce(
  (exception: Exception<never>): ExceptionTrace => ({ label: exception.label, applied: false, because: exception.text, citations: exception.citations ?? [], evidence: NO_EVIDENCE, exceptions: NO_EXCEPTIONS }),
);

function resolve<C>(ruleId: string, base: Conclusion, exceptions: readonly Exception<C>[], ctx: C): Resolved {
  const trace: ExceptionTrace[] = [];
  const applicable: { label: string; resolved: Resolved; citations: Citation[] }[] = [];
  for (const exception of exceptions) {
    const hit = exception.when(ctx);
    if (hit === null) {
      trace.push(notApplied(exception));
      continue;
    }
    const inner = exception.exceptions ? resolve(`${ruleId}/${exception.label}`, hit, exception.exceptions, ctx) : { conclusion: hit, trace: NO_EXCEPTIONS, citations: NO_CITATIONS };
    applicable.push({ label: exception.label, resolved: inner, citations: exception.citations ?? NO_CITATIONS });
    trace.push({
      label: exception.label,
      applied: true,
      // The exception's own conclusion; an exception to it that applies is traced beneath it.
      result: hit.result,
      because: hit.because,
      citations: exception.citations ?? NO_CITATIONS,
      evidence: hit.evidence ?? NO_EVIDENCE,
      exceptions: inner.trace,
    });
  }
  if (applicable.length > 1) throw new ConflictingExceptionsError(ruleId, applicable.map((a) => a.label));
  const winner = applicable[0];
  if (!winner) return { conclusion: base, trace, citations: NO_CITATIONS };
  return {
    conclusion: winner.resolved.conclusion,
    trace,
    citations: winner.resolved.citations.length === 0 ? winner.citations : [...winner.citations, ...winner.resolved.citations],
  };
}

/**
 * Evaluates a rule and returns its trace node (children may be added by the caller). `id` names the
 * node when one rule is applied to several subjects (e.g. "protect.breach@perpetrator").
 */
export function evaluate<C>(rule: Rule<C>, ctx: C, children: TraceNode[] = [], id = rule.id): TraceNode {
  const base = rule.default(ctx);
  const { conclusion, trace, citations } = resolve(id, base, rule.exceptions ?? [], ctx);
  const same = conclusion === base;
  return node({
    rule: id,
    label: rule.label,
    result: conclusion.result,
    because: conclusion.because,
    facts: same ? (base.facts ?? NO_FACTS) : [...new Set([...(base.facts ?? []), ...(conclusion.facts ?? [])])],
    evidence: same ? (base.evidence ?? NO_EVIDENCE) : [...(base.evidence ?? []), ...(conclusion.evidence ?? [])],
    ...(base.context || conclusion.context ? { context: same ? base.context : [...(base.context ?? []), ...(conclusion.context ?? [])] } : {}),
    // The rule's own citations are shared when no exception adds any (trace nodes are never mutated).
    citations: citations.length === 0 ? rule.citations : [...rule.citations, ...citations],
    exceptions: trace,
    children,
  });
}

/**
 * The node of a rule evaluated with `rule` citations `base`, now citing `fuller` in their place
 * (a rule whose authorities depend on the ground engaged). Nodes are immutable: a copy.
 */
export function withFullerCitations(n: TraceNode, base: readonly Citation[], fuller: Citation[]): TraceNode {
  if (fuller === base) return n;
  const citations = n.citations === base ? fuller : [...fuller, ...n.citations.slice(base.length)];
  return { ...n, citations };
}

/** A trace node for a plain determination (no exceptions), e.g. an element or a non-trigger. */
export function node(n: {
  rule: string;
  label: string;
  result: Truth;
  because: string;
  facts?: string[];
  evidence?: EvidenceRef[];
  context?: EvidenceRef[];
  citations?: Citation[];
  exceptions?: ExceptionTrace[];
  children?: TraceNode[];
}): TraceNode {
  const out: TraceNode = {
    rule: n.rule,
    label: n.label,
    result: n.result,
    because: n.because,
    // Absent lists are the shared empty lists above (trace nodes are never mutated).
    facts: n.facts ?? NO_FACTS,
    // In the order the facts give them (by seq); the finding's evidence list is sorted once.
    evidence: n.evidence && n.evidence.length > 1 ? unique(n.evidence) : (n.evidence ?? NO_EVIDENCE),
    citations: n.citations ?? NO_CITATIONS,
    exceptions: n.exceptions ?? NO_EXCEPTIONS,
    children: n.children ?? NO_CHILDREN,
  };
  if (n.context && n.context.length > 0) out.context = n.context;
  if (n.result !== 'holds') out.whyNot = n.because;
  return out;
}

/** The list without repeats (first occurrence kept); the list itself when it has none. */
function unique(refs: EvidenceRef[]): EvidenceRef[] {
  const distinct = new Set(refs);
  return distinct.size === refs.length ? refs : [...distinct];
}
