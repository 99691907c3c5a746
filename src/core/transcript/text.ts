import { dutyLabel } from '../session/plain-words';
import { stateWithArticle } from '../scenario/membership';
import { PHASE_TITLES } from '../session/phases';
import { CLAUSE_TITLES } from '../session/treaty';
import type { D2rClauseKind } from '../shared/vocabulary';
import {
  AGREEMENT_STATUS_LABELS,
  bandLabel,
  DRAFT_STATUS_LABELS,
  holdsLabel,
  listWords,
} from './vocabulary-labels';
import type {
  Transcript,
  TranscriptBallot,
  TranscriptEntry,
  TranscriptFinding,
} from './transcript-schema';

/** Words shared by the Markdown and HTML renderers, so both say the same thing. */

export function perspectiveTitle(t: Transcript): string {
  return t.perspective.kind === 'facilitator'
    ? "The facilitator's full record"
    : `The record of ${t.perspective.stateName}`;
}

export function perspectiveNote(t: Transcript): string {
  if (t.perspective.kind === 'facilitator') {
    return "Everything in the session: every delegation's brief, every bilateral channel and negotiation, every act of national conduct and every note of the AI delegations' coaches.";
  }
  const name = t.perspective.stateName;
  return `What ${name}'s delegation may see: its own confidential brief, its own bilateral channels and negotiations, the public record, and, once the judgment is delivered, the pleadings and national conduct of every state. Other delegations' briefs and channels are not part of it.`;
}

export function nameOf(t: Transcript, code: string): string {
  return t.states.find((s) => s.code === code)?.name ?? code;
}

/**
 * The member whose name the Assembly's roll call began with (GA rules of procedure, rule 87(a)):
 * drawn from the whole membership, so named from the ballot's own votes, not only the scenario's states.
 */
export function rollCallStartName(t: Transcript, b: TranscriptBallot): string | null {
  const code = b.rollCallStartsWith;
  if (!code) return null;
  return b.votes.find((v) => v.state === code)?.name ?? nameOf(t, code);
}

/** A D2R clause by its title ("No arms transfers"), never by its kind. */
export function clauseTitle(kind: string): string {
  return CLAUSE_TITLES[kind as D2rClauseKind] ?? kind.replace(/-/g, ' ');
}

const NEGOTIATION_VERBS: Record<string, string> = {
  propose: 'proposes',
  counter: 'counters',
  sign: 'signs',
  reject: 'rejects',
  withdraw: 'withdraws',
};

/** One step of a D2R negotiation in words: "France proposes: no arms transfers; monitoring and reporting". */
export function negotiationStepWords(t: Transcript, h: Transcript['agreements'][number]['history'][number]): string {
  const verb = NEGOTIATION_VERBS[h.action] ?? `${h.action}s`;
  const clauses = h.clauses?.map((k) => clauseTitle(k).toLowerCase()) ?? [];
  return `${nameOf(t, h.state)} ${verb}${clauses.length > 0 ? `: ${clauses.join('; ')}` : ''}`;
}

/** Names in running text: "China and the Russian Federation". */
export function namesInText(t: Transcript, codes: readonly string[]): string {
  return listWords(codes.map((c) => stateWithArticle(nameOf(t, c))));
}

export function namesOf(t: Transcript, codes: readonly string[]): string {
  return listWords(codes.map((c) => nameOf(t, c)));
}

/** "2030-01-01 00:00:05 UTC" from an ISO time (no clock, no time zone database: the log's own time). */
export function formatDateTime(iso: string | null): string {
  if (!iso) return '—';
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

export function formatTime(iso: string): string {
  const match = /T(\d{2}:\d{2}:\d{2})/.exec(iso);
  return match ? match[1]! : iso;
}

export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

export function draftStatus(status: string): string {
  return (DRAFT_STATUS_LABELS as Record<string, string>)[status] ?? status;
}

export function agreementStatus(status: string): string {
  return AGREEMENT_STATUS_LABELS[status] ?? status;
}

export function ballotHeading(t: Transcript, b: TranscriptBallot): string {
  const forum =
    b.kind === 'assembly'
      ? 'General Assembly, emergency special session'
      : b.kind === 'council-procedural'
        ? 'Security Council, procedural vote'
        : 'Security Council';
  const subject =
    b.purpose === 'referral'
      ? `Referral of the matter of draft "${b.draftTitle}" to the General Assembly`
      : `Draft "${b.draftTitle}"`;
  void t;
  return `${subject} (${forum}, round ${b.round})`;
}

export function tallyLine(b: TranscriptBallot): string {
  if (!b.tally) return 'The vote was not closed.';
  const t = b.tally;
  if (b.kind === 'assembly') {
    return `In favour ${t.inFavour}, against ${t.against}, abstentions ${t.abstentions}, absent ${t.absent}. Present and voting ${t.presentAndVoting}; ${t.required} needed (${t.threshold}).`;
  }
  const short =
    t.inFavour >= t.required
      ? `the ${t.required} votes needed were there`
      : `${t.required - t.inFavour} short of the ${t.required} needed`;
  return `In favour ${t.inFavour}, against ${t.against}, abstentions ${t.abstentions}, absent ${t.absent}: ${short}. Threshold: ${t.threshold}.`;
}

export function resultWord(t: Transcript, b: TranscriptBallot): string {
  if (b.adopted === null) return 'Open';
  if (b.adopted) return 'Adopted';
  if (b.vetoedBy.length > 0) return `Not adopted: vetoed by ${namesInText(t, b.vetoedBy)}`;
  return 'Not adopted';
}

/** Members grouped by vote, each group in English alphabetical order (as the UN lists a recorded vote). */
export function assemblyGroups(b: TranscriptBallot): VoteGroup[] {
  const key = (name: string) =>
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  return councilGroups(b).map((g) => ({
    ...g,
    members: g.members.sort((x, y) =>
      key(x.name) < key(y.name) ? -1 : key(x.name) > key(y.name) ? 1 : 0,
    ),
  }));
}

export function perpetratorName(t: Transcript, id: string | null): string {
  if (id === null) return '';
  return t.scenario.crisis.perpetrators.find((p) => p.id === id)?.name ?? id;
}

export function agreementStatusLine(t: Transcript, a: Transcript['agreements'][number]): string {
  const parts = [
    a.signedBy.length === 2
      ? `Signed by ${namesInText(t, a.signedBy)}`
      : // An open offer binds its author once the other party signs (docs/session-log.md).
        `${agreementStatus(a.status)}${a.signedBy.length ? `; offered by ${namesInText(t, a.signedBy)}, not signed by ${namesInText(t, a.parties.filter((p) => !a.signedBy.includes(p)))}` : ''}`,
  ];
  if (a.inForceFromRound)
    parts.push(
      `binding from round ${a.inForceFromRound}${a.durationRounds ? ` for ${a.durationRounds} round(s)` : ''}`,
    );
  else if (a.durationRounds) parts.push(`proposed for ${a.durationRounds} round(s)`);
  return parts.join('; ');
}

export function phaseTitle(phase: string): string {
  return PHASE_TITLES[phase as keyof typeof PHASE_TITLES] ?? phase;
}

export function findingHeading(f: TranscriptFinding): string {
  const holds = holdsLabel(f.holds);
  return `${f.dutyLabel || dutyLabel(f.duty)}${holds ? `: ${holds.toLowerCase()}` : ''}`;
}

export function exposureWords(exposure: number, band: string): string {
  return `${formatNumber(exposure)} / 100 (${bandLabel(band).toLowerCase()})`;
}

export function overrideWords(o: {
  holds: boolean;
  reason: string;
  engineResult?: string | null;
}): string {
  const engine = o.engineResult
    ? ` The law engine's own finding was: ${holdsLabel(o.engineResult).toLowerCase()}.`
    : '';
  return `The presiding judge holds that the duty ${o.holds ? 'was breached (the finding holds)' : 'was not breached (the finding does not hold)'}.${engine} Reason: ${o.reason}`;
}

export const SECTION_TITLES = {
  crisis: 'The crisis',
  delegations: 'Delegations',
  briefs: 'Confidential briefs',
  evidence: 'Evidence and intelligence',
  glance: 'The rounds at a glance',
  proceedings: 'Proceedings',
  drafts: 'Draft resolutions',
  votes: 'Votes',
  vetoes: 'Vetoes',
  ufp: 'Uniting for Peace',
  vetoInitiative: 'Veto-initiative debates',
  channels: 'Bilateral channels',
  agreements: 'D2R agreements',
  conduct: 'National conduct',
  injects: 'Injects',
  facilitator: 'Facilitator actions',
  memorials: 'Defence memorials',
  judgment: 'Judgment',
  coach: 'Coach notes (AI delegations)',
} as const;

export type SectionKey = keyof typeof SECTION_TITLES;

/** The sections a transcript has, in order (an empty part of the record gets no section). */
export function sectionsOf(t: Transcript): SectionKey[] {
  const keys: SectionKey[] = ['crisis', 'delegations'];
  if (t.briefs.length > 0) keys.push('briefs');
  keys.push('evidence');
  if (t.rounds.length > 0) keys.push('glance');
  keys.push('proceedings');
  if (t.drafts.length > 0) keys.push('drafts');
  if (t.ballots.length > 0) keys.push('votes');
  if (t.vetoes.length > 0) keys.push('vetoes');
  if (t.unitingForPeace.status !== 'closed' || t.unitingForPeace.requests.length > 0)
    keys.push('ufp');
  if (t.vetoInitiative.length > 0) keys.push('vetoInitiative');
  if (t.channels.length > 0) keys.push('channels');
  if (t.agreements.length > 0) keys.push('agreements');
  if (t.conduct.length > 0) keys.push('conduct');
  if (t.injects.length > 0) keys.push('injects');
  if (t.facilitatorActions.length > 0) keys.push('facilitator');
  if (t.memorials.length > 0) keys.push('memorials');
  if (t.judgment) keys.push('judgment');
  if (t.coachNotes.length > 0) keys.push('coach');
  return keys;
}

export function ufpStatusWords(t: Transcript): string {
  const u = t.unitingForPeace;
  if (u.status === 'closed')
    return "The path was not opened: no draft fell to a permanent member's negative vote.";
  if (u.status === 'open')
    return 'The path was open (a veto had blocked the Council), but no emergency special session was convened.';
  const by =
    u.convenedBy === 'council'
      ? 'by a procedural vote of the Security Council'
      : 'at the request of a majority of the Members';
  return `An emergency special session of the General Assembly was convened in round ${u.convenedRound} ${by} (GA res. 377 A (V) ¶1).`;
}

/** A state's name as running text needs it: "the United States", "France" (the judgment's own rule). */
export function nameInText(t: Transcript, code: string): string {
  return stateWithArticle(nameOf(t, code));
}

export function agreementPartiesWords(t: Transcript, parties: readonly [string, string]): string {
  return `${nameInText(t, parties[0])} and ${nameInText(t, parties[1])}`;
}

export { agreementStatus as agreementStatusWords, listWords };

export type ProceedingsItem =
  | { kind: 'entry'; entry: TranscriptEntry }
  | {
      kind: 'votes';
      first: number;
      last: number;
      count: number;
      seqs: number[];
      ballotIds: string[];
      effects: TranscriptEntry['effects'];
    };

/**
 * Entries as the proceedings print them: a run of votes becomes one line ("#20–#34: 15 votes cast
 * on ballot-19", the member by member record is under Votes), keeping what the last vote caused
 * (the ballot closing, the President's announcement).
 */
export function proceedingsItems(entries: readonly TranscriptEntry[]): ProceedingsItem[] {
  const items: ProceedingsItem[] = [];
  for (const entry of entries) {
    if (entry.type !== 'vote.cast') {
      items.push({ kind: 'entry', entry });
      continue;
    }
    const last = items[items.length - 1];
    if (last && last.kind === 'votes') {
      last.last = entry.seq;
      last.count++;
      last.seqs.push(entry.seq);
      if (entry.ref && !last.ballotIds.includes(entry.ref)) last.ballotIds.push(entry.ref);
      last.effects.push(...entry.effects);
    } else {
      items.push({
        kind: 'votes',
        first: entry.seq,
        last: entry.seq,
        count: 1,
        seqs: [entry.seq],
        ballotIds: entry.ref ? [entry.ref] : [],
        effects: [...entry.effects],
      });
    }
  }
  return items;
}

type JudgedState = NonNullable<Transcript['judgment']>['states'][number];

/** Findings and evidence lists longer than this are cut in the printed formats (the JSON has all). */
export const MAX_EVIDENCE_PRINTED = 12;
/** With more states than this at exposure 0, the chart and the ranking gather them in one line. */
export const MAX_ZERO_LISTED = 10;

/**
 * Which states the printed judgment sets out finding by finding: any with exposure, a finding that
 * holds or is open, or an override; the Council, the territorial state and the viewer's own state.
 * The others (nothing found against them) are summed up in one table: a full-Assembly session
 * would otherwise print a page of "does not hold" for each of 193 Members. The JSON keeps all.
 */
export function judgmentLayout(t: Transcript): {
  detailed: JudgedState[];
  summarised: JudgedState[];
} {
  const j = t.judgment;
  if (!j) return { detailed: [], summarised: [] };
  const own = t.perspective.kind === 'seat' ? t.perspective.state : null;
  const detailed: JudgedState[] = [];
  const summarised: JudgedState[] = [];
  for (const s of j.states) {
    const engaged =
      s.exposure > 0 ||
      s.findings.some(
        (f) =>
          f.override !== null ||
          (!f.informational && (f.holds === 'holds' || f.holds === 'unknown')),
      );
    // States with nothing found are one table (issue 18): only an engaged state, and a seat's own, get a part.
    if (engaged || s.state === own) detailed.push(s);
    else summarised.push(s);
  }
  return { detailed, summarised };
}

export interface RankingRow {
  rank: string;
  names: string[];
  state: string | null;
  exposure: number;
  band: string;
}

/** The exposure ranking as printed: every state with exposure, then those at 0 in one line when there are many. */
export function rankingRows(t: Transcript): RankingRow[] {
  const states = [...(t.judgment?.states ?? [])].sort((a, b) => b.exposure - a.exposure);
  const zero = states.filter((s) => s.exposure === 0);
  const gather = zero.length > MAX_ZERO_LISTED;
  const rows: RankingRow[] = (gather ? states.filter((s) => s.exposure > 0) : states).map(
    (s, i) => ({
      rank: String(i + 1),
      names: [s.name],
      state: s.state,
      exposure: s.exposure,
      band: s.band,
    }),
  );
  if (gather)
    rows.push({
      rank: '—',
      // By name, as a reader looks a state up; the judgment's own order follows the state codes.
      names: zero.map((s) => s.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      state: null,
      exposure: 0,
      band: 'none',
    });
  return rows;
}

/** Evidence as printed: the first MAX_EVIDENCE_PRINTED references, and how many more the JSON holds. */
export function printedEvidence<T>(evidence: readonly T[]): { shown: readonly T[]; more: number } {
  return evidence.length <= MAX_EVIDENCE_PRINTED
    ? { shown: evidence, more: 0 }
    : {
        shown: evidence.slice(0, MAX_EVIDENCE_PRINTED),
        more: evidence.length - MAX_EVIDENCE_PRINTED,
      };
}

export interface VoteGroup {
  vote: string;
  title: string;
  members: TranscriptBallot['votes'];
}

const VOTE_GROUP_TITLES: [string, string][] = [
  ['yes', 'In favour'],
  ['no', 'Against'],
  ['abstain', 'Abstaining'],
  ['absent', 'Absent'],
];

/** Council members grouped by vote as the Council's record reads, in the ballot's order, the veto marked. */
export function councilGroups(b: TranscriptBallot): VoteGroup[] {
  return VOTE_GROUP_TITLES.map(([vote, title]) => ({
    vote,
    title,
    members: b.votes.filter((v) => v.vote === vote),
  })).filter((g) => g.members.length > 0);
}

/** A draft by its title wherever the record names one: 'draft "Protection of civilians"'. */
export function draftWords(t: Transcript, draftId: string): string {
  const draft = t.drafts.find((d) => d.id === draftId);
  return draft ? `draft "${draft.title}"` : 'a draft';
}

/** A link's words for a vote, never its id: 'the vote on draft "…"' or 'the referral vote on draft "…"'. */
export function ballotWords(t: Transcript, ballotId: string): string {
  const b = t.ballots.find((x) => x.id === ballotId);
  if (!b) return 'the vote';
  return `the ${b.purpose === 'referral' ? 'referral vote' : b.kind === 'assembly' ? 'Assembly vote' : 'vote'} on draft "${b.draftTitle}"`;
}

/** The agreement a state's act ran against, by its other party: "D2R agreement with France". */
export function agreementWithWords(t: Transcript, agreementId: string, state: string): string {
  const agreement = t.agreements.find((a) => a.id === agreementId);
  const other = agreement?.parties.find((p) => p !== state);
  return other ? `D2R agreement with ${nameOf(t, other)}` : 'a D2R agreement';
}

/** A duty as a sentence names it: "duty under a D2R agreement". */
export function dutyWords(duty: string): string {
  const label = dutyLabel(duty);
  return label.charAt(0).toLowerCase() + label.slice(1);
}

export const WHAT_IF_HEADING = 'What would have changed it';

/** The lines under a finding saying what would have changed it: each change with the rule that decides it. */
export function whatIfLines(t: Transcript, f: TranscriptFinding): string[] | null {
  if (!f.whatIf) return null;
  const whose = t.perspective.kind === 'seat' ? 'your' : 'its';
  const lines =
    f.whatIf.changes.length > 0
      ? f.whatIf.changes.map((c) =>
          c.decidedBy ? `${c.words} Decided by: ${c.decidedBy}.` : c.words,
        )
      : [
          `No change to ${whose} own decisions on the record, alone or in pairs, would have changed it.`,
        ];
  return f.whatIf.note ? [...lines, f.whatIf.note] : lines;
}

type TranscriptDraftLife = NonNullable<Transcript['drafts'][number]['circulation']>;

/**
 * A circulated draft's life in words, one line each with the entries it rests on: every revision
 * after the zero draft (what changed, who asked) and every request with the penholder's answer.
 */
export function draftLifeLines(t: Transcript, c: TranscriptDraftLife): { text: string; seqs: number[] }[] {
  const lines: { text: string; seqs: number[] }[] = [];
  for (const rev of c.revisions.slice(1)) {
    const who = rev.requestedBy ? nameInText(t, rev.requestedBy) : null;
    const cause = rev.offerId ? (who ? `, under ${who}'s accepted offer` : ', under an accepted offer') : who ? `, at ${who}'s request` : '';
    const changes = rev.changes.length > 0 ? rev.changes.join('; ') : 'no change to the words';
    lines.push({ text: `rev.${rev.number} (round ${rev.round}) ${changes}${cause}.`, seqs: rev.requestSeq !== null ? [rev.requestSeq, rev.seq] : [rev.seq] });
  }
  for (const r of c.requests) {
    const answer =
      r.answer === 'accepted'
        ? `accepted${r.revision !== null ? ` into rev.${r.revision}` : ''}${r.reason ? `: ${r.reason}` : '.'}`
        : r.answer === 'declined'
          ? `declined: ${r.reason ?? 'no reason given.'}`
          : 'not answered before the draft left circulation.';
    lines.push({ text: `${sentenceStart(nameInText(t, r.by))} asked to ${r.change}${r.note ? ` ("${r.note}")` : ''}; ${answer}`, seqs: r.answerSeq !== null ? [r.seq, r.answerSeq] : [r.seq] });
  }
  return lines;
}

/** How a circulated draft ended its negotiation, in words. */
export function draftLifeOutcome(c: TranscriptDraftLife): string {
  const last = c.revisions.at(-1)?.number ?? 0;
  const text = last > 0 ? `rev.${last}` : 'the zero draft';
  return c.inBlueSeq !== null ? `put in blue as ${text}` : `still in circulation as ${text}`;
}

/** A name opening a sentence: "The Russian Federation asked…". */
function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
