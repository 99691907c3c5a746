import { existsSync, writeFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import { ProtocolError, type ParsedPayload, type RequestResult } from '../core/protocol';
import { TranscriptPerspectiveError } from '../core/transcript';
import { exportTranscript, type PdfPrinter } from './export';
import type { SessionService } from './sessions';

/**
 * `session.export` for the host: checks that the connection may look as the perspective asked for,
 * renders the transcript, and writes it to the chosen file or returns it.
 */
export async function handleSessionExport(
  sessions: SessionService,
  payload: ParsedPayload<'session.export'>,
  connection: string,
  printer?: PdfPrinter,
): Promise<RequestResult<'session.export'>> {
  const meta = sessions.info(payload.sessionId, connection);
  const seats = meta.seats;
  const facilitator = seats
    .filter((s) => s.kind === 'facilitator')
    .some((s) => meta.localSeats.includes(s.id));
  if (payload.as) {
    const seat = seats.find((s) => s.kind !== 'facilitator' && s.state === payload.as);
    if (!seat)
      throw new ProtocolError(
        'not-found',
        `${payload.as} has no seat in this session; a record can be written for a seated state.`,
      );
    if (!facilitator && !meta.localSeats.includes(seat.id)) {
      throw new ProtocolError(
        'forbidden',
        `This connection may not look as ${payload.as}'s seat, so it may not export its record.`,
      );
    }
  } else if (!facilitator) {
    throw new ProtocolError(
      'forbidden',
      "Only the facilitator may export the full record; export your own delegation's record instead.",
    );
  }
  let target: string | null = null;
  if (payload.file) {
    if (!isAbsolute(payload.file))
      throw new ProtocolError('bad-request', 'Give the full path of the file to write.');
    target = resolve(payload.file);
    if (extname(target).toLowerCase() !== `.${payload.format}`) target += `.${payload.format}`;
    if (!existsSync(dirname(target)))
      throw new ProtocolError('not-found', `The folder ${dirname(target)} does not exist.`);
    if (existsSync(target) && !payload.overwrite)
      throw new ProtocolError('invalid', `${target} exists; confirm to replace it.`);
  }
  let result;
  try {
    result = await exportTranscript(
      sessions.scenarioOf(payload.sessionId),
      sessions.stateOf(payload.sessionId),
      {
        format: payload.format,
        as: payload.as ?? null,
        integrity: sessions.integrityOf(payload.sessionId),
        appendix: payload.appendix,
        ...(printer ? { printer } : {}),
      },
    );
  } catch (error) {
    if (error instanceof TranscriptPerspectiveError)
      throw new ProtocolError('not-found', error.message);
    throw error;
  }
  const bytes =
    typeof result.content === 'string'
      ? Buffer.byteLength(result.content)
      : result.content.byteLength;
  const common = {
    format: payload.format,
    perspective: payload.as ?? 'facilitator',
    fileName: result.fileName,
    mediaType: result.mediaType,
    bytes,
  };
  if (target) {
    try {
      writeFileSync(target, result.content);
    } catch (error) {
      throw new ProtocolError(
        'internal',
        `Could not write ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
    return { ...common, file: target, content: null, encoding: null };
  }
  return typeof result.content === 'string'
    ? { ...common, file: null, content: result.content, encoding: 'utf8' }
    : {
        ...common,
        file: null,
        content: Buffer.from(result.content).toString('base64'),
        encoding: 'base64',
      };
}
