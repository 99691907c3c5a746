import { stateName, stateWithArticle } from '../scenario/membership';
import type { Scenario } from '../scenario/schema';
import type { Agreement } from './state';
import { CLAUSE_FORBIDS, d2rClauseKind, type D2rClause, type D2rClauseKind } from '../shared/vocabulary';

/**
 * The text of a bilateral Duty-to-Refrain agreement (seed 004, Part VI.A), generated from its
 * clauses as a short treaty: title, preamble, numbered articles, final clauses. Pure: the UI shows
 * it while an agreement is drafted, the transcript prints it, and both read the same words.
 */

/** What a scenario must provide to name the parties, the perpetrators and the crisis. */
export type TreatyScenario = Pick<Scenario, 'states' | 'fictionalStates' | 'crisis'>;

export interface TreatyDraft {
  /** [proposer, counterparty] state codes. */
  parties: readonly [string, string];
  clauses: readonly D2rClause[];
  durationRounds: number | null;
  note?: string | null;
}

export interface TreatyArticle {
  number: number;
  heading: string;
  text: string;
  /** The clause kind the article comes from; absent for the final clauses. */
  clause?: D2rClauseKind;
}

export interface TreatyText {
  title: string;
  preamble: string[];
  articles: TreatyArticle[];
  closing: string;
}

/** The clauses in the order a treaty sets them out (the order of the vocabulary). */
export const CLAUSE_ORDER: readonly D2rClauseKind[] = d2rClauseKind.options;

/** Clauses that forbid conduct towards a perpetrator (and so name one, or protect against all). */
export const REFRAIN_CLAUSES: readonly D2rClauseKind[] = CLAUSE_ORDER.filter((k) => CLAUSE_FORBIDS[k] !== undefined);

export function isRefrainClause(kind: D2rClauseKind): boolean {
  return REFRAIN_CLAUSES.includes(kind);
}

/** A clause's short title, as an article heading and a checklist label. */
export const CLAUSE_TITLES: Record<D2rClauseKind, string> = {
  'no-arms-transfers': 'No arms transfers',
  'no-intelligence-sharing': 'No intelligence sharing',
  'no-financing': 'No financing',
  'suspend-military-cooperation': 'Suspension of military cooperation',
  'monitoring-and-reporting': 'Monitoring and reporting',
  'consultation-and-dispute-settlement': 'Consultation and dispute settlement',
  'consequences-of-breach': 'Consequences of breach',
};

/** What each clause does in law, in plain words for a student choosing it. */
export const CLAUSE_EFFECTS: Record<D2rClauseKind, string> = {
  'no-arms-transfers':
    'Both parties promise not to send weapons, ammunition or military equipment to the named perpetrator. Once signed, any such shipment is a breach of a binding treaty (VCLT art. 26), whatever the state knew about the atrocities.',
  'no-intelligence-sharing':
    'Both parties promise not to pass intelligence to the perpetrator. Sharing it afterwards breaches the agreement, even if it would not otherwise be aid or assistance under ARSIWA art. 16.',
  'no-financing':
    'Both parties promise not to fund the perpetrator: no loans, grants or payments that sustain its operations. Financing after signature is a treaty breach.',
  'suspend-military-cooperation':
    'Both parties suspend military cooperation with the perpetrator: training, logistics, troop deployments in its support and arms transfers all become breaches while the agreement is in force.',
  'monitoring-and-reporting':
    'Each party reports on its conduct and accepts scrutiny of it. It forbids nothing by itself, but it makes compliance visible and a breach harder to deny.',
  'consultation-and-dispute-settlement':
    'The parties consult when either raises a concern, and a dispute they cannot settle may go to the International Court of Justice. It gives the agreement a forum.',
  'consequences-of-breach':
    'Spells out that a material breach lets the other party suspend or terminate the agreement (VCLT art. 60) and that the party in breach bears responsibility for it.',
};

/** A state's name as the treaty's running text gives it: "the Kingdom of Halvard", "France". */
function name(scenario: TreatyScenario, code: string): string {
  // stateName reads only the states and fictional states of the scenario.
  return stateWithArticle(stateName(scenario as Scenario, code));
}

function perpetratorName(scenario: TreatyScenario, id: string): string {
  return scenario.crisis.perpetrators.find((p) => p.id === id)?.name ?? id;
}

/** "the Kestrian Republican Guard", or every perpetrator when the clause names none. */
export function protectedAgainst(scenario: TreatyScenario, perpetrators: readonly (string | undefined)[]): string {
  if (perpetrators.length === 0 || perpetrators.includes(undefined)) {
    return `any person or group committing atrocity crimes in ${name(scenario, scenario.crisis.territorialState)}`;
  }
  const names = perpetrators.map((p) => `the ${perpetratorName(scenario, p!).replace(/^the /i, '')}`);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function articleText(scenario: TreatyScenario, kind: D2rClauseKind, perpetrators: (string | undefined)[]): string {
  const whom = protectedAgainst(scenario, perpetrators);
  switch (kind) {
    case 'no-arms-transfers':
      return `Neither Party shall transfer, directly or indirectly, arms, munitions or other military equipment to ${whom}.`;
    case 'no-intelligence-sharing':
      return `Neither Party shall share intelligence of any kind with ${whom}.`;
    case 'no-financing':
      return `Neither Party shall provide funds, loans or other financial support to ${whom}.`;
    case 'suspend-military-cooperation':
      return `Each Party shall suspend all military cooperation with ${whom}, including training, logistical support, the deployment of troops in its support and the transfer of arms, for as long as this Agreement remains in force.`;
    case 'monitoring-and-reporting':
      return 'Each Party shall report to the other Party, at the end of every round, on its conduct relevant to this Agreement, and shall facilitate the monitoring of its compliance by the other Party and by any mechanism established by the United Nations.';
    case 'consultation-and-dispute-settlement':
      return 'The Parties shall consult promptly at the request of either of them on any question concerning the interpretation or application of this Agreement. A dispute that is not settled by consultation may be submitted by either Party to the International Court of Justice.';
    case 'consequences-of-breach':
      return 'A material breach of this Agreement by one Party entitles the other Party to invoke the breach as a ground for suspending or terminating this Agreement in whole or in part, in accordance with article 60 of the Vienna Convention on the Law of Treaties, without prejudice to the international responsibility of the Party in breach.';
  }
}

function atrocityWords(types: readonly string[]): string {
  const words: Record<string, string> = {
    genocide: 'genocide',
    'crimes-against-humanity': 'crimes against humanity',
    'war-crimes': 'war crimes',
    'ethnic-cleansing': 'ethnic cleansing',
  };
  const list = types.map((t) => words[t] ?? t);
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** The agreement's title: "Agreement between the Kingdom of Halvard and the Republic of Meridia …". */
export function treatyTitle(scenario: TreatyScenario, parties: readonly [string, string]): string {
  return `Agreement between ${name(scenario, parties[0])} and ${name(scenario, parties[1])} on the Duty to Refrain from Assisting Atrocity Crimes in ${name(scenario, scenario.crisis.territorialState)}`;
}

/** The treaty text of an agreement or a draft of one. */
export function treatyText(scenario: TreatyScenario, draft: TreatyDraft): TreatyText {
  const [a, b] = draft.parties;
  const crisis = scenario.crisis;
  const preamble = [
    `The Parties, ${name(scenario, a)} and ${name(scenario, b)},`,
    'Recalling that a State which aids or assists another State in the commission of an internationally wrongful act, with knowledge of the circumstances, is internationally responsible for doing so (article 16 of the Articles on Responsibility of States for Internationally Wrongful Acts),',
    'Recalling also the obligation of every State to prevent genocide and to respect and ensure respect for international humanitarian law,',
    `Gravely concerned at ${atrocityWords(crisis.atrocityTypes)} reported against ${crisis.atRiskPopulation.replace(/^The /, 'the ')} in ${name(scenario, crisis.territorialState)},`,
    'Determined that neither of them shall contribute to those crimes,',
    'Have agreed as follows:',
  ];

  const articles: TreatyArticle[] = [];
  for (const kind of CLAUSE_ORDER) {
    const matching = draft.clauses.filter((c) => c.kind === kind);
    if (matching.length === 0) continue;
    articles.push({
      number: articles.length + 1,
      heading: CLAUSE_TITLES[kind],
      text: articleText(scenario, kind, matching.map((c) => c.perpetrator)),
      clause: kind,
    });
  }
  articles.push({
    number: articles.length + 1,
    heading: 'Entry into force and duration',
    text:
      draft.durationRounds === null
        ? 'This Agreement shall enter into force upon signature by both Parties and shall remain in force until the end of the crisis.'
        : `This Agreement shall enter into force upon signature by both Parties and shall remain in force for ${draft.durationRounds} ${draft.durationRounds === 1 ? 'round' : 'rounds'}.`,
  });
  const note = draft.note?.trim();
  if (note) articles.push({ number: articles.length + 1, heading: 'Understanding of the Parties', text: note });
  return {
    title: treatyTitle(scenario, draft.parties),
    preamble,
    articles,
    closing: 'In witness whereof, the undersigned, being duly authorised by their respective Governments, have signed this Agreement.',
  };
}

/** The treaty as plain text, for the transcript and for copying. */
export function treatyPlainText(text: TreatyText): string {
  return [
    text.title,
    '',
    ...text.preamble,
    '',
    ...text.articles.flatMap((a) => [`Article ${a.number}: ${a.heading}`, a.text, '']),
    text.closing,
  ].join('\n');
}

/** The article of an agreement that a clause is set out in (for "contrary to Article 1"). */
export function articleOfClause(agreement: Pick<Agreement, 'clauses'>, kind: D2rClauseKind): number | null {
  const kinds = CLAUSE_ORDER.filter((k) => agreement.clauses.some((c) => c.kind === k));
  const index = kinds.indexOf(kind);
  return index < 0 ? null : index + 1;
}

/**
 * The builder's choice (which clauses, and which perpetrators the refrain clauses protect
 * against, null meaning all of them) as the clause list of a proposal: one refrain clause per
 * named perpetrator.
 */
export function clausesFromSelection(kinds: readonly D2rClauseKind[], perpetrators: readonly string[] | null): D2rClause[] {
  const out: D2rClause[] = [];
  for (const kind of CLAUSE_ORDER) {
    if (!kinds.includes(kind)) continue;
    if (isRefrainClause(kind) && perpetrators !== null && perpetrators.length > 0) {
      for (const perpetrator of perpetrators) out.push({ kind, perpetrator });
    } else {
      out.push({ kind });
    }
  }
  return out;
}

/** The inverse of {@link clausesFromSelection}: the builder's choice for an agreement's clauses. */
export function selectionFromClauses(clauses: readonly D2rClause[]): { kinds: D2rClauseKind[]; perpetrators: string[] | null } {
  const kinds = CLAUSE_ORDER.filter((k) => clauses.some((c) => c.kind === k));
  const refrain = clauses.filter((c) => isRefrainClause(c.kind));
  if (refrain.length === 0 || refrain.some((c) => c.perpetrator === undefined)) return { kinds, perpetrators: null };
  return { kinds, perpetrators: [...new Set(refrain.map((c) => c.perpetrator!))] };
}

/** A fresh agreement id for a proposal from `from` to `to`, unique among the ids given. */
export function nextAgreementId(from: string, to: string, existing: Iterable<string>): string {
  const taken = new Set(existing);
  const base = `d2r-${from.toLowerCase()}-${to.toLowerCase()}`;
  for (let n = 1; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}
