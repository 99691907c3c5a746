import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Journal, sessionFileHeader, writeSessionFile } from '../src/host/journal';
import { snapshotPath } from '../src/host/snapshot';
import { Driver, ELEVEN_ONE_THREE, fixtureConfig, loadFixture } from './support/session';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'moot-council.mjs');
const dir = mkdtempSync(join(tmpdir(), 'moot-verify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scenario = loadFixture();
const config = fixtureConfig(scenario, 3);

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A session file in which Russia vetoes a draft; `edit` changes its lines. */
function sessionFile(name: string, edit: (lines: string[]) => string[] = (l) => l): string {
  const s = new Driver(scenario, config);
  s.toPhase('council').tableCouncilDraft('fra', 'd1').do('fra', { type: 'vote.open', draftId: 'd1' }).voteAll(ELEVEN_ONE_THREE);
  const path = join(dir, name);
  writeSessionFile(path, sessionFileHeader(scenario, config), s.state.log);
  writeFileSync(path, `${edit(readFileSync(path, 'utf8').trimEnd().split('\n')).join('\n')}\n`);
  return path;
}

const vetoIntoYes = (lines: string[]) => lines.map((l) => (l.includes('"by":"rus"') && l.includes('"vote":"no"') ? l.replace('"vote":"no"', '"vote":"yes"') : l));

describe('moot-council verify', () => {
  it('exit 0 and one line for a file as Moot Council wrote it; exit 1 and where, in words, for an edited one', () => {
    const good = sessionFile('good.moot.jsonl');
    const ok = cli('verify', good);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(new RegExp(`^${good}: Verified: the record's \\d+ entries are as Moot Council wrote them \\(the tamper-evidence chain is intact\\); its last hash is [0-9a-f]{64}\\.\\n$`));

    const edited = cli('verify', sessionFile('edited.moot.jsonl', vetoIntoYes));
    expect(edited.code).toBe(1);
    expect(edited.stdout.trim().split('\n')).toHaveLength(1);
    expect(edited.stdout).toMatch(/edited\.moot\.jsonl: Edited outside Moot Council: entry \d+ \(Voting, by Russian Federation, [^)]+\) does not match/);

    const old = cli('verify', sessionFile('old.moot.jsonl', (lines) => [lines[0]!.replace('"chain":"sha256",', ''), ...lines.slice(1).map((l) => l.replace(/,"hash":"[0-9a-f]{64}"\}$/, '}'))]));
    expect(old.code).toBe(1);
    expect(old.stdout).toMatch(/old\.moot\.jsonl: Unverified: this record was written before tamper evidence/);
  }, 60_000);
});

describe('reading session files from the command line', () => {
  it('names the file once in an error, and reads a file saved with a byte-order mark and blank lines', () => {
    const notSession = join(dir, 'not-a-session.jsonl');
    writeFileSync(notSession, '{"format":"something-else"}\n');
    const bad = cli('score', notSession);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(`${notSession}: line 1: not a Moot Council session file (format "something-else").\n`);

    const notepad = sessionFile('notepad.moot.jsonl', (lines) => [`\uFEFF${lines[0]}`, '', ...lines.slice(1)]);
    const scored = cli('score', notepad);
    expect(scored.stderr).toBe('');
    expect(scored.code).toBe(0);
    expect(scored.stdout).toMatch(/^# Judgment: /);
  }, 60_000);

  it('the exported transcript says whether the record verified', () => {
    const out = join(dir, 'edited.md');
    const result = cli('export', sessionFile('export-edited.moot.jsonl', vetoIntoYes), '--format', 'md', '-o', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/export-edited\.moot\.jsonl: Edited outside Moot Council/);
    expect(readFileSync(out, 'utf8')).toMatch(/\| Verification \| Edited outside Moot Council: entry \d+ \(Voting, by Russian Federation/);
  }, 60_000);

  it('reads the record only: a snapshot beside the file changes nothing, and the snapshot itself is named for what it is', () => {
    const path = sessionFile('with-snapshot.moot.jsonl');
    const before = cli('verify', path);
    Journal.open(path).close();
    // A snapshot that does not match its record is no evidence either way.
    writeFileSync(snapshotPath(path), readFileSync(snapshotPath(path), 'utf8').replace('"vetoed"', '"adopted"'));
    expect(cli('verify', path)).toEqual(before);
    const snapshot = cli('verify', snapshotPath(path));
    expect(snapshot.code).toBe(1);
    expect(snapshot.stderr + snapshot.stdout).toContain('this is a snapshot kept beside a session file to reopen it quickly, not a session file; use the session file itself.');
  });
});
