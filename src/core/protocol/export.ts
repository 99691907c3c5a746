import { z } from 'zod';
import { stateCode } from '../scenario/schema';

/**
 * The transcript export request (docs/transcript.md): `session.export` renders a session's debrief
 * transcript for the facilitator (no `as`) or one state's seat (`as`), and either writes it to
 * `file` (an absolute path the user chose; the extension is added if missing) or returns it.
 * A connection may export only perspectives it may look as: any with the facilitator's seat, its
 * own seat's otherwise. Classroom connections from the network may not send it.
 */
/** `csv` is the assessment rubric for a grade book (docs/assessment.md): the facilitator's record only. */
export const exportFormat = z.enum(['md', 'html', 'pdf', 'json', 'csv']);
export type ExportFormatName = z.infer<typeof exportFormat>;

export const sessionExportPayload = z.strictObject({
  sessionId: z.string().min(1).max(64),
  format: exportFormat,
  as: stateCode.optional(),
  file: z.string().trim().min(1).max(1024).optional(),
  overwrite: z.boolean().default(false),
  /** The full record as an appendix after the debrief's first part (default true; JSON always holds everything). */
  appendix: z.boolean().optional(),
});

export const sessionExportResult = z.strictObject({
  format: exportFormat,
  /** "facilitator" or the state code. */
  perspective: z.string(),
  /** A name to suggest when saving. */
  fileName: z.string(),
  mediaType: z.string(),
  bytes: z.number().int(),
  /** The path written, when `file` was given. */
  file: z.string().nullable(),
  /** The transcript, when no `file` was given: text as is, PDF in base64. */
  content: z.string().nullable(),
  encoding: z.enum(['utf8', 'base64']).nullable(),
});
export type SessionExportResult = z.infer<typeof sessionExportResult>;

export const EXPORT_REQUESTS = {
  'session.export': { payload: sessionExportPayload, result: sessionExportResult },
} as const;
