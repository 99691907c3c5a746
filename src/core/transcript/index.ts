import { isKnownState, stateName } from '../scenario/membership';
import type { Scenario } from '../scenario/schema';
import type { SessionState } from '../session/state';
import { viewFor } from '../session/view';
import { buildTranscript } from './model';
import type { ExposureReportLike, StateWhatIfLike } from './exposure-report-shape';
import type { Transcript } from './transcript-schema';
import { renderMarkdown as renderMarkdownImpl } from './markdown';
import { renderHtml as renderHtmlImpl, type HtmlOptions } from './html';
import { renderJson as renderJsonImpl } from './json';

/**
 * The debrief transcript (docs/design.md §4.2, §5.5): a model derived from the record, for one
 * perspective, and its renderers (Markdown, self-contained HTML with SVG charts, JSON). PDF is
 * the HTML printed by Chromium (src/host/export.ts) or Electron (src/main).
 */
export { buildTranscript, type BuildTranscriptInput } from './model';
export { renderMarkdown, type MarkdownOptions } from './markdown';
export { debriefOf, commitmentsOf, offerCommitmentsOf, type Debrief } from './debrief';
export { renderHtml, type HtmlOptions } from './html';
export { renderJson } from './json';
export {
  findingHolds,
  type ExposureReportLike,
  type StateWhatIfLike,
  type ReportFindingLike,
  type ReportStateLike,
} from './exposure-report-shape';
export * from './transcript-schema';
export {
  exposureChartSvg,
  voteMatrixSvg,
  assemblyMapSvg,
  timelineSvg,
  worldDefsSvg,
  worldFeatures,
  type WorldTopology,
  type WorldFeatures,
} from './charts';

export type TranscriptFormat = 'md' | 'html' | 'json';

/** Whose record: the facilitator's full record, or what one state's seat may see. */
export type TranscriptPerspectiveRequest = 'facilitator' | { state: string };

export class TranscriptPerspectiveError extends Error {}

/**
 * The transcript for a perspective. A state's record is built from viewFor of that state's seat
 * (the one function that decides what a seat may see); a state with no seat has no record of its
 * own. The report is the judgment (it is public once delivered): pass it when the session has
 * reached the debrief, or for the facilitator as a provisional assessment. For a seat's record pass
 * that seat's judgment (judgmentFor in src/core/law), whose reasoning withholds what it may not see.
 * `whatIf` (whatIfFor in src/core/law) adds under each finding what would have changed it; a seat's
 * record keeps only its own state's.
 */
export function transcriptFor(
  scenario: Scenario,
  state: SessionState,
  perspective: TranscriptPerspectiveRequest,
  report: ExposureReportLike | null = null,
  whatIf: readonly StateWhatIfLike[] | null = null,
): Transcript {
  if (perspective === 'facilitator')
    return buildTranscript({
      scenario,
      view: viewFor(scenario, state, 'facilitator'),
      report,
      whatIf,
    });
  const code = perspective.state.trim().toUpperCase();
  const seated = state.config.seats.filter((s) => s.kind !== 'facilitator' && s.state !== null);
  const seat = seated.find((s) => s.state === code);
  if (!seat) {
    const list = seated
      .map((s) => s.state!)
      .sort()
      .join(', ');
    const known = isKnownState(scenario, code)
      ? `${stateName(scenario, code)} has no seat in this session`
      : `Unknown state "${perspective.state}"`;
    throw new TranscriptPerspectiveError(
      `${known}; a record can be written for a seated state: ${list || 'none'}.`,
    );
  }
  return buildTranscript({
    scenario,
    view: viewFor(scenario, state, { seatId: seat.id }),
    report,
    whatIf,
  });
}

/** Renders one transcript in a text format (PDF is the HTML, printed by the host). */
export function renderTranscript(
  transcript: Transcript,
  format: TranscriptFormat,
  options: HtmlOptions = {},
): string {
  switch (format) {
    case 'md':
      return renderMarkdownImpl(transcript, { appendix: options.appendix });
    case 'html':
      return renderHtmlImpl(transcript, options);
    case 'json':
      return renderJsonImpl(transcript);
  }
}
