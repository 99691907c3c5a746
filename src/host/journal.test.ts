import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as fs from 'node:fs';
import { Driver, ELEVEN_ONE_THREE, fixtureConfig, loadFixture } from '../../test/support/session';
import { Journal, readSessionFile, sessionFileHeader, writeSessionFile } from './journal';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, fsyncSync: vi.fn(actual.fsyncSync), writeSync: vi.fn(actual.writeSync) };
});

const scenario = loadFixture();
const config = fixtureConfig(scenario, 3);
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'moot-journal-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  vi.mocked(fs.writeSync).mockClear();
  vi.mocked(fs.fsyncSync).mockClear();
});

/** A session with a vetoed draft: enough history to make a difference. */
function played(): Driver {
  const s = new Driver(scenario, config);
  s.toPhase('council').tableCouncilDraft('fra', 'd1').do('fra', { type: 'vote.open', draftId: 'd1' }).voteAll(ELEVEN_ONE_THREE);
  return s;
}

describe('the journal', () => {
  it('writes a header line, then one fsynced line per accepted command; reopening replays to the identical state', () => {
    const path = join(dir, 'session.jsonl');
    const source = played();
    const journal = Journal.create(path, scenario, config);
    for (const entry of source.state.log) {
      const { seq: _seq, ...command } = entry;
      const fsyncsBefore = vi.mocked(fs.fsyncSync).mock.calls.length;
      expect(journal.submit(command).ok).toBe(true);
      // The entry is on disk (fsynced) by the time submit returns.
      expect(vi.mocked(fs.fsyncSync).mock.calls.length).toBeGreaterThan(fsyncsBefore);
      expect(readFileSync(path, 'utf8').trimEnd().split('\n')).toHaveLength(entry.seq + 1);
    }
    expect(journal.submit({ by: 'ken', at: '2030-01-01T00:00:00Z', event: { type: 'veto.threaten', draftId: 'd1', visibility: 'public' } }).ok).toBe(false);
    journal.close();

    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'moot-council-session', version: 1, scenario: { id: 'marun-crisis' }, config: { seed: 3 } });
    expect(Object.keys(JSON.parse(lines[1]!))[0]).toBe('seq');
    expect(lines).toHaveLength(source.state.log.length + 1);

    const reopened = Journal.open(path);
    expect(reopened.warnings).toEqual([]);
    expect(reopened.integrity.summary).toBe(`Verified: the record's ${source.state.log.length} entries are as Moot Council wrote them (the tamper-evidence chain is intact).`);
    expect(reopened.state).toEqual(journal.state);
    expect(reopened.state).toEqual(source.state);
    reopened.close();
  });

  it('leaves out a truncated last line with a warning, keeps it beside the session, and appends cleanly after it', () => {
    const path = join(dir, 'torn.jsonl');
    const source = played();
    writeSessionFile(path, sessionFileHeader(scenario, config), source.state.log);
    const full = readFileSync(path, 'utf8');
    // A crash in the middle of writing entry N: half a line, no newline.
    const lines = full.trimEnd().split('\n');
    const torn = `${lines.slice(0, -1).join('\n')}\n${lines.at(-1)!.slice(0, 25)}`;
    writeFileSync(path, torn);

    const file = readSessionFile(path);
    expect(file.warnings).toHaveLength(1);
    expect(file.warnings[0]).toMatch(/^The last line \(line \d+, 25 bytes\) was cut short without an end of line: a write interrupted by a crash, which was never acknowledged\. It was left out of this reading; the file itself is unchanged\.$/);
    expect(file.damagedTail).toMatchObject({ complete: false, bytes: 25 });
    expect(file.log).toEqual(source.state.log.slice(0, -1));
    expect(readFileSync(path, 'utf8')).toBe(torn);

    const journal = Journal.open(path);
    expect(journal.state.log).toHaveLength(source.state.log.length - 1);
    // Nothing is destroyed: the torn bytes are kept in a file of their own beside the session.
    const sidecar = fs.readdirSync(dir).find((n) => /^torn\.damaged-\d{8}-\d{6}\.jsonl$/.test(n))!;
    expect(readFileSync(join(dir, sidecar), 'utf8')).toBe(lines.at(-1)!.slice(0, 25));
    expect(journal.warnings).toEqual([expect.stringContaining(`kept, unchanged, in ${sidecar}`)]);
    const { seq: _seq, ...last } = source.state.log.at(-1)!;
    expect(journal.submit(last).ok).toBe(true);
    journal.close();
    expect(readSessionFile(path).state).toEqual(source.state);
    expect(readFileSync(path, 'utf8')).toBe(full);
  });

  it('a complete last line without its newline is kept', () => {
    const path = join(dir, 'no-newline.jsonl');
    const source = played();
    writeSessionFile(path, sessionFileHeader(scenario, config), source.state.log);
    writeFileSync(path, readFileSync(path, 'utf8').trimEnd());
    const journal = Journal.open(path);
    expect(journal.state).toEqual(source.state);
    expect(journal.submit({ by: 'chair', at: '2030-01-02T00:00:00.000Z', event: { type: 'phase.advance' } }).ok).toBe(true);
    journal.close();
    expect(readSessionFile(path).state.phase).toBe('unitingForPeace');
  });

  it('damage before the last line is an error naming the line', () => {
    const path = join(dir, 'corrupt.jsonl');
    writeSessionFile(path, sessionFileHeader(scenario, config), played().state.log);
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[3] = '{"seq": 3, "by": "chair"';
    writeFileSync(path, lines.join('\n'));
    expect(() => readSessionFile(path)).toThrow(/line 4: damaged entry \(not valid JSON\); the file is corrupt before its last line/);
    expect(() => Journal.open(path)).toThrow(/line 4/);
  });

  it('an entry the rules reject is an error naming its line', () => {
    const path = join(dir, 'tampered.jsonl');
    const log = played().state.log.map((e) => (e.seq === 4 ? { ...e, by: 'ken', event: { type: 'phase.advance' as const } } : e));
    writeSessionFile(path, sessionFileHeader(scenario, config), log);
    expect(() => readSessionFile(path)).toThrow(/line 5 \(seq 4\) \(phase\.advance by ken\) was rejected: Advancing to the next phase is for the facilitator only/);
  });

  it('reads a header with extra keys a host adds, and "formatVersion" for "version"', () => {
    const path = join(dir, 'host.jsonl');
    const log = played().state.log;
    const { version: _version, ...rest } = sessionFileHeader(scenario, config);
    const header = { ...rest, formatVersion: 1, scenarioId: scenario.id, seed: 3, createdAt: '2030-01-01T00:00:00.000Z', mode: 'solo', timers: false };
    writeFileSync(path, [JSON.stringify(header), ...log.map((e) => JSON.stringify(e))].join('\n') + '\n');
    const file = readSessionFile(path);
    expect(file.header).toMatchObject({ version: 1, mode: 'solo' });
    expect(file.state.log).toEqual(log);
  });

  it('a file that is not a session file says so', () => {
    const path = join(dir, 'other.jsonl');
    writeFileSync(path, '{"format":"something-else"}\n');
    expect(() => readSessionFile(path)).toThrow(/not a Moot Council session file/);
    writeFileSync(path, '');
    expect(() => readSessionFile(path)).toThrow(/empty/);
    const header = { ...sessionFileHeader(scenario, config), scenario: { ...scenario, council: { ...scenario.council, permanent: ['FRA'] } } };
    writeFileSync(path, `${JSON.stringify(header)}\n`);
    expect(() => readSessionFile(path)).toThrow(/scenario in the header is not valid: council\.permanent/);
  });

  it('never overwrites an existing journal, and a failed append leaves the file as it was', () => {
    const path = join(dir, 'session.jsonl');
    const other = join(dir, 'other.jsonl');
    Journal.create(other, scenario, config).close();
    expect(() => Journal.create(other, scenario, config)).toThrow(/EEXIST/);
    const journal = Journal.create(path, scenario, config);
    journal.submit({ by: 'chair', at: '2030-01-01T00:00:00.000Z', event: { type: 'session.start' } });
    const before = readFileSync(path, 'utf8');
    vi.mocked(fs.fsyncSync).mockImplementationOnce(() => {
      throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
    });
    expect(() => journal.submit({ by: 'chair', at: '2030-01-01T00:00:01.000Z', event: { type: 'phase.advance' } })).toThrow(/EIO/);
    expect(journal.state.phase).toBe('briefing');
    expect(readFileSync(path, 'utf8')).toBe(before);
    journal.close();
  });

  it('writeSessionFile replaces the file atomically: a failed write keeps the old file', () => {
    const path = join(dir, 'atomic.jsonl');
    const log = played().state.log;
    writeSessionFile(path, sessionFileHeader(scenario, config), log.slice(0, 3));
    const before = readFileSync(path, 'utf8');
    vi.mocked(fs.writeSync).mockImplementationOnce(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    expect(() => writeSessionFile(path, sessionFileHeader(scenario, config), log)).toThrow(/ENOSPC/);
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['atomic.jsonl']);
  });
});

describe('opening a file that was damaged or saved by another editor', () => {
  it('sets a complete but damaged last entry aside, says it may have been acknowledged, and never deletes it', () => {
    const path = join(dir, 'bitflip.moot.jsonl');
    const source = played();
    writeSessionFile(path, sessionFileHeader(scenario, config), source.state.log);
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    // One damaged byte in the last, complete, acknowledged entry: its closing brace.
    const damagedLast = `${lines.at(-1)!.slice(0, -1)}#`;
    writeFileSync(path, `${[...lines.slice(0, -1), damagedLast].join('\n')}\n`);

    const read = readSessionFile(path);
    expect(read.damagedTail).toMatchObject({ complete: true, entry: source.state.log.length });
    expect(read.warnings[0]).toMatch(/is complete but damaged \(not valid JSON\): it may have been an acknowledged move damaged afterwards, not a crash leftover/);
    expect(read.warnings[0]).not.toMatch(/never acknowledged/);

    const journal = Journal.open(path);
    journal.close();
    const sidecar = fs.readdirSync(dir).find((n) => n.startsWith('bitflip.damaged-'))!;
    expect(readFileSync(join(dir, sidecar), 'utf8')).toBe(`${damagedLast}\n`);
    expect(journal.warnings[0]).toMatch(new RegExp(`kept, unchanged, in ${sidecar.replace(/\./g, '\\.')}\\. Check it before playing on\\.$`));
    expect(readSessionFile(path).log).toEqual(source.state.log.slice(0, -1));
  });

  it('reads a file with a byte-order mark (as Notepad saves it), blank lines and Windows line endings', () => {
    const path = join(dir, 'notepad.jsonl');
    const source = played();
    writeSessionFile(path, sessionFileHeader(scenario, config), source.state.log);
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    writeFileSync(path, `\uFEFF${lines[0]}\r\n\r\n${lines.slice(1).join('\r\n')}\r\n\r\n`);
    const file = readSessionFile(path);
    expect(file.state).toEqual(source.state);
    expect(file.warnings).toEqual([]);
    expect(file.integrity.status).toBe('verified');
    // And the journal appends after it, still verified.
    const journal = Journal.open(path);
    expect(journal.submit({ by: 'chair', at: '2030-01-02T00:00:00.000Z', event: { type: 'phase.advance' } }).ok).toBe(true);
    // The entries chained since opening count.
    expect(journal.integrity.summary).toMatch(new RegExp(`^Verified: the record's ${source.state.log.length + 1} entries`));
    journal.close();
    expect(readSessionFile(path)).toMatchObject({ integrity: { status: 'verified' }, state: { phase: 'unitingForPeace' } });
  });

  it('error messages do not name the file (the caller does, once)', () => {
    const path = join(dir, 'named.jsonl');
    writeFileSync(path, '{"format":"something-else"}\n');
    expect(() => readSessionFile(path)).toThrow(/^line 1: not a Moot Council session file/);
  });
});
