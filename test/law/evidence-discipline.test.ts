import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjudicateFacts, completeFacts, traceRules } from '../../src/core/law';
import type { ExposureReport, FactsInput } from '../../src/core/law';
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
});
