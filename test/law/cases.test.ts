import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { adjudicateFacts, completeFacts, traceRules } from '../../src/core/law';
import { shortCitation } from '../../src/core/law/authorities';
import type { ExposureReport, FactsInput, Truth } from '../../src/core/law';

/**
 * The case library (test/law-cases/*.yaml): one case per file, in the language of the law. Each
 * gives the facts (a scenario fragment and what each state did, in the engine's facts format), the
 * findings expected, the ordering between states, and the rules the trace must include or exclude.
 * Format documented in test/law-cases/README.md.
 */

interface ExpectedFinding {
  state: string;
  duty: string;
  result?: Truth;
  points?: { min?: number; max?: number };
  absent?: boolean;
  reasoning?: string[];
  /** Phrases the reasoning must not contain (an overstatement, an internal reference). */
  notReasoning?: string[];
  /** The finding's evidence (entries that satisfy its elements) and its context, by reference. */
  evidence?: { includes?: string[]; excludes?: string[] };
  context?: { includes?: string[] };
  /** Authorities cited, by a part of their short citation ("Armed Activities", "¶430"). */
  basis?: { includes?: string[]; excludes?: string[] };
  defences?: { argument: string; accepted: boolean; effect?: string; notWhy?: string[] }[];
  override?: boolean;
}

interface LawCase {
  name: string;
  description: string;
  facts: FactsInput;
  expect: {
    findings?: ExpectedFinding[];
    /** Pairs [a, b]: a's exposure is strictly above b's. */
    above?: [string, string][];
    exposure?: Record<string, { min?: number; max?: number; band?: string }>;
    trace?: Record<string, { includes?: string[]; excludes?: string[] }>;
    reported?: string[];
    notReported?: string[];
  };
}

const DIR = join(import.meta.dirname, '..', 'law-cases');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

function stateOf(report: ExposureReport, code: string) {
  const s = report.states.find((x) => x.state === code);
  if (!s) throw new Error(`${code} is not in the report (states: ${report.states.map((x) => x.state).join(', ')})`);
  return s;
}

describe('law case library', () => {
  it('has cases', () => expect(files.length).toBeGreaterThan(20));

  for (const file of files) {
    const lawCase = parse(readFileSync(join(DIR, file), 'utf8')) as LawCase;
    describe(`${file}: ${lawCase.name}`, () => {
      it('is described in plain legal English', () => {
        expect(lawCase.name.length).toBeGreaterThan(5);
        expect(lawCase.description.length).toBeGreaterThan(40);
      });
      const report = adjudicateFacts(completeFacts(lawCase.facts));

      for (const f of lawCase.expect.findings ?? []) {
        it(`${f.state} ${f.duty}: ${f.absent ? 'not examined' : (f.result ?? 'as expected')}`, () => {
          const finding = stateOf(report, f.state).findings.find((x) => x.duty === f.duty);
          if (f.absent) {
            expect(finding, `${f.state} ${f.duty} should not be examined`).toBeUndefined();
            return;
          }
          expect(finding, `${f.state} has no ${f.duty} finding`).toBeDefined();
          if (f.result) expect(finding!.result, finding!.reasoning).toBe(f.result);
          if (f.points?.min !== undefined) expect(finding!.points).toBeGreaterThanOrEqual(f.points.min);
          if (f.points?.max !== undefined) expect(finding!.points).toBeLessThanOrEqual(f.points.max);
          for (const phrase of f.reasoning ?? []) expect(finding!.reasoning).toContain(phrase);
          for (const phrase of f.notReasoning ?? []) expect(finding!.reasoning).not.toContain(phrase);
          for (const ref of f.evidence?.includes ?? []) expect(finding!.evidence, `evidence lacks ${ref}`).toContain(ref);
          for (const ref of f.evidence?.excludes ?? []) expect(finding!.evidence, `evidence has ${ref}`).not.toContain(ref);
          for (const ref of f.context?.includes ?? []) expect(finding!.context, `context lacks ${ref}`).toContain(ref);
          const cited = finding!.basis.map(shortCitation);
          for (const a of f.basis?.includes ?? []) expect(cited.some((c) => c.includes(a)), `no authority cites ${a}: ${cited.join('; ')}`).toBe(true);
          for (const a of f.basis?.excludes ?? []) expect(cited.filter((c) => c.includes(a)), `an authority cites ${a}`).toEqual([]);
          for (const d of f.defences ?? []) {
            const ruling = finding!.defences.find((x) => x.argument === d.argument);
            expect(ruling, `no ruling on ${d.argument}`).toBeDefined();
            expect(ruling!.accepted, ruling!.why).toBe(d.accepted);
            if (d.effect) expect(ruling!.effect, ruling!.why).toBe(d.effect);
            expect(ruling!.why.length).toBeGreaterThan(10);
            for (const phrase of d.notWhy ?? []) expect(ruling!.why).not.toContain(phrase);
          }
          if (f.override !== undefined) expect(finding!.override !== null).toBe(f.override);
          expect(finding!.basis.length, 'every finding cites its authority').toBeGreaterThan(0);
        });
      }

      for (const [a, b] of lawCase.expect.above ?? []) {
        it(`${a} is more exposed than ${b}`, () => {
          expect(stateOf(report, a).exposure).toBeGreaterThan(stateOf(report, b).exposure);
        });
      }

      for (const [code, e] of Object.entries(lawCase.expect.exposure ?? {})) {
        it(`${code} exposure ${JSON.stringify(e)}`, () => {
          const s = stateOf(report, code);
          if (e.min !== undefined) expect(s.exposure).toBeGreaterThanOrEqual(e.min);
          if (e.max !== undefined) expect(s.exposure).toBeLessThanOrEqual(e.max);
          if (e.band !== undefined) expect(s.band).toBe(e.band);
        });
      }

      for (const [code, t] of Object.entries(lawCase.expect.trace ?? {})) {
        it(`${code} trace`, () => {
          const rules = stateOf(report, code).trace.flatMap(traceRules);
          for (const r of t.includes ?? []) expect(rules, `trace of ${code} lacks ${r}`).toContain(r);
          for (const r of t.excludes ?? []) expect(rules, `trace of ${code} has ${r}`).not.toContain(r);
        });
      }

      if (lawCase.expect.reported || lawCase.expect.notReported) {
        it('reports the right states', () => {
          const codes = report.states.map((s) => s.state);
          for (const c of lawCase.expect.reported ?? []) expect(codes).toContain(c);
          for (const c of lawCase.expect.notReported ?? []) expect(codes).not.toContain(c);
        });
      }

      it('orders states by exposure, then code, and sorts findings by weight', () => {
        for (let i = 1; i < report.states.length; i++) {
          const [p, q] = [report.states[i - 1]!, report.states[i]!];
          expect(p.exposure > q.exposure || (p.exposure === q.exposure && p.state < q.state)).toBe(true);
        }
        for (const s of report.states) {
          for (let i = 1; i < s.findings.length; i++) expect(s.findings[i - 1]!.points).toBeGreaterThanOrEqual(s.findings[i]!.points);
        }
      });
    });
  }
});
