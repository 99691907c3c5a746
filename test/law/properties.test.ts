import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjudicateFacts, completeFacts, PARAMETERS } from '../../src/core/law';
import type { ExposureReport, FactsInput } from '../../src/core/law';
import type { ConductKind } from '../../src/core/shared/vocabulary';
import { CODES, recordArb, withAct } from './arbitrary';

/**
 * Invariants of the law engine over random records (fast-check):
 * more support to a perpetrator never lowers exposure; an added protective measure never raises
 * it; reordering states or events changes nothing; the same record gives the same report.
 */

const report = (input: FactsInput): ExposureReport => adjudicateFacts(completeFacts(input));
const exposureOf = (r: ExposureReport, code: string): number => r.states.find((s) => s.state === code)?.exposure ?? 0;
const RUNS = { numRuns: Number(process.env.LAW_PROPERTY_RUNS ?? 300) };

const supportKinds = PARAMETERS.conduct.materialSupport.value.filter((k) => k !== 'troop-deployment') as ConductKind[];
const protectiveKinds = PARAMETERS.conduct.protective.value as readonly ConductKind[];

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('law engine invariants', () => {
  it('never throws; points and exposure stay within 0-100; findings cite authorities', () => {
    fc.assert(
      fc.property(recordArb, (input) => {
        const r = report(input);
        for (const s of r.states) {
          expect(s.exposure).toBeGreaterThanOrEqual(0);
          expect(s.exposure).toBeLessThanOrEqual(100);
          for (const f of s.findings) {
            expect(f.points).toBeGreaterThanOrEqual(0);
            expect(f.points).toBeLessThanOrEqual(100);
            expect(f.basis.length).toBeGreaterThan(0);
            if (f.result === 'does-not-hold') expect(f.points).toBe(0);
          }
        }
      }),
      RUNS,
    );
  });

  it('more support to a perpetrator never lowers exposure', () => {
    fc.assert(
      fc.property(
        recordArb,
        fc.constantFrom(...CODES),
        fc.record({ round: fc.integer({ min: 1, max: 4 }), kind: fc.constantFrom(...supportKinds), target: fc.constantFrom('guard', 'militia', 'KST'), scale: fc.constantFrom('limited' as const, 'substantial' as const) }),
        (input, code, act) => {
          const before = report(input);
          const after = report(withAct(input, code, act));
          expect(exposureOf(after, code)).toBeGreaterThanOrEqual(exposureOf(before, code));
          for (const other of CODES) if (other !== code) expect(exposureOf(after, other)).toBe(exposureOf(before, other));
        },
      ),
      RUNS,
    );
  });

  it('an added protective measure never raises exposure', () => {
    fc.assert(
      fc.property(
        recordArb,
        fc.constantFrom(...CODES),
        fc.record({ round: fc.integer({ min: 1, max: 4 }), kind: fc.constantFrom(...protectiveKinds), target: fc.constantFrom('guard', 'militia', 'KST', null), scale: fc.constantFrom('limited' as const, 'substantial' as const) }),
        (input, code, act) => {
          const before = report(input);
          const after = report(withAct(input, code, act));
          expect(exposureOf(after, code)).toBeLessThanOrEqual(exposureOf(before, code));
        },
      ),
      RUNS,
    );
  });

  it('reordering states, or the events of the record, changes nothing, byte for byte', () => {
    fc.assert(
      fc.property(recordArb, fc.integer({ min: 1, max: 1_000_000 }), (input, seed) => {
        const states: NonNullable<FactsInput['states']> = {};
        for (const code of shuffled(Object.keys(input.states ?? {}), seed)) {
          const s = input.states![code]!;
          states[code] = {
            ...s,
            conduct: shuffled(s.conduct ?? [], seed + 1),
            votes: shuffled(s.votes ?? [], seed + 2),
            vetoThreats: shuffled(s.vetoThreats ?? [], seed + 3),
            explanations: shuffled(s.explanations ?? [], seed + 4),
          };
        }
        const reordered: FactsInput = {
          ...input,
          listed: shuffled(input.listed ?? [], seed + 5),
          drafts: shuffled(input.drafts ?? [], seed + 6),
          agreements: shuffled(input.agreements ?? [], seed + 7),
          states,
        };
        expect(JSON.stringify(report(reordered))).toBe(JSON.stringify(report(input)));
      }),
      RUNS,
    );
  });

  it('same record, same report, byte for byte', () => {
    fc.assert(
      fc.property(recordArb, (input) => {
        expect(JSON.stringify(report(structuredClone(input)))).toBe(JSON.stringify(report(input)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('parameters keep the relations the invariants rest on', () => {
  const P = PARAMETERS;
  it('an open question never outweighs a finding of the same kind', () => {
    expect(P.unknownFactor.value).toBeLessThan(0.5);
    // Aid on reports (open) never outweighs the least aid with established knowledge.
    expect(P.unknownFactor.value).toBeLessThanOrEqual(P.scale.limited.value * P.knowledge.factor[P.knowledge.art16Established.value].value);
    // Obstruction aggravated by supplies (holds, mitigated by acquiescence) weighs more than open obstruction.
    expect(P.notObstruct.acquiescenceMitigation.value).toBeGreaterThanOrEqual(P.unknownFactor.value);
  });
  it('weights are ordered as the law is settled, knowledge as it grows, bands as they rise', () => {
    const s = P.statusWeight;
    expect([s.established, s.treaty, s.emerging, s.nascent, s.aspirational].map((x) => x.value)).toEqual(
      [s.established, s.treaty, s.emerging, s.nascent, s.aspirational].map((x) => x.value).sort((a, b) => b - a),
    );
    const k = P.knowledge.factor;
    expect([k.none, k.reports, k.credible, k.manifest].map((x) => x.value)).toEqual([k.none, k.reports, k.credible, k.manifest].map((x) => x.value).sort((a, b) => a - b));
    expect(k.none.value).toBe(0);
    const b = P.bands;
    expect(b.low.value).toBeLessThan(b.moderate.value);
    expect(b.moderate.value).toBeLessThan(b.high.value);
    expect(b.high.value).toBeLessThan(b.veryHigh.value);
    expect(P.cooperate.scoreWeight.value).toBe(0);
  });
});
