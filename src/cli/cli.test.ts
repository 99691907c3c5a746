import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'moot-council.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'moot-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('moot-council CLI', () => {
  it('--help lists every sub-command, --version prints the version', () => {
    const help = cli('--help');
    expect(help.code).toBe(0);
    for (const command of ['validate', 'run', 'score', 'export', 'verify', 'bench'])
      expect(help.stdout).toContain(command);
    expect(cli('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('validate: exit 0 and the title for a valid scenario', () => {
    const result = cli(
      'validate',
      join(root, 'test', 'fixtures', 'scenarios', 'training-placeholder.yaml'),
    );
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('valid: Training: the Veldara crisis');
  });

  it('validate: exit 1 and one "path: message" line per problem', () => {
    const file = join(tmp, 'bad.yaml');
    writeFileSync(file, 'formatVersion: 1\nid: Bad Id\ntitle: x\n');
    const result = cli('validate', file);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain('id: a lower-case identifier (letters, digits, dashes)');
    for (const line of lines) expect(line).toMatch(/^[\w.[\]]+: .+/);
  });

  it('validate: a missing file is an error, not a crash', () => {
    const result = cli('validate', join(tmp, 'missing.yaml'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cannot read');
  });

  it('bench with a name that matches no benchmark says so and exits 2', () => {
    const result = cli('bench', '--only', 'no-such-benchmark');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no benchmark matches');
  });

  it('usage errors exit 2', () => {
    expect(cli('frobnicate').code).toBe(2);
    expect(cli('validate').code).toBe(2);
  });
});
