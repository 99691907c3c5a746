import { describe, expect, it } from 'vitest';
import { adjudicateFacts, completeFacts, traceRules } from '../../src/core/law';
import type { FactsInput, StateRecordInput } from '../../src/core/law';
import type { DutyId } from '../../src/core/law';

/**
 * The classifications that decide a duty, each beside that duty's rule (src/core/law/duties), tested
 * as a reform would be argued: the same conduct, one fact changed, and the law's answer with it.
 */

const ROUND_OF_REPORTS = 1;
const ROUND_OF_CREDIBLE_FINDINGS = 2;

function record(states: Record<string, StateRecordInput>, more: Partial<FactsInput> = {}): FactsInput {
  return {
    scenario: 'classification',
    territorialState: 'KST',
    atrocityTypes: ['crimes-against-humanity'],
    perpetrators: [
      { id: 'guard', name: 'Republican Guard', kind: 'government', state: 'KST' },
      { id: 'militia', name: 'Northern Militia', kind: 'armed-group' },
    ],
    evidence: [
      { round: ROUND_OF_REPORTS, level: 'reports' },
      { round: ROUND_OF_CREDIBLE_FINDINGS, level: 'credible' },
      { round: 3, level: 'manifest' },
    ],
    rounds: 3,
    listed: ['KST', 'AAA', 'BBB'],
    states,
    ...more,
  };
}

const facts = (input: FactsInput, code: string) => completeFacts(input).byCode[code]!;
const finding = (input: FactsInput, code: string, duty: DutyId) => adjudicateFacts(completeFacts(input)).states.find((s) => s.state === code)!.findings.find((f) => f.duty === duty)!;
const armsTo = (perpetrator: string, round: number) => ({ seq: 10 + round, round, kind: 'arms-transfer' as const, target: perpetrator, scale: 'substantial' as const });

describe('the duty not to obstruct: what counts as obstruction', () => {
  // Another state's protective effort the supply can undermine: a Council draft for sanctions.
  const sanctionsDraft = { id: 'd0', title: 'Sanctions on the Republican Guard', forum: 'council' as const, round: ROUND_OF_REPORTS, seq: 2, measures: ['sanctions' as const], sponsors: ['BBB'], outcome: 'not-adopted' as const };

  it('an arms supply to the perpetrator after the evidence became clear is obstruction; the same supply before is not', () => {
    const after = record({ AAA: { conduct: [armsTo('guard', ROUND_OF_CREDIBLE_FINDINGS)] } }, { drafts: [sanctionsDraft] });
    const before = record({ AAA: { conduct: [armsTo('guard', ROUND_OF_REPORTS)] } }, { drafts: [sanctionsDraft] });
    expect(facts(after, 'AAA').obstruction.map((o) => o.kind)).toEqual(['support-after-apparent']);
    expect(facts(before, 'AAA').obstruction).toEqual([]);
    expect(finding(after, 'AAA', 'not-obstruct').result).toBe('holds');
    expect(finding(before, 'AAA', 'not-obstruct').result).toBe('does-not-hold');
  });

  it('an arms supply after the evidence became clear obstructs nothing where no one pursued a protective measure it could undermine', () => {
    // Hakimi at 273: the duty is not to obstruct "the protective measures that third parties pursue";
    // Russia's support "undermined efforts to isolate" Assad. No draft, no measure, no meeting: no obstruction.
    const alone = record({ AAA: { conduct: [armsTo('guard', ROUND_OF_CREDIBLE_FINDINGS)] } });
    expect(finding(alone, 'AAA', 'not-obstruct').result).toBe('does-not-hold');
    const laterEffort = record({ AAA: { conduct: [armsTo('guard', ROUND_OF_CREDIBLE_FINDINGS)] } }, { drafts: [{ ...sanctionsDraft, round: 3, seq: 40 }] });
    expect(finding(laterEffort, 'AAA', 'not-obstruct').result).toBe('does-not-hold');
    const withEffort = record({ AAA: { conduct: [armsTo('guard', ROUND_OF_CREDIBLE_FINDINGS)] } }, { drafts: [sanctionsDraft] });
    expect(finding(withEffort, 'AAA', 'not-obstruct').reasoning).toContain('undermined the efforts of others to isolate and press it (draft "Sanctions on the Republican Guard" tabled by BBB (#2) in round 1)');
  });

  it('a supplier whose own intelligence made the atrocities apparent obstructs, though the public record still shows reports only', () => {
    const informed = record(
      { AAA: { conduct: [armsTo('guard', ROUND_OF_REPORTS)] } },
      { intelligence: [{ round: ROUND_OF_REPORTS, recipients: ['AAA'], level: 'credible' }] },
    );
    expect(facts(informed, 'AAA').obstruction.map((o) => o.kind)).toEqual(['support-after-apparent']);
    expect(facts(informed, 'BBB').obstruction).toEqual([]);
  });

  it('a vote against a protective draft is obstruction; a vote for it is acquiescence, an alternative, not obstruction', () => {
    const draft = { id: 'd1', forum: 'council' as const, round: 2, seq: 5, measures: ['sanctions' as const], sponsors: ['BBB'], outcome: 'adopted' as const };
    const against = record({ AAA: { votes: [{ seq: 6, round: 2, draft: 'd1', vote: 'no' }] } }, { drafts: [draft] });
    const infavour = record({ AAA: { votes: [{ seq: 6, round: 2, draft: 'd1', vote: 'yes' }] } }, { drafts: [draft] });
    expect(facts(against, 'AAA').obstruction.map((o) => o.kind)).toEqual(['vote-against-council']);
    expect(facts(infavour, 'AAA').obstruction).toEqual([]);
    expect(facts(infavour, 'AAA').alternatives.map((a) => a.kind)).toEqual(['let-pass']);
  });
});

describe('the duty not to obstruct: what counts as a meaningful alternative', () => {
  const vetoAndOwnDraft = (measures: ('condemnation' | 'commission-of-inquiry')[]) =>
    record(
      { AAA: { votes: [{ seq: 6, round: 2, draft: 'd1', vote: 'no', veto: true }] } },
      {
        drafts: [
          { id: 'd1', forum: 'council', round: 2, seq: 5, measures: ['sanctions'], sponsors: ['BBB'], outcome: 'vetoed' },
          { id: 'd2', forum: 'council', round: 2, seq: 7, measures, sponsors: ['AAA'], outcome: 'tabled' },
        ],
      },
    );

  it('a state that vetoes a draft but tables its own with a commission of inquiry pursued a meaningful alternative; its own draft of condemnation alone is no alternative', () => {
    const inquiry = vetoAndOwnDraft(['condemnation', 'commission-of-inquiry']);
    const words = vetoAndOwnDraft(['condemnation']);
    expect(facts(inquiry, 'AAA').alternatives).toEqual([expect.objectContaining({ kind: 'own-draft', meaningful: true })]);
    expect(facts(words, 'AAA').alternatives).toEqual([expect.objectContaining({ kind: 'own-draft', meaningful: false })]);
    expect(finding(inquiry, 'AAA', 'not-obstruct').result).toBe('does-not-hold');
    expect(finding(words, 'AAA', 'not-obstruct').result).toBe('unknown');
  });

  it('sanctions against the perpetrators are an alternative measure; suspending its own support to them is not', () => {
    const measure = (kind: 'sanctions' | 'suspending-support') => record({ AAA: { conduct: [{ seq: 8, round: 2, kind, target: 'guard', scale: 'substantial' }] } });
    expect(facts(measure('sanctions'), 'AAA').alternatives.map((a) => a.kind)).toEqual(['national-measures']);
    expect(facts(measure('suspending-support'), 'AAA').alternatives).toEqual([]);
  });
});

describe('a Duty-to-Refrain agreement: which acts are contrary to it', () => {
  const agreement = { id: 'pact', parties: ['AAA', 'BBB'] as [string, string], clauses: [{ kind: 'no-arms-transfers' as const }], inForceFromRound: ROUND_OF_CREDIBLE_FINDINGS, seq: 4 };

  it('an arms transfer in a round the agreement is in force breaches it; the same transfer before its entry into force does not (VCLT art. 28)', () => {
    const inForce = record({ AAA: { conduct: [armsTo('militia', ROUND_OF_CREDIBLE_FINDINGS)] } }, { agreements: [agreement] });
    const beforeEntry = record({ AAA: { conduct: [armsTo('militia', ROUND_OF_REPORTS)] } }, { agreements: [agreement] });
    expect(facts(inForce, 'AAA').breaches.map((b) => [b.agreement, b.act.ref])).toEqual([['pact', '#12']]);
    expect(facts(beforeEntry, 'AAA').breaches).toEqual([]);
    expect(finding(inForce, 'AAA', 'd2r-agreement').result).toBe('holds');
    expect(finding(beforeEntry, 'AAA', 'd2r-agreement').result).toBe('does-not-hold');
  });

  it('a standing arms supply breaches it in every round it continues while in force, unless the state suspended its support', () => {
    const supplier = { kind: 'arms-supplier' as const, from: 'AAA', to: 'militia' };
    const continuing = record({}, { agreements: [agreement], relationships: [supplier] });
    const suspended = record({ AAA: { conduct: [{ seq: 3, round: 1, kind: 'suspending-support', target: 'militia', scale: 'substantial' }] } }, { agreements: [agreement], relationships: [supplier] });
    expect(facts(continuing, 'AAA').breaches.map((b) => b.act.round)).toEqual([2, 3]);
    expect(facts(suspended, 'AAA').breaches).toEqual([]);
  });

  it('a financing clause is not breached by a shipment of arms', () => {
    const financing = { ...agreement, clauses: [{ kind: 'no-financing' as const }] };
    expect(facts(record({ AAA: { conduct: [armsTo('militia', 3)] } }, { agreements: [financing] }), 'AAA').breaches).toEqual([]);
  });
});

describe('the duty to protect: authority under a Council mandate', () => {
  const administering = (outcome: 'adopted' | 'vetoed') =>
    record(
      { AAA: { conduct: [{ seq: 9, round: 2, kind: 'administering-territory', target: 'KST', scale: 'substantial' }] } },
      { drafts: [{ id: 'mandate', forum: 'council', round: 1, seq: 5, measures: ['peace-operation'], sponsors: ['BBB'], outcome }] },
    );

  it('administering the area under an adopted Council mandate for a peace operation is the UN\'s authority (Behrami); the same administration when the mandate was vetoed is the state\'s own', () => {
    const mandated = administering('adopted');
    const unmandated = administering('vetoed');
    expect(completeFacts(mandated).drafts.mandate!.councilAuthorisation).toBe(true);
    expect(completeFacts(unmandated).drafts.mandate!.councilAuthorisation).toBe(false);
    const authority = (input: FactsInput) => traceRules(adjudicateFacts(completeFacts(input)).states.find((s) => s.state === 'AAA')!.trace.find((t) => t.rule === 'protect')!);
    expect(authority(mandated)).toContain('protect.trigger.governmental-authority@militia/council-mandate=does-not-hold');
    expect(authority(unmandated)).toContain('protect.trigger.governmental-authority@militia=holds');
  });
});
