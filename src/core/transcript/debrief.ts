import type { Transcript, TranscriptBallot, TranscriptFinding } from './transcript-schema';
import {
  agreementPartiesWords,
  ballotHeading,
  draftLifeLines,
  draftLifeOutcome,
  exposureWords,
  findingHeading,
  nameInText,
  rankingRows,
  resultWord,
  tallyLine,
  whatIfLines,
  type RankingRow,
} from './text';

/**
 * The debrief's first part (issue 18, item 3): what a class reads in ten minutes. One page for
 * the class (the ranking, the turning points of the record, the votes that mattered) and a part
 * per seated delegation (its findings, what would have changed them, its commitments kept or
 * broken, its coach notes' key points). A delegation with nothing found against it and no
 * commitment is a row of one table, not a part of its own. Derived from the transcript alone, so
 * every perspective gets the first part of its own record. The full record follows as an appendix
 * the exporter can leave out (docs/transcript.md).
 */
export interface Debrief {
  ranking: RankingRow[];
  turningPoints: TurningPoint[];
  votesThatMattered: VoteThatMattered[];
  /** Drafts circulated before they were tabled and changed or asked to change: their revisions and requests. */
  draftsNegotiated: DraftNegotiated[];
  delegations: DelegationDebrief[];
  /** Seated delegations with nothing found against them and no commitment: one table. */
  quiet: QuietDelegation[];
}

export interface TurningPoint {
  round: number;
  seq: number | null;
  label: string;
}

export interface VoteThatMattered {
  ballotId: string;
  heading: string;
  result: string;
  tally: string;
  /** Why it mattered, in words. */
  why: string;
}

export interface DraftNegotiated {
  draftId: string;
  /** "“Protection of civilians”, held by Ireland: put in blue as rev.1" */
  heading: string;
  lines: { text: string; seqs: number[] }[];
}

export interface DelegationDebrief {
  state: string;
  name: string;
  playedBy: 'human' | 'ai';
  exposure: string;
  findings: FindingLine[];
  commitments: CommitmentLine[];
  coachPoints: CoachPoint[];
  /** Coach notes of this delegation not listed as key points (the appendix has them all). */
  moreCoachNotes: number;
}

export interface FindingLine {
  heading: string;
  points: number;
  overridden: boolean;
  /** What would have changed it, where the record searched it (docs/law.md §13). */
  whatIf: string[];
}

export interface CommitmentLine {
  kept: 'kept' | 'broken' | 'not binding' | 'pending' | 'lapsed';
  words: string;
  seqs: number[];
}

export interface CoachPoint {
  seq: number;
  round: number;
  coach: string;
}

export interface QuietDelegation {
  state: string;
  name: string;
  playedBy: 'human' | 'ai';
  /** Its most telling coach note, for an AI delegation. */
  coachPoint: string | null;
}

export const DEBRIEF_TITLES = {
  class: 'The session for the class',
  delegations: 'The delegations',
  rubric: 'Assessment rubric (for the instructor)',
  appendix: 'Appendix: the full record',
} as const;

export const DRAFTS_NEGOTIATED_TITLE = 'Drafts negotiated before the vote';

/** What the rubric part says before the tables (docs/assessment.md). */
export const RUBRIC_NOTE =
  "Each seated delegation graded from the record, line by line, out of 100; the total is the weighted mean of the lines that apply (n/a: the line does not apply). Where the facilitator edited a line, its score and comment are the facilitator's. This part is in the facilitator's record only: no delegation's export has it.";

/** A rubric line's score as printed: out of 100, or "n/a" where the line does not apply. */
export function rubricScoreWords(score: number | null): string {
  return score === null ? 'n/a' : `${Math.round(score * 1000) / 10}`;
}

export const QUIET_TITLE = 'Delegations with nothing found against them and no commitment';

export const COMMITMENT_WORDS: Record<CommitmentLine['kept'], string> = {
  kept: 'Kept',
  broken: 'Broken',
  'not binding': 'Not binding',
  pending: 'Not yet tested',
  lapsed: 'Lapsed',
};

/** Markers of the rounds that turn the record (an inject's arrival is context, not a turn). */
const TURNING_MARKERS = new Set(['veto', 'adopted', 'agreement', 'breach', 'emergency-session']);

/** Key points per delegation: the notes on its most consequential moves. */
export const COACH_POINTS_PER_DELEGATION = 3;

/**
 * The order in which a delegation's moves explain it: a vote or a veto threat first, then what it
 * tabled or negotiated, then what it did on the ground, then what it said.
 */
const COACH_MOVE_WEIGHT: readonly [prefix: string, weight: number][] = [
  ['veto.', 0],
  ['vote.cast', 1],
  ['draft.', 2],
  ['d2r.', 3],
  ['offer.', 3],
  ['ufp.', 4],
  ['conduct.act', 5],
  ['memorial.', 6],
  ['vote.', 7],
  ['statement.', 8],
];

function coachWeight(type: string): number {
  return COACH_MOVE_WEIGHT.find(([prefix]) => type.startsWith(prefix))?.[1] ?? 9;
}

export function debriefOf(t: Transcript): Debrief {
  const judged = new Map((t.judgment?.states ?? []).map((s) => [s.state, s]));
  const notesByState = new Map<string, Transcript['coachNotes']>();
  for (const note of t.coachNotes) {
    const list = notesByState.get(note.state) ?? [];
    list.push(note);
    notesByState.set(note.state, list);
  }
  const delegations: DelegationDebrief[] = [];
  const quiet: QuietDelegation[] = [];
  for (const s of t.states) {
    if (!s.seat) continue;
    const j = judged.get(s.code);
    const findings = (j?.findings ?? []).filter(counts).map(findingLine(t));
    const commitments = commitmentsOf(t, s.code);
    const notes = [...(notesByState.get(s.code) ?? [])].sort(
      (a, b) => coachWeight(a.type) - coachWeight(b.type) || a.seq - b.seq,
    );
    const coachPoints = distinctCoach(notes).slice(0, COACH_POINTS_PER_DELEGATION);
    if (findings.length === 0 && commitments.length === 0) {
      quiet.push({
        state: s.code,
        name: s.name,
        playedBy: s.seat.kind,
        coachPoint: coachPoints[0]?.coach ?? null,
      });
      continue;
    }
    delegations.push({
      state: s.code,
      name: s.name,
      playedBy: s.seat.kind,
      exposure: j ? exposureWords(j.exposure, j.band) : 'not judged',
      findings,
      commitments,
      coachPoints: coachPoints.sort((a, b) => a.seq - b.seq),
      moreCoachNotes: notes.length - coachPoints.length,
    });
  }
  // Most exposed first, as the ranking reads.
  const exposure = (code: string) => judged.get(code)?.exposure ?? 0;
  delegations.sort((a, b) => exposure(b.state) - exposure(a.state));
  return {
    ranking: rankingRows(t),
    turningPoints: t.rounds.flatMap((r) =>
      r.markers
        .filter((m) => TURNING_MARKERS.has(m.kind))
        .map((m) => ({ round: r.round, seq: m.seq, label: m.label })),
    ),
    votesThatMattered: t.ballots.flatMap((b) => {
      const why = whyItMattered(t, b);
      return why
        ? [
            {
              ballotId: b.id,
              heading: ballotHeading(t, b),
              result: resultWord(t, b),
              tally: tallyLine(b),
              why,
            },
          ]
        : [];
    }),
    draftsNegotiated: t.drafts.flatMap((d) => {
      const c = d.circulation;
      if (!c || (c.revisions.length < 2 && c.requests.length === 0)) return [];
      return [{ draftId: d.id, heading: `“${d.title}”, held by ${nameInText(t, d.sponsors[0]!)}: ${draftLifeOutcome(c)}`, lines: draftLifeLines(t, c) }];
    }),
    delegations,
    quiet,
  };
}

/** A finding the first part reports: one that holds, is left open, or that the judge overrode. */
function counts(f: TranscriptFinding): boolean {
  return !f.informational && (f.holds === 'holds' || f.holds === 'unknown' || f.override !== null);
}

function findingLine(t: Transcript) {
  return (f: TranscriptFinding): FindingLine => ({
    heading: findingHeading(f),
    points: f.points,
    overridden: f.override !== null,
    whatIf: whatIfLines(t, f) ?? [],
  });
}

function distinctCoach(notes: Transcript['coachNotes']): CoachPoint[] {
  const seen = new Set<string>();
  const points: CoachPoint[] = [];
  for (const n of notes) {
    if (seen.has(n.coach)) continue;
    seen.add(n.coach);
    points.push({ seq: n.seq, round: n.round, coach: n.coach });
  }
  return points;
}

/** A vote matters when it decided something: adopted, vetoed, or sent the matter to the Assembly. */
function whyItMattered(t: Transcript, b: TranscriptBallot): string | null {
  if (b.adopted === null) return null;
  if (b.vetoedBy.length > 0)
    return `vetoed by ${b.vetoedBy.map((c) => nameInText(t, c)).join(' and ')}`;
  if (b.purpose === 'referral') return b.adopted ? 'sent the matter to the General Assembly' : null;
  if (b.adopted)
    return b.kind === 'assembly' ? 'the Assembly recommended measures' : 'the Council acted';
  return null;
}

/**
 * The commitments a delegation made, and whether it kept them: its D2R agreements (broken where it
 * acted against one while it was binding) and whatever the record holds of offers
 * (offerCommitmentsOf).
 */
export function commitmentsOf(t: Transcript, state: string): CommitmentLine[] {
  const lines: CommitmentLine[] = [];
  for (const a of t.agreements) {
    if (!a.parties.includes(state)) continue;
    const signed = a.signedBy.length === 2;
    const own = a.breaches.filter((b) => b.state === state);
    // Two agreements between the same parties (one rejected, one signed later) are told apart by
    // when they were proposed or signed; a proposal never signed is said to be one, not a commitment.
    const parties = `the D2R agreement between ${agreementPartiesWords(t, a.parties)}`;
    if (!signed) {
      const proposed = a.history[0];
      const fate = a.status === 'rejected' ? 'rejected' : a.status === 'withdrawn' ? 'withdrawn' : 'not signed by both';
      lines.push({
        kept: 'not binding',
        words: `${capital(parties)}${proposed ? `, proposed by ${nameInText(t, proposed.state)} in round ${proposed.round}` : ''}: ${fate}, never binding.`,
        seqs: a.history.map((h) => h.seq),
      });
      continue;
    }
    const lastSign = a.history.filter((h) => h.action === 'sign').pop();
    const signedIn = lastSign ? `, signed in round ${lastSign.round}` : '';
    lines.push(
      own.length > 0
        ? {
            kept: 'broken',
            words: `${capital(parties)}${signedIn}: acted against it ${own.length === 1 ? 'once' : `${own.length} times`} (${own.map((b) => `round ${b.round}, ${clauseWords(a, b.clause)}`).join('; ')}).`,
            seqs: own.map((b) => b.conductSeq),
          }
        : {
            kept: 'kept',
            words: `${capital(parties)}${signedIn}: kept.`,
            seqs: a.history.map((h) => h.seq),
          },
    );
  }
  return [...lines, ...offerCommitmentsOf(t, state)];
}

/**
 * The political commitments a delegation made in accepted offers (not binding law), with what the
 * record shows of each: kept, broken, lapsed, or not yet tested (src/core/session/commitments.ts).
 */
export function offerCommitmentsOf(t: Transcript, state: string): CommitmentLine[] {
  return (t.commitments ?? [])
    .filter((c) => c.by === state)
    .map((c) => ({
      kept: c.status,
      words: `A political commitment to ${t.states.find((s) => s.code === c.to)?.name ?? 'another delegation'} (round ${c.round}): ${c.promise}${c.shows ? `; the record shows it ${c.shows}` : ''}.`,
      seqs: c.settledSeq === null ? [c.acceptedSeq] : [c.acceptedSeq, c.settledSeq],
    }));
}

/** A clause by its title ("No arms transfers to Iron Hand militia"), never its kind. */
function clauseWords(a: Transcript['agreements'][number], clause: string): string {
  const title = a.clauses.find((c) => c.kind === clause)?.title;
  return title ? `the clause "${title}"` : 'one of its clauses';
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
