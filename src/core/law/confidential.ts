import type { EvidenceRef, ExceptionTrace, TraceNode } from './types';

/**
 * The judgment is public once delivered, but its reasoning may describe entries of the record that
 * are confidential to some states (a private veto threat, a bilateral negotiation, intelligence
 * given to one state). For a viewer who may not see such an entry, the reasoning names the entry
 * by its reference and says it is confidential, as the judgment's evidence list does: the finding,
 * its points and its authorities stay the same for everyone; only the description is withheld.
 */
export const CONFIDENTIAL_ENTRY = 'an entry of the record that is not part of this perspective (confidential to others)';
export const CONFIDENTIAL_FACT = 'a fact of the scenario that is not part of this perspective (confidential to others)';
export const CONFIDENTIAL_REASONS = 'This part of the reasoning rests on entries of the record that are not part of this perspective (confidential to others)';

const REF_PATTERN = /#\d+|scenario:[a-zA-Z.]+\[\d+\]/g;

/** The confidential references a text cites, in order of appearance. */
function citedConfidential(text: string, confidential: ReadonlySet<EvidenceRef>): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(REF_PATTERN)) if (confidential.has(match[0]) && !found.includes(match[0])) found.push(match[0]);
  return found;
}

function withheld(ref: string): string {
  return `${ref}: ${ref.startsWith('#') ? CONFIDENTIAL_ENTRY : CONFIDENTIAL_FACT}`;
}

/** A fact citing a confidential entry is replaced, whole, by the references it cites and the marker. */
function redactFact(fact: string, confidential: ReadonlySet<EvidenceRef>): string {
  const cited = citedConfidential(fact, confidential);
  return cited.length === 0 ? fact : cited.map(withheld).join('; ');
}

function redactBecause(text: string, confidential: ReadonlySet<EvidenceRef>): string {
  const cited = citedConfidential(text, confidential);
  return cited.length === 0 ? text : `${CONFIDENTIAL_REASONS}: ${cited.join(', ')}.`;
}

function redactException(e: ExceptionTrace, confidential: ReadonlySet<EvidenceRef>): ExceptionTrace {
  return { ...e, because: redactBecause(e.because, confidential), exceptions: e.exceptions.map((x) => redactException(x, confidential)) };
}

/** The trace as a viewer who may not see the `confidential` references may read it. */
export function redactTrace(node: TraceNode, confidential: ReadonlySet<EvidenceRef>): TraceNode {
  if (confidential.size === 0) return node;
  return {
    ...node,
    because: redactBecause(node.because, confidential),
    facts: node.facts.map((f) => redactFact(f, confidential)),
    exceptions: node.exceptions.map((e) => redactException(e, confidential)),
    ...(node.whyNot !== undefined ? { whyNot: redactBecause(node.whyNot, confidential) } : {}),
    children: node.children.map((c) => redactTrace(c, confidential)),
  };
}
