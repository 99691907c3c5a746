import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenarioText } from '../src/core/scenario/load';
import { EVIDENCE_ORDER, type Scenario } from '../src/core/scenario/schema';
import { membersInYear } from '../src/core/scenario/un-members';

/**
 * The shipped scenario library (issue 6). Every playable file in scenarios/ (any name not
 * starting with "_") validates and is complete enough to seat a player anywhere that matters;
 * historical scenarios seat the Council of their year. The template (scenarios/_template.yaml)
 * must validate too. Play-to-the-end and expected-findings tests are added once the session
 * machine and the law engine land.
 */

const DIR = join(__dirname, '..', 'scenarios');
const EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
const files = readdirSync(DIR)
  .filter((name) => EXTENSIONS.has(extname(name).toLowerCase()))
  .sort();
const playable = files.filter((name) => !name.startsWith('_'));

const PERMANENT = ['CHN', 'FRA', 'GBR', 'RUS', 'USA'];

/**
 * Elected Council members by year (Charter art. 23; GA elections each October for two-year terms
 * starting 1 January). Add a year here when a historical scenario needs it.
 */
const ELECTED_BY_YEAR: Record<number, string[]> = {
  // 1993-94: Brazil, Djibouti, New Zealand, Pakistan, Spain; 1994-95: Argentina, Czech Republic, Nigeria, Oman, Rwanda
  1994: ['ARG', 'BRA', 'CZE', 'DJI', 'ESP', 'NGA', 'NZL', 'OMN', 'PAK', 'RWA'],
  // 1994-95 as above; 1995-96: Botswana, Germany, Honduras, Indonesia, Italy
  1995: ['ARG', 'BWA', 'CZE', 'DEU', 'HND', 'IDN', 'ITA', 'NGA', 'OMN', 'RWA'],
  // 1999-2000: Argentina, Canada, Malaysia, Namibia, Netherlands; 2000-01: Bangladesh, Jamaica, Mali, Tunisia, Ukraine
  2000: ['ARG', 'BGD', 'CAN', 'JAM', 'MLI', 'MYS', 'NAM', 'NLD', 'TUN', 'UKR'],
  // 2002-03: Bulgaria, Cameroon, Guinea, Mexico, Syria; 2003-04: Angola, Chile, Germany, Pakistan, Spain
  2003: ['AGO', 'BGR', 'CHL', 'CMR', 'DEU', 'ESP', 'GIN', 'MEX', 'PAK', 'SYR'],
  // 2011-12: Colombia, Germany, India, Portugal, South Africa; 2012-13: Azerbaijan, Guatemala, Morocco, Pakistan, Togo
  2012: ['AZE', 'COL', 'DEU', 'GTM', 'IND', 'MAR', 'PAK', 'PRT', 'TGO', 'ZAF'],
};

/** The law engine's duty ids (docs/design.md §1.2); an expected finding naming any other is a typo. */
const DUTIES = new Set([
  'territorial',
  'respect',
  'protect',
  'not-obstruct',
  'assist',
  'cooperate',
  'd2r-agreement',
]);

function load(name: string): Scenario {
  const result = loadScenarioText(readFileSync(join(DIR, name), 'utf8'));
  if (!result.ok)
    throw new Error(`${name} does not validate:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.scenario;
}

const sorted = (codes: readonly string[]) => [...codes].sort();

describe('scenario library', () => {
  it('ships playable scenarios', () => {
    expect(playable.length).toBeGreaterThan(0);
  });

  it('has no two files with the same scenario id', () => {
    const ids = files.map((name) => `${load(name).id} (${name})`);
    const bare = files.map((name) => load(name).id);
    expect(new Set(bare).size, ids.join(', ')).toBe(bare.length);
  });
});

describe('scenarios/_template.yaml', () => {
  it('exists and validates', () => {
    expect(files).toContain('_template.yaml');
    const result = loadScenarioText(readFileSync(join(DIR, '_template.yaml'), 'utf8'));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });
});

describe.each(playable)('scenarios/%s', (name) => {
  it('validates', () => {
    const result = loadScenarioText(readFileSync(join(DIR, name), 'utf8'));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('seats a Council of real Member States of its year (the historical composition where it is historical)', () => {
    const s = load(name);
    const year = s.year ?? new Date().getUTCFullYear();
    const members = new Set([
      ...membersInYear(year).map((m) => m.code),
      ...s.fictionalStates.map((f) => f.code),
    ]);
    const council = [...s.council.permanent, ...s.council.elected];
    expect(
      council.filter((code) => !members.has(code)),
      `not UN members in ${year}`,
    ).toEqual([]);
    if (s.kind !== 'historical') return;
    expect(s.year, 'a historical scenario sets `year`').toBeDefined();
    const elected = ELECTED_BY_YEAR[s.year!];
    expect(
      elected,
      `add the elected members of ${s.year} to ELECTED_BY_YEAR in this test`,
    ).toBeDefined();
    expect(sorted(s.council.permanent)).toEqual(PERMANENT);
    expect(sorted(s.council.elected)).toEqual(sorted(elected!));
    // A historical scenario uses fictionalStates only for real states that were not UN members
    // that year (e.g. the Federal Republic of Yugoslavia, 1992-2000): they cannot vote in the Assembly.
    const voting = s.fictionalStates
      .filter((f) => s.assemblyDefaults.members[f.code] !== 'absent')
      .map((f) => f.code);
    expect(
      voting,
      'non-member states in a historical scenario default to "absent" in the Assembly',
    ).toEqual([]);
  });

  it('gives every Council member and the territorial state a brief', () => {
    const s = load(name);
    const briefed = new Set(s.states.filter((st) => st.brief).map((st) => st.code));
    const needed = [...s.council.permanent, ...s.council.elected, s.crisis.territorialState];
    expect(needed.filter((code) => !briefed.has(code))).toEqual([]);
  });

  it('has no empty brief', () => {
    const s = load(name);
    const empty = s.states
      .filter((st) => st.brief)
      .filter(
        (st) =>
          !st.brief!.summary.trim() ||
          st.brief!.objectives.length === 0 ||
          st.brief!.interests.length === 0,
      )
      .map((st) => st.code);
    expect(empty, 'briefs need a summary, interests and objectives').toEqual([]);
  });

  it('never lets the public evidence fall from one round to the next', () => {
    const s = load(name);
    const steps = [...s.evidence].sort((a, b) => a.round - b.round);
    const falls = steps
      .slice(1)
      .filter(
        (step, i) => EVIDENCE_ORDER.indexOf(step.level) < EVIDENCE_ORDER.indexOf(steps[i]!.level),
      )
      .map((step) => `round ${step.round}: ${step.level}`);
    expect(falls).toEqual([]);
  });

  it("names only the law engine's duties in its expected findings", () => {
    const s = load(name);
    const unknown = s.teachingNotes.expectedFindings
      .filter((f) => !DUTIES.has(f.duty))
      .map((f) => `${f.state}: ${f.duty}`);
    expect(unknown).toEqual([]);
  });
});
