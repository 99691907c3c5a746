import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SessionLock } from './session-lock';

const dir = mkdtempSync(join(tmpdir(), 'moot-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sessionFile(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, '{}\n');
  return path;
}

function writeLock(path: string, owner: { host: string; pid: number }): string {
  const lockFile = join(dir, `.${basename(path)}.lock`);
  writeFileSync(lockFile, `${JSON.stringify({ ...owner, file: path, dev: 1, ino: 1, since: '2031-03-01T09:00:00.000Z', nonce: 'left-behind' })}\n`);
  return lockFile;
}

describe('the session-file lock', () => {
  it('is a file beside the session naming this computer, the process and the file, removed on release', () => {
    const path = sessionFile('a.moot.jsonl');
    const lock = SessionLock.take(path);
    const lockFile = join(dir, '.a.moot.jsonl.lock');
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({ host: hostname(), pid: process.pid, file: path, dev: expect.any(Number), ino: expect.any(Number) });
    lock.release();
    expect(existsSync(lockFile)).toBe(false);
    SessionLock.take(path).release();
  });

  it('takes over a lock left by a process that no longer runs on this computer', () => {
    const path = sessionFile('stale.moot.jsonl');
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const lockFile = writeLock(path, { host: hostname(), pid: dead });
    const lock = SessionLock.take(path);
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('never breaks a lock from another computer, and says which and what to do', () => {
    const path = sessionFile('shared.moot.jsonl');
    const lockFile = writeLock(path, { host: 'lecture-hall-pc', pid: 4242 });
    expect(() => SessionLock.take(path)).toThrow(
      /^This session is open in Moot Council on another computer \(lecture-hall-pc, process 4242\) since .+\. Close it there first, or open a copy of the file\. If that computer has crashed, delete the lock file \.shared\.moot\.jsonl\.lock beside the session file\.$/,
    );
    expect(JSON.parse(readFileSync(lockFile, 'utf8'))).toMatchObject({ host: 'lecture-hall-pc' });
  });

  it('catches another path to the same file (a hard link) in this process', () => {
    const path = sessionFile('linked.moot.jsonl');
    const other = join(dir, 'other-name.moot.jsonl');
    linkSync(path, other);
    const lock = SessionLock.take(path);
    expect(() => SessionLock.take(other)).toThrow(/already open in this Moot Council/);
    lock.release();
    SessionLock.take(other).release();
  });
});
