import type { EvidenceLevel } from '../scenario/schema';
import type { D2rClause, D2rClauseKind, Measure } from '../shared/vocabulary';

/** Small helpers for the words AI delegations and coach notes use. */

export const MEASURE_NAMES: Record<Measure, string> = {
  condemnation: 'condemnation',
  'commission-of-inquiry': 'a commission of inquiry',
  'icc-referral': 'an ICC referral',
  sanctions: 'sanctions',
  'arms-embargo': 'an arms embargo',
  'humanitarian-access': 'humanitarian access',
  'peace-operation': 'a peace operation',
  'authorisation-of-force': 'the authorisation of force',
};

export const CLAUSE_NAMES: Record<D2rClauseKind, string> = {
  'no-arms-transfers': 'no arms transfers',
  'no-intelligence-sharing': 'no intelligence sharing',
  'no-financing': 'no financing',
  'suspend-military-cooperation': 'suspension of military cooperation',
  'monitoring-and-reporting': 'monitoring and reporting',
  'consultation-and-dispute-settlement': 'consultation and dispute settlement',
  'consequences-of-breach': 'consequences of breach',
};

/** What each refrain clause binds a party not to do, as it reads after "refrain from" (the target follows). */
const REFRAIN_WORDS: Partial<Record<D2rClauseKind, string>> = {
  'no-arms-transfers': 'transferring arms to',
  'no-intelligence-sharing': 'sharing intelligence with',
  'no-financing': 'financing',
  'suspend-military-cooperation': 'military cooperation with',
};

/**
 * An agreement's clauses as one understanding of the parties: "both parties refrain from
 * transferring arms to the Kestrian Republican Guard, with monitoring and reporting".
 */
export function understandingOf(clauses: readonly D2rClause[], perpetrators: readonly { id: string; name: string }[]): string {
  const perpetratorName = (id: string) => perpetrators.find((p) => p.id === id)?.name ?? id;
  const refrains = clauses.flatMap((c) => {
    const words = REFRAIN_WORDS[c.kind];
    return words ? [`${words} ${c.perpetrator ? `the ${perpetratorName(c.perpetrator)}` : 'the perpetrators'}`] : [];
  });
  const others = clauses.filter((c) => REFRAIN_WORDS[c.kind] === undefined).map((c) => CLAUSE_NAMES[c.kind]);
  const withOthers = others.length > 0 ? `, with ${listOf(others)}` : '';
  return refrains.length > 0 ? `both parties refrain from ${listOf(refrains)}${withOthers}` : `both parties agree to ${listOf(others)}`;
}

export const EVIDENCE_WORDS: Record<EvidenceLevel, string> = {
  none: 'no evidence yet',
  reports: 'reports',
  credible: 'credible findings',
  manifest: 'manifest atrocities',
};

/** "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0]!;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Two decimals, without trailing zeros: 0.6, 0.42, -0.3. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function measureList(measures: readonly Measure[]): string {
  return listOf(measures.map((m) => MEASURE_NAMES[m]));
}

/** Trims a text to a maximum length on a word boundary (the event schema caps texts); its first letter is a capital. */
export function capped(text: string, max: number): string {
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** Names that take the definite article in running prose ("the United States", "the Republic of Meridia"). */
const TAKES_THE = /^(Republic|Kingdom|United|Federation|Federal|Russian|Democratic|Islamic|People's|Union|Commonwealth|Principality|Sultanate|Netherlands|Philippines|Gambia|Bahamas|Central African|Czech|Dominican|Marshall|Solomon|Comoros|Maldives|Seychelles|Syrian|Lao|Holy|Congo)\b/;

/** A state's name as it reads mid-sentence. */
export function proseName(name: string): string {
  return TAKES_THE.test(name) ? `the ${name}` : name;
}

/** A population as it reads mid-sentence ("the Sarani people…", not "The Sarani people…"). */
export function prosePopulation(text: string): string {
  return text.replace(/^The /, 'the ');
}
