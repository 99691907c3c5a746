import { shortCitation } from './authorities';
import { PARAMETERS } from './parameters';
import type { DefenceRuling } from './defences';
import type { Citation, TraceNode, Truth } from './types';

/**
 * The explanation trace and its rendering. Every finding's `reasoning` is rendered from its trace
 * (never written separately), so what the judgment says is what the rules did.
 */

const RESULT_WORDS: Record<Truth, string> = { holds: 'Holds', 'does-not-hold': 'Does not hold', unknown: 'Open (not established on the record)' };

export function resultWords(result: Truth): string {
  return RESULT_WORDS[result];
}

function cites(citations: readonly Citation[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of citations) {
    const s = shortCitation(c);
    if (!seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  }
  return out.length > 0 ? ` (${out.join('; ')})` : '';
}

/** The sentences of the reasoning: the holding, then the decisive rules, the exceptions and the non-triggers. */
export function renderReasoning(root: TraceNode, defences: readonly DefenceRuling[] = [], override?: { holds: boolean; reason: string; seq: number } | null): string {
  const parts: string[] = [`${resultWords(root.result)}. ${root.because}`];
  const visit = (n: TraceNode, depth: number) => {
    for (const child of n.children) {
      if (child.rule.includes('.non-trigger.')) {
        parts.push(`Not a ground: ${child.label.toLowerCase()}. ${child.because}${cites(child.citations)}`);
        continue;
      }
      const decisive = child.result === root.result;
      // Top-level elements are always stated; below them, only what decides the result.
      if (!decisive && depth > 0) continue;
      const said = child.because === root.because || child.because === n.because;
      parts.push(`${child.label}: ${resultWords(child.result).toLowerCase()}${said ? '' : `; ${child.because}`}${cites(child.citations)}`);
      if (child.result !== 'does-not-hold' && child.facts.length > 0) parts.push(`On the record: ${listFacts(child.facts)}`);
      for (const e of child.exceptions) {
        if (e.applied) parts.push(`Exception "${e.label}" applies${e.because === child.because ? '' : `: ${e.because}`}${cites(e.citations)}`);
        for (const inner of e.exceptions) {
          if (inner.applied) parts.push(`Exception "${inner.label}" to it applies${inner.because === child.because ? '' : `: ${inner.because}`}${cites(inner.citations)}`);
        }
      }
      // A finding that does not hold is explained by its top-level elements and non-triggers only.
      if (decisive && depth < 2 && root.result !== 'does-not-hold') visit(child, depth + 1);
      else if (root.result === 'does-not-hold') for (const g of child.children) if (g.rule.includes('.non-trigger.')) parts.push(`Not a ground: ${g.label.toLowerCase()}. ${g.because}${cites(g.citations)}`);
    }
  };
  visit(root, 0);
  for (const d of defences) {
    parts.push(`Defence "${d.argument}" ${d.accepted ? 'accepted' : 'rejected'}${d.accepted && d.effect !== 'already-reflected' ? ` (${d.effect.replace(/-/g, ' ')})` : ''}: ${d.why}`);
  }
  if (override) {
    parts.push(`The presiding judge finds that the duty ${override.holds ? 'holds' : 'does not hold'} (#${override.seq}): ${override.reason}`);
  }
  return parts.map(sentence).join(' ');
}

function listFacts(facts: readonly string[]): string {
  const max = PARAMETERS.presentation.maxFactsInReasoning.value;
  const shown = facts.slice(0, max).join('; ');
  return facts.length > max ? `${shown}; and ${facts.length - max} more` : shown;
}

function sentence(part: string): string {
  const trimmed = part.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Every rule id in a trace, with its result: `rule=result`. Used by the case library. */
export function traceRules(root: TraceNode): string[] {
  const out: string[] = [];
  const walk = (n: TraceNode) => {
    out.push(`${n.rule}=${n.result}`);
    for (const e of n.exceptions) {
      const walkE = (x: typeof e, prefix: string) => {
        out.push(`${prefix}/${x.label}=${x.applied ? (x.result ?? 'holds') : 'not-applied'}`);
        for (const inner of x.exceptions) walkE(inner, `${prefix}/${x.label}`);
      };
      walkE(e, n.rule);
    }
    n.children.forEach(walk);
  };
  walk(root);
  return out;
}
