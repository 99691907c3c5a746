import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Driver, ELEVEN_ONE_THREE, fixtureConfig, loadFixture } from '../../test/support/session';
import type { Push, SessionUpdate } from '../core/protocol';
import type { LogEntry } from '../core/session';
import { Journal, readSessionFile, sessionFileHeader, writeSessionFile } from './journal';
import { ScenarioStore } from './scenarios';
import { FACILITATOR_SEAT, SessionService } from './sessions';
import { SNAPSHOT_INTERVAL, snapshotPath, type SessionSnapshot } from './snapshot';

const scenario = loadFixture();
const config = fixtureConfig(scenario, 3);
const header = sessionFileHeader(scenario, config);
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'moot-snapshot-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A session with a vetoed draft and some statements: enough history to make a difference. */
function playedLog(statements = 4): LogEntry[] {
  const s = new Driver(scenario, config);
  s.toPhase('negotiation');
  for (let i = 0; i < statements; i++) s.do(i % 2 ? 'gbr' : 'fra', { type: 'statement.public', text: `Statement ${i}.` });
  s.advance().tableCouncilDraft('fra', 'd1').do('fra', { type: 'vote.open', draftId: 'd1' }).voteAll(ELEVEN_ONE_THREE);
  return s.state.log;
}

/** The session file, closed with a snapshot after `snapshotAfter` entries, then the rest of `log` appended. */
function sessionWithSnapshot(name: string, log: LogEntry[], snapshotAfter = log.length): string {
  const path = join(dir, name);
  writeSessionFile(path, header, log.slice(0, snapshotAfter));
  Journal.open(path).close();
  if (snapshotAfter < log.length) {
    const snapshot = readFileSync(snapshotPath(path), 'utf8');
    writeSessionFile(path, header, log);
    writeFileSync(snapshotPath(path), snapshot);
  }
  return path;
}

function snapshotOf(path: string): SessionSnapshot {
  return JSON.parse(readFileSync(snapshotPath(path), 'utf8')) as SessionSnapshot;
}

function editSnapshot(path: string, edit: (snapshot: SessionSnapshot) => void): void {
  const snapshot = snapshotOf(path);
  edit(snapshot);
  writeFileSync(snapshotPath(path), JSON.stringify(snapshot));
}

/** Opens the journal, checks its snapshot by replay, and returns what it holds then. */
function openChecked(path: string) {
  const notices: string[] = [];
  const journal = Journal.open(path, { onSnapshotDiscarded: (notice) => notices.push(notice) });
  const use = journal.snapshotUse;
  journal.verifySnapshot();
  const result = { use, notices, state: journal.state, integrity: journal.integrity, warnings: [...journal.warnings] };
  journal.close();
  return result;
}

describe('snapshots beside the session file', () => {
  it('closing writes a snapshot; reopening starts from it and holds the state a full replay gives', () => {
    const log = playedLog();
    const path = sessionWithSnapshot('closed.moot.jsonl', log);
    expect(snapshotOf(path)).toMatchObject({ format: 'moot-council-snapshot', seq: log.length });
    expect(snapshotOf(path).state).not.toHaveProperty('log');
    const opened = openChecked(path);
    expect(opened.use).toEqual({ kind: 'used', seq: log.length, tail: 0 });
    expect(opened.notices).toEqual([]);
    expect(opened.state).toEqual(readSessionFile(path).state);
    expect(opened.integrity.status).toBe('verified');
  });

  it('the session file itself is unchanged by a snapshot: other readers see the same record', () => {
    const log = playedLog();
    const path = join(dir, 'same.moot.jsonl');
    writeSessionFile(path, header, log);
    const before = readFileSync(path, 'utf8');
    Journal.open(path).close();
    expect(existsSync(snapshotPath(path))).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  // Each row: a snapshot that must not be used as it is, and what opening says about it.
  const unusable: { name: string; spoil: (path: string, log: LogEntry[]) => void; reason: RegExp }[] = [
    { name: 'not JSON (a torn write)', spoil: (path) => writeFileSync(snapshotPath(path), readFileSync(snapshotPath(path), 'utf8').slice(0, 100)), reason: /not valid JSON/ },
    { name: 'another kind of file', spoil: (path) => writeFileSync(snapshotPath(path), '{"format":"moot-council-session"}'), reason: /not a Moot Council snapshot/ },
    { name: 'from another version of Moot Council', spoil: (path) => editSnapshot(path, (s) => (s.program = 'moot-council 0.0.1 snapshot 1')), reason: /another version/ },
    { name: 'naming no entry', spoil: (path) => editSnapshot(path, (s) => (s.seq = 0)), reason: /names no entry/ },
    { name: 'holding a state without its lists', spoil: (path) => editSnapshot(path, (s) => delete (s.state as Partial<typeof s.state>).ballots), reason: /does not hold this session's state/ },
    { name: 'for other seats', spoil: (path) => editSnapshot(path, (s) => (s.state.config = { ...s.state.config, seed: 4 })), reason: /does not hold this session's state/ },
    {
      name: 'from another session file',
      spoil: (path, log) => {
        const other = join(dir, 'other.moot.jsonl');
        writeSessionFile(other, sessionFileHeader(scenario, fixtureConfig(scenario, 9)), log);
        Journal.open(other).close();
        writeFileSync(snapshotPath(path), readFileSync(snapshotPath(other)));
      },
      reason: /belongs to another record/,
    },
    {
      name: 'ahead of the file (entries cut off the end since)',
      spoil: (path, log) => writeSessionFile(path, header, log.slice(0, -3)),
      reason: new RegExp(`taken after entry ${playedLog().length}, and the record now ends at entry ${playedLog().length - 3}`),
    },
    {
      name: 'beside a record edited outside Moot Council',
      spoil: (path) => {
        const text = readFileSync(path, 'utf8');
        writeFileSync(path, text.replace('Statement 1.', 'Statement 9.'));
      },
      reason: /not as Moot Council wrote it/,
    },
  ];

  it.each(unusable)('a snapshot $name is not used: the record is replayed in full', ({ spoil, reason }) => {
    const log = playedLog();
    const path = sessionWithSnapshot('spoiled.moot.jsonl', log);
    spoil(path, log);
    const truth = readSessionFile(path);
    const opened = openChecked(path);
    expect(opened.use).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(reason) });
    expect(opened.state).toEqual(truth.state);
    expect(opened.integrity.status).toBe(truth.integrity.status);
    expect(opened.notices).toEqual([]);
  });

  it('a snapshot behind the file (a crash before the next one) is used, and the entries after it are applied', () => {
    const log = playedLog();
    const path = sessionWithSnapshot('behind.moot.jsonl', log, log.length - 7);
    const opened = openChecked(path);
    expect(opened.use).toEqual({ kind: 'used', seq: log.length - 7, tail: 7 });
    expect(opened.state).toEqual(readSessionFile(path).state);
    expect(opened.notices).toEqual([]);
  });

  it('a snapshot whose state does not match the replay of its record is discarded, and the facilitator told', () => {
    const log = playedLog();
    const path = sessionWithSnapshot('forged.moot.jsonl', log);
    // The right entry and hash, the right shape, a wrong outcome: the vetoed draft "adopted".
    editSnapshot(path, (s) => (s.state.drafts.d1!.status = 'adopted'));
    const journal = Journal.open(path);
    expect(journal.snapshotUse).toMatchObject({ kind: 'used' });
    journal.verifySnapshot();
    expect(journal.state.drafts.d1!.status).toBe('vetoed');
    expect(journal.state).toEqual(readSessionFile(path).state);
    expect(journal.warnings.at(-1)).toMatch(/^The saved snapshot of this session \(after entry \d+\) did not match a replay of its record, so it was discarded/);
    journal.close();
    // The snapshot on disk is the replayed state's now.
    expect(snapshotOf(path).state.drafts.d1!.status).toBe('vetoed');
    expect(openChecked(path).notices).toEqual([]);
  });

  it('a move is never judged on an unchecked snapshot: submitting checks it first', () => {
    const log = playedLog();
    const path = sessionWithSnapshot('move.moot.jsonl', log);
    // A forged snapshot in which the session is paused: the move below would be refused on it.
    editSnapshot(path, (s) => (s.state.paused = true));
    const notices: string[] = [];
    const journal = Journal.open(path, { onSnapshotDiscarded: (notice) => notices.push(notice) });
    expect(journal.state.paused).toBe(true);
    const result = journal.submit({ by: 'fra', at: '2030-01-01T01:00:00.000Z', event: { type: 'vote.explain', ballotId: journal.state.ballots[0]!.id, text: 'We voted for accountability.' } });
    expect(result.ok).toBe(true);
    expect(notices).toHaveLength(1);
    journal.close();
    expect(readSessionFile(path).state).toEqual(journal.state);
  });

  it('a damaged last line is still set aside with a snapshot present, and the snapshot before it is used', () => {
    const log = playedLog();
    const path = sessionWithSnapshot('torn.moot.jsonl', log, log.length - 1);
    const full = readFileSync(path, 'utf8');
    const torn = full.slice(0, full.trimEnd().lastIndexOf('\n') + 30);
    writeFileSync(path, torn);
    const opened = openChecked(path);
    expect(opened.use).toEqual({ kind: 'used', seq: log.length - 1, tail: 0 });
    expect(opened.warnings[0]).toMatch(/was cut short without an end of line.*kept, unchanged, in torn\.damaged-/);
    expect(opened.state).toEqual(readSessionFile(path).state);
    expect(readSessionFile(path).damagedTail).toBeNull();
  });

  it(`every ${SNAPSHOT_INTERVAL} moves a snapshot is written, after the move is on disk`, async () => {
    const path = join(dir, 'periodic.moot.jsonl');
    const source = new Driver(scenario, config).toPhase('negotiation');
    const journal = Journal.create(path, scenario, config);
    for (const { seq: _seq, ...command } of source.state.log) journal.submit(command);
    for (let i = 0; journal.log.length < SNAPSHOT_INTERVAL; i++) {
      expect(journal.submit(source.command('fra', { type: 'statement.public', text: `Statement ${i}.` })).ok).toBe(true);
    }
    // The snapshot is written once the move's reply has gone (on the next turn of the event loop).
    expect(existsSync(snapshotPath(path))).toBe(false);
    await new Promise((resolve) => setImmediate(resolve));
    expect(snapshotOf(path).seq).toBe(SNAPSHOT_INTERVAL);
    journal.close();
  });

  it('a session file kept without its snapshot, or with a stray temporary file from a crash, opens as before', () => {
    const log = playedLog();
    const path = sessionWithSnapshot('stray.moot.jsonl', log);
    rmSync(snapshotPath(path));
    writeFileSync(`${snapshotPath(path)}.12345.tmp`, '{"format":"moot-council-snap');
    const opened = openChecked(path);
    expect(opened.use).toEqual({ kind: 'none' });
    expect(opened.state).toEqual(readSessionFile(path).state);
  });

  it('whatever a snapshot file holds, the session after the check is the record replayed (fast-check)', () => {
    const log = playedLog();
    const path = sessionWithSnapshot('any.moot.jsonl', log);
    const good = readFileSync(snapshotPath(path), 'utf8');
    const truth = readSessionFile(path);
    fc.assert(
      fc.property(
        fc.oneof(
          // cut short anywhere (a torn write)
          fc.nat({ max: good.length }).map((at) => good.slice(0, at)),
          // one character replaced anywhere (a damaged byte, or an edit that still parses)
          fc.tuple(fc.nat({ max: good.length - 1 }), fc.constantFrom('0', '1', '9', 'a', 'e', '"', 'x', ' ', '{')).map(([at, c]) => good.slice(0, at) + c + good.slice(at + 1)),
          // a number in the state changed (a round, a count, the generator's state)
          fc.tuple(fc.nat({ max: 200 }), fc.integer({ min: -3, max: 3 })).map(([which, by]) => {
            let seen = -1;
            return good.replace(/"state":.*$/s, (state) => state.replace(/\d+/g, (n) => (++seen === which ? String(Number(n) + by) : n)));
          }),
        ),
        (text) => {
          writeFileSync(snapshotPath(path), text);
          const opened = openChecked(path);
          expect(opened.state).toEqual(truth.state);
          expect(opened.integrity.status).toBe('verified');
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('a snapshot found wrong in the host', () => {
  it('is replaced by the replayed state on every screen, and the facilitator is warned', async () => {
    const pushes: { connection: string; push: Push }[] = [];
    const warnings: string[] = [];
    const service = new SessionService({
      scenarios: new ScenarioStore(join(import.meta.dirname, '..', '..', 'scenarios')),
      sessionsDir: dir,
      send: (connection, push) => pushes.push({ connection, push }),
      timers: false,
      warn: (message) => warnings.push(message),
      policy: () => [],
    });
    const created = await service.create({ scenarioId: 'training-kestria', seed: 41, mode: 'solo', humanStates: ['FRA'], difficulty: 'realistic', timers: false }, 'c1');
    for (let i = 0; i < 2; i++) expect(service.submit('c1', created.sessionId, FACILITATOR_SEAT, { type: 'phase.advance' }).ok).toBe(true);
    service.close(created.sessionId);
    const file = created.file!;
    editSnapshot(file, (s) => (s.state.round = 3));

    const { sessionId } = await service.open(file, 'c1');
    service.subscribe('c1', sessionId, FACILITATOR_SEAT);
    expect(service.stateOf(sessionId).round).toBe(3);
    pushes.length = 0;
    // The check runs once the host is free, after the session has opened.
    await new Promise((resolve) => setImmediate(resolve));
    const truth = readSessionFile(file).state;
    expect(truth.round).toBe(1);
    expect(service.stateOf(sessionId)).toEqual(truth);
    expect(warnings).toContainEqual(expect.stringMatching(/: The saved snapshot of this session \(after entry 3\) did not match a replay of its record, so it was discarded/));
    const pushed = pushes.filter((p) => p.connection === 'c1').map((p) => (p.push as { payload: SessionUpdate }).payload.view.state.round);
    expect(pushed).toEqual([1]);
    service.closeAll();
  });
});
