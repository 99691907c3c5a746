import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { everyMemberConfig, selfPlay } from '../../src/core/ai/self-play';
import { loadScenarioText } from '../../src/core/scenario/load';
import { membershipCodes } from '../../src/core/scenario/membership';
import type { Scenario } from '../../src/core/scenario/schema';
import { viewFor, type SessionState } from '../../src/core/session';
import { timelineRows } from '../../src/renderer/session/timeline/rows';
import { seatName } from '../../src/renderer/session/chamber/CouncilBoard';
import { proseName } from '../../src/core/ai/wording';

/**
 * Every sentence a delegation or the facilitator reads in the record names states, drafts and
 * agreements in words: no internal id (an agreement's "d2r-fra-rus-r1", a draft's "gbr-sc-r1-2",
 * "ballot-42", a seat id) and no bare state code standing in for a state's name.
 */

/** Acronyms a sentence may use as words even where a scenario gives a state the same three letters. */
const ALLOWED_ACRONYMS = new Set(['ICC', 'ICJ', 'ILC', 'UN', 'GA', 'SC', 'D2R', 'VCLT', 'ESS']);

function load(file: string): Scenario {
  const loaded = loadScenarioText(readFileSync(`scenarios/${file}`, 'utf8'));
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.scenario;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word that is exactly one of these tokens (ids contain hyphens, so a hyphen does not end a word here). */
function wordsOf(tokens: readonly string[]): RegExp | null {
  const unique = [...new Set(tokens)].filter((t) => t.length > 0);
  if (unique.length === 0) return null;
  return new RegExp(`(?<![\\w-])(${unique.map(escaped).join('|')})(?![\\w-])`);
}

/** The internal ids and state codes of one played session, and each place they surface in words. */
function idsAndCodes(scenario: Scenario, state: SessionState): { ids: RegExp | null; codes: RegExp | null } {
  const ids = [
    ...Object.keys(state.agreements),
    ...Object.keys(state.drafts),
    ...state.ballots.map((b) => b.id),
    ...scenario.crisis.perpetrators.map((p) => p.id),
    ...scenario.injects.map((i) => i.id),
  ];
  // Seat ids are lower-case state codes ("and" is Andorra's): the upper-case codes stand for them.
  const codes = membershipCodes(scenario).filter((code) => !ALLOWED_ACRONYMS.has(code));
  return { ids: wordsOf(ids), codes: wordsOf(codes) };
}

/** What the viewer reads on each timeline row that the application wrote (a player's own quote is theirs). */
function sentences(state: SessionState, scenario: Scenario, viewer: Parameters<typeof viewFor>[2]): string[] {
  return timelineRows(viewFor(scenario, state, viewer)).flatMap((row) => {
    const written = [row.text, row.breach ?? ''];
    // Statements and explanations an AI delegation made are the application's words too.
    const aiSeat = state.config.seats.find((s) => s.state === row.state)?.kind === 'ai';
    if (aiSeat && row.quote) written.push(row.quote);
    return written.filter((s) => s.length > 0);
  });
}

const PLAYED: readonly { file: string; seed: number }[] = [
  { file: 'training-kestria.yaml', seed: 1 },
  { file: 'training-kestria.yaml', seed: 7 },
  { file: 'd2r-shield.yaml', seed: 3 },
  { file: 'syria-2011-2013.yaml', seed: 2 },
];

describe('the record in words', () => {
  for (const { file, seed } of PLAYED) {
    it(`names states, drafts and agreements by name for every viewer of ${file} (seed ${seed})`, () => {
      const scenario = load(file);
      const { state } = selfPlay(scenario, everyMemberConfig(scenario, membershipCodes(scenario), seed));
      expect(state.phase).toBe('debrief');
      const { ids, codes } = idsAndCodes(scenario, state);
      const viewers = ['facilitator' as const, ...state.config.seats.filter((s) => s.state !== null).map((s) => ({ seatId: s.id }))];
      const offending = new Set<string>();
      for (const viewer of viewers) {
        for (const sentence of sentences(state, scenario, viewer)) {
          const found = ids?.exec(sentence) ?? codes?.exec(sentence);
          if (found) offending.add(`${found[1]!}: ${sentence}`);
        }
      }
      expect([...offending].slice(0, 20)).toEqual([]);
    });

    it(`words the AI delegations' coach notes in ${file} (seed ${seed}) by name, as the debrief shows them`, () => {
      const scenario = load(file);
      const { state } = selfPlay(scenario, everyMemberConfig(scenario, membershipCodes(scenario), seed));
      const { ids, codes } = idsAndCodes(scenario, state);
      const notes = Object.values(viewFor(scenario, state, 'facilitator').state.aiNotes).flatMap((n) => [n.says, n.coach]);
      expect(notes.length).toBeGreaterThan(0);
      const offending = notes.flatMap((note) => {
        const found = ids?.exec(note) ?? codes?.exec(note);
        return found ? [`${found[1]!}: ${note}`] : [];
      });
      expect(offending.slice(0, 20)).toEqual([]);
    });
  }

  it('the scan catches an id and a bare code, and lets names and acronyms through', () => {
    const scenario = load('training-kestria.yaml');
    const { state } = selfPlay(scenario, everyMemberConfig(scenario, membershipCodes(scenario), 1));
    const { ids, codes } = idsAndCodes(scenario, state);
    const agreement = Object.keys(state.agreements)[0];
    expect(agreement).toBeDefined();
    expect(ids!.test(`France signed D2R agreement ${agreement!}.`)).toBe(true);
    expect(codes!.test('FRA tabled "Protection of civilians".')).toBe(true);
    expect(codes!.test('France referred the situation to the ICC under the UN Charter.')).toBe(false);
  });
});

describe('state names on screen', () => {
  it("a Council seat shows a long UN name without its bracketed qualifier, and prose gives it its article", () => {
    expect(seatName('Federal Republic of Yugoslavia (Serbia and Montenegro)')).toBe('Federal Republic of Yugoslavia');
    expect(seatName('Iran (Islamic Republic of)')).toBe('Iran');
    expect(seatName('France')).toBe('France');
    expect(proseName('Federal Republic of Yugoslavia (Serbia and Montenegro)')).toBe('the Federal Republic of Yugoslavia (Serbia and Montenegro)');
  });
});
