import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { adjudicate } from '../../src/core/law';
import { UN_MEMBERS } from '../../src/core/scenario/un-members';
import {
  assemblyMapSvg,
  exposureChartSvg,
  renderHtml,
  renderMarkdown,
  timelineSvg,
  transcriptFor,
  transcriptSchema,
  TranscriptPerspectiveError,
  voteMatrixSvg,
  worldDefsSvg,
  worldFeatures,
  type WorldTopology,
} from '../../src/core/transcript';
import {
  ISO_NUMERIC_TO_ALPHA3,
  alpha3OfNumeric,
} from '../../src/core/transcript/charts/iso-numeric';
import { fixedReport, scriptedTranscriptSession } from '../support/transcript-session';

const { scenario, driver } = scriptedTranscriptSession();
const state = driver.state;
const report = fixedReport(state);
const topology = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8'),
) as WorldTopology;

describe('transcript model', () => {
  it('validates against the JSON schema for the facilitator and every seated state', () => {
    transcriptSchema.parse(transcriptFor(scenario, state, 'facilitator', report));
    for (const seat of state.config.seats.filter((s) => s.state))
      transcriptSchema.parse(transcriptFor(scenario, state, { state: seat.state! }, report));
  });

  it('says why a perspective cannot be written: unknown state, state without a seat', () => {
    expect(() => transcriptFor(scenario, state, { state: 'XXX' })).toThrow(
      TranscriptPerspectiveError,
    );
    expect(() => transcriptFor(scenario, state, { state: 'XXX' })).toThrow(/Unknown state "XXX"/);
    expect(() => transcriptFor(scenario, state, { state: 'DEU' })).toThrow(
      /Germany has no seat in this session/,
    );
    expect(transcriptFor(scenario, state, { state: 'srb' }).perspective).toMatchObject({
      kind: 'seat',
      state: 'SRB',
      seatId: 'srb',
    });
  });

  it('puts every entry of the record under its round and phase, once, in order', () => {
    const t = transcriptFor(scenario, state, 'facilitator', report);
    const seqs = t.proceedings.flatMap((s) => s.phases.flatMap((p) => p.entries.map((e) => e.seq)));
    expect(seqs).toEqual(state.log.map((e) => e.seq));
    expect(t.proceedings.map((s) => s.key)).toEqual([
      'preliminaries',
      'round-1',
      'round-2',
      'adjudication',
    ]);
    expect(t.proceedings[1]!.phases.map((p) => p.phase)).toEqual([
      'crisisUpdate',
      'negotiation',
      'council',
      'unitingForPeace',
      'vetoInitiative',
      'conduct',
    ]);
    expect(t.proceedings[2]!.phases.map((p) => p.phase)).toEqual([
      'crisisUpdate',
      'negotiation',
      'council',
      'unitingForPeace',
      'emergencySpecialSession',
      'conduct',
    ]);
    const statement = t.proceedings[1]!.phases[1]!.entries[0]!;
    expect(statement).toMatchObject({
      type: 'statement.public',
      actor: 'FRA',
      round: 1,
      phase: 'negotiation',
    });
    // the facilitator acting for Kenya is recorded as such
    const forKenya = t.proceedings[1]!.phases[5]!.entries.find((e) => e.actor === 'KEN')!;
    expect(forKenya.byFacilitator).toBe(true);
    expect(forKenya.summary).toMatch(/the facilitator acting for Kenya/);
    expect(t.facilitatorActions.find((f) => f.seq === forKenya.seq)).toMatchObject({
      actingFor: 'ken',
      actingForState: 'KEN',
    });
  });

  it('records every vote with the tally against the threshold, vetoes with the vetoing member and its explanation', () => {
    const t = transcriptFor(scenario, state, 'facilitator', report);
    for (const b of t.ballots) {
      const counts = { yes: 0, no: 0, abstain: 0, absent: 0 };
      for (const v of b.votes) counts[v.vote]++;
      expect([counts.yes, counts.no, counts.abstain, counts.absent]).toEqual([
        b.tally!.inFavour,
        b.tally!.against,
        b.tally!.abstentions,
        b.tally!.absent,
      ]);
    }
    const [veto1, referral1, veto2, referral2, assembly] = t.ballots;
    expect(veto1!.vetoedBy).toEqual(['RUS']);
    expect(veto1!.votes.find((v) => v.state === 'RUS')).toMatchObject({
      vote: 'no',
      veto: true,
      permanent: true,
    });
    expect(veto1!.announcement).toMatch(/owing to the negative vote of a permanent member/);
    expect(referral1!.adopted).toBe(false);
    expect(veto2!.vetoedBy).toEqual(['CHN', 'RUS']);
    expect(referral2!.adopted).toBe(true);
    expect(assembly!.kind).toBe('assembly');
    expect(assembly!.votes).toHaveLength(t.unitingForPeace.membership);
    expect(assembly!.tally!.presentAndVoting).toBe(
      assembly!.tally!.inFavour + assembly!.tally!.against,
    );
    expect(assembly!.tally!.required).toBe(Math.ceil((2 * assembly!.tally!.presentAndVoting!) / 3));
    expect(t.vetoes[0]).toMatchObject({ draftId: 'd1', vetoedBy: ['RUS'] });
    expect(t.vetoes[0]!.explanations.map((x) => x.state)).toEqual(['RUS']);
    expect(t.unitingForPeace).toMatchObject({
      status: 'convened',
      convenedBy: 'council',
      convenedRound: 2,
    });
    expect(t.vetoInitiative[0]!.speeches.map((s) => s.state)).toEqual(['RUS', 'FRA']);
  });

  it('keeps agreements with clauses, signatures and acts contrary to them', () => {
    const t = transcriptFor(scenario, state, 'facilitator', report);
    const a = t.agreements[0]!;
    expect(a).toMatchObject({
      id: 'fra-srb',
      status: 'signed',
      signedBy: ['SRB', 'FRA'], // Serbia's counter was its consent; France's signature concluded it.
      inForceFromRound: 1,
    });
    expect(a.breaches).toEqual([
      expect.objectContaining({ state: 'SRB', clause: 'no-arms-transfers', round: 1 }),
    ]);
    expect(a.articles[0]!.text).toMatch(/Iron Hand militia/);
    expect(t.conduct.find((c) => c.seq === a.breaches[0]!.conductSeq)!.contraryTo).toEqual([
      'fra-srb',
    ]);
  });

  it("a seat's record has its own brief and channels, never another's", () => {
    const srb = transcriptFor(scenario, state, { state: 'SRB' }, report);
    expect(srb.briefs.map((b) => b.state)).toEqual(['SRB']);
    expect(srb.channels.map((c) => c.parties.join('~'))).toEqual(['FRA~SRB']);
    expect(srb.vetoThreats.map((v) => v.visibility)).toEqual(['public']);
    expect(srb.session.seed).toBeNull();
    const fra = transcriptFor(scenario, state, { state: 'FRA' }, report);
    expect(fra.vetoThreats.map((v) => v.visibility)).toEqual(['private', 'public']);
    expect(fra.intelligence).toHaveLength(1);
    expect(srb.intelligence).toHaveLength(0);
  });

  it('links evidence to the record by seq where the perspective has the entry, and says so where it does not', () => {
    const threat = state.vetoThreats.find((v) => v.visibility === 'private')!.seq;
    const finding = (t: ReturnType<typeof transcriptFor>) =>
      t
        .judgment!.states.find((s) => s.state === 'RUS')!
        .findings.find((f) => f.duty === 'not-obstruct')!;
    const fac = finding(transcriptFor(scenario, state, 'facilitator', report)).evidence.find(
      (e) => e.seq === threat,
    )!;
    const srb = finding(transcriptFor(scenario, state, { state: 'SRB' }, report)).evidence.find(
      (e) => e.seq === threat,
    )!;
    expect(fac).toMatchObject({ inRecord: true });
    expect(fac.description).toMatch(/privately threatens to veto/);
    expect(srb).toMatchObject({ inRecord: false });
    expect(srb.description).not.toMatch(/threat/);
    // a vote's closing entry is described by its result
    const closing = finding(transcriptFor(scenario, state, 'facilitator', report)).evidence.find(
      (e) => e.seq === state.ballots[0]!.closedSeq,
    )!;
    expect(closing.description).toMatch(/^Vote on draft "Commission of inquiry and targeted sanctions on Tessaly"/);
    const intel = (t: ReturnType<typeof transcriptFor>) =>
      t.judgment!.states.find((s) => s.state === 'SRB')!.findings.find((f) => f.duty === 'protect')!
        .evidence[1]!;
    expect(intel(transcriptFor(scenario, state, { state: 'FRA' }, report)).description).toMatch(
      /Intercepts/,
    );
    expect(intel(transcriptFor(scenario, state, { state: 'SRB' }, report)).description).toBe(
      'Intelligence given to another state (confidential).',
    );
  });

  it("carries the judge's override with its reason, and the coach notes only in the debrief", () => {
    const t = transcriptFor(scenario, state, 'facilitator', report);
    const d2r = t
      .judgment!.states.find((s) => s.state === 'SRB')!
      .findings.find((f) => f.duty === 'd2r-agreement')!;
    expect(d2r.override).toMatchObject({
      holds: true,
      reason: expect.stringMatching(/plain breach/),
    });
    expect(t.coachNotes.map((c) => c.state)).toContain('RUS');
    expect(t.judgment!.provisional).toBe(false);
  });

  it("takes the law engine's own report (adjudicate) as it is", () => {
    const real = adjudicate(scenario, state);
    const t = transcriptSchema.parse(transcriptFor(scenario, state, 'facilitator', real));
    expect(t.judgment!.states.length).toBe(real.states.length);
    const seqs = new Set(state.log.map((e) => e.seq));
    for (const s of t.judgment!.states) {
      for (const f of s.findings) {
        expect(f.holds).toMatch(/^(holds|does-not-hold|unknown)$/);
        for (const e of f.evidence) if (e.seq !== null) expect(e.inRecord).toBe(seqs.has(e.seq));
        for (const e of f.evidence) expect(e.description).not.toBe(e.ref);
      }
    }
    const srb = t
      .judgment!.states.find((s) => s.state === 'SRB')!
      .findings.find((f) => f.duty === 'd2r-agreement')!;
    expect(srb.override?.holds).toBe(true);
  });

  it('escapes record text in Markdown and HTML', () => {
    const t = transcriptFor(scenario, state, 'facilitator', report);
    const entry = t.proceedings[1]!.phases[1]!.entries[0]!;
    entry.text = 'A <script>alert(1)</script> | *bold* [link](http://x)';
    const md = renderMarkdown(t);
    expect(md).toContain('A \\<script\\>alert(1)\\</script\\> \\| \\*bold\\* \\[link\\](http://x)');
    const html = renderHtml(t);
    expect(html).not.toContain('<script>');
    expect(html).toContain('A &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('is one self-contained HTML file: a CSP that forbids requests, no external reference', () => {
    const html = renderHtml(transcriptFor(scenario, state, 'facilitator', report), {
      world: worldFeatures(topology),
    });
    expect(html).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`,
    );
    expect(html).not.toMatch(/\s(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<script|<link|@import|url\(http/);
    expect(html).toMatch(/@media print/);
    expect(html).toMatch(/break-before:page/);
  });
});

describe('transcript charts', () => {
  const t = transcriptFor(scenario, state, 'facilitator', report);

  it('vote matrix: letters on every cell, vetoes marked, a dot where a member had no vote', () => {
    const svg = voteMatrixSvg(t);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect((svg.match(/>N·V</g) ?? []).length).toBe(4); // RUS on d1; CHN and RUS on d2; the legend
    expect(svg).toContain('>Y<');
    expect(svg).toContain('>A<');
    expect(svg).toContain('Serbia');
    expect(svg).toContain('>·<');
  });

  it('exposure chart: one bar per state, most exposed first, with the band in words', () => {
    const svg = exposureChartSvg(t.judgment!);
    const names = [...svg.matchAll(/text-anchor="end" fill="#1a1a1a">([^<]+)</g)].map((m) => m[1]);
    expect(names).toEqual(['Russian Federation', 'Serbia', 'United States', 'France']);
    expect(svg).toContain('62.5 · High');
    expect(svg).toContain('0 · None');
  });

  it('Assembly map: every drawn Member coloured by its vote and lettered, seated states outlined, shapes shareable', () => {
    const world = worldFeatures(topology);
    const ballot = t.ballots.find((b) => b.kind === 'assembly')!;
    const svg = assemblyMapSvg(ballot, world, { seated: ['FRA', 'RUS'] });
    expect(world.countries.length).toBeGreaterThan(170);
    expect(svg).toMatch(/<text x="[\d.]+" y="[\d.]+" fill="#ffffff">N<\/text>/); // Russia, lettered
    expect(svg).toMatch(/fill="#1a1a1a">A<\/text>/);
    expect(svg).toMatch(/<title>France: Yes \(seated delegation\)<\/title>/);
    expect(svg).toMatch(/<title>Russian Federation: No \(seated delegation\)<\/title>/);
    expect(svg).toMatch(/<title>Germany: Yes<\/title>/);
    expect(svg).toContain('Republic of Tessaly'); // fictional: listed under the map
    expect(svg).toContain(`>Yes (${ballot.tally!.inFavour})<`);
    const shared = assemblyMapSvg(ballot, world, { sharedId: 'w' });
    expect(shared).toContain('<use href="#w-0"');
    expect(shared.length).toBeLessThan(svg.length / 4);
    expect(worldDefsSvg(world, 'w')).toContain('<path id="w-sphere"');
    expect(worldFeatures(topology)).toBe(world); // projected once per topology
  });

  it('timeline strip: a column per round with the evidence level and letter markers', () => {
    const svg = timelineSvg(t.rounds);
    expect(svg).toContain('Round 1');
    expect(svg).toContain('Round 2');
    expect(svg).toContain('>manifest<');
    expect((svg.match(/>V</g) ?? []).length).toBeGreaterThanOrEqual(3); // two vetoes and the legend
  });

  it('maps ISO numeric ids to alpha-3 for every Member State the atlas draws', () => {
    const values = new Set(ISO_NUMERIC_TO_ALPHA3.values());
    for (const m of UN_MEMBERS) expect(values, m.code).toContain(m.code);
    const ids = topology.objects.countries.geometries
      .map((g) => g.id as string | undefined)
      .filter((id): id is string => id !== undefined);
    for (const id of ids) expect(alpha3OfNumeric(id), id).not.toBeNull();
    expect(alpha3OfNumeric('4')).toBe('AFG');
    expect(alpha3OfNumeric(840)).toBe('USA');
    // names agree with Natural Earth for a sample of codes easily confused
    const byId = new Map(
      topology.objects.countries.geometries.map((g) => [
        g.id as string,
        (g.properties as { name: string }).name,
      ]),
    );
    const sample: [string, string][] = [
      ['COD', 'Dem. Rep. Congo'],
      ['COG', 'Congo'],
      ['PRK', 'North Korea'],
      ['KOR', 'South Korea'],
      ['SSD', 'S. Sudan'],
      ['SDN', 'Sudan'],
      ['NER', 'Niger'],
      ['NGA', 'Nigeria'],
      ['AUT', 'Austria'],
      ['AUS', 'Australia'],
    ];
    const numericOf = new Map([...ISO_NUMERIC_TO_ALPHA3].map(([n, a]) => [a, n]));
    for (const [code, name] of sample) expect(byId.get(numericOf.get(code)!)).toBe(name);
  });
});
