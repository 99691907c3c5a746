import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { viewFor } from '../../src/core/session/view';
import { assemblyMapData, voteMatrixData, worldFeatures, type WorldTopology } from '../../src/core/transcript/charts';
import { assemblyBallotLabel, assemblyBallots, debriefTranscript, roundStripRows } from '../../src/renderer/session/charts/chart-data';
import { scriptedTranscriptSession } from '../support/transcript-session';

/**
 * The debrief's charts in the app read the data the export draws (issue 18): the vote matrix, the
 * Assembly's vote on the map and the rounds at a glance, in words for their tables.
 */
const { scenario, driver } = scriptedTranscriptSession();
const facilitator = debriefTranscript(viewFor(scenario, driver.state, 'facilitator'));
const topology = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8')) as WorldTopology;

describe('the vote matrix in the debrief', () => {
  const matrix = voteMatrixData(facilitator);

  it('lists the fifteen Council members first, permanent members marked, then the seated states that voted in the Assembly', () => {
    expect(matrix.councilRows).toBe(15);
    expect(matrix.rows.slice(0, 5).map((r) => [r.code, r.permanent])).toEqual(scenario.council.permanent.map((c) => [c, true]));
    expect(matrix.rows.slice(15).map((r) => r.name)).toEqual(expect.arrayContaining(['Serbia']));
  });

  it("writes each vote in words as well as a letter: Russia's veto of the first draft reads 'No (veto)', N·V", () => {
    const first = matrix.columns.findIndex((c) => c.ballot.kind === 'council-substantive');
    expect(matrix.columns[first]!.label).toBe('SC draft 1 · R1');
    const russia = matrix.rows.find((r) => r.code === 'RUS')!;
    expect(russia.cells[first]).toEqual({ vote: 'no', veto: true, letter: 'N·V', word: 'No (veto)' });
    const france = matrix.rows.find((r) => r.code === 'FRA')!;
    expect(france.cells[first]).toMatchObject({ letter: 'Y', word: 'Yes' });
    // Serbia sits outside the Council: no vote on a Council ballot.
    expect(matrix.rows.find((r) => r.code === 'SRB')!.cells[first]).toBeNull();
  });

  it("a delegation's charts show the same public votes as the facilitator's", () => {
    const serbia = debriefTranscript(viewFor(scenario, driver.state, { seatId: 'srb' }));
    expect(voteMatrixData(serbia).rows.map((r) => r.cells.map((c) => c?.letter ?? null))).toEqual(matrix.rows.map((r) => r.cells.map((c) => c?.letter ?? null)));
  });
});

describe('the Assembly vote on the world map', () => {
  const ballots = assemblyBallots(facilitator);
  const world = worldFeatures(topology);

  it('offers each Assembly vote taken, named by its draft, round and result', () => {
    expect(ballots).toHaveLength(1);
    expect(assemblyBallotLabel(ballots[0]!, facilitator)).toBe(`GA draft 3, round 2: “The situation in the Marun Valley” (${ballots[0]!.adopted ? 'adopted' : 'not adopted'})`);
  });

  it("colours and letters each Member by its vote, counts as the tally does, and names the voters too small to draw", () => {
    const ballot = ballots[0]!;
    const data = assemblyMapData(ballot, world, { seated: ['FRA', 'RUS'] });
    const russia = data.countries.find((c) => c.code === 'RUS')!;
    expect(russia).toMatchObject({ vote: 'no', letter: 'N', seated: true, description: 'Russian Federation: No (seated delegation)' });
    expect(data.countries.find((c) => c.code === 'DEU')!.description).toBe('Germany: Yes');
    expect(data.counts).toEqual({ yes: ballot.tally!.inFavour, no: ballot.tally!.against, abstain: ballot.tally!.abstentions, absent: ballot.tally!.absent });
    expect(data.notDrawn.map((v) => v.name)).toContain('Republic of Tessaly');
  });
});

describe('the rounds at a glance', () => {
  it('says for each round how apparent the atrocities were, the phases held and what happened', () => {
    const rows = roundStripRows(facilitator.rounds);
    expect(rows.map((r) => r.round)).toEqual([1, 2]);
    expect(rows[0]!.phases).toMatch(/^Crisis update \(\d+ entr(y|ies)\), Negotiation/);
    expect(rows[0]!.events.map((e) => e.kind)).toContain('veto');
    expect(rows[0]!.events.find((e) => e.kind === 'veto')!.label).toMatch(/vetoed by the Russian Federation/);
    expect(rows.at(-1)!.evidence).toMatch(/manifest/i);
  });
});
