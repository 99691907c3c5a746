import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjudicateFacts, completeFacts, traceRules } from '../../src/core/law';
import type { ExposureReport, FactsInput, TraceNode } from '../../src/core/law';
import type { ExceptionTrace } from '../../src/core/law/types';
import { recordArb } from './arbitrary';

/**
 * Evidence discipline (docs/law.md): a finding's evidence lists exactly the entries that satisfy its
 * elements. So an act of the state listed as evidence of a finding that holds is one the finding
 * rests on: struck from the record, the finding or its points change, or, where another ground
 * suffices as well (an organ's atrocities beside the state's own recorded acts), an element it
 * satisfied no longer holds. An act that changes none of these (a delivery before knowledge, a
 * ground that did not hold) belongs in the context, not the evidence.
 */

const report = (input: FactsInput): ExposureReport => adjudicateFacts(completeFacts(input));
// Each run adjudicates the record again per struck act (twice): fewer runs than the cheaper properties.
const RUNS = { numRuns: Math.ceil(Number(process.env.LAW_PROPERTY_RUNS ?? 300) / 4) };

/** The record without the state's act logged at `seq`. */
function withoutActs(input: FactsInput, code: string, seqs: ReadonlySet<number>): FactsInput {
  const states = input.states ?? {};
  const state = states[code]!;
  return { ...input, states: { ...states, [code]: { ...state, conduct: (state.conduct ?? []).filter((a) => !seqs.has(a.seq)) } } };
}

/**
 * Duties whose every listed act is an element by itself: each act of aid with knowledge, each
 * obstructive act (perpetration aside, proved once by any of its acts). Elsewhere acts meet an element together (support substantial by its volume, the
 * territorial state's organs proved again by its own acts), and one of them may be struck without
 * changing anything: there the acts are struck together.
 */
const ACT_BY_ACT = new Set(['respect', 'not-obstruct']);

describe('evidence discipline', () => {
  it('striking any act listed as evidence of a finding that holds changes the finding, its points or an element it satisfied', () => {
    fc.assert(
      fc.property(recordArb, (input) => {
        // The judge's word replaces the engine's: a finding the judge decided rests on the override.
        const plain: FactsInput = { ...input, states: Object.fromEntries(Object.entries(input.states ?? {}).map(([c, s]) => [c, { ...s, overrides: [], memorial: [] }])) };
        const before = report(plain);
        for (const s of before.states) {
          const conduct = plain.states?.[s.state]?.conduct ?? [];
          for (const f of s.findings) {
            // Where acts meet an element together (support substantial by its volume, beside a standing
            // relationship that suffices alone; the organs' atrocities proved again by the state's
            // own acts) one act may be struck without change: those duties are not tested act by act.
            if (f.result !== 'holds' || f.informational || !ACT_BY_ACT.has(f.duty)) continue;
            const listed = conduct.filter((a) => f.evidence.includes(`#${a.seq}`));
            // Perpetration is one element however many acts prove it: its acts are struck together.
            const single = (a: (typeof listed)[number]) => ACT_BY_ACT.has(f.duty) && a.kind !== 'perpetrating';
            const together = listed.filter((a) => !single(a));
            const strikes = [...listed.filter(single).map((a) => [a]), ...(together.length > 0 ? [together] : [])];
            for (const acts of strikes) {
              const struck = report(withoutActs(plain, s.state, new Set(acts.map((a) => a.seq)))).states.find((x) => x.state === s.state);
              const after = struck?.findings.find((x) => x.duty === f.duty);
              const elements = (r: ExposureReport['states'][number] | undefined) => {
                const root = r?.trace.find((t) => t.rule === f.duty);
                if (!root) return '';
                // The rules and their results, and what each says it rests on (counts, kinds, fora),
                // the entries' numbers aside: points are rounded, and may hide a small act.
                const said: string[] = [];
                const walk = (n: typeof root) => {
                  said.push(n.because.replace(/#\d+/g, '#'));
                  n.children.forEach(walk);
                };
                walk(root);
                return `${traceRules(root).join('|')}\n${said.join('\n')}`;
              };
              // A finding already at its full weight cannot weigh more: an act may be an element and
              // yet striking it while others remain changes nothing. Then the act must suffice alone:
              // with the other listed acts and relationships struck, the finding holds with it and
              // not without it.
              const others = { ...plain, relationships: (plain.relationships ?? []).filter((_, i) => !f.evidence.includes(`scenario:relationships[${i}]`)) };
              const rest = new Set(listed.filter((a) => !acts.includes(a)).map((a) => a.seq));
              const resultIn = (input: FactsInput) => report(input).states.find((x) => x.state === s.state)?.findings.find((x) => x.duty === f.duty)?.result;
              const saturated = acts.length === 1 && resultIn(withoutActs(others, s.state, rest)) === 'holds' && resultIn(withoutActs(others, s.state, new Set([...rest, acts[0]!.seq]))) !== 'holds';
              const changed = saturated || !after || after.result !== f.result || after.points !== f.points || elements(struck) !== elements(s);
              expect(changed, `${s.state} ${f.duty}: striking ${acts.map((a) => `#${a.seq} (${a.kind} round ${a.round})`).join(', ')} changes nothing, yet it is listed as evidence`).toBe(true);
            }
          }
        }
      }),
      RUNS,
    );
  }, 240_000);

  /**
   * Where acts and ties prove elements together (the duty to protect: a tie or substantial support,
   * knowledge, the breach and the measures that mitigate it; the territorial state: its organs'
   * atrocities and its own acts; perpetration: the state's own atrocities), "changes the finding"
   * means (docs/law.md §2a, evidence discipline): struck from the record, each listed entry changes
   * the finding's result, its points or its grounds (which rules hold, which exceptions apply, and
   * the quantities the trace states: units of support, rounds, counts); or, where the rule that
   * cites it takes any one of several entries alike as proof of one element (one measure mitigates
   * as well as two, one atrocity proves perpetration as well as three), striking every entry that
   * rule cites for the element changes them. An entry no rule of the trace cites, or whose rule's
   * entries together change nothing, adds nothing the finding rests on: it belongs in the context.
   */
  it('striking any entry listed as evidence of a protect, territorial or perpetration finding, or the entries its rule takes alike, changes the finding, its points or its grounds', () => {
    fc.assert(
      fc.property(recordArb, (input) => {
        const plain: FactsInput = { ...input, states: Object.fromEntries(Object.entries(input.states ?? {}).map(([c, s]) => [c, { ...s, overrides: [], memorial: [] }])) };
        const before = report(plain);
        for (const s of before.states) {
          const conduct = plain.states?.[s.state]?.conduct ?? [];
          for (const f of s.findings) {
            if (f.result !== 'holds' || f.informational) continue;
            const perpetration = f.duty === 'respect' ? conduct.filter((a) => a.kind === 'perpetrating' && f.evidence.includes(`#${a.seq}`)) : [];
            if (!TOGETHER.has(f.duty) && perpetration.length === 0) continue;
            const root = s.trace.find((t) => t.rule === f.duty)!;
            const acts = f.duty === 'respect' ? perpetration : conduct.filter((a) => f.evidence.includes(`#${a.seq}`));
            const ties = f.duty === 'respect' ? [] : (plain.relationships ?? []).map((_, i) => `scenario:relationships[${i}]`).filter((ref) => f.evidence.includes(ref));
            const without = (refs: ReadonlySet<string>): FactsInput => {
              const struck = withoutActs(plain, s.state, new Set(acts.filter((a) => refs.has(`#${a.seq}`)).map((a) => a.seq)));
              // The evidence of the crisis proves an element as a whole (any round at the level suffices):
              // struck with its rounds, the record shows none.
              const evidence = [...refs].some((r) => r.startsWith('scenario:evidence[')) ? (plain.evidence ?? []).map((e) => ({ ...e, level: 'none' as const })) : plain.evidence;
              return { ...struck, evidence, relationships: (plain.relationships ?? []).filter((_, i) => !refs.has(`scenario:relationships[${i}]`)) };
            };
            const changes = (refs: ReadonlySet<string>) => {
              const struck = report(without(refs)).states.find((x) => x.state === s.state);
              const after = struck?.findings.find((x) => x.duty === f.duty);
              return !after || after.result !== f.result || after.points !== f.points || grounds(struck, f.duty) !== grounds(s, f.duty);
            };
            for (const ref of [...acts.map((a) => `#${a.seq}`), ...ties]) {
              if (changes(new Set([ref]))) continue;
              // The entries each rule citing this one takes alike for its element, struck together.
              const alike = citedWith(root, ref).filter((group) => group.length > 1);
              // Entries of the record (acts, ties, rises in the evidence); the scenario's perpetrators are not struck.
              const listedAlike = alike.map((group) => new Set(group.filter((r) => f.evidence.includes(r) && !r.startsWith('scenario:crisis.'))));
              expect(
                listedAlike.some((group) => changes(group)),
                `${s.state} ${f.duty}: striking ${ref}${listedAlike.length ? ` or with it ${listedAlike.map((g) => [...g].join(', ')).join(' / ')}` : ''} changes nothing, yet it is listed as evidence`,
              ).toBe(true);
            }
          }
        }
      }),
      RUNS,
    );
  }, 240_000);
});

/** Duties whose acts and ties prove their elements together (perpetration is tested with respect's findings). */
const TOGETHER = new Set(['protect', 'territorial']);

/** The evidence lists of every rule and exception in the trace that cites `ref`. */
function citedWith(root: TraceNode, ref: string): string[][] {
  const out: string[][] = [];
  const exception = (e: ExceptionTrace) => {
    if (e.evidence.includes(ref)) out.push(e.evidence);
    e.exceptions.forEach(exception);
  };
  const walk = (n: TraceNode) => {
    if (n.evidence.includes(ref)) out.push(n.evidence);
    n.exceptions.forEach(exception);
    n.children.forEach(walk);
  };
  walk(root);
  return out;
}

/**
 * The grounds a finding's trace gives: each rule's result, the exceptions that applied, and the
 * quantities its reasons state (units, rounds, counts); not the entries' numbers, positions or
 * descriptions, which change with any entry struck.
 */
function grounds(r: ExposureReport['states'][number] | undefined, duty: string): string {
  const root = r?.trace.find((t) => t.rule === duty);
  if (!root) return '';
  const said: string[] = [];
  const quantities = (because: string) => (because.replace(/#\d+( round \d+)?/g, '').replace(/\[\d+\]/g, '').match(/\d+(\.\d+)?/g) ?? []).join(',');
  const exception = (e: ExceptionTrace, path: string) => {
    if (!e.applied) return;
    said.push(`${path}/${e.label}=${e.result ?? ''}`);
    e.exceptions.forEach((x) => exception(x, `${path}/${e.label}`));
  };
  const walk = (n: TraceNode) => {
    said.push(`${n.rule}=${n.result} ${quantities(n.because)}`);
    n.exceptions.forEach((e) => exception(e, n.rule));
    n.children.forEach(walk);
  };
  walk(root);
  return said.join('\n');
}
