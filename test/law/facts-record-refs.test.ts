import { describe, expect, it } from 'vitest';
import { adjudicate, adjudicateFacts, completeFacts, factsFromRecord } from '../../src/core/law';
import type { FactsInput } from '../../src/core/law';
import { Driver, loadFixture } from '../support/session';

/**
 * What the facts cite must be something a reader can look up and find the fact in: a co-sponsor's
 * own entry of the log, the inject that raised the evidence, a draft by its title, the other party
 * to an agreement by its name.
 */

const scenario = loadFixture();

function played(): Driver {
  const s = new Driver(scenario).toPhase('council');
  s.tableCouncilDraft('fra', 'd1', { title: 'Protection of civilians in the Marun Valley', measures: ['commission-of-inquiry', 'arms-embargo'] });
  s.do('gbr', { type: 'draft.cosponsor', draftId: 'd1' });
  while (s.state.round < 2 || s.state.phase !== 'conduct') s.advance();
  s.do('rus', { type: 'conduct.act', kind: 'arms-transfer', target: 'tessaly-army', scale: 'substantial' });
  return s;
}

describe('references in the facts from a session record', () => {
  const s = played();
  const facts = factsFromRecord(scenario, s.state);
  const entry = (predicate: (e: (typeof s.state.log)[number]) => boolean) => s.state.log.find(predicate)!;

  it('cites a co-sponsorship by the co-sponsor\'s own entry, not by the tabling', () => {
    const tabled = entry((e) => e.event.type === 'draft.table').seq;
    const cosponsored = entry((e) => e.by === 'gbr' && e.event.type === 'draft.cosponsor').seq;
    expect(facts.byCode.FRA!.sponsorships).toEqual([expect.objectContaining({ role: 'tabled', seq: tabled, ref: `#${tabled}` })]);
    expect(facts.byCode.GBR!.sponsorships).toEqual([expect.objectContaining({ role: 'cosponsored', seq: cosponsored, ref: `#${cosponsored}` })]);
    expect(facts.byCode.GBR!.alternatives).toEqual([expect.objectContaining({ kind: 'cosponsored-draft', seq: cosponsored, ref: `#${cosponsored}` })]);
  });

  it('carries the draft title from the record', () => {
    expect(facts.drafts.d1!.title).toBe('Protection of civilians in the Marun Valley');
  });

  it('cites evidence raised by a scheduled inject by the inject, keeping the seq at which it fired', () => {
    const index = scenario.injects.findIndex((i) => i.id === 'mass-grave');
    const step = facts.evidence.find((e) => e.level === 'manifest')!;
    expect(step.ref).toBe(`scenario:injects[${index}]`);
    // The inject fired under the facilitator's phase change: that entry does not show the evidence.
    expect(step.seq).not.toBeNull();
    expect(entry((e) => e.seq === step.seq).event.type).toBe('phase.advance');
    // Timing still uses the seq: an act after the inject is judged with the evidence it raised.
    const act = facts.byCode.RUS!.support[0]!;
    expect(act.seq).toBeGreaterThan(step.seq!);
    expect(act.knowledge).toMatchObject({ public: 'manifest', refs: [`scenario:injects[${index}]`] });
    const report = adjudicate(scenario, s.state);
    const cited = report.states.flatMap((x) => x.findings.flatMap((f) => f.evidence));
    expect(cited).toContain(`scenario:injects[${index}]`);
    expect(cited).not.toContain(`#${step.seq}`);
  });
});

describe('names in the reasoning', () => {
  const input: FactsInput = {
    territorialState: 'MRD',
    atrocityTypes: ['crimes-against-humanity'],
    perpetrators: [{ id: 'meridian-forces', name: 'Meridian Armed Forces', kind: 'government', state: 'MRD' }],
    evidence: [{ round: 1, level: 'credible' }],
    rounds: 2,
    names: { HLV: 'Halvard', LSN: 'Lussan', MRD: 'Meridia' },
    listed: ['HLV', 'LSN', 'MRD'],
    drafts: [{ id: 'lsn-ga-r1', title: 'Protection of civilians in Meridia', forum: 'assembly', round: 1, seq: 10, measures: ['arms-embargo'], sponsors: ['LSN'], outcome: 'adopted' }],
    agreements: [{ id: 'hlv-lsn', parties: ['LSN', 'HLV'], clauses: [{ kind: 'no-arms-transfers', perpetrator: 'meridian-forces' }], inForceFromRound: 1, seq: 5 }],
    states: {
      HLV: {
        votes: [{ seq: 11, round: 1, draft: 'lsn-ga-r1', vote: 'no' }],
        conduct: [{ seq: 20, round: 2, kind: 'arms-transfer', target: 'meridian-forces', scale: 'limited' }],
      },
    },
  };
  const facts = completeFacts(input);
  const report = adjudicateFacts(facts);
  const finding = (state: string, duty: string) => report.states.find((x) => x.state === state)!.findings.find((f) => f.duty === duty)!;

  it('names the forum and the draft, not their ids alone', () => {
    const reasoning = finding('HLV', 'not-obstruct').reasoning;
    expect(reasoning).toContain('the General Assembly');
    expect(reasoning).toContain('material support to the perpetrators');
    expect(reasoning).toContain('draft "Protection of civilians in Meridia" tabled by Lussan');
    expect(reasoning).not.toMatch(/across assembly|lsn-ga-r1/);
  });

  it('names the other party to an agreement and the perpetrator a clause protects against', () => {
    const reasoning = finding('HLV', 'd2r-agreement').reasoning;
    expect(reasoning).toContain('Agreement with Lussan (signed at #');
    expect(reasoning).not.toContain('hlv-lsn');
    expect(reasoning).not.toContain('with LSN');
    const trace = JSON.stringify(report.states.find((x) => x.state === 'HLV')!.findings.find((f) => f.duty === 'd2r-agreement'));
    expect(trace).toContain('no arms transfers (Meridian Armed Forces)');
  });
});
