import { transcriptSchema, type Transcript } from './transcript-schema';

/**
 * The transcript as JSON (docs/transcript.md). The model is built in a fixed order, so the same
 * session gives the same bytes; the schema check guards the contract on the way out.
 */
export function renderJson(transcript: Transcript): string {
  const checked = transcriptSchema.parse(transcript);
  return `${JSON.stringify(checked, null, 2)}\n`;
}
