import type { Scenario } from '../../../core/scenario/schema';
import type { SessionView } from '../../../core/session';
import { ballotShortLabel, EVIDENCE_COLOURS, MARKER_STYLE } from '../../../core/transcript/charts';
import { buildTranscript } from '../../../core/transcript/model';
import type { ExposureReportLike } from '../../../core/transcript/exposure-report-shape';
import type {
  Transcript,
  TranscriptBallot,
  TranscriptRoundSummary,
} from '../../../core/transcript/transcript-schema';
import { evidenceLabel } from '../../../core/transcript/vocabulary-labels';

/**
 * The debrief charts read the same transcript the export is written from, built from the viewer's
 * own view: a delegation's charts show what its record shows, never more.
 */
export function debriefTranscript(view: SessionView, report: ExposureReportLike | null = null): Transcript {
  return buildTranscript({ scenario: debriefScenario(view), view, report });
}

/** The scenario as the transcript reads it: its public structure; teaching notes come from the view itself. */
export function debriefScenario(view: SessionView): Scenario {
  return {
    ...view.scenario,
    teachingNotes: view.scenario.teachingNotes ?? {
      objectives: [],
      discussionQuestions: [],
      expectedFindings: [],
      expectedOrdering: [],
      sources: [],
    },
  };
}

/** The Assembly's votes that were taken (closed), in the order they were held. */
export function assemblyBallots(t: Pick<Transcript, 'ballots'>): TranscriptBallot[] {
  return t.ballots.filter((b) => b.kind === 'assembly' && b.closedSeq !== null);
}

/** How the map's vote picker names a ballot: "GA draft 3, round 2: “Protection of the Vell” (adopted)". */
export function assemblyBallotLabel(b: TranscriptBallot, t: Pick<Transcript, 'drafts'>): string {
  const result = b.adopted === null ? 'open' : b.adopted ? 'adopted' : 'not adopted';
  return `${ballotShortLabel(b, t)}, round ${b.round}: “${b.draftTitle}” (${result})`;
}

/** One row of the round strip's table: what the strip draws for a round, in words. */
export interface RoundStripRow {
  round: number;
  evidence: string;
  evidenceColour: string;
  /** "Crisis update (4 entries), Negotiation (12 entries)". */
  phases: string;
  /** Each marker: its letter, colour, kind in words and what happened. */
  events: { letter: string; colour: string; ink: string; kind: string; label: string }[];
}

/** WCAG's relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** White on a marker's colour where it reaches AA contrast (4.5:1), else near-black. */
export function markerInk(fill: string): string {
  return 1.05 / (luminance(fill) + 0.05) >= 4.5 ? '#ffffff' : '#1a1a1a';
}

export function roundStripRows(rounds: readonly TranscriptRoundSummary[]): RoundStripRow[] {
  return rounds.map((r) => ({
    round: r.round,
    evidence: evidenceLabel(r.evidenceLevel),
    evidenceColour: EVIDENCE_COLOURS[r.evidenceLevel] ?? EVIDENCE_COLOURS.none!,
    phases: r.phases
      .map((p) => `${p.title} (${p.entries} ${p.entries === 1 ? 'entry' : 'entries'})`)
      .join(', '),
    events: r.markers.map((m) => {
      const style = MARKER_STYLE[m.kind]!;
      return {
        letter: style.letter,
        colour: style.fill,
        ink: markerInk(style.fill),
        kind: style.word,
        label: m.label,
      };
    }),
  }));
}
