import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * One writer per session file (docs/session-log.md §2.2). Two journals appending to one file lose
 * acknowledged moves without a trace, so a journal holds a lock file beside the session file's
 * real path (symlinks resolved) for as long as it is open: `.NAME.lock`, holding this computer's
 * name, the process id, the file's identity (device and inode) and when it was taken. It is
 * created atomically (a hard link, which fails if the lock exists), so of two processes racing
 * for a file exactly one wins. A lock whose process no longer runs on this computer (a crash, a
 * kill -9) is stale and is taken over; a lock from another computer (a shared folder) is never
 * broken automatically.
 */

export interface LockOwner {
  host: string;
  pid: number;
  /** The session file's real path when the lock was taken. */
  file: string;
  dev: number | null;
  ino: number | null;
  since: string;
  /** Tells this lock from an older one left by a process that had the same pid. */
  nonce: string;
}

export class SessionLockedError extends Error {
  override name = 'SessionLockedError';
  constructor(
    message: string,
    readonly owner: LockOwner | null,
    readonly lockFile: string,
  ) {
    super(message);
  }
}

/** Locks held by this process, by the session file's real path and by its identity. */
const heldByPath = new Map<string, SessionLock>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // A process that ends normally (or through process.exit) leaves no lock behind; one killed
  // outright leaves a stale lock the next opener recognises.
  process.on('exit', () => {
    for (const lock of [...heldByPath.values()]) lock.release();
  });
}

/** The real path a session file has (or will have): symlinks in the file and its folder resolved. */
export function realSessionPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

export function lockFileFor(realPath: string): string {
  return join(dirname(realPath), `.${basename(realPath)}.lock`);
}

function identity(path: string): { dev: number; ino: number } | null {
  try {
    const stats = statSync(path);
    return { dev: stats.dev, ino: stats.ino };
  } catch {
    return null;
  }
}

function readOwner(lockFile: string): LockOwner | null {
  try {
    const data = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<LockOwner>;
    if (typeof data.host !== 'string' || typeof data.pid !== 'number' || typeof data.nonce !== 'string') return null;
    return { host: data.host, pid: data.pid, file: String(data.file ?? ''), dev: data.dev ?? null, ino: data.ino ?? null, since: String(data.since ?? ''), nonce: data.nonce };
  } catch {
    return null;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether a lock was left by a process that no longer runs (only decidable on this computer). */
function isStale(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return false;
  if (owner.pid === process.pid) return ![...heldByPath.values()].some((lock) => lock.owner.nonce === owner.nonce);
  return !processAlive(owner.pid);
}

function writeWhole(path: string, text: string, flag: string): void {
  const fd = openSync(path, flag);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Creates the lock file with its content in one step; false if it already exists. */
function createExclusively(lockFile: string, text: string, nonce: string): boolean {
  const temporary = `${lockFile}.${process.pid}.${nonce}.tmp`;
  try {
    writeWhole(temporary, text, 'wx');
    try {
      linkSync(temporary, lockFile);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      // A file system without hard links (e.g. FAT on a USB stick): exclusive create instead.
      try {
        writeWhole(lockFile, text, 'wx');
        return true;
      } catch (inner) {
        if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw inner;
      }
    }
  } finally {
    try {
      unlinkSync(temporary);
    } catch {
      // already gone
    }
  }
}

/**
 * Removes a stale lock without ever removing a live one: the lock is renamed aside, and if what
 * was renamed is not the stale lock that was read (another process took over meanwhile), it is
 * put back.
 */
function breakStaleLock(lockFile: string, stale: LockOwner): void {
  const aside = `${lockFile}.${process.pid}.${randomBytes(4).toString('hex')}.stale`;
  try {
    renameSync(lockFile, aside);
  } catch {
    return;
  }
  const moved = readOwner(aside);
  if (moved && moved.nonce !== stale.nonce) {
    try {
      linkSync(aside, lockFile);
    } catch {
      // someone else holds it now; the next attempt reads who
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    // already gone
  }
}

function since(owner: LockOwner): string {
  const date = new Date(owner.since);
  return Number.isNaN(date.getTime()) ? '' : ` since ${date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}`;
}

export function describeOwner(owner: LockOwner | null, lockFile: string): string {
  if (!owner) {
    return `This session is open in another Moot Council window or process, which could not be identified. If no Moot Council is running, delete the lock file ${basename(lockFile)} beside the session file.`;
  }
  if (owner.host !== hostname()) {
    return `This session is open in Moot Council on another computer (${owner.host}, process ${owner.pid})${since(owner)}. Close it there first, or open a copy of the file. If that computer has crashed, delete the lock file ${basename(lockFile)} beside the session file.`;
  }
  return `This session is open in another Moot Council window or process (pid ${owner.pid})${since(owner)}. Close it there first, or open a copy of the file.`;
}

const TAKE_ATTEMPTS = 3;

/** An exclusive lock on one session file, held by this process until released. */
export class SessionLock {
  private released = false;

  private constructor(
    /** The session file's real path. */
    readonly realPath: string,
    readonly lockFile: string,
    readonly owner: LockOwner,
  ) {}

  /**
   * Takes the lock on a session file (it need not exist yet). Throws SessionLockedError, in
   * words, if another journal in this process or another process holds it.
   */
  static take(path: string): SessionLock {
    const realPath = realSessionPath(path);
    const lockFile = lockFileFor(realPath);
    const id = identity(realPath);
    const sameFile = (lock: SessionLock) => {
      const other = identity(lock.realPath);
      return id !== null && other !== null && other.dev === id.dev && other.ino === id.ino;
    };
    // Another path to the same file (a hard link) is caught by the file's identity.
    const inProcess = heldByPath.get(realPath) ?? [...heldByPath.values()].find(sameFile);
    if (inProcess) {
      throw new SessionLockedError('This session file is already open in this Moot Council (another session writes to it). Close that session first, or choose another file.', inProcess.owner, inProcess.lockFile);
    }
    const owner: LockOwner = {
      host: hostname(),
      pid: process.pid,
      file: realPath,
      dev: id?.dev ?? null,
      ino: id?.ino ?? null,
      since: new Date().toISOString(),
      nonce: randomBytes(8).toString('hex'),
    };
    for (let attempt = 0; attempt < TAKE_ATTEMPTS; attempt += 1) {
      if (createExclusively(lockFile, `${JSON.stringify(owner)}\n`, owner.nonce)) {
        const lock = new SessionLock(realPath, lockFile, owner);
        heldByPath.set(realPath, lock);
        installExitHook();
        return lock;
      }
      const current = readOwner(lockFile);
      if (!current || !isStale(current)) throw new SessionLockedError(describeOwner(current, lockFile), current, lockFile);
      breakStaleLock(lockFile, current);
    }
    throw new SessionLockedError(describeOwner(readOwner(lockFile), lockFile), readOwner(lockFile), lockFile);
  }

  /** Gives the lock up (idempotent); removes the lock file only if it is still this lock. */
  release(): void {
    if (this.released) return;
    this.released = true;
    if (heldByPath.get(this.realPath) === this) heldByPath.delete(this.realPath);
    if (readOwner(this.lockFile)?.nonce !== this.owner.nonce) return;
    try {
      unlinkSync(this.lockFile);
    } catch {
      // already gone
    }
  }
}
