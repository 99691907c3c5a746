import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { adjudicateFacts, completeFacts } from '../../src/core/law';
import type { FactsInput } from '../../src/core/law';
import { applyEdits, whatIfForState, YOU } from '../../src/core/law/what-if';
import { CODES, recordArb } from './arbitrary';

/**
 * "What would have changed this finding" (docs/law.md §13), in the language of the law: the
 * changes proposed are the state's own alternatives on the record, and each, applied to the record
 * and adjudicated, gives exactly the result it states.
 */

const RUNS = { numRuns: Number(process.env.LAW_PROPERTY_RUNS ?? 300) / 6 };

/** A permanent member vetoes a sanctions draft while atrocities are credibly reported; nothing else. */
const SINGLE_VETO: FactsInput = {
  scenario: 'single-veto',
  territorialState: 'KST',
  atrocityTypes: ['crimes-against-humanity'],
  perpetrators: [{ id: 'guard', name: 'the Republican Guard', kind: 'government', state: 'KST' }],
  evidence: [{ round: 1, level: 'credible' }],
  rounds: 2,
  permanentMembers: ['AAA', 'EEE'],
  listed: ['AAA', 'KST'],
  names: { AAA: 'Arcadia', KST: 'Kestria', EEE: 'Estoria' },
  drafts: [{ id: 'd-sanctions', title: 'Sanctions on the Republican Guard', forum: 'council', round: 1, seq: 10, measures: ['sanctions'], sponsors: ['EEE'], outcome: 'vetoed' }],
  states: { AAA: { votes: [{ seq: 11, round: 1, draft: 'd-sanctions', vote: 'no', veto: true }] } },
};

function adjudicated(input: FactsInput, code: string) {
  const report = adjudicateFacts(completeFacts(input));
  return report.states.find((s) => s.state === code) ?? null;
}

describe('what would have changed a finding', () => {
  it('a veto whose withdrawal clears an obstruction finding is proposed in words, with the rule that decides it', () => {
    const search = whatIfForState(SINGLE_VETO, 'AAA', { addressee: YOU });
    const obstruction = search.findings.find((f) => f.duty === 'not-obstruct')!;
    const abstain = obstruction.changes.find((c) => c.change.startsWith('abstained'))!;
    expect(abstain.words).toBe(
      'Had you abstained instead of vetoing the draft “Sanctions on the Republican Guard” in the Council in round 1, there would be no breach instead of an open finding (−11.9 points); the exposure would fall from low to none.',
    );
    expect(abstain.before).toMatchObject({ result: 'unknown', band: 'low' });
    expect(abstain.after).toMatchObject({ result: 'does-not-hold', points: 0, band: 'none' });
    expect(abstain.rule?.label).toMatch(/Impeding protective measures/);
    expect(abstain.rule?.authorities.join(' ')).toMatch(/Hakimi/);
    // Never an id: the draft is named by its title, the state addressed.
    expect(abstain.words).not.toMatch(/d-sanctions|#\d|AAA/);
    expect(search.cutOff).toBe(false);
  });

  it('names the state when not addressing its own delegation', () => {
    const search = whatIfForState(SINGLE_VETO, 'AAA');
    expect(search.findings[0]!.changes[0]!.words).toMatch(/^Had Arcadia /);
  });

  it('a plea the state could have made is proposed with the ruling on it as the decisive rule', () => {
    const lawCase = parse(readFileSync(join(import.meta.dirname, '..', 'law-cases', 'd2r-agreement.yaml'), 'utf8')) as { facts: FactsInput };
    const protect = whatIfForState(lawCase.facts, 'HLV', { addressee: YOU }).findings.find((f) => f.duty === 'protect')!;
    const plea = protect.changes.find((c) => c.edits[0]!.kind === 'plead')!;
    expect(plea.words).toMatch(/^Had you pleaded in your memorial that your support was not substantial, against the duty to protect, there would be no breach instead of an open finding/);
    expect(plea.rule).toMatchObject({ label: 'The defence of support not substantial', after: 'holds' });
  });

  it('an arms supplier that also supports the perpetrator substantially is told once that suspending its support would have changed the finding', () => {
    const supplier: FactsInput = {
      ...SINGLE_VETO,
      listed: ['DRV', 'KST'],
      names: { DRV: 'Dravenia', KST: 'Kestria' },
      drafts: [],
      relationships: [
        { kind: 'substantial-support', from: 'DRV', to: 'guard', supportKinds: ['military', 'financial'] },
        { kind: 'arms-supplier', from: 'DRV', to: 'guard', supportKinds: ['military'] },
      ],
      states: { DRV: { conduct: [{ seq: 5, round: 1, kind: 'arms-transfer', target: 'guard', scale: 'substantial' }] } },
    };
    const changes = whatIfForState(supplier, 'DRV').findings.flatMap((f) => f.changes.map((c) => `${f.duty}: ${c.words}`));
    const suspensions = changes.filter((c) => c.includes('suspended its support to the Republican Guard in round 1'));
    expect(suspensions.length).toBeGreaterThan(0);
    expect(new Set(changes).size).toBe(changes.length);
  });

  it('says when the search is cut off, and after how many alternatives', () => {
    const search = whatIfForState(SINGLE_VETO, 'AAA', { budget: 1 });
    expect(search.cutOff).toBe(true);
    expect(search.alternatives).toBe(1);
    expect(search.note).toBe('Search cut off after 1 alternative.');
  });

  it('each proposed change, applied to the record and adjudicated, gives exactly the stated result', () => {
    fc.assert(
      fc.property(recordArb, fc.constantFrom(...CODES), (input, code) => {
        const search = whatIfForState(input, code, { budget: 25 });
        expect(search.alternatives).toBeLessThanOrEqual(25);
        for (const finding of search.findings) {
          for (const change of finding.changes) {
            const after = adjudicated(applyEdits(input, code, change.edits), code);
            const f = after?.findings.find((x) => x.duty === finding.duty);
            expect({ result: f?.result ?? 'does-not-hold', points: f?.points ?? 0, exposure: after?.exposure ?? 0, band: after?.band ?? 'none' }).toEqual(change.after);
            const before = adjudicated(input, code)!;
            expect(change.before.exposure).toBe(before.exposure);
            expect(change.after.result !== change.before.result || change.after.band !== change.before.band).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('changes only the state’s own decisions: every other state’s record is the same', () => {
    fc.assert(
      fc.property(recordArb, fc.constantFrom(...CODES), (input, code) => {
        const search = whatIfForState(input, code, { budget: 10 });
        for (const change of search.findings.flatMap((f) => f.changes)) {
          const edited = applyEdits(input, code, change.edits);
          for (const other of CODES.filter((c) => c !== code)) expect(edited.states?.[other]).toBe(input.states?.[other]);
          expect(edited.drafts).toBe(input.drafts);
        }
      }),
      RUNS,
    );
  });
});
