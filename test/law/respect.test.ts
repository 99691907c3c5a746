import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjudicateFacts, completeFacts, traceRules } from '../../src/core/law';
import type { ExposureReport, FactsInput } from '../../src/core/law';
import { CODES, recordArb } from './arbitrary';

/**
 * The duty to respect (ARSIWA arts. 4, 5, 8, 16): support relationships as aid, support to the
 * state's own organs or agents as perpetration only, and reasoning that states each thing once and
 * fits the count of the aid.
 */

const report = (input: FactsInput): ExposureReport => adjudicateFacts(completeFacts(input));
const respectOf = (r: ExposureReport, code: string) => r.states.find((s) => s.state === code)?.findings.find((f) => f.duty === 'respect');
const RUNS = { numRuns: Number(process.env.LAW_PROPERTY_RUNS ?? 300) };

function base(states: FactsInput['states'], relationships: FactsInput['relationships'] = []): FactsInput {
  return {
    scenario: 'respect',
    territorialState: 'KST',
    atrocityTypes: ['crimes-against-humanity'],
    perpetrators: [
      { id: 'guard', name: 'Republican Guard', kind: 'government', state: 'KST' },
      { id: 'brigades', name: 'Sentinel Brigades', kind: 'armed-group' },
      { id: 'militia', name: 'Northern Militia', kind: 'armed-group' },
    ],
    relationships: [{ kind: 'agency', from: 'KST', to: 'brigades' }, ...(relationships ?? [])],
    evidence: [
      { round: 1, level: 'reports' },
      { round: 2, level: 'credible' },
      { round: 3, level: 'manifest' },
    ],
    rounds: 3,
    listed: ['KST', 'AAA'],
    states,
  };
}

describe('duty to respect', () => {
  it('says once that the atrocities are established, though both an organ and an agent are attributable', () => {
    const finding = respectOf(report(base({})), 'KST')!;
    expect(finding.result).toBe('holds');
    expect(finding.reasoning.split('The atrocities are established on the record').length - 1).toBe(1);
  });

  it('does not count support to its own organs or agents as aid, nor twice', () => {
    const without = respectOf(report(base({})), 'KST')!;
    const withSupport = respectOf(report(base({ KST: { conduct: [{ seq: 3, round: 2, kind: 'training', target: 'brigades', scale: 'substantial' }, { seq: 4, round: 3, kind: 'arms-transfer', target: 'guard', scale: 'substantial' }] } })), 'KST')!;
    expect(withSupport.result).toBe('holds');
    expect(withSupport.points).toBe(without.points);
    expect(withSupport.reasoning).not.toContain('It gave material aid');
    expect(withSupport.reasoning).toContain('Not a ground: support to its own organs or agents');
    expect(withSupport.reasoning).toContain('Sentinel Brigades');
  });

  it('fits the words to the count: one act of aid is "given", several are "continued"', () => {
    const one = respectOf(report(base({ AAA: { conduct: [{ seq: 3, round: 2, kind: 'arms-transfer', target: 'militia', scale: 'limited' }] } })), 'AAA')!;
    expect(one.result).toBe('holds');
    expect(one.reasoning).toContain('Aid given with that knowledge is taken to be given "with a view to facilitating"');
    expect(one.reasoning).not.toContain('Aid continued');
    const two = respectOf(
      report(base({ AAA: { conduct: [{ seq: 3, round: 2, kind: 'arms-transfer', target: 'militia', scale: 'limited' }, { seq: 4, round: 3, kind: 'arms-transfer', target: 'militia', scale: 'limited' }] } })),
      'AAA',
    )!;
    expect(two.reasoning).toContain('Aid continued with that knowledge');
    // A supply relationship in force in two rounds with knowledge is continued aid too.
    const standing = respectOf(report(base({}, [{ kind: 'arms-supplier', from: 'AAA', to: 'militia', fromRound: 2 }])), 'AAA')!;
    expect(standing.result).toBe('holds');
    expect(standing.reasoning).toContain('Aid continued with that knowledge');
  });

  it('counts a supply relationship as one substantial act with the knowledge of its rounds in force', () => {
    const act = respectOf(report(base({ AAA: { conduct: [{ seq: 3, round: 2, kind: 'arms-transfer', target: 'militia', scale: 'substantial' }] } })), 'AAA')!;
    const r = report(base({}, [{ kind: 'arms-supplier', from: 'AAA', to: 'militia', fromRound: 2, untilRound: 2 }]));
    const standing = respectOf(r, 'AAA')!;
    expect(standing.points).toBe(act.points);
    expect(standing.evidence).toContain('scenario:relationships[1]');
    const trace = r.states.find((s) => s.state === 'AAA')!.trace.find((t) => t.rule === 'respect')!;
    expect(traceRules(trace)).toContain('respect.aid-or-assistance=holds');
  });

  it('a further support relationship never lowers the respect finding', () => {
    fc.assert(
      fc.property(
        recordArb,
        fc.constantFrom(...CODES),
        fc.record({ kind: fc.constantFrom('arms-supplier' as const, 'substantial-support' as const), to: fc.constantFrom('guard', 'militia', 'KST'), fromRound: fc.integer({ min: 1, max: 4 }), span: fc.integer({ min: 0, max: 3 }) }),
        (input, code, r) => {
          const before = respectOf(report(input), code)?.points ?? 0;
          const more: FactsInput = { ...input, relationships: [...(input.relationships ?? []), { kind: r.kind, from: code, to: r.to, fromRound: r.fromRound, untilRound: Math.min(4, r.fromRound + r.span) }] };
          expect(respectOf(report(more), code)?.points ?? 0).toBeGreaterThanOrEqual(before);
        },
      ),
      RUNS,
    );
  });
});
