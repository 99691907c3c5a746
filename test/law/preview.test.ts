import { describe, expect, it } from 'vitest';
import { legalRiskPreview, suggestDefences } from '../../src/core/law';
import { Driver, loadFixture } from '../support/session';

/**
 * Practice mode: the "legal risk" strip and the defences an AI delegate may plead, on the Marun
 * fixture (Russia arms the army; Serbia props up the Iron Hand militia; the United States and
 * France hold credible intelligence from round 1; public evidence: reports in round 1).
 */

const scenario = loadFixture();

function inConduct(setup?: (s: Driver) => void): Driver {
  const s = new Driver(scenario).toPhase('negotiation');
  setup?.(s);
  while (s.state.phase !== 'conduct') s.advance();
  return s;
}

describe('legalRiskPreview', () => {
  it('arms on reports alone: knowledge is an open question (a caution, not a warning)', () => {
    const s = inConduct();
    const notes = legalRiskPreview(scenario, s.state, 'RUS', { kind: 'arms-transfer', target: 'tessaly-army', scale: 'substantial' });
    const art16 = notes.find((n) => n.duty === 'respect')!;
    expect(art16.text).toMatch(/^Art\. 16: with reports on the record, whether arms transfer to Tessalian Army is aid with knowledge is an open question/);
    expect(art16.severity).toBe('caution');
    expect(art16.pointsAfter).toBeGreaterThan(art16.pointsBefore);
  });

  it('the same shipment by a state holding credible intelligence is aid with knowledge (a warning)', () => {
    const s = inConduct();
    const notes = legalRiskPreview(scenario, s.state, 'USA', { kind: 'arms-transfer', target: 'tessaly-army', scale: 'substantial' });
    const art16 = notes.find((n) => n.duty === 'respect')!;
    expect(art16.text).toContain('your own intelligence reports credible findings');
    expect(art16.text).toContain('would be aid or assistance with knowledge of the circumstances');
    expect(art16.severity).toBe('warning');
    expect(art16.citation.pinpoint).toBe('art. 16');
  });

  it('training its own army is not aid to another under art. 16: it is perpetration through its organ', () => {
    const s = inConduct();
    const notes = legalRiskPreview(scenario, s.state, 'TSY', { kind: 'training', target: 'tessaly-army', scale: 'substantial' });
    const respect = notes.find((n) => n.duty === 'respect')!;
    expect(respect.text).toContain('is not aid to another under art. 16');
    expect(respect.text).toContain('Tessalian Army');
    expect(notes.some((n) => n.text.includes('would be aid or assistance'))).toBe(false);
  });

  it('a shipment an agreement in force forbids is flagged as a breach of the D2R agreement', () => {
    const s = inConduct((d) => {
      d.do('fra', { type: 'd2r.propose', agreementId: 'fra-rus', to: 'RUS', clauses: [{ kind: 'no-arms-transfers', perpetrator: 'tessaly-army' }] });
      d.do('rus', { type: 'd2r.sign', agreementId: 'fra-rus' });
    });
    const notes = legalRiskPreview(scenario, s.state, 'RUS', { kind: 'arms-transfer', target: 'tessaly-army', scale: 'limited' });
    expect(notes.find((n) => n.duty === 'd2r-agreement')).toMatchObject({ severity: 'warning', text: expect.stringContaining('fra-rus') });
  });

  it('a measure against the group a state props up is part of the diligence due', () => {
    const s = inConduct();
    const notes = legalRiskPreview(scenario, s.state, 'SRB', { kind: 'sanctions', target: 'iron-hand', scale: 'substantial' });
    const protect = notes.find((n) => n.duty === 'protect')!;
    expect(protect.text).toContain('part of the diligence due');
    expect(protect.pointsAfter).toBeLessThan(protect.pointsBefore);
    expect(protect.severity).toBe('info');
  });

  it('a negative vote on a protective draft is flagged under the duty not to obstruct', () => {
    const s = new Driver(scenario).toPhase('council').tableCouncilDraft('fra', 'd1');
    const notes = legalRiskPreview(scenario, s.state, 'RUS', { kind: 'vote', draftId: 'd1', vote: 'no' });
    expect(notes).toHaveLength(1);
    expect(notes[0]!.duty).toBe('not-obstruct');
    expect(notes[0]!.text).toMatch(/evidence of obstruction, not proof/);
  });

  it('troops without governmental authority: no duty to protect', () => {
    const s = inConduct();
    const notes = legalRiskPreview(scenario, s.state, 'KEN', { kind: 'troop-deployment', target: 'TSY', scale: 'substantial' });
    expect(notes[0]!.text).toMatch(/do not by themselves ground a duty to protect/);
  });
});

describe('suggestDefences', () => {
  it('suggests lack of knowledge for arms shipped on reports, and says what it would change', () => {
    const s = inConduct();
    s.do('rus', { type: 'conduct.act', kind: 'arms-transfer', target: 'tessaly-army', scale: 'substantial' });
    const suggestions = suggestDefences(scenario, s.state, 'RUS');
    expect(suggestions).toContainEqual(expect.objectContaining({ argument: 'lack-of-knowledge', duty: 'respect', effect: 'changes-finding' }));
    expect(suggestions).toContainEqual(expect.objectContaining({ argument: 'support-not-substantial', duty: 'protect', effect: 'changes-finding' }));
    // Nothing is suggested against a finding that does not hold (no obstruction here).
    expect(suggestions.some((x) => x.duty === 'not-obstruct')).toBe(false);
    expect(suggestions.every((x) => x.effect !== 'rejected' && x.effect !== 'no-effect')).toBe(true);
  });

  it('does not suggest lack of knowledge to a state that held credible intelligence', () => {
    const s = inConduct();
    s.do('usa', { type: 'conduct.act', kind: 'arms-transfer', target: 'tessaly-army', scale: 'substantial' });
    expect(suggestDefences(scenario, s.state, 'USA').some((x) => x.argument === 'lack-of-knowledge' && x.duty === 'respect')).toBe(false);
  });
});
