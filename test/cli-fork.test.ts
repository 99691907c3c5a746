import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Journal, readSessionFile, serializeSession } from '../src/host/journal';
import { FACILITATOR_SEAT } from '../src/core/session';
import { FIXTURE_DIR } from './support/session';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'moot-council.mjs');
const dir = mkdtempSync(join(tmpdir(), 'moot-fork-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const original = join(dir, 'marun-original.moot.jsonl');

/** The fork played differently: nobody does anything, the chair moves every phase on and delivers. */
function playQuietly(path: string): void {
  const journal = Journal.open(path);
  try {
    const at = () => new Date(Date.UTC(2000, 0, 2) + journal.log.length * 1000).toISOString();
    while (journal.state.phase !== 'adjudication') {
      const result = journal.submit({ by: FACILITATOR_SEAT, at: at(), event: { type: 'phase.advance' } });
      if (!result.ok) throw new Error(result.reason);
    }
    const delivered = journal.submit({ by: FACILITATOR_SEAT, at: at(), event: { type: 'judgment.deliver' } });
    if (!delivered.ok) throw new Error(delivered.reason);
  } finally {
    journal.close();
  }
}

describe('moot-council fork and compare', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [bin, 'run', join(FIXTURE_DIR, 'marun-crisis.yaml'), '--script', join(FIXTURE_DIR, 'marun-script.yaml'), '--seed', '11', '--out', original], { cwd: root });
  }, 60_000);

  it('forks a finished session at round 1: the same record up to the round, its origin by name in the header, a seat handed over', () => {
    const out = join(dir, 'fork-1.moot.jsonl');
    const result = cli('fork', original, '--round', '1', '--out', out, '--seat', 'FRA=human');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/fork-1\.moot\.jsonl: Played again from round 1 of marun-original\.moot\.jsonl \(its first \d+ entr(y|ies) kept\)\./);
    const source = readSessionFile(original);
    const fork = readSessionFile(out);
    const header = fork.header as { forkedFrom?: { session: string; round: number; entriesKept: number } };
    expect(header.forkedFrom).toEqual({ session: 'marun-original.moot.jsonl', round: 1, entriesKept: expect.any(Number) });
    expect(JSON.stringify(header)).not.toContain(dir);
    const kept = header.forkedFrom!.entriesKept;
    expect(fork.log.slice(0, kept)).toEqual(source.log.slice(0, kept));
    expect(fork.state.phase).toBe('briefing');
    expect(fork.state.config.seats.find((s) => s.state === 'FRA')?.kind).toBe('human');
    expect(fork.integrity.status).toBe('verified');
    expect(serializeSession(fork.header, fork.log)).toBe(readFileSync(out, 'utf8'));
  }, 60_000);

  it('refuses a round the session never reached, a seat nobody plays and an existing file, in words', () => {
    expect(cli('fork', original, '--round', '9', '--out', join(dir, 'x.jsonl')).stderr).toMatch(/This scenario has \d rounds: a session can be played again from round 1 to round \d\./);
    expect(cli('fork', original, '--round', '1', '--out', join(dir, 'y.jsonl'), '--seat', 'ZZZ=human').stderr).toMatch(/No seat in this session plays ZZZ/);
    const taken = cli('fork', original, '--round', '1', '--out', original);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/already exists; fork writes a new session file, never over another\./);
    expect(cli('fork', original, '--round', 'one', '--out', join(dir, 'z.jsonl')).code).toBe(2);
  }, 90_000);

  it('compares the original with its fork played differently: findings added, removed and changed, exposures before and after', () => {
    const out = join(dir, 'fork-quiet.moot.jsonl');
    expect(cli('fork', original, '--round', '1', '--out', out).code).toBe(0);
    playQuietly(out);
    const md = cli('compare', original, out, '--format', 'md');
    expect(md.code).toBe(0);
    expect(md.stderr).toBe('');
    expect(md.stdout).toContain('Before: marun-original.moot.jsonl. After: fork-quiet.moot.jsonl.');
    expect(md.stdout).toContain('## Exposure before and after');
    expect(md.stdout).toMatch(/\| State \| Duty \| Change \| Before \| After \|/);
    const json = JSON.parse(cli('compare', original, out, '--format', 'json').stdout) as {
      before: string;
      findings: { change: string; words: string }[];
      exposures: { words: string }[];
    };
    expect(json.before).toBe('marun-original.moot.jsonl');
    expect(json.findings.length).toBeGreaterThan(0);
    for (const f of json.findings) expect(f.words).toMatch(/^(New|Gone|Changed): the finding against /);
    expect(json.exposures.every((e) => /exposure/.test(e.words))).toBe(true);
    // A session compared with itself: nothing added, removed or changed.
    expect(cli('compare', original, original).stdout).toContain('Every finding is the same in both judgments.');
  }, 90_000);
});
