import { readFileSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Scenario } from '../core/scenario/schema';
import { createSession, type SessionConfig, type SessionState } from '../core/session';
import { writeFileAtomically } from './atomic-write';
import { appVersion } from './paths';
import { realSessionPath } from './session-lock';

/**
 * Snapshots (docs/session-log.md §2.3): a file beside the session file holding the state its
 * record had reached after a given entry, so that reopening replays only the entries after it.
 * A snapshot is a cache, never evidence: the journal uses it only when it names the very entry
 * (seq and chain hash) of this file it was taken after, and checks it against a replay of the
 * record before any move is judged on it (src/host/journal.ts).
 */

export const SNAPSHOT_FORMAT = 'moot-council-snapshot';
export const SNAPSHOT_VERSION = 1;

/**
 * A snapshot is written after every this many entries (and when the session is closed). After a
 * crash, reopening applies at most this many entries one by one (applyCommand copies the long
 * lists, some seventy times an entry of a replay at 20,000 entries): such a tail keeps reopening
 * within three times the time of reading the file (src/bench/reopen.bench.ts). Writing one costs
 * a serialisation and an fsync of the state once every this many moves, after the move's reply.
 */
export const SNAPSHOT_INTERVAL = 50;

/** Larger snapshot files are not read (a session file may hold 64 MB; its state is smaller). */
const MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024;
const CHAIN_HASH = /^[0-9a-f]{64}$/;

/** The state without its log: the log is the session file's, never copied here. */
export type SnapshotState = Omit<SessionState, 'log'>;

export interface SessionSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  /** The program that wrote it: a snapshot from another version of the rules is not used. */
  program: string;
  /** The entry it was taken after. */
  seq: number;
  /** That entry's hash in the session file's chain: ties the snapshot to this record. */
  hash: string;
  state: SnapshotState;
}

/** `.kestria.moot.jsonl.snapshot.json` beside `kestria.moot.jsonl` (its real path, like its lock). */
export function snapshotPath(sessionPath: string): string {
  const real = realSessionPath(sessionPath);
  return join(dirname(real), `.${basename(real)}.snapshot.json`);
}

/** This program's mark on its snapshots: the snapshot format and the program version. */
export function programMark(): string {
  return `moot-council ${appVersion()} snapshot ${SNAPSHOT_VERSION}`;
}

export type SnapshotReading = { snapshot: SessionSnapshot } | { rejected: string } | null;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the snapshot beside a session file: null if there is none, `rejected` (with the reason)
 * if it is unreadable, from another program version, or malformed. Whether it belongs to this
 * record is checked by the journal against the file's chain.
 */
export function readSnapshot(sessionPath: string): SnapshotReading {
  const path = snapshotPath(sessionPath);
  let text: string;
  try {
    if (statSync(path).size > MAX_SNAPSHOT_BYTES) return { rejected: 'it is larger than a snapshot may be' };
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : { rejected: `it cannot be read (${(error as Error).message})` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { rejected: 'it is not valid JSON' };
  }
  if (!isRecord(data) || data.format !== SNAPSHOT_FORMAT || data.version !== SNAPSHOT_VERSION) return { rejected: 'it is not a Moot Council snapshot' };
  if (data.program !== programMark()) return { rejected: 'it was written by another version of Moot Council' };
  if (!Number.isSafeInteger(data.seq) || (data.seq as number) < 1) return { rejected: 'it names no entry' };
  if (typeof data.hash !== 'string' || !CHAIN_HASH.test(data.hash)) return { rejected: 'it names no chain hash' };
  if (!isRecord(data.state) || 'log' in data.state) return { rejected: 'it holds no session state' };
  return { snapshot: data as unknown as SessionSnapshot };
}

/** Writes the snapshot atomically (a temporary file, fsynced, renamed over the old one). */
export function writeSnapshot(sessionPath: string, seq: number, hash: string, state: SessionState): void {
  const { log: _log, ...rest } = state;
  const snapshot: SessionSnapshot = { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, program: programMark(), seq, hash, state: rest };
  writeFileAtomically(snapshotPath(sessionPath), JSON.stringify(snapshot));
}

export function removeSnapshot(sessionPath: string): void {
  try {
    unlinkSync(snapshotPath(sessionPath));
  } catch {
    // none there
  }
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/**
 * Whether a snapshot's state has the shape of this session's state (the same fields, of the same
 * kinds, and this file's configuration), so that applying the next entries to it cannot fail on
 * a missing list. Whether its contents are right is what the replay check decides.
 */
export function fitsSession(state: SnapshotState, scenario: Scenario, config: SessionConfig): boolean {
  const { log: _log, ...fresh } = createSession(scenario, config);
  const keys = Object.keys(fresh);
  if (Object.keys(state).length !== keys.length) return false;
  const given = state as unknown as Record<string, unknown>;
  return keys.every((key) => kindOf(given[key]) === kindOf((fresh as Record<string, unknown>)[key])) && sameJson(state.config, config);
}

/**
 * Equality of two values as JSON would write them: a field whose value is undefined counts as
 * absent, so a state read back from a snapshot equals the state it was written from.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((k) => left[k] !== undefined);
  if (keys.length !== Object.keys(right).filter((k) => right[k] !== undefined).length) return false;
  return keys.every((k) => Object.hasOwn(right, k) && sameJson(left[k], right[k]));
}
