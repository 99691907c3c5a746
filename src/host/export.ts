import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { judgmentFor, whatIfFor } from '../core/law';
import type { Scenario } from '../core/scenario/schema';
import type { SessionState } from '../core/session';
import {
  renderTranscript,
  TranscriptPerspectiveError,
  transcriptFor,
  worldFeatures,
  findingHolds,
  type ExposureReportLike,
  type Transcript,
  type TranscriptPerspectiveRequest,
  type WorldFeatures,
  type WorldTopology,
} from '../core/transcript';
import { formatDateTime, perspectiveTitle } from '../core/transcript/text';
import { rubricCsv, withRubric } from '../core/assessment';

/**
 * Exports of the debrief transcript (docs/design.md §5.5, `moot-council export`; the host's `session.export`).
 * Markdown, HTML and JSON are rendered by the pure core; PDF is the HTML printed by a PdfPrinter:
 * Chromium through playwright-core here (CLI and browser mode), Electron's printToPDF in the
 * desktop app (src/main/export-pdf.ts provides one to the host).
 */

export type ExportFormat = 'md' | 'html' | 'pdf' | 'json' | 'csv';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['md', 'html', 'pdf', 'json', 'csv'];

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
};

/** Prints a self-contained HTML document to PDF; `footer` is plain text for the page footer. */
export type PdfPrinter = (
  html: string,
  options: { title: string; footer: string },
) => Promise<Uint8Array>;

export interface ExportOptions {
  format: ExportFormat;
  /** A state code: that state's seat's record. Absent: the facilitator's full record. */
  as?: string | null;
  /** Prints PDF; defaults to Chromium through playwright-core. */
  printer?: PdfPrinter;
  /** Projected world map (defaults to world-atlas countries-110m, read once). */
  world?: WorldFeatures | null;
  /** The facilitator's judgment already computed for this state of the session (reportFor); ignored for a seat's record, whose judgment withholds what the seat may not see. */
  report?: ExposureReportLike | null;
  /** Whether the session file verified (journal.integrity): stated in the transcript's header. */
  integrity?: { status: 'verified' | 'edited' | 'unverified'; summary: string } | null;
  /** The full record as an appendix after the first part (default true); JSON always holds everything. */
  appendix?: boolean;
}

export interface ExportResult {
  transcript: Transcript;
  content: string | Uint8Array;
  mediaType: string;
  /** A file name to suggest: "<scenario>-<perspective>.<ext>". */
  fileName: string;
}

let worldCache: WorldFeatures | null = null;

/** world-atlas countries-110m TopoJSON, projected for the Assembly map (read and projected once per process). */
export function defaultWorld(): WorldFeatures {
  if (worldCache) return worldCache;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
  ) as WorldTopology;
  worldCache = worldFeatures(topology);
  return worldCache;
}

/**
 * The judgment to print for a perspective (judgmentFor): public once delivered (the debrief), so
 * every perspective gets it, with what a seat may not see withheld from its reasoning; before
 * that, only the facilitator gets the engine's provisional assessment.
 */
export function reportFor(
  scenario: Scenario,
  state: SessionState,
  perspective: TranscriptPerspectiveRequest,
): ExposureReportLike | null {
  if (perspective === 'facilitator') return judgmentFor(scenario, state, 'facilitator');
  const code = perspective.state.trim().toUpperCase();
  const seat = state.config.seats.find((s) => s.kind !== 'facilitator' && s.state === code);
  // No seat: transcriptFor refuses the perspective with the reason.
  return seat ? judgmentFor(scenario, state, { seatId: seat.id }) : null;
}

/**
 * What would have changed the findings: in a seat's record its own state's findings only, once
 * the judgment is public (whatIfFor); in the facilitator's record, the findings against every
 * seated delegation that has one (the debrief's part for that delegation says what would have
 * changed them). States without a seat, or with nothing found, are not searched.
 */
export function whatIfForPerspective(
  scenario: Scenario,
  state: SessionState,
  perspective: TranscriptPerspectiveRequest,
  report: ExposureReportLike | null = null,
): ReturnType<typeof whatIfFor> {
  if (perspective === 'facilitator') {
    if (!report) return null;
    const seated = new Set(
      state.config.seats.flatMap((s) => (s.kind !== 'facilitator' && s.state ? [s.state] : [])),
    );
    const engaged = report.states.filter(
      (s) =>
        seated.has(s.state) &&
        s.findings.some(
          (f) =>
            !f.informational && findingHolds(f) !== 'does-not-hold' && findingHolds(f) !== null,
        ),
    );
    return engaged.flatMap((s) => whatIfFor(scenario, state, 'facilitator', s.state) ?? []);
  }
  const code = perspective.state.trim().toUpperCase();
  const seat = state.config.seats.find((s) => s.kind !== 'facilitator' && s.state === code);
  return seat ? whatIfFor(scenario, state, { seatId: seat.id }) : null;
}

/** Builds and renders the transcript of a session for one perspective, in one format. */
export async function exportTranscript(
  scenario: Scenario,
  state: SessionState,
  options: ExportOptions,
): Promise<ExportResult> {
  const perspective: TranscriptPerspectiveRequest = options.as
    ? { state: options.as }
    : 'facilitator';
  // A judgment computed elsewhere is the facilitator's (the full record): a seat's is its own.
  const report =
    options.report !== undefined && perspective === 'facilitator'
      ? options.report
      : reportFor(scenario, state, perspective);
  // The facilitator's record carries the instructor's rubric; a seat's never does (docs/assessment.md).
  const transcript = withRubric(
    scenario,
    state,
    transcriptFor(scenario, state, perspective, report, whatIfForPerspective(scenario, state, perspective, report)),
  );
  if (options.integrity) {
    // A seat's record does not name entries: the edited one may be something the seat never saw.
    const summary =
      transcript.perspective.kind === 'seat' && options.integrity.status === 'edited'
        ? 'Edited outside Moot Council: the record does not match its tamper-evidence chain, so it may not be what was played.'
        : options.integrity.summary;
    transcript.session.verification = { status: options.integrity.status, summary };
  }
  const who =
    transcript.perspective.kind === 'seat'
      ? transcript.perspective.state.toLowerCase()
      : 'facilitator';
  const fileName = `${scenario.id}-${options.format === 'csv' ? 'rubric' : who}.${options.format}`;
  const mediaType = MEDIA_TYPES[options.format];
  // The rubric is the instructor's (docs/assessment.md): the facilitator's record only.
  if (options.format === 'csv') {
    const rubric = perspective === 'facilitator' ? (transcript.rubric ?? []) : null;
    if (!rubric) throw new TranscriptPerspectiveError("The rubric is the facilitator's: export it without a state.");
    return { transcript, content: rubricCsv(rubric), mediaType, fileName };
  }
  if (options.format !== 'pdf') {
    const world =
      options.format === 'html'
        ? options.world === undefined
          ? defaultWorld()
          : options.world
        : null;
    return {
      transcript,
      content: renderTranscript(transcript, options.format, { world, appendix: options.appendix }),
      mediaType,
      fileName,
    };
  }
  const html = renderTranscript(transcript, 'html', {
    world: options.world === undefined ? defaultWorld() : options.world,
    print: true,
    appendix: options.appendix,
  });
  const printer = options.printer ?? chromiumPdfPrinter();
  const footer = `Moot Council · ${scenario.title} · ${perspectiveTitle(transcript)} · record to ${formatDateTime(transcript.session.lastEntryAt)}`;
  const content = await printer(html, { title: `Debrief transcript: ${scenario.title}`, footer });
  return { transcript, content, mediaType, fileName };
}

export interface ChromiumOptions {
  /** Defaults to $CHROMIUM_PATH, else /usr/bin/chromium. */
  executablePath?: string;
}

/**
 * Chromium's PDF printing through playwright-core (no bundled browser: the system's Chromium).
 * The page gets the HTML with setContent, every network request is refused (the document is
 * self-contained), and it prints A4 with the document's own @page rules and a page footer.
 */
export function chromiumPdfPrinter(options: ChromiumOptions = {}): PdfPrinter {
  return async (html, { footer }) => {
    // Loaded on first use: the desktop app prints with Electron and never needs it.
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: options.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      await context.route('**/*', (route) =>
        route.request().url().startsWith('data:') ? route.continue() : route.abort(),
      );
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: pdfFooterTemplate(footer),
        margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
        outline: true,
        tagged: true,
      });
      return new Uint8Array(pdf);
    } finally {
      await browser.close();
    }
  };
}

/** Chromium's footer template: plain text escaped, with page x of y. */
export function pdfFooterTemplate(text: string): string {
  const safe = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<div style="font-family:Helvetica,Arial,sans-serif;font-size:7.5pt;color:#5b6470;width:100%;padding:0 14mm;display:flex;justify-content:space-between"><span>${safe}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}
