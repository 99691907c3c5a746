import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Journal, readSessionFile, sessionFileHeader, writeSessionFile } from '../src/host/journal';
import { SNAPSHOT_INTERVAL } from '../src/host/snapshot';
import { ScenarioStore } from '../src/host/scenarios';
import { SessionService } from '../src/host/sessions';
import { crashCommand, crashConfig } from './support/crash-session';
import { FIXTURE_DIR, loadFixture } from './support/session';

/**
 * Two processes and kill -9: the journal's promises that only another process can test. The child
 * (test/support/journal-child.ts) is bundled once and run with plain node, so a hundred of them
 * start quickly. Every wait is on what the child has said, never on time.
 */

/** `npm run test:crash` raises it to 120 (a few minutes on a busy machine); the suite keeps to seconds. */
const KILL_POINTS = Number(process.env.MOOT_COUNCIL_CRASH_KILLS ?? 20);
const PARALLEL = 2;
const scenarioFile = join(FIXTURE_DIR, 'marun-crisis.yaml');
const scenario = loadFixture();
const dir = mkdtempSync(join(tmpdir(), 'moot-processes-'));
const childBundle = join(dir, 'journal-child.cjs');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  await build({
    entryPoints: [join(import.meta.dirname, 'support', 'journal-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: childBundle,
    logLevel: 'error',
    // The host finds package.json (its version marks its snapshots) from its own folder.
    define: { 'import.meta.dirname': JSON.stringify(join(import.meta.dirname, '..', 'src', 'host')) },
  });
}, 60_000);

interface Child {
  process: ChildProcess;
  lines: string[];
  /** Resolves with the first line (already said or to come) that matches; rejects if the child ends first. */
  said: (match: (line: string) => boolean) => Promise<string>;
  /** Resolves once the child has ended and everything it wrote has been read. */
  closed: Promise<void>;
}

function startChild(args: string[]): Child {
  const child = spawn(process.execPath, [childBundle, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines: string[] = [];
  const waiting = new Set<() => void>();
  let buffered = '';
  let ended = false;
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split('\n');
    buffered = parts.pop()!;
    lines.push(...parts);
    for (const wake of [...waiting]) wake();
  });
  const closed = new Promise<void>((resolve) =>
    child.on('close', () => {
      ended = true;
      for (const wake of [...waiting]) wake();
      resolve();
    }),
  );
  const said = (match: (line: string) => boolean) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const line = lines.find(match);
        if (line !== undefined || ended) {
          waiting.delete(check);
          if (line !== undefined) resolve(line);
          else reject(new Error(`the child ended without saying it; it said: ${lines.slice(-3).join(' | ')}`));
        }
      };
      waiting.add(check);
      check();
    });
  return { process: child, lines, said, closed };
}

/** A small deterministic generator, so a failing kill point can be replayed. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const MAX_ACKS_BEFORE_KILL = 16;
const MAX_EXTRA_TURNS = 4;

async function killOnce(point: number, random: () => number): Promise<{ acked: number; torn: boolean }> {
  const path = join(dir, `crash-${point}.moot.jsonl`);
  const child = startChild(['write', path, scenarioFile]);
  const target = Math.floor(random() * MAX_ACKS_BEFORE_KILL);
  await child.said((line) => line === 'ready' || line.startsWith('error'));
  if (target > 0) await child.said((line) => line === `ack ${target}` || line.startsWith('error'));
  // A few more turns of the event loop: the kill lands at a point the parent does not choose.
  for (let turn = Math.floor(random() * MAX_EXTRA_TURNS); turn > 0; turn -= 1) await new Promise((resolve) => setImmediate(resolve));
  child.process.kill('SIGKILL');
  await child.closed;
  expect(child.lines.filter((l) => l.startsWith('error'))).toEqual([]);
  const acked = Math.max(0, ...child.lines.filter((l) => l.startsWith('ack ')).map((l) => Number(l.slice(4))));

  // Reopening (the lock of the killed writer is stale) recovers the record: every acknowledged
  // move is in it, exactly as it was sent, and the chain is intact.
  const journal = Journal.open(path);
  journal.close();
  expect(journal.log.length).toBeGreaterThanOrEqual(acked);
  journal.log.forEach((entry, i) => expect(entry).toEqual({ seq: i + 1, ...crashCommand(i) }));
  expect(journal.integrity.status).toBe('verified');
  // A kill can only tear a line it was writing: never leave a complete one damaged.
  expect(journal.warnings.filter((w) => !w.includes('was cut short without an end of line'))).toEqual([]);
  return { acked, torn: journal.warnings.length > 0 };
}

/** Kill points around the snapshots the journal writes every SNAPSHOT_INTERVAL entries. */
const SNAPSHOT_KILL_POINTS = Math.max(6, Math.round(KILL_POINTS / 2));

async function killAroundSnapshot(point: number, random: () => number): Promise<void> {
  const path = join(dir, `snapshot-crash-${point}.moot.jsonl`);
  const child = startChild(['write-yielding', path, scenarioFile]);
  const target = SNAPSHOT_INTERVAL * (1 + (point % 2)) + Math.floor(random() * MAX_EXTRA_TURNS) - 1;
  await child.said((line) => line === `ack ${target}` || line.startsWith('error'));
  for (let turn = Math.floor(random() * MAX_EXTRA_TURNS); turn > 0; turn -= 1) await new Promise((resolve) => setImmediate(resolve));
  child.process.kill('SIGKILL');
  await child.closed;
  expect(child.lines.filter((l) => l.startsWith('error'))).toEqual([]);
  const acked = Math.max(0, ...child.lines.filter((l) => l.startsWith('ack ')).map((l) => Number(l.slice(4))));

  // The snapshot is either the last whole one or none: a kill never leaves one half written.
  const notices: string[] = [];
  const journal = Journal.open(path, { onSnapshotDiscarded: (notice) => notices.push(notice) });
  expect(journal.snapshotUse.kind).not.toBe('rejected');
  // The snapshot after entry 50 is written before the writer submits entry 51.
  if (acked > SNAPSHOT_INTERVAL) expect(journal.snapshotUse.kind).toBe('used');
  journal.verifySnapshot();
  expect(notices).toEqual([]);
  expect(journal.log.length).toBeGreaterThanOrEqual(acked);
  expect(journal.state).toEqual(readSessionFile(path).state);
  journal.close();
}

describe('kill -9', () => {
  it(`leaves a whole snapshot or the previous one when killed around a snapshot write (${SNAPSHOT_KILL_POINTS} kill points)`, async () => {
    const random = generator(20310302);
    for (let point = 0; point < SNAPSHOT_KILL_POINTS; point += 1) await killAroundSnapshot(point, random);
  }, SNAPSHOT_KILL_POINTS * 10_000);

  it(`loses no acknowledged move at ${KILL_POINTS} random kill points, and the killed writer's lock does not block reopening`, async () => {
    const random = generator(20310301);
    const points = Array.from({ length: KILL_POINTS }, (_, i) => i);
    const results: { acked: number; torn: boolean }[] = [];
    const lanes = Array.from({ length: PARALLEL }, async (_, lane) => {
      for (let i = lane; i < points.length; i += PARALLEL) results.push(await killOnce(i, random));
    });
    await Promise.all(lanes);
    expect(results).toHaveLength(KILL_POINTS);
    expect(results.reduce((sum, r) => sum + r.acked, 0)).toBeGreaterThan(KILL_POINTS);
  }, KILL_POINTS * 5_000);
});

describe('two writers on one session file', () => {
  it('a second process is refused in words, by path, through a symlink, and by the host (open and Save As)', async () => {
    const path = join(dir, 'held.moot.jsonl');
    writeSessionFile(path, sessionFileHeader(scenario, crashConfig(scenario)), []);
    const link = join(dir, 'link-to-held.moot.jsonl');
    symlinkSync(path, link);
    const holder = startChild(['hold', path]);
    const pid = Number((await holder.said((line) => line.startsWith('held') || line.startsWith('error'))).split(' ')[1]);
    expect(pid).toBe(holder.process.pid);

    const words = `This session is open in another Moot Council window or process (pid ${pid})`;
    expect(() => Journal.open(path)).toThrow(words);
    expect(() => Journal.open(link)).toThrow(words);
    const sessionsDir = join(dir, 'host-sessions');
    mkdirSync(sessionsDir, { recursive: true });
    const host = new SessionService({ scenarios: new ScenarioStore(join(import.meta.dirname, '..', 'scenarios')), sessionsDir, send: () => {}, timers: false, warn: () => {} });
    await expect(host.open(path, 'c1')).rejects.toThrow(words);
    await expect(host.open(link, 'c1')).rejects.toThrow(words);
    const mine = await host.create({ scenarioId: 'training-kestria', seed: 1, mode: 'solo', humanStates: ['FRA'], difficulty: 'realistic', timers: false }, 'c1');
    expect(() => host.saveAs(mine.sessionId, path, true, 'c1')).toThrow(`Cannot save over held.moot.jsonl: ${words}`);
    expect(readSessionFile(path).config).toEqual(crashConfig(scenario));

    holder.process.stdin!.end();
    await holder.closed;
    // Closed there: it opens here.
    const opened = await host.open(link, 'c1');
    expect(opened.scenarioId).toBe(scenario.id);
    host.closeAll();
  }, 60_000);
});
