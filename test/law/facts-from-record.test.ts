import { describe, expect, it } from 'vitest';
import { adjudicate, factsFromRecord, renderJudgmentMarkdown } from '../../src/core/law';
import { replay } from '../../src/core/session';
import { Driver, ELEVEN_ONE_THREE, loadFixture } from '../support/session';

/**
 * Facts from a real session record (the session machine's derived state), end to end: the seqs
 * the findings cite are the log entries where the states acted.
 */

const scenario = loadFixture();

function playedSession(): Driver {
  const s = new Driver(scenario).toPhase('negotiation');
  s.do('fra', { type: 'd2r.propose', agreementId: 'fra-rus', to: 'RUS', clauses: [{ kind: 'no-arms-transfers', perpetrator: 'tessaly-army' }] });
  s.do('rus', { type: 'd2r.sign', agreementId: 'fra-rus' });
  s.advance(); // council
  s.tableCouncilDraft('fra', 'd1', { measures: ['commission-of-inquiry', 'arms-embargo'] });
  s.do('rus', { type: 'veto.threaten', draftId: 'd1', visibility: 'public' });
  s.do('fra', { type: 'vote.open', draftId: 'd1' });
  s.voteAll(ELEVEN_ONE_THREE);
  while (s.state.phase !== 'conduct') s.advance();
  s.do('rus', { type: 'conduct.act', kind: 'arms-transfer', target: 'tessaly-army', scale: 'substantial' });
  s.do('srb', { type: 'conduct.act', kind: 'financing', target: 'iron-hand', scale: 'substantial' });
  s.do('usa', { type: 'conduct.act', kind: 'sanctions', target: 'tessaly-army', scale: 'substantial' });
  s.do('chair', { type: 'session.end' });
  s.do('rus', { type: 'memorial.file', arguments: [{ argument: 'lack-of-knowledge', text: 'The reports were unverified.' }] });
  s.do('chair', { type: 'judgment.override', state: 'USA', duty: 'cooperate', holds: false, reason: 'Sanctions are cooperation.' });
  return s;
}

describe('facts from a session record', () => {
  const s = playedSession();
  const facts = factsFromRecord(scenario, s.state);
  const report = adjudicate(scenario, s.state);
  const seqOf = (predicate: (e: (typeof s.state.log)[number]) => boolean) => s.state.log.find(predicate)!.seq;

  it('finds the veto and the veto threat, citing the seqs where Russia acted', () => {
    const rus = facts.byCode.RUS!;
    const voteSeq = seqOf((e) => e.by === 'rus' && e.event.type === 'vote.cast');
    const threatSeq = seqOf((e) => e.by === 'rus' && e.event.type === 'veto.threaten');
    expect(rus.obstruction.map((o) => [o.kind, o.ref])).toEqual(
      expect.arrayContaining([
        ['veto', `#${voteSeq}`],
        ['veto-threat-public', `#${threatSeq}`],
      ]),
    );
    const finding = report.states.find((x) => x.state === 'RUS')!.findings.find((f) => f.duty === 'not-obstruct')!;
    expect(finding.evidence).toContain(`#${voteSeq}`);
  });

  it('finds the arms shipment with the knowledge of the time, and the D2R breach it is', () => {
    const rus = facts.byCode.RUS!;
    const armsSeq = seqOf((e) => e.by === 'rus' && e.event.type === 'conduct.act');
    expect(rus.support).toHaveLength(1);
    expect(rus.support[0]).toMatchObject({ ref: `#${armsSeq}`, perpetrators: ['tessaly-army'], knowledge: { public: 'reports', level: 'reports' } });
    // The shipment, and the arms supply the scenario records (relationships[0]), which continued
    // in the round the agreement came into force: Russia did nothing on the record to end it.
    expect(rus.breaches.map((b) => [b.agreement, b.act.seq, b.act.ref])).toEqual([
      ['fra-rus', -1, 'scenario:relationships[0]'],
      ['fra-rus', armsSeq, `#${armsSeq}`],
    ]);
    const d2r = report.states.find((x) => x.state === 'RUS')!.findings.find((f) => f.duty === 'd2r-agreement')!;
    expect(d2r.result).toBe('holds');
    expect(d2r.evidence).toContain(`#${armsSeq}`);
  });

  it('rules on the memorial: knowledge on reports only is not established once contested', () => {
    const respect = report.states.find((x) => x.state === 'RUS')!.findings.find((f) => f.duty === 'respect')!;
    expect(respect.defences).toEqual([expect.objectContaining({ argument: 'lack-of-knowledge', accepted: true, effect: 'changes-finding' })]);
    expect(respect.result).toBe('does-not-hold');
  });

  it('intelligence given to a particular state is its knowledge', () => {
    expect(facts.byCode.USA!.knowledgeByRound[0]).toMatchObject({ public: 'reports', intelligence: 'credible', level: 'credible' });
  });

  it('applies the judge\'s override with its reason', () => {
    const cooperate = report.states.find((x) => x.state === 'USA')!.findings.find((f) => f.duty === 'cooperate')!;
    expect(cooperate.override).toMatchObject({ holds: false, reason: 'Sanctions are cooperation.' });
    expect(cooperate.reasoning).toContain('Sanctions are cooperation.');
  });

  it('every "#n" reference is an entry of the log, and every state of the scenario is in the report', () => {
    const seqs = new Set(s.state.log.map((e) => e.seq));
    for (const st of report.states) {
      for (const f of st.findings) {
        for (const ref of f.evidence) {
          if (ref.startsWith('#')) expect(seqs.has(Number(ref.slice(1))), `${st.state} ${f.duty} ${ref}`).toBe(true);
          else expect(ref).toMatch(/^scenario:[a-zA-Z.]+(\[\d+\])?(\.[a-zA-Z]+)?$/);
        }
        expect(f.basis.length).toBeGreaterThan(0);
      }
    }
    const codes = report.states.map((x) => x.state);
    for (const entry of scenario.states) expect(codes).toContain(entry.code);
    expect(codes).toContain('SRB');
  });

  it('same record, same report, byte for byte; replaying the log gives the same report', () => {
    const again = adjudicate(scenario, replay(scenario, s.state.config, s.state.log));
    expect(JSON.stringify(again)).toBe(JSON.stringify(report));
    expect(renderJudgmentMarkdown(again, scenario)).toBe(renderJudgmentMarkdown(report, scenario));
  });
});

describe('reordering the events of a phase', () => {
  function session(order: 'a' | 'b'): Driver {
    const s = new Driver(scenario).toPhase('negotiation');
    while (s.state.phase !== 'conduct') s.advance();
    const acts: [string, Record<string, unknown>][] = [
      ['rus', { type: 'conduct.act', kind: 'arms-transfer', target: 'tessaly-army', scale: 'substantial' }],
      ['srb', { type: 'conduct.act', kind: 'financing', target: 'iron-hand', scale: 'substantial' }],
      ['usa', { type: 'conduct.act', kind: 'sanctions', target: 'tessaly-army', scale: 'limited' }],
      ['srb', { type: 'conduct.act', kind: 'sanctions', target: 'iron-hand', scale: 'limited' }],
    ];
    for (const [by, event] of order === 'a' ? acts : [...acts].reverse()) s.do(by, { ...event, type: 'conduct.act' });
    return s;
  }
  const summary = (s: Driver) =>
    adjudicate(scenario, s.state).states.map((x) => ({ state: x.state, exposure: x.exposure, findings: x.findings.map((f) => [f.duty, f.result, f.points]) }));

  it('changes no finding, point or exposure (only the seqs cited)', () => {
    expect(summary(session('b'))).toEqual(summary(session('a')));
  });
});
