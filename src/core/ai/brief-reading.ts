import { scenarioMembership, stateName } from '../scenario/membership';
import { EVIDENCE_ORDER, type Brief, type EvidenceLevel, type Scenario } from '../scenario/schema';
import type { Measure } from '../shared/vocabulary';
import { COERCIVE_MEASURES } from './decision-weights';

/**
 * What an AI delegation takes from its confidential brief's text: which measures its objectives
 * call for or tell it to abstain on or oppose, which its red lines rule out, whether it is open to
 * D2R agreements and Uniting for Peace, which states it counts as allies, which it will not vote
 * against, and when it means to pause its deliveries. Plain keyword reading, clause by clause: a
 * brief written for students reads the same to the AI. Briefs are hints on top of the `ai`
 * profile, never the only basis of a decision.
 */

export type BriefStance = 'favour' | 'abstain' | 'oppose';
export type RedLineForum = 'council' | 'assembly' | 'both' | 'any';

export interface BriefReading {
  /** Measures the objectives call for, or say to abstain on or oppose. */
  objectiveStances: Partial<Record<Measure, BriefStance>>;
  /** Measures the red lines rule out. */
  redLineMeasures: Measure[];
  /** The objective behind each stance (quoted in coach notes). */
  objectiveQuotes: Partial<Record<Measure, string>>;
  /** The red line behind each measure it rules out (quoted in coach notes). */
  redLineQuotes: Partial<Record<Measure, string>>;
  /**
   * The forum each red line speaks of: 'council' ("Council sanctions"), 'assembly', 'both', or
   * 'any' when it names neither. A Council decision crosses every red line but one about the
   * Assembly alone; an Assembly recommendation, binding no one, crosses only a red line that
   * names the Assembly (see `redLineCrossedBy`).
   */
  redLineForums: Partial<Record<Measure, RedLineForum>>;
  /** +1 the brief wants D2R agreements, -1 it wants none, 0 silent. */
  d2r: -1 | 0 | 1;
  /** +1 the brief supports Uniting for Peace / an Assembly session, 0 silent. */
  unitingForPeace: 0 | 1;
  /** States the brief names as allies or partners. */
  allies: string[];
  /** States the red lines say it will not vote against. */
  wontVoteAgainst: string[];
  /** Evidence level at which the brief says to pause deliveries, if it says so. */
  pauseDeliveriesAt: EvidenceLevel | null;
  /**
   * What the pause level is measured against: the state's own knowledge when the brief speaks of
   * being warned or of its intelligence ("if … you are warned"), else the public record ("while
   * the evidence is contested; pause … once it is manifest").
   */
  pauseDeliveriesOn: 'knowledge' | 'record';
  /** The brief says to keep deliveries going (until the pause level, if it names one). */
  keepDeliveries: boolean;
  /** National measures the objectives tell the state to fund ("Fund humanitarian aid …", "Fund prevention assistance …"). */
  funds: ('humanitarian-aid' | 'prevention-assistance')[];
}

const MEASURE_PATTERNS: [Measure, RegExp][] = [
  ['condemnation', /\bcondemn/i],
  ['commission-of-inquiry', /\binquiry\b|fact-finding|\binvestigat/i],
  ['icc-referral', /\bICC\b|International Criminal Court/],
  ['sanctions', /\bsanction/i],
  ['arms-embargo', /\bembargo/i],
  ['humanitarian-access', /humanitarian access|\baccess\b|\bcorridor/i],
  ['peace-operation', /peace operation|peacekeep|\bmonitors\b|military operation|observer mission/i],
  ['authorisation-of-force', /\bforce\b|military intervention/i],
];

const COERCIVE = /\bcoercive\b/i;
const ABSTAIN = /\babstain/i;
const OPPOSE = /\bveto\b|\boppose|\bblock|\bagainst\b|\bnever\b|\bnot\b|\bavoid|\breject|\bresist/i;
/** A red line about the state itself ("sanctions against your companies") is not a measure it opposes in the Council. */
const ABOUT_ITSELF = /\byour\b|\bours?\b/i;
/** Who a self-referential red line protects: the state's own people, firms and organs. */
const OWN_PEOPLE = /\b(compan(y|ies)|firms?|banks?|businesses|entities|nationals|citizens|officials|ministers|officers|advisers|advisors|soldiers|troops|personnel|leaders?)\b/i;
const COUNCIL_FORUM = /\bCouncil\b/;
const ASSEMBLY_FORUM = /\bAssembly\b|\brecommendation/i;
const D2R = /\bD2R\b|duty[- ]to[- ]refrain/i;
const UFP = /Uniting for Peace|Assembly session|emergency special session/i;
const NEGATED = /\bnot\b|\boppose|\bagainst\b|\bblock|\bavoid|\bnever\b/i;
const ALLIANCE = /\ball(y|ies|iance)\b|\bpartner|\bpatron|relationship with/i;
const PAUSE = /\b(pause|hold|suspend|stop)\b.*\b(deliver|tranche|suppl|shipment|transfer)/i;
const KEEP = /\b(keep|continue|maintain)\b[^;]*\b(deliver|tranche|supplying|supplies|shipment|transfer)/i;
/** A pause the brief offers as a bargaining chip or asks of someone else is not its own evidence trigger. */
const PAUSE_AS_TRADE = /\btrade\b|in exchange|in return|\bpress\b|\burge\b|\bpersuade\b|\bask\b/i;
/** A trigger stated in terms of the state's own knowledge rather than the public record. */
const OWN_KNOWLEDGE = /\bwarned\b|intelligence|your advisers|you know/i;
/** An objective to pay for something itself, not to seek or mobilise others' money. */
const FUND = /^\s*(fund|finance|pay for)\b|\blead on humanitarian funding\b/i;

/** Clauses of a sentence: split at semicolons, commas and "but"/"then", where stances change. */
function clauses(line: string): string[] {
  return line
    .split(/;|,|\bbut\b|\bthen\b/i)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

function measuresIn(clause: string): Measure[] {
  const found = MEASURE_PATTERNS.filter(([, pattern]) => pattern.test(clause)).map(([m]) => m);
  if (COERCIVE.test(clause)) for (const m of COERCIVE_MEASURES) if (!found.includes(m)) found.push(m);
  return found;
}

/** Shorter name variants would match inside other words ("Chad" stays, "Mali" stays, two-letter fragments do not). */
const MIN_NAME_LENGTH = 4;

/** Names a state goes by in prose: its name, without "Republic of"-style prefixes, and before " of ". */
function nameVariants(name: string): string[] {
  const variants = new Set([name]);
  const stripped = name.replace(/^(the )?(Republic|Kingdom|Federation|State|Commonwealth|Union|Principality) of /i, '');
  variants.add(stripped);
  const head = name.split(/ of /)[0];
  if (head && head !== name && !/^(Republic|Kingdom|Federation|State)$/i.test(head)) variants.add(head);
  return [...variants].filter((v) => v.length >= MIN_NAME_LENGTH);
}

/** Capitals used as the government's name in briefs (metonymy), for the permanent members. */
const CAPITALS: Record<string, string> = { USA: 'Washington', GBR: 'London', FRA: 'Paris', RUS: 'Moscow', CHN: 'Beijing' };

function statesNamedIn(scenario: Scenario, text: string, self: string): string[] {
  const out: string[] = [];
  for (const member of scenarioMembership(scenario)) {
    if (member.code === self) continue;
    const names = [...nameVariants(stateName(scenario, member.code)), ...(CAPITALS[member.code] ? [CAPITALS[member.code]!] : [])];
    if (names.some((n) => text.includes(n))) out.push(member.code);
  }
  return out;
}

function levelNamedIn(clause: string): EvidenceLevel | null {
  if (/manifest|undeniable|indisputable|beyond doubt/i.test(clause)) return 'manifest';
  if (/credible|hardens|confirmed|finding/i.test(clause)) return 'credible';
  if (/warned|intelligence/i.test(clause)) return 'credible';
  return null;
}

/**
 * Whether a red line is about the state itself rather than a measure in general: it speaks of
 * "your"/"our" side, of the state's own nationals, companies or officials ("Sanctions naming
 * Dravenian companies or officials"), or, for a state other than the territorial one, names the
 * state itself ("No Council text that names France"): a general measure on the situation does not
 * cross it. The territorial state's own name is what the Council's measures aim at, so it counts.
 */
export function redLineAboutItself(scenario: Scenario, code: string, line: string): boolean {
  if (ABOUT_ITSELF.test(line)) return true;
  const name = stateName(scenario, code);
  // Its name, its prose variants and the proper name after "… of" ("Federal Republic of Dravenia": "Dravenia").
  const names = [...nameVariants(name), name.split(/ of /).at(-1)!].filter((n) => n.length >= MIN_NAME_LENGTH && !/^(the )?(Federal |United |Democratic |Islamic )?(Republic|Kingdom|Federation|State)$/i.test(n));
  // A state's name or its adjective ("Dravenia" / "Dravenian", "Meridia" / "Meridian").
  const stems = names.map((n) => (n.length <= 5 ? n : n.slice(0, Math.max(5, n.length - 2))));
  const named = stems.some((stem) => new RegExp(`\\b${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i').test(line));
  if (!named) return false;
  return OWN_PEOPLE.test(line) || scenario.crisis.territorialState !== code;
}

function forumOf(line: string): RedLineForum {
  const council = COUNCIL_FORUM.test(line);
  const assembly = ASSEMBLY_FORUM.test(line);
  return council && assembly ? 'both' : council ? 'council' : assembly ? 'assembly' : 'any';
}

function widerForum(a: RedLineForum, b: RedLineForum): RedLineForum {
  if (a === b) return a;
  if (a === 'any') return b === 'assembly' ? 'both' : b;
  if (b === 'any') return a === 'assembly' ? 'both' : a;
  return 'both';
}

/** Whether a decision of this forum crosses a red line speaking of `forum` (see `redLineForums`). */
export function redLineCrossedBy(forum: RedLineForum, by: 'council' | 'assembly'): boolean {
  return by === 'council' ? forum !== 'assembly' : forum === 'assembly' || forum === 'both';
}

/** Whether a red line weighs on a draft in this forum: a red line about the Council alone does not weigh on an Assembly recommendation, and the reverse. */
export function redLineWeighsIn(forum: RedLineForum, draftForum: 'council' | 'assembly'): boolean {
  return draftForum === 'council' ? forum !== 'assembly' : forum !== 'council';
}

const EMPTY: BriefReading = {
  objectiveStances: {},
  redLineMeasures: [],
  objectiveQuotes: {},
  redLineQuotes: {},
  redLineForums: {},
  d2r: 0,
  unitingForPeace: 0,
  allies: [],
  wontVoteAgainst: [],
  pauseDeliveriesAt: null,
  pauseDeliveriesOn: 'record',
  keepDeliveries: false,
  funds: [],
};

export function readBrief(scenario: Scenario, code: string, brief: Brief | undefined): BriefReading {
  if (!brief) return EMPTY;
  const objectiveStances: BriefReading['objectiveStances'] = {};
  const objectiveQuotes: BriefReading['objectiveQuotes'] = {};
  const redLineQuotes: BriefReading['redLineQuotes'] = {};
  const redLineForums: BriefReading['redLineForums'] = {};
  const redLineMeasures: Measure[] = [];
  let d2r: BriefReading['d2r'] = 0;
  let unitingForPeace: BriefReading['unitingForPeace'] = 0;
  let pauseDeliveriesAt: EvidenceLevel | null = null;
  let pauseDeliveriesOn: BriefReading['pauseDeliveriesOn'] = 'record';
  let keepDeliveries = false;
  const funds: BriefReading['funds'] = [];

  for (const line of brief.objectives) {
    for (const clause of clauses(line)) {
      const stance: BriefStance = ABSTAIN.test(clause) ? 'abstain' : OPPOSE.test(clause) ? 'oppose' : 'favour';
      for (const m of measuresIn(clause)) {
        if (objectiveStances[m] === undefined) {
          objectiveStances[m] = stance;
          objectiveQuotes[m] = line;
        }
      }
    }
    if (FUND.test(line)) {
      if (/prevention/i.test(line) && !funds.includes('prevention-assistance')) funds.push('prevention-assistance');
      if (/\baid\b|humanitarian|relief|refugee/i.test(line) && !funds.includes('humanitarian-aid')) funds.push('humanitarian-aid');
    }
    if (D2R.test(line)) d2r = NEGATED.test(line) ? -1 : 1;
    if (UFP.test(line) && !NEGATED.test(line)) unitingForPeace = 1;
    // "Keep deliveries going unless the evidence becomes undeniable": keep, and stop at the level named.
    const keeps = KEEP.test(line) && !NEGATED.test(line.split(/;|\bbut\b|\bthen\b/i)[0] ?? '');
    if (keeps) keepDeliveries = true;
    if ((PAUSE.test(line) && !PAUSE_AS_TRADE.test(line)) || keeps) {
      const level = clauses(line)
        .filter((c) => PAUSE.test(c) || KEEP.test(c) || levelNamedIn(c))
        .map(levelNamedIn)
        .find((l) => l !== null);
      // A pause without a level falls back to credible evidence; a keep without one has no trigger.
      const trigger = level ?? (PAUSE.test(line) ? 'credible' : null);
      if (trigger !== null && pauseDeliveriesAt === null) {
        pauseDeliveriesAt = trigger;
        pauseDeliveriesOn = OWN_KNOWLEDGE.test(line) ? 'knowledge' : 'record';
      }
    }
  }
  for (const line of brief.redLines) {
    if (redLineAboutItself(scenario, code, line)) continue;
    for (const m of measuresIn(line)) {
      if (!redLineMeasures.includes(m)) {
        redLineMeasures.push(m);
        redLineQuotes[m] = line;
        redLineForums[m] = forumOf(line);
      } else {
        redLineForums[m] = widerForum(redLineForums[m]!, forumOf(line));
      }
    }
  }
  const wontVoteAgainst = brief.redLines.filter((l) => /voting against/i.test(l)).flatMap((l) => statesNamedIn(scenario, l, code));
  // Clause by clause, so "no ties to Meridia, … a close partner of the United States" names only the partner.
  const allianceText = [brief.summary, ...brief.interests, ...brief.objectives]
    .flatMap((t) => t.split(/(?<=\.)\s+/))
    .flatMap(clauses)
    .filter((clause) => ALLIANCE.test(clause))
    .join(' ');
  const allies = [...new Set([...statesNamedIn(scenario, allianceText, code), ...wontVoteAgainst])];
  return { objectiveStances, redLineMeasures, objectiveQuotes, redLineQuotes, redLineForums, d2r, unitingForPeace, allies, wontVoteAgainst, pauseDeliveriesAt, pauseDeliveriesOn, keepDeliveries, funds };
}

export function evidenceAtLeast(level: EvidenceLevel, threshold: EvidenceLevel): boolean {
  return EVIDENCE_ORDER.indexOf(level) >= EVIDENCE_ORDER.indexOf(threshold);
}
