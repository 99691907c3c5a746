import { phraseOnce } from './memo';
import { shortCitation } from './authorities';
import { PARAMETERS } from './parameters';
import type { DefenceRuling } from './defences';
import type { Citation, TraceNode, Truth } from './types';

/**
 * The explanation trace and its rendering. Every finding's `reasoning` is rendered from its trace
 * (never written separately), so what the judgment says is what the rules did.
 */

const RESULT_WORDS: Record<Truth, string> = { holds: 'Holds', 'does-not-hold': 'Does not hold', unknown: 'Open (not established on the record)' };

const RESULT_WORDS_LOWER: Record<Truth, string> = { holds: 'holds', 'does-not-hold': 'does not hold', unknown: 'open, not established on the record' };

/** An exception label or a defence argument in words: "measures-taken" → "measures taken". */
export function idWords(id: string): string {
  return id.replace(/-/g, ' ');
}

export function resultWords(result: Truth): string {
  return RESULT_WORDS[result];
}

/** "(A; B)" for a list of citations, repeats dropped; once per list (memo.ts). */
function cites(citations: readonly Citation[]): string {
  return citations.length === 0 ? '' : citesOnce(citations, null);
}
const citesOnce = phraseOnce((citations: readonly Citation[]) => citesOf(citations));

function citesOf(citations: readonly Citation[]): string {
  const out: string[] = [];
  for (const c of citations) {
    const s = shortCitation(c);
    if (!out.includes(s)) out.push(s);
  }
  return ` (${out.join('; ')})`;
}

/**
 * The reasoning text, a sentence at a time. A sentence is given in pieces, then its citations; only
 * the last piece is examined (the sentence is not copied to find out how it ends). Citations go
 * inside the sentence they support: "… attributable to the state (ARSIWA art. 2)."
 */
class Sentences {
  private text = '';

  /** A sentence in up to five pieces (empty pieces are skipped), then its citations. */
  say(a: string, b = '', c = '', d = '', e = '', citations = ''): void {
    // The last non-empty piece, and the pieces before it.
    const count = e !== '' ? 4 : d !== '' ? 3 : c !== '' ? 2 : b !== '' ? 1 : 0;
    let last = count === 4 ? e : count === 3 ? d : count === 2 ? c : count === 1 ? b : a;
    let body = count === 4 ? `${a}${b}${c}${d}` : count === 3 ? `${a}${b}${c}` : count === 2 ? `${a}${b}` : count === 1 ? a : '';
    let endsWithStop = endsWithFullStop(last);
    const closing = last.charCodeAt(last.length - (endsWithStop ? 2 : 1)) === CLOSE_PAREN;
    if (citations !== '' && closing) {
      // "… (manifest evidence)." + " (ARSIWA art. 4(1))" → "… (manifest evidence). See ARSIWA art. 4(1)."
      last = `${last}${endsWithStop ? '' : '.'} See ${citations.slice(2, -1)}`;
      endsWithStop = false;
    } else if (citations !== '' && endsWithStop && last.length > 1) {
      // "… the state." + " (ARSIWA art. 2)" → "… the state (ARSIWA art. 2)."
      last = `${last.slice(0, -1)}${citations}${last.slice(-1)}`;
    } else if (citations !== '') {
      last = `${last}${citations}`;
      endsWithStop = false;
    }
    body = `${body}${last}`;
    const end = last.length > 0 ? last.charCodeAt(last.length - 1) : 0;
    if (end <= SPACE) {
      body = body.trim();
      endsWithStop = endsWithFullStop(body);
    }
    const stop = endsWithStop ? '' : '.';
    this.text = this.text.length > 0 ? `${this.text} ${body}${stop}` : `${body}${stop}`;
  }

  toString(): string {
    return this.text;
  }
}

const SPACE = 32;
const CLOSE_PAREN = 41;
const FULL_STOP = 46;
const EXCLAMATION = 33;
const QUESTION = 63;

function endsWithFullStop(text: string): boolean {
  const end = text.length > 0 ? text.charCodeAt(text.length - 1) : 0;
  return end === FULL_STOP || end === EXCLAMATION || end === QUESTION;
}

/** The sentences of the reasoning: the holding, then the decisive rules, the exceptions and the non-triggers. */
export function renderReasoning(root: TraceNode, defences: readonly DefenceRuling[] = [], override?: { holds: boolean; reason: string; seq: number } | null): string {
  const out = new Sentences();
  out.say(resultWords(root.result), '. ', root.because);
  const nonTrigger = (n: TraceNode) => out.say('Not a ground: ', n.label.toLowerCase(), '. ', n.because, '', cites(n.citations));
  const visit = (n: TraceNode, depth: number) => {
    for (const child of n.children) {
      if (child.rule.includes('.non-trigger.')) {
        nonTrigger(child);
        continue;
      }
      const decisive = child.result === root.result;
      // Top-level elements are always stated; below them, only what decides the result.
      if (!decisive && depth > 0) continue;
      const said = child.because === root.because || child.because === n.because;
      if (said) out.say(child.label, ': ', RESULT_WORDS_LOWER[child.result], '', '', cites(child.citations));
      else {
        out.say(child.label, ': ', RESULT_WORDS_LOWER[child.result]);
        out.say(child.because, '', '', '', '', cites(child.citations));
      }
      if (child.result !== 'does-not-hold' && child.facts.length > 0) out.say('On the record: ', listFacts(child.facts));
      for (const e of child.exceptions) {
        if (e.applied) out.say('An exception applies, ', idWords(e.label), '', e.because === child.because ? '' : ': ', e.because === child.because ? '' : e.because, cites(e.citations));
        for (const inner of e.exceptions) {
          if (inner.applied) {
            out.say('It gives way to a further exception, ', idWords(inner.label), '', inner.because === child.because ? '' : ': ', inner.because === child.because ? '' : inner.because, cites(inner.citations));
          }
        }
      }
      // A finding that does not hold is explained by its top-level elements and non-triggers only.
      if (decisive && depth < 2 && root.result !== 'does-not-hold') visit(child, depth + 1);
      else if (root.result === 'does-not-hold') for (const g of child.children) if (g.rule.includes('.non-trigger.')) nonTrigger(g);
    }
  };
  visit(root, 0);
  for (const d of defences) {
    out.say(`The defence of ${idWords(d.argument)} is `, d.accepted ? 'accepted' : 'rejected', d.accepted && d.effect !== 'already-reflected' ? ` (${d.effect.replace(/-/g, ' ')})` : '', ': ', d.why);
  }
  if (override) {
    out.say('The presiding judge finds that the duty ', override.holds ? 'holds' : 'does not hold', ` (#${override.seq}): `, override.reason);
  }
  return out.toString();
}

/** The facts of a node for running text, capped; once per list (memo.ts). */
function listFacts(facts: readonly string[]): string {
  return listFactsOnce(facts, null);
}
const listFactsOnce = phraseOnce((facts: readonly string[]) => listFactsOf(facts));

function listFactsOf(facts: readonly string[]): string {
  const max = PARAMETERS.presentation.maxFactsInReasoning.value;
  const shown = facts.slice(0, max).join('; ');
  return facts.length > max ? `${shown}; and ${facts.length - max} more` : shown;
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
