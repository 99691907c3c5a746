import type { Scenario } from '../../src/core/scenario/schema';
import { membershipCodes } from '../../src/core/scenario/membership';
import type { SessionState } from '../../src/core/session';

/**
 * What a sentence a user reads must never carry (issue 17 item 4): the application's internal
 * references instead of words. Generic patterns catch any slug, whoever adds it (a new kind of
 * offer, channel or fork); the session's own ids and the scenario's state codes catch the rest.
 */

/** Acronyms a sentence may use as words even where a scenario gives a state the same three letters. */
export const ALLOWED_ACRONYMS = new Set(['ICC', 'ICJ', 'ILC', 'UN', 'GA', 'SC', 'D2R', 'VCLT', 'ESS', 'ARSIWA', 'UNSC', 'UNGA', 'NATO', 'EU', 'AU']);

export interface InternalPattern {
  name: string;
  pattern: RegExp;
  /** A sentence the pattern must catch (the scan is tested on it). */
  planted: string;
}

/** Patterns that hold whatever the scenario: ids the core or the renderer mints. */
export const GENERIC_PATTERNS: readonly InternalPattern[] = [
  { name: 'a scenario path', pattern: /\bscenario:[a-zA-Z.]+(\[\d+\]|@round\d+)?/, planted: 'Evidence: scenario:relationships[0].' },
  { name: 'an array path', pattern: /\b[a-zA-Z]+(\.[a-zA-Z]+)*\[\d+\]/, planted: 'Cited: crisis.perpetrators[0].' },
  { name: 'a ballot id', pattern: /\bballot-\d+\b/, planted: 'Another vote (ballot-42) is under way.' },
  // Drafts, agreements and forks are minted as "<slug>-r<round>[-<n>]": "fra-sc-r1", "d2r-fra-rus-r1-2".
  { name: 'a round slug', pattern: /(?<![\w-])[a-z0-9]+(?:-[a-z0-9]+)*-r\d+(?:-\d+)?(?![\w-])/, planted: 'France withdrew draft fra-sc-r1.' },
  { name: 'a tabling slug', pattern: /\bWill be tabled as\b/, planted: 'Will be tabled as protection-of-civilians-r1.' },
  { name: '"the seed"', pattern: /\bthe seed\b|\bseed's\b|\bSeed \d{3}\b/i, planted: 'The measures the seed names as the diligence due.' },
  { name: 'a seat id', pattern: /\bSeat "?[a-z]{3}\b/, planted: 'Seat usa is now played by a person.' },
  // Kinds of D2R clauses, offers or measures listed as minted: "(no-arms-transfers, monitoring-and-reporting)".
  { name: 'a list of kinds', pattern: /\((?:[a-z]+(?:-[a-z]+)+)(?:, [a-z]+(?:-[a-z]+)+)+\)/, planted: 'France proposes (no-arms-transfers, monitoring-and-reporting).' },
  { name: 'a raw vote word', pattern: /\bvoted abstain(ed)?\b|\bheld to not hold\b/, planted: 'Pakistan (voted abstained) explained.' },
];

/** Patterns of one played session: its ids as words, and its state codes standing in for names. */
export function sessionPatterns(scenario: Scenario, state: SessionState): InternalPattern[] {
  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = (tokens: readonly string[]) => {
    const unique = [...new Set(tokens)].filter((t) => t.length > 0);
    return unique.length ? new RegExp(`(?<![\\w-])(${unique.map(escaped).join('|')})(?![\\w-])`) : null;
  };
  const ids = words([
    ...Object.keys(state.agreements),
    ...Object.keys(state.drafts).filter((id) => /[-_\d]/.test(id)),
    ...state.ballots.map((b) => b.id),
    ...scenario.crisis.perpetrators.map((p) => p.id).filter((id) => /[-_\d]/.test(id)),
    ...scenario.injects.map((i) => i.id).filter((id) => /[-_\d]/.test(id)),
  ]);
  const codes = membershipCodes(scenario).filter((code) => !ALLOWED_ACRONYMS.has(code));
  // A code in quotation marks is a citation's own abbreviation (the "MRT" of Ilaşcu), not a state standing in for its name.
  const bare = codes.length ? new RegExp(`(?<![\\w"“-])(${codes.map(escaped).join('|')})(?![\\w"”-])`) : null;
  const out: InternalPattern[] = [];
  if (ids) out.push({ name: 'an id of this session', pattern: ids, planted: '' });
  if (bare) {
    out.push({ name: 'a state code for a name', pattern: bare, planted: '' });
    out.push({ name: 'a state code in brackets', pattern: new RegExp(`\\((${codes.map(escaped).join('|')})(?=[,):])`), planted: '' });
  }
  return out;
}

/** The first internal reference in the text, with the words around it, or null. */
export function firstInternal(text: string, patterns: readonly InternalPattern[]): string | null {
  for (const { name, pattern } of patterns) {
    const hit = pattern.exec(text);
    if (hit) return `${name} "${hit[0]}" in: …${text.slice(Math.max(0, hit.index - 60), hit.index + hit[0].length + 40)}…`;
  }
  return null;
}
