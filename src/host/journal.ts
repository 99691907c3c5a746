import { closeSync, fsyncSync, ftruncateSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { formatProblem, validateScenario } from '../core/scenario/load';
import type { Scenario } from '../core/scenario/schema';
import {
  applyCommand,
  command as commandSchema,
  replay,
  sessionConfig,
  validateSessionConfig,
  type ApplyResult,
  type LogEntry,
  type SessionConfig,
  type SessionState,
} from '../core/session';

/**
 * The session file and journal (docs/session-log.md): JSON Lines. The first line is a header
 * naming the format, its version, the full validated scenario and the session configuration;
 * every further line is one accepted log entry. A journal appends one line per accepted command
 * and fsyncs it before the command is acknowledged, so an acknowledged move survives a crash.
 */

export const SESSION_FILE_FORMAT = 'moot-council-session';
export const SESSION_FILE_VERSION = 1;
/** Larger files are refused before parsing (about 100,000 entries of ordinary size). */
export const MAX_SESSION_FILE_BYTES = 64 * 1024 * 1024;

export interface SessionFileHeader {
  format: typeof SESSION_FILE_FORMAT;
  version: typeof SESSION_FILE_VERSION;
  scenario: Scenario;
  config: SessionConfig;
}

/**
 * The header as read: other keys a host adds (e.g. when and how the session was created) are
 * kept but not needed, and `formatVersion` is read as `version`.
 */
const headerShape = z
  .looseObject({
    format: z.literal(SESSION_FILE_FORMAT),
    version: z.literal(SESSION_FILE_VERSION).optional(),
    formatVersion: z.literal(SESSION_FILE_VERSION).optional(),
    scenario: z.unknown(),
    config: sessionConfig,
  })
  .refine((h) => h.version !== undefined || h.formatVersion !== undefined, {
    message: `names no format version (expected "version": ${SESSION_FILE_VERSION})`,
    path: ['version'],
  });

const entryShape = commandSchema.extend({ seq: z.number().int().min(1) });

export interface SessionFile {
  header: SessionFileHeader;
  scenario: Scenario;
  config: SessionConfig;
  log: LogEntry[];
  /** The state replayed from the log. */
  state: SessionState;
  /** E.g. a truncated last line that was dropped. */
  warnings: string[];
}

export class SessionFileError extends Error {
  override name = 'SessionFileError';
}

export function sessionFileHeader(scenario: Scenario, config: SessionConfig): SessionFileHeader {
  return { format: SESSION_FILE_FORMAT, version: SESSION_FILE_VERSION, scenario, config };
}

/** One line of the file, with its newline. Entries put `seq` first. */
function headerLine(header: SessionFileHeader): string {
  return `${JSON.stringify(header)}\n`;
}

function entryLine(entry: LogEntry): string {
  const { seq, ...command } = entry;
  return `${JSON.stringify({ seq, ...command })}\n`;
}

export function serializeSession(header: SessionFileHeader, log: readonly LogEntry[]): string {
  return headerLine(header) + log.map(entryLine).join('');
}

function parseHeader(line: string, source: string): { header: SessionFileHeader; scenario: Scenario; config: SessionConfig } {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    throw new SessionFileError(`${source}: line 1: the header is not valid JSON; this is not a Moot Council session file or it is damaged.`);
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (format !== SESSION_FILE_FORMAT) {
    throw new SessionFileError(`${source}: line 1: not a Moot Council session file (format ${JSON.stringify(format)}).`);
  }
  const parsed = headerShape.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SessionFileError(`${source}: line 1: header ${issue.path.join('.') || ''} ${issue.message}`.trim());
  }
  const scenario = validateScenario(parsed.data.scenario);
  if (!scenario.ok) {
    throw new SessionFileError(`${source}: line 1: the scenario in the header is not valid: ${scenario.problems.map(formatProblem).join('; ')}`);
  }
  let config: SessionConfig;
  try {
    config = validateSessionConfig(scenario.scenario, parsed.data.config);
  } catch (error) {
    throw new SessionFileError(`${source}: line 1: ${(error as Error).message}`);
  }
  const header = { ...parsed.data, version: SESSION_FILE_VERSION, scenario: scenario.scenario, config } as SessionFileHeader;
  return { header, scenario: scenario.scenario, config };
}

function parseEntry(line: string): { ok: true; entry: LogEntry } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  const parsed = entryShape.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: `${issue.path.join('.')}: ${issue.message}` };
  }
  const { seq, ...command } = parsed.data;
  return { ok: true, entry: { seq, ...command } };
}

/**
 * Parses a session file's text. A damaged last line (a write cut short) is dropped with a
 * warning; damage anywhere else is an error naming the line. `goodLength` is the length in
 * characters of the text up to the end of the last good line.
 */
export function parseSessionText(text: string, source = 'session file'): SessionFile & { goodLength: number } {
  const lines: { text: string; start: number; end: number }[] = [];
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline + 1;
    lines.push({ text: text.slice(start, newline === -1 ? text.length : newline), start, end });
    start = end;
  }
  while (lines.length > 0 && lines[lines.length - 1]!.text.trim() === '') lines.pop();
  if (lines.length === 0) throw new SessionFileError(`${source}: the file is empty.`);
  const { header, scenario, config } = parseHeader(lines[0]!.text, source);
  const warnings: string[] = [];
  const log: LogEntry[] = [];
  let goodLength = lines[0]!.end;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const parsed = parseEntry(line.text);
    if (!parsed.ok) {
      if (i === lines.length - 1) {
        warnings.push(`${source}: line ${i + 1}: dropped a damaged last entry (${parsed.reason}); it was probably cut short by a crash and was never acknowledged.`);
        break;
      }
      throw new SessionFileError(`${source}: line ${i + 1}: damaged entry (${parsed.reason}); the file is corrupt before its last line.`);
    }
    log.push(parsed.entry);
    goodLength = line.end;
  }
  let state: SessionState;
  try {
    state = replay(scenario, config, log);
  } catch (error) {
    throw new SessionFileError(`${source}: ${(error as Error).message.replace(/^log entry (\d+)/, (_, n: string) => `line ${Number(n) + 1}`)}`);
  }
  return { header, scenario, config, log, state, warnings, goodLength };
}

function readText(path: string): string {
  const size = statSync(path).size;
  if (size > MAX_SESSION_FILE_BYTES) {
    throw new SessionFileError(`${path}: ${size} bytes is more than a session file may hold (${MAX_SESSION_FILE_BYTES}).`);
  }
  return readFileSync(path, 'utf8');
}

/** Reads and replays a session file without changing it. */
export function readSessionFile(path: string): SessionFile {
  const { goodLength: _goodLength, ...file } = parseSessionText(readText(path), path);
  return file;
}

function fsyncDirectory(path: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dirname(path), 'r');
    fsyncSync(fd);
  } catch {
    // Some platforms (Windows) cannot open or fsync a directory; the rename is still atomic there.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function writeAll(fd: number, text: string): void {
  const buffer = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < buffer.length) offset += writeSync(fd, buffer, offset, buffer.length - offset);
}

/**
 * Writes a whole session file atomically: a temporary file beside it, fsynced, then renamed over
 * the target. A failed write leaves the previous file as it was.
 */
export function writeSessionFile(path: string, header: SessionFileHeader, log: readonly LogEntry[]): void {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeAll(fd, serializeSession(header, log));
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // already gone
    }
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, path);
  fsyncDirectory(path);
}

/**
 * An open journal: the session's current state, and the file each accepted command is appended
 * to. Not safe for two processes at once: the host owns a journal exclusively.
 */
export class Journal {
  private fd: number | null;
  private current: SessionState;
  /** Bytes in the file: where the next entry goes. */
  private bytes: number;

  private constructor(
    readonly path: string,
    readonly header: SessionFileHeader,
    state: SessionState,
    fd: number,
    bytes: number,
    readonly warnings: string[],
  ) {
    this.current = state;
    this.fd = fd;
    this.bytes = bytes;
  }

  get scenario(): Scenario {
    return this.header.scenario;
  }

  get state(): SessionState {
    return this.current;
  }

  get log(): LogEntry[] {
    return this.current.log;
  }

  /** Starts a new journal; refuses to overwrite an existing file. */
  static create(path: string, scenario: Scenario, config: SessionConfig, state?: SessionState): Journal {
    const validConfig = validateSessionConfig(scenario, config);
    const header = sessionFileHeader(scenario, validConfig);
    const initial = state ?? replay(scenario, validConfig, []);
    const fd = openSync(path, 'wx');
    const text = serializeSession(header, initial.log);
    try {
      writeAll(fd, text);
      fsyncSync(fd);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
    fsyncDirectory(path);
    return new Journal(path, header, initial, fd, Buffer.byteLength(text, 'utf8'), []);
  }

  /**
   * Reopens a journal: replays it to the identical state; a damaged last line is dropped with a
   * warning and cut from the file, so the next entry starts on a clean line.
   */
  static open(path: string): Journal {
    const text = readText(path);
    const parsed = parseSessionText(text, path);
    const fd = openSync(path, 'r+');
    let bytes = Buffer.byteLength(text.slice(0, parsed.goodLength), 'utf8');
    try {
      if (bytes !== Buffer.byteLength(text, 'utf8')) {
        ftruncateSync(fd, bytes);
        fsyncSync(fd);
      }
      if (!text.slice(0, parsed.goodLength).endsWith('\n')) {
        bytes += writeSync(fd, '\n', bytes);
        fsyncSync(fd);
      }
    } catch (error) {
      closeSync(fd);
      throw error;
    }
    return new Journal(path, parsed.header, parsed.state, fd, bytes, parsed.warnings);
  }

  /**
   * Applies a command; if accepted, its entry is written and fsynced before this returns, and
   * only then does the journal's state move on. A rejected command writes nothing.
   */
  submit(command: unknown): ApplyResult {
    const result = applyCommand(this.header.scenario, this.current, command);
    if (!result.ok) return result;
    this.appendEntry(result.entry);
    this.current = result.state;
    return result;
  }

  /**
   * Writes one entry at the end of the file and fsyncs it (low level: submit() calls it). If the
   * write fails, the file is cut back to its last complete entry and the error is thrown.
   */
  appendEntry(entry: LogEntry): void {
    if (this.fd === null) throw new Error(`${this.path}: the journal is closed.`);
    const line = Buffer.from(entryLine(entry), 'utf8');
    try {
      let written = 0;
      while (written < line.length) written += writeSync(this.fd, line, written, line.length - written, this.bytes + written);
      fsyncSync(this.fd);
    } catch (error) {
      try {
        ftruncateSync(this.fd, this.bytes);
      } catch {
        // reopening drops a damaged last line anyway
      }
      throw error;
    }
    this.bytes += line.length;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

export function createJournal(path: string, scenario: Scenario, config: SessionConfig): Journal {
  return Journal.create(path, scenario, config);
}

export function openJournal(path: string): Journal {
  return Journal.open(path);
}

export function appendEntry(journal: Journal, entry: LogEntry): void {
  journal.appendEntry(entry);
}
