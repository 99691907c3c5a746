import type { ExportFormatName, SessionExportResult, SessionMeta } from '../../core/protocol';

/** The formats offered, in the order a student would pick them. */
export const EXPORT_FORMATS: { value: ExportFormatName; label: string; help: string }[] = [
  { value: 'md', label: 'Markdown', help: 'Plain text with headings: easy to edit or paste into notes.' },
  { value: 'html', label: 'HTML', help: 'One self-contained web page with the charts and the map; prints well.' },
  { value: 'pdf', label: 'PDF', help: 'For handing out or grading; takes a few seconds to typeset.' },
  { value: 'json', label: 'JSON', help: 'The record as data (docs/transcript.md documents it).' },
  { value: 'csv', label: 'Rubric (CSV)', help: "The assessment rubric for a grade book: a row per delegation and line, with your scores and comments (the facilitator's only)." },
];

/** The formats for a perspective: the rubric is the facilitator's alone. */
export function formatsFor(as: string | null): typeof EXPORT_FORMATS {
  return as === 'facilitator' ? EXPORT_FORMATS : EXPORT_FORMATS.filter((f) => f.value !== 'csv');
}

export interface ExportPerspective {
  /** "facilitator" or a state code. */
  value: string;
  label: string;
}

/**
 * The records this connection may export (the host checks again): the facilitator's full record
 * when it holds the facilitator's seat, and each of its own delegations' records.
 */
export function exportPerspectives(meta: Pick<SessionMeta, 'seats' | 'localSeats'>): ExportPerspective[] {
  const local = meta.seats.filter((s) => meta.localSeats.includes(s.id));
  const out: ExportPerspective[] = [];
  if (local.some((s) => s.kind === 'facilitator')) out.push({ value: 'facilitator', label: 'The full record (facilitator)' });
  for (const s of local) {
    if (s.kind === 'facilitator' || !s.state || out.some((p) => p.value === s.state)) continue;
    out.push({ value: s.state, label: `${s.name ?? 'A delegation'}'s record` });
  }
  return out;
}

/**
 * The perspective to preselect: the seat on screen if it may be exported, else a delegation's
 * record; the full record only when nothing else is offered (the host offers it only to the
 * facilitator's seat, unlocked when the session has a PIN).
 */
export function defaultPerspective(perspectives: ExportPerspective[], preferred: string | null | undefined): string | null {
  if (preferred && perspectives.some((p) => p.value === preferred)) return preferred;
  return (perspectives.find((p) => p.value !== 'facilitator') ?? perspectives[0])?.value ?? null;
}

/** The perspective of a seat: "facilitator" for the facilitator's, else its state's code. */
export function perspectiveOfSeat(meta: Pick<SessionMeta, 'seats'>, seatId: string | null): string | null {
  const seat = seatId ? meta.seats.find((s) => s.id === seatId) : undefined;
  if (!seat) return null;
  return seat.kind === 'facilitator' ? 'facilitator' : seat.state;
}

/** The bytes of an export returned to the renderer (text as is, PDF in base64). */
export function exportBytes(result: Pick<SessionExportResult, 'content' | 'encoding'>): Uint8Array {
  if (result.content === null) return new Uint8Array();
  if (result.encoding === 'base64') return Uint8Array.from(atob(result.content), (c) => c.charCodeAt(0));
  return new TextEncoder().encode(result.content);
}

/** "12 KB" (never "0 KB"). */
export function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
