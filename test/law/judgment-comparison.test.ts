import { describe, expect, it } from 'vitest';
import { compareJudgments } from '../../src/core/law/judgment-comparison';
import { renderComparisonMarkdown } from '../../src/core/law/judgment-comparison-markdown';
import type { ExposureReport, Finding, StateExposure } from '../../src/core/law/report';
import type { DutyId, Truth } from '../../src/core/law/types';

function finding(duty: DutyId, result: Truth, points: number): Finding {
  return {
    duty,
    title: duty,
    status: 'established',
    result,
    holds: result === 'holds',
    informational: false,
    points,
    basis: [],
    evidence: [],
    context: [],
    reasoning: '',
    defences: [],
    override: null,
  };
}

function state(code: string, name: string, exposure: number, band: StateExposure['band'], findings: Finding[]): StateExposure {
  return { state: code, name, exposure, band, findings, trace: [] };
}

function report(states: StateExposure[]): ExposureReport {
  return { scenario: 'marun', title: 'The Marun crisis', states };
}

describe('comparing two judgments', () => {
  const before = report([
    state('FRA', 'France', 40, 'moderate', [finding('assist', 'holds', 30), finding('cooperate', 'unknown', 5), finding('protect', 'holds', 12)]),
    state('RUS', 'Russian Federation', 20, 'low', [finding('not-obstruct', 'holds', 20)]),
  ]);
  const after = report([
    state('FRA', 'France', 12, 'low', [finding('assist', 'does-not-hold', 0), finding('protect', 'holds', 12), finding('d2r-agreement', 'holds', 8)]),
    state('RUS', 'Russian Federation', 20, 'low', [finding('not-obstruct', 'holds', 20)]),
  ]);
  const comparison = compareJudgments(before, after);

  it('names each finding added, removed or changed, in words, and counts the rest as the same', () => {
    expect(comparison.findings.map((f) => [f.state, f.duty, f.change])).toEqual([
      ['FRA', 'assist', 'changed'],
      ['FRA', 'd2r-agreement', 'added'],
      ['FRA', 'cooperate', 'removed'],
    ]);
    expect(comparison.findings[0]!.words).toBe(
      'Changed: the finding against France under the duty to assist (prevention) held (30.0 points); now it does not hold (0.0 points).',
    );
    expect(comparison.findings[1]!.words).toBe("New: the finding against France under its Duty-to-Refrain agreement holds (8.0 points).");
    expect(comparison.findings[2]!.words).toBe('Gone: the finding against France under the duty to cooperate (informational) (it was left open, 5.0 points) is no longer made.');
    expect(comparison.unchanged).toBe(2);
  });

  it('gives every state its exposure before and after', () => {
    expect(comparison.exposures.map((e) => e.words)).toEqual([
      'The exposure of France falls from 40.0 (moderate) to 12.0 (low).',
      'The exposure of the Russian Federation is unchanged at 20.0 (low).',
    ]);
  });

  it('renders tables a reader can follow, naming both sessions', () => {
    const md = renderComparisonMarkdown(comparison, { before: 'marun-20310301.moot.jsonl', after: 'marun-fork.moot.jsonl' });
    expect(md).toContain('Before: marun-20310301.moot.jsonl. After: marun-fork.moot.jsonl.');
    expect(md).toContain('| France | 40.0 (moderate) | 12.0 (low) |');
    expect(md).toContain('| France | the duty to assist (prevention) | changed | holds, 30.0 points | does not hold, 0.0 points |');
    expect(md).toContain('2 findings are the same in both.');
  });
});
