import { closeSync, existsSync, fsyncSync, ftruncateSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { formatProblem, validateScenario } from '../core/scenario/load';
import type { Scenario } from '../core/scenario/schema';
import { stateName } from '../core/scenario/membership';
import { EVENT_LABELS } from '../core/session/labels';
import { formatDateTime } from '../core/transcript/text';
import {
  applyCommand,
  command as commandSchema,
  replay,
  replayEntries,
  sessionConfig,
  validateSessionConfig,
  type ApplyResult,
  type LogEntry,
  type SessionConfig,
  type SessionState,
} from '../core/session';
import { fsyncDirectory, writeAll, writeFileAtomically } from './atomic-write';
import { CHAIN_ALGORITHM, chainStart, nextLink, splitHash, withHash } from './record-chain';
import { SessionLock } from './session-lock';
import { SNAPSHOT_FORMAT, SNAPSHOT_INTERVAL, fitsSession, readSnapshot, removeSnapshot, sameJson, writeSnapshot, type SessionSnapshot, type SnapshotState } from './snapshot';

/**
 * The session file and journal (docs/session-log.md): JSON Lines. The first line is a header
 * naming the format, its version, the full validated scenario and the session configuration;
 * every further line is one accepted log entry, ending with a hash chained to the previous one
 * (tamper evidence). A journal appends one line per accepted command and fsyncs it before the
 * command is acknowledged, so an acknowledged move survives a crash.
 */

export const SESSION_FILE_FORMAT = 'moot-council-session';
export const SESSION_FILE_VERSION = 1;
/** Larger files are refused before parsing (about 100,000 entries of ordinary size). */
export const MAX_SESSION_FILE_BYTES = 64 * 1024 * 1024;
/** What Notepad and some editors put at the start of a UTF-8 file. */
const BYTE_ORDER_MARK = '\uFEFF';

export interface SessionFileHeader {
  format: typeof SESSION_FILE_FORMAT;
  version: typeof SESSION_FILE_VERSION;
  /** Entries carry a hash chained from this header (files written before tamper evidence have none). */
  chain?: typeof CHAIN_ALGORITHM;
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

/**
 * Whether the record is as Moot Council wrote it (docs/session-log.md §2.1): `verified` when every
 * entry's hash chains from the header, `edited` when some entry's does not (the file was changed
 * outside Moot Council, or damaged), `unverified` when it was written before tamper evidence.
 */
export interface RecordIntegrity {
  status: 'verified' | 'edited' | 'unverified';
  /** One sentence in words, for the user. */
  summary: string;
  /** Numbers (1, 2, …) of the entries whose hash does not match. */
  editedEntries: number[];
  /** How many entries were written before tamper evidence (no hash, in a file that declares no chain). */
  legacyEntries: number;
  /** The hash the last entry (or, with none, the header) leaves the chain at. */
  head: string;
}

/**
 * A damaged last line that was left out of the session. `complete` tells a line that ended with
 * its newline (a whole entry, which may have been acknowledged, damaged afterwards) from a torn
 * one (a write cut short by a crash, never acknowledged).
 */
export interface DamagedTail {
  /** Line number in the file (1 = the header). */
  line: number;
  /** The entry number it would have had. */
  entry: number;
  complete: boolean;
  /** What is wrong with it. */
  reason: string;
  /** The text left out (from the end of the last good entry to the end of the file). */
  text: string;
  bytes: number;
}

export interface SessionFile {
  header: SessionFileHeader;
  scenario: Scenario;
  config: SessionConfig;
  log: LogEntry[];
  /** The state replayed from the log. */
  state: SessionState;
  /** Notices in words (e.g. a damaged last line that was left out), without the file's name. */
  warnings: string[];
  integrity: RecordIntegrity;
  damagedTail: DamagedTail | null;
}

/** A session file that cannot be read; the message is in words and does not repeat the file's name. */
export class SessionFileError extends Error {
  override name = 'SessionFileError';
}

export function sessionFileHeader(scenario: Scenario, config: SessionConfig): SessionFileHeader {
  return { format: SESSION_FILE_FORMAT, version: SESSION_FILE_VERSION, chain: CHAIN_ALGORITHM, scenario, config };
}

/** One line of the file, with its newline. Entries put `seq` first and `hash` last. */
function headerLine(header: SessionFileHeader): string {
  return `${JSON.stringify(header)}\n`;
}

function entryLine(entry: LogEntry, previous: string): { line: string; hash: string } {
  const { seq, ...command } = entry;
  const body = JSON.stringify({ seq, ...command });
  const hash = nextLink(previous, body);
  return { line: `${withHash(body, hash)}\n`, hash };
}

/** The file's text, and the hash its chain ends at (where the next entry chains from). */
function serializeChained(header: SessionFileHeader, log: readonly LogEntry[]): { text: string; head: string } {
  const first = headerLine(header);
  let head = chainStart(first.slice(0, -1));
  let text = first;
  for (const entry of log) {
    const { line, hash } = entryLine(entry, head);
    text += line;
    head = hash;
  }
  return { text, head };
}

export function serializeSession(header: SessionFileHeader, log: readonly LogEntry[]): string {
  return serializeChained(header, log).text;
}

function parseHeader(line: string): { header: SessionFileHeader; scenario: Scenario; config: SessionConfig } {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    throw new SessionFileError(`line 1: the header is not valid JSON; this is not a Moot Council session file or it is damaged.`);
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (format === SNAPSHOT_FORMAT) {
    throw new SessionFileError('line 1: this is a snapshot kept beside a session file to reopen it quickly, not a session file; use the session file itself.');
  }
  if (format !== SESSION_FILE_FORMAT) {
    throw new SessionFileError(`line 1: not a Moot Council session file (format ${JSON.stringify(format)}).`);
  }
  const parsed = headerShape.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SessionFileError(`line 1: header ${issue.path.join('.') || ''} ${issue.message}`.replace(/\s+/g, ' ').trim());
  }
  const scenario = validateScenario(parsed.data.scenario);
  if (!scenario.ok) {
    throw new SessionFileError(`line 1: the scenario in the header is not valid: ${scenario.problems.map(formatProblem).join('; ')}`);
  }
  let config: SessionConfig;
  try {
    config = validateSessionConfig(scenario.scenario, parsed.data.config);
  } catch (error) {
    throw new SessionFileError(`line 1: ${(error as Error).message}`);
  }
  const header = { ...parsed.data, version: SESSION_FILE_VERSION, scenario: scenario.scenario, config } as SessionFileHeader;
  return { header, scenario: scenario.scenario, config };
}

function parseEntry(body: string): { ok: true; entry: LogEntry } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(body);
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

interface Line {
  /** The line's text without its line ending and surrounding white space. */
  text: string;
  number: number;
  start: number;
  end: number;
  /** Whether it ended with a newline. */
  terminated: boolean;
}

/** The file's lines that are not blank (a blank line, or a Windows line ending, is tolerated). */
function contentLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let number = 1; start < text.length; number += 1) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline + 1;
    const content = text.slice(start, newline === -1 ? text.length : newline).trim();
    if (content !== '') lines.push({ text: content, number, start, end, terminated: newline !== -1 });
    start = end;
  }
  return lines;
}

/** "entry 12 (Voting, by Russia, 2031-03-01 10:02:00 UTC)". */
function describeEntry(scenario: Scenario, config: SessionConfig, number: number, entry: LogEntry): string {
  const seat = config.seats.find((s) => s.id === entry.by);
  const who = seat ? (seat.name ?? (seat.state ? stateName(scenario, seat.state) : 'the facilitator')) : entry.by;
  return `entry ${number} (${EVENT_LABELS[entry.event.type]}, by ${who}, ${formatDateTime(entry.at)})`;
}

const EDITED_ENTRIES_NAMED = 3;

function unverifiedSummary(legacy: number, entries: number): string {
  return legacy === entries
    ? 'Unverified: this record was written before tamper evidence, so changes to it cannot be detected.'
    : `Unverified: ${legacy} of its ${entries} entries were written before tamper evidence, so changes to them cannot be detected.`;
}

function verifiedSummary(entries: number): string {
  return `Verified: the record's ${entries} ${entries === 1 ? 'entry is' : 'entries are'} as Moot Council wrote them (the tamper-evidence chain is intact).`;
}

function integrityOf(
  declaresChain: boolean,
  entries: number,
  unhashed: number[],
  mismatched: { number: number; described: string }[],
  head: string,
): RecordIntegrity {
  if (mismatched.length > 0 || (declaresChain && unhashed.length > 0)) {
    const broken = [...mismatched.map((m) => m.number), ...(declaresChain ? unhashed : [])].sort((a, b) => a - b);
    const first = mismatched[0];
    const where =
      first && first.number === broken[0]
        ? `${first.described} does not match the record's tamper-evidence chain${first.number === 1 ? ' (or the header before it, with the scenario, the seats and the seed, was changed)' : ''}`
        : `entry ${broken[0]} has lost its hash`;
    const others = broken.slice(1, 1 + EDITED_ENTRIES_NAMED);
    const more = broken.length - 1 - others.length;
    return {
      status: 'edited',
      summary:
        `Edited outside Moot Council: ${where}${others.length > 0 ? `; so ${others.length === 1 && more === 0 ? 'does entry' : 'do entries'} ${others.join(', ')}${more > 0 ? ` and ${more} more` : ''}` : ''}. ` +
        'The record may not be what was played; the session opens, marked unverified.',
      editedEntries: broken,
      legacyEntries: declaresChain ? 0 : unhashed.length,
      head,
    };
  }
  if (unhashed.length > 0) {
    return { status: 'unverified', summary: unverifiedSummary(unhashed.length, entries), editedEntries: [], legacyEntries: unhashed.length, head };
  }
  return { status: 'verified', summary: verifiedSummary(entries), editedEntries: [], legacyEntries: 0, head };
}

/** The notice for a damaged last line, in words; `keptIn` is where it was set aside, if anywhere. */
export function damagedTailNotice(tail: DamagedTail, keptIn: string | null): string {
  const where = `line ${tail.line}, ${tail.bytes} bytes`;
  const kept = keptIn ? ` It was left out of the session and kept, unchanged, in ${keptIn}.` : ' It was left out of this reading; the file itself is unchanged.';
  if (!tail.complete) {
    return `The last line (${where}) was cut short without an end of line: a write interrupted by a crash, which was never acknowledged.${kept}`;
  }
  return (
    `The last entry (entry ${tail.entry}, ${where}) is complete but damaged (${tail.reason}): it may have been an acknowledged move damaged afterwards, not a crash leftover.${kept}` +
    ' Check it before playing on.'
  );
}

/** A session file's text read and its chain checked, before (or without) a replay. */
interface ScannedRecord {
  header: SessionFileHeader;
  scenario: Scenario;
  config: SessionConfig;
  log: LogEntry[];
  integrity: RecordIntegrity;
  damagedTail: DamagedTail | null;
  warnings: string[];
  goodLength: number;
  bom: boolean;
  /** The line number in the file of each entry (index 0: the header's). */
  lineNumbers: number[];
  /** The hash, as written, of the entry `trustedPrefix.seq`, and whether every link up to it holds. */
  prefix: { seq: number; hash: string | null; intact: boolean };
}

/**
 * Reads the lines of a session file and checks its chain. The first `lightEntries` entries (not
 * the last line) are only parsed as JSON, not validated against the schemas: the journal does so
 * when a verified snapshot stands for them, and checks them by replay before trusting it.
 */
function scanSessionText(raw: string, lightEntries = 0): ScannedRecord {
  const bom = raw.startsWith(BYTE_ORDER_MARK);
  const text = bom ? raw.slice(BYTE_ORDER_MARK.length) : raw;
  const lines = contentLines(text);
  if (lines.length === 0) throw new SessionFileError('the file is empty.');
  const headerText = lines[0]!;
  const { header, scenario, config } = parseHeader(headerText.text);
  const declaresChain = (header as { chain?: unknown }).chain === CHAIN_ALGORITHM;
  const log: LogEntry[] = [];
  const unhashed: number[] = [];
  const mismatched: { number: number; described: string }[] = [];
  let damagedTail: DamagedTail | null = null;
  let head = chainStart(headerText.text);
  let goodLength = headerText.end;
  const prefix = { seq: lightEntries, hash: null as string | null, intact: declaresChain };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const number = i;
    const { body, claimed } = splitHash(line.text);
    const last = i === lines.length - 1;
    const parsed = number <= lightEntries && !last ? parseEntryLightly(body, number) : parseEntry(body);
    if (!parsed.ok) {
      if (last) {
        const left = text.slice(goodLength);
        damagedTail = { line: line.number, entry: number, complete: line.terminated, reason: parsed.reason, text: left, bytes: Buffer.byteLength(left, 'utf8') };
        break;
      }
      throw new SessionFileError(`line ${line.number}: damaged entry (${parsed.reason}); the file is corrupt before its last line.`);
    }
    const link = nextLink(head, body);
    if (claimed === null) unhashed.push(number);
    else if (claimed !== link) mismatched.push({ number, described: describeEntry(scenario, config, number, parsed.entry) });
    if (number <= lightEntries && claimed !== link) prefix.intact = false;
    // Later entries chain from the hash as written, so each changed entry is named on its own.
    head = claimed ?? link;
    if (number === lightEntries) prefix.hash = claimed;
    log.push(parsed.entry);
    goodLength = line.end;
  }
  const integrity = integrityOf(declaresChain, log.length, unhashed, mismatched, head);
  const warnings = damagedTail ? [damagedTailNotice(damagedTail, null)] : [];
  const lineNumbers = lines.map((l) => l.number);
  return { header, scenario, config, log, integrity, damagedTail, warnings, goodLength, bom, lineNumbers, prefix };
}

/** An entry a verified snapshot stands for: JSON with its number, checked by replay later. */
function parseEntryLightly(body: string, number: number): { ok: true; entry: LogEntry } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  if ((data as { seq?: unknown } | null)?.seq !== number) return parseEntry(body);
  return { ok: true, entry: data as LogEntry };
}

/** A record scanned with every entry validated (no snapshot's light prefix): zod has run once, the rules run here. */
function replayRecord(record: ScannedRecord): SessionState {
  try {
    return replayEntries(record.scenario, record.config, record.log);
  } catch (error) {
    throw new SessionFileError((error as Error).message.replace(/^log entry (\d+)/, (_, n: string) => `line ${record.lineNumbers[Number(n)] ?? Number(n) + 1}`));
  }
}

/**
 * Parses a session file's text. A byte-order mark, blank lines and Windows line endings are
 * tolerated. A damaged last line is left out (reported in `damagedTail` and a warning); damage
 * anywhere else is an error naming the line. Every entry's hash is checked against the chain
 * (`integrity`). `goodLength` is the length in characters, BOM excluded, of the text up to the
 * end of the last good line.
 */
export function parseSessionText(raw: string): SessionFile & { goodLength: number; bom: boolean } {
  const scanned = scanSessionText(raw);
  const { lineNumbers: _lines, prefix: _prefix, ...file } = scanned;
  return { ...file, state: replayRecord(scanned) };
}

function readText(path: string): string {
  const size = statSync(path).size;
  if (size > MAX_SESSION_FILE_BYTES) {
    throw new SessionFileError(`${size} bytes is more than a session file may hold (${MAX_SESSION_FILE_BYTES}).`);
  }
  return readFileSync(path, 'utf8');
}

/** Reads and replays a session file without changing it (and without its lock: reading is safe). */
export function readSessionFile(path: string): SessionFile {
  const { goodLength: _goodLength, bom: _bom, ...file } = parseSessionText(readText(path));
  return file;
}

/**
 * Writes a whole session file atomically: a temporary file beside it, fsynced, then renamed over
 * the target. A failed write leaves the previous file as it was.
 */
export function writeSessionFile(path: string, header: SessionFileHeader, log: readonly LogEntry[]): void {
  writeFileAtomically(path, serializeSession(header, log));
}

/** "kestria.damaged-20310301-100200.jsonl" beside "kestria.moot.jsonl": never an existing file. */
function sidecarPath(path: string, now: Date): string {
  const stem = basename(path).replace(/(\.moot)?\.jsonl$/, '');
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  let candidate = join(dirname(path), `${stem}.damaged-${stamp}.jsonl`);
  for (let n = 2; existsSync(candidate); n += 1) candidate = join(dirname(path), `${stem}.damaged-${stamp}-${n}.jsonl`);
  return candidate;
}

/** Keeps a damaged last line in a file of its own, on disk before the session file is cut. */
function setAside(path: string, tail: DamagedTail): string {
  const sidecar = sidecarPath(path, new Date());
  const fd = openSync(sidecar, 'wx');
  try {
    writeAll(fd, tail.text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  fsyncDirectory(sidecar);
  return sidecar;
}

/** What reopening made of the snapshot beside the file (docs/session-log.md §2.3). */
export type SnapshotUse =
  | { kind: 'none' }
  | { kind: 'rejected'; reason: string }
  /** Used: the state after entry `seq`, then `tail` entries applied one by one. */
  | { kind: 'used'; seq: number; tail: number };

export interface JournalOpenOptions {
  /** The file's lock, already taken (Save As takes it before copying). */
  lock?: SessionLock;
  /**
   * Told, in words, when the snapshot the session was opened from did not match the replay of
   * its record and the journal's state was corrected (or when the record could not be replayed).
   */
  onSnapshotDiscarded?: (notice: string) => void;
}

/** A snapshot in use that the replay of its record has not yet confirmed. */
interface UnverifiedSnapshot {
  seq: number;
  /** The record's entries up to the snapshot, as read (validated by the replay). */
  prefix: LogEntry[];
  claimed: SnapshotState;
}

type FromSnapshot = { ok: true; record: ScannedRecord; state: SessionState; unverified: UnverifiedSnapshot } | { ok: false; reason: string };

/**
 * Opens a record from its snapshot: the snapshot must name this record's entry (its seq and its
 * hash as written, in a chain intact from the header), have the shape of this session's state,
 * and take the entries after it. Anything else and the record is replayed in full instead.
 */
function fromSnapshot(raw: string, snapshot: SessionSnapshot): FromSnapshot {
  let record: ScannedRecord;
  try {
    record = scanSessionText(raw, snapshot.seq);
  } catch {
    return { ok: false, reason: 'the record cannot be read with it' };
  }
  if (snapshot.seq > record.log.length) return { ok: false, reason: `it was taken after entry ${snapshot.seq}, and the record now ends at entry ${record.log.length}` };
  if (record.integrity.status !== 'verified' || !record.prefix.intact) return { ok: false, reason: 'the record is not as Moot Council wrote it' };
  if (record.prefix.hash !== snapshot.hash) return { ok: false, reason: `it belongs to another record (entry ${snapshot.seq} has another hash)` };
  if (!fitsSession(snapshot.state, record.scenario, record.config)) return { ok: false, reason: "it does not hold this session's state" };
  const prefix = record.log.slice(0, snapshot.seq);
  let state = { ...snapshot.state, log: prefix } as SessionState;
  try {
    for (const entry of record.log.slice(snapshot.seq)) {
      const { seq, ...command } = entry;
      const applied = applyCommand(record.scenario, state, command);
      if (!applied.ok || applied.entry.seq !== seq) return { ok: false, reason: `entry ${seq} does not apply to it` };
      state = applied.state;
    }
  } catch {
    return { ok: false, reason: 'the entries after it do not apply to it' };
  }
  return { ok: true, record, state, unverified: { seq: snapshot.seq, prefix, claimed: snapshot.state } };
}

/**
 * An open journal: the session's current state, and the file each accepted command is appended
 * to. It holds the file's lock (src/host/session-lock.ts) until closed: no other journal, in
 * this process or another, may write the same file meanwhile. Beside the file it keeps a
 * snapshot of the state, every SNAPSHOT_INTERVAL entries and on closing, so reopening replays
 * only the entries after it.
 */
export class Journal {
  private fd: number | null;
  private current: SessionState;
  /** Bytes in the file: where the next entry goes. */
  private bytes: number;
  /** The hash of the last entry (or of the header): the next entry chains from it. */
  private head: string;
  /** Entries in the file (the chain's head is the hash of entry number `entries`). */
  private entries: number;
  /** The entry the snapshot on disk was taken after (0: none of this journal's). */
  private snapshotSeq = 0;
  private snapshotScheduled = false;
  /** Set while the session runs on a snapshot that its record's replay has not yet confirmed. */
  private unverified: UnverifiedSnapshot | null = null;
  /** Why the record cannot go on (its replay failed when checking a snapshot); null if it can. */
  private failure: string | null = null;
  private onSnapshotDiscarded: ((notice: string) => void) | undefined;
  /** What opening made of the snapshot beside the file. */
  snapshotUse: SnapshotUse = { kind: 'none' };

  private constructor(
    readonly path: string,
    readonly header: SessionFileHeader,
    state: SessionState,
    fd: number,
    bytes: number,
    head: string,
    private readonly lock: SessionLock,
    /** Notices in words for the user (e.g. a damaged last line set aside). */
    readonly warnings: string[],
    /** Whether the record was as Moot Council wrote it when opened. */
    private readonly opened: RecordIntegrity,
    /** Where a damaged last line was kept, if one was set aside on opening. */
    readonly sidecar: string | null = null,
  ) {
    this.current = state;
    this.fd = fd;
    this.bytes = bytes;
    this.head = head;
    this.entries = state.log.length;
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

  /** The record's integrity now: as it was when opened, counting the entries chained since. */
  get integrity(): RecordIntegrity {
    const entries = this.current.log.length;
    const { status, legacyEntries } = this.opened;
    const summary =
      status === 'verified' ? verifiedSummary(entries) : status === 'unverified' ? unverifiedSummary(legacyEntries, entries) : this.opened.summary;
    return { ...this.opened, summary, head: this.head };
  }

  /** Starts a new journal; refuses to overwrite an existing file. */
  static create(path: string, scenario: Scenario, config: SessionConfig, state?: SessionState): Journal {
    const validConfig = validateSessionConfig(scenario, config);
    const initial = state ?? replay(scenario, validConfig, []);
    return Journal.start(path, sessionFileHeader(scenario, validConfig), initial);
  }

  /**
   * Starts a new journal with a given header (a host adds its notes to it) and the state its
   * log leads to; takes the file's lock first and refuses to overwrite an existing file.
   */
  static start(path: string, header: SessionFileHeader, state: SessionState): Journal {
    const lock = SessionLock.take(path);
    try {
      const fd = openSync(path, 'wx');
      const { text, head } = serializeChained(header, state.log);
      try {
        writeAll(fd, text);
        fsyncSync(fd);
      } catch (error) {
        closeSync(fd);
        throw error;
      }
      fsyncDirectory(path);
      // A snapshot left by an earlier file of this name belongs to another record.
      removeSnapshot(path);
      const integrity: RecordIntegrity = { status: 'verified', summary: verifiedSummary(state.log.length), editedEntries: [], legacyEntries: 0, head };
      return new Journal(path, header, state, fd, Buffer.byteLength(text, 'utf8'), head, lock, [], integrity);
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  /**
   * Reopens a journal: takes the file's lock and rebuilds the state, from the snapshot beside
   * the file if one fits it (then checked by replaying the record before any move is judged on
   * it), else by replaying the whole record. A damaged last line is moved to a file of its own
   * beside the session (never deleted) and reported in `warnings`; then it is cut from the file
   * so the next entry starts on a clean line.
   */
  static open(path: string, options: JournalOpenOptions = {}): Journal {
    const lock = options.lock ?? SessionLock.take(path);
    try {
      const journal = Journal.openLocked(path, lock);
      journal.onSnapshotDiscarded = options.onSnapshotDiscarded;
      return journal;
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  private static openLocked(path: string, lock: SessionLock): Journal {
    const raw = readText(path);
    const reading = readSnapshot(path);
    const usable = reading && 'snapshot' in reading ? fromSnapshot(raw, reading.snapshot) : null;
    const record = usable?.ok ? usable.record : scanSessionText(raw);
    const state = usable?.ok ? usable.state : replayRecord(record);
    const bomBytes = record.bom ? Buffer.byteLength(BYTE_ORDER_MARK, 'utf8') : 0;
    const text = record.bom ? raw.slice(BYTE_ORDER_MARK.length) : raw;
    let sidecar: string | null = null;
    const warnings: string[] = [];
    if (record.damagedTail) {
      sidecar = setAside(path, record.damagedTail);
      warnings.push(damagedTailNotice(record.damagedTail, basename(sidecar)));
    }
    const fd = openSync(path, 'r+');
    let bytes = bomBytes + Buffer.byteLength(text.slice(0, record.goodLength), 'utf8');
    try {
      if (bytes !== Buffer.byteLength(raw, 'utf8')) {
        ftruncateSync(fd, bytes);
        fsyncSync(fd);
      }
      if (!text.slice(0, record.goodLength).endsWith('\n')) {
        bytes += writeSync(fd, '\n', bytes);
        fsyncSync(fd);
      }
    } catch (error) {
      closeSync(fd);
      throw error;
    }
    const journal = new Journal(path, record.header, state, fd, bytes, record.integrity.head, lock, warnings, record.integrity, sidecar);
    if (usable?.ok) {
      const { seq } = usable.unverified;
      journal.snapshotUse = { kind: 'used', seq, tail: state.log.length - seq };
      journal.snapshotSeq = seq;
      journal.unverified = usable.unverified;
      // Checked once the host is free; a move that comes first waits for the check (submit).
      setImmediate(() => journal.verifySnapshot());
    } else {
      journal.snapshotUse = reading === null ? { kind: 'none' } : { kind: 'rejected', reason: 'rejected' in reading ? reading.rejected : (usable as { reason: string }).reason };
      journal.saveSnapshot();
    }
    return journal;
  }

  /** Whether snapshots serve this record: only one whose chain is intact ever uses one. */
  private get snapshotsServe(): boolean {
    return this.opened.status === 'verified';
  }

  /**
   * Checks the snapshot the session was opened from by replaying the record up to it (every
   * entry validated, every rule applied). If the states differ, the snapshot is discarded, the
   * replayed state is the session's from now on, and the facilitator is told. Runs once.
   */
  verifySnapshot(): void {
    const pending = this.unverified;
    if (!pending || this.fd === null) return;
    this.unverified = null;
    let truth: SessionState;
    try {
      truth = replay(this.scenario, this.header.config, pending.prefix);
    } catch (error) {
      this.failure = `This record cannot be replayed (${(error as Error).message}), so no further move is recorded in it. Close it and check the file with moot-council verify.`;
      this.tell(this.failure);
      return;
    }
    if (sameJson(truth, { ...pending.claimed, log: pending.prefix })) return;
    removeSnapshot(this.path);
    this.snapshotSeq = 0;
    for (const entry of this.current.log.slice(pending.seq)) {
      const { seq, ...command } = entry;
      const applied = applyCommand(this.scenario, truth, command);
      if (!applied.ok) {
        this.failure = `This record cannot be replayed (entry ${seq} is rejected: ${applied.reason}), so no further move is recorded in it.`;
        this.tell(this.failure);
        return;
      }
      truth = applied.state;
    }
    this.current = truth;
    this.tell(
      `The saved snapshot of this session (after entry ${pending.seq}) did not match a replay of its record, so it was discarded: ` +
        'the session now shows the record as replayed. Check the screens before playing on.',
    );
    this.saveSnapshot();
  }

  private tell(notice: string): void {
    this.warnings.push(notice);
    this.onSnapshotDiscarded?.(notice);
  }

  /** Writes a snapshot of the state now, if it is confirmed and newer than the one on disk. */
  private saveSnapshot(): void {
    const seq = this.current.log.length;
    if (this.fd === null || this.unverified || this.failure || !this.snapshotsServe) return;
    if (seq === 0 || seq === this.snapshotSeq || seq !== this.entries) return;
    try {
      writeSnapshot(this.path, seq, this.head, this.current);
      this.snapshotSeq = seq;
    } catch {
      // A snapshot is a cache: without it the next opening replays more of the record.
    }
  }

  /** A snapshot is written after the move's reply has gone, never before it. */
  private scheduleSnapshot(): void {
    if (this.snapshotScheduled || this.current.log.length - this.snapshotSeq < SNAPSHOT_INTERVAL) return;
    this.snapshotScheduled = true;
    setImmediate(() => {
      this.snapshotScheduled = false;
      this.saveSnapshot();
    });
  }

  /**
   * Applies a command; if accepted, its entry is written and fsynced before this returns, and
   * only then does the journal's state move on. A rejected command writes nothing. A move is
   * never judged on an unconfirmed snapshot: the replay check runs first if it has not yet.
   */
  submit(command: unknown): ApplyResult {
    this.verifySnapshot();
    if (this.failure) throw new Error(this.failure);
    const result = applyCommand(this.header.scenario, this.current, command);
    if (!result.ok) return result;
    this.appendEntry(result.entry);
    this.current = result.state;
    if (this.snapshotsServe) this.scheduleSnapshot();
    return result;
  }

  /**
   * Writes one entry at the end of the file and fsyncs it (low level: submit() calls it). If the
   * write fails, the file is cut back to its last complete entry and the error is thrown.
   */
  appendEntry(entry: LogEntry): void {
    if (this.fd === null) throw new Error('the journal is closed.');
    const { line: text, hash } = entryLine(entry, this.head);
    const line = Buffer.from(text, 'utf8');
    try {
      let written = 0;
      while (written < line.length) written += writeSync(this.fd, line, written, line.length - written, this.bytes + written);
      fsyncSync(this.fd);
    } catch (error) {
      try {
        ftruncateSync(this.fd, this.bytes);
      } catch {
        // reopening sets a damaged last line aside anyway
      }
      throw error;
    }
    this.bytes += line.length;
    this.head = hash;
    this.entries += 1;
  }

  /**
   * Copies the record as it stands, byte for byte (its chain included), to another file
   * atomically, with a snapshot of the confirmed state beside it.
   */
  copyTo(path: string): void {
    if (this.fd === null) throw new Error('the journal is closed.');
    writeFileAtomically(path, readFileSync(this.path, 'utf8'));
    removeSnapshot(path);
    const seq = this.current.log.length;
    if (this.unverified || this.failure || !this.snapshotsServe || seq === 0 || seq !== this.entries) return;
    try {
      writeSnapshot(path, seq, this.head, this.current);
    } catch {
      // the copy replays in full when opened
    }
  }

  /** Writes a last snapshot, closes the file and gives up its lock. */
  close(): void {
    this.saveSnapshot();
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.lock.release();
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
