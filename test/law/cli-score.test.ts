import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../support/session';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'moot-council.mjs');
const dir = mkdtempSync(join(tmpdir(), 'moot-score-'));
const session = join(dir, 'marun.jsonl');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const score = (...args: string[]) => spawnSync(process.execPath, [bin, 'score', ...args], { cwd: root, encoding: 'utf8' });

describe('moot-council score', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [bin, 'run', join(FIXTURE_DIR, 'marun-crisis.yaml'), '--script', join(FIXTURE_DIR, 'marun-script.yaml'), '--seed', '3', '--out', session], { cwd: root });
  }, 120_000);

  it('prints the report JSON of docs/design.md §5.2, the same byte for byte each time', () => {
    const a = score(session, '--format', 'json');
    const b = score(session, '--format', 'json');
    expect(a.status).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const report = JSON.parse(a.stdout) as { scenario: string; states: { state: string; exposure: number; band: string; findings: Record<string, unknown>[] }[] };
    expect(report.scenario).toBe('marun-crisis');
    for (const s of report.states) {
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['state', 'exposure', 'band', 'findings']));
      for (const f of s.findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(['duty', 'status', 'points', 'basis', 'evidence', 'reasoning', 'defences']));
    }
  }, 60_000);

  it('prints the judgment in Markdown', () => {
    const md = score(session, '--format', 'md');
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/^# Judgment: /);
    expect(md.stdout).toMatch(/\*\*Holding\.\*\*/);
  }, 60_000);

  it('--explain-changes adds what would have changed each finding, in words, to both forms', () => {
    const json = score(session, '--format', 'json', '--explain-changes');
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout) as { states: { state: string }[]; whatIf: { state: string; findings: { duty: string; changes: { words: string }[] }[]; cutOff: boolean }[] };
    expect(report.whatIf.map((s) => s.state).sort()).toEqual(report.states.map((s) => s.state).sort());
    for (const change of report.whatIf.flatMap((s) => s.findings.flatMap((f) => f.changes))) expect(change.words).toMatch(/^Had .+, (this finding|there would be)/);
    const md = score(session, '--format', 'md', '--explain-changes');
    expect(md.stdout).toMatch(/\n# What would have changed the findings\n/);
    // Without the flag the report is unchanged.
    expect(JSON.parse(score(session, '--format', 'json').stdout)).not.toHaveProperty('whatIf');
  }, 60_000);

  it('a file that is not a session file is refused with exit code 1', () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, 'not a session\n');
    const result = score(bad, '--format', 'json');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('bad.jsonl');
    expect(score(join(dir, 'missing.jsonl')).status).toBe(1);
  }, 60_000);
});
