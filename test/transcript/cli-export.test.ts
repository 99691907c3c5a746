import { withRubric } from '../../src/core/assessment';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adjudicate } from '../../src/core/law';
import { renderJson, renderMarkdown, transcriptFor } from '../../src/core/transcript';
import { whatIfForPerspective } from '../../src/host/export';
import { readSessionFile, sessionFileHeader, writeSessionFile } from '../../src/host/session-file';
import { scriptedTranscriptSession } from '../support/transcript-session';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'moot-council.mjs');
const dir = mkdtempSync(join(tmpdir(), 'moot-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, 'export', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('moot-council export', () => {
  const { scenario, driver } = scriptedTranscriptSession();
  const session = join(dir, 'marun.session');
  writeSessionFile(session, sessionFileHeader(scenario, driver.state.config), driver.state.log);
  const report = adjudicate(scenario, driver.state, { trace: false });

  it("writes the facilitator's full record as Markdown and JSON, the same bytes as the core renders", () => {
    const md = join(dir, 'full.md');
    const json = join(dir, 'full.json');
    expect(cli(session, '--format', 'md', '-o', md).code).toBe(0);
    expect(cli(session, '--format', 'json', '-o', json).code).toBe(0);
    // The facilitator's record carries the instructor's rubric (docs/assessment.md).
    const t = withRubric(
      scenario,
      driver.state,
      transcriptFor(scenario, driver.state, 'facilitator', report, whatIfForPerspective(scenario, driver.state, 'facilitator', report)),
    );
    // The CLI read the file, so the header also says whether its record verified.
    t.session.verification = {
      status: 'verified',
      summary: readSessionFile(session).integrity.summary,
    };
    expect(readFileSync(md, 'utf8')).toMatch(
      /^\| Verification \| Verified: the record's \d+ entries are as Moot Council wrote them/m,
    );
    expect(readFileSync(md, 'utf8')).toBe(renderMarkdown(t));
    expect(readFileSync(json, 'utf8')).toBe(renderJson(t));
  });

  it('--as STATE writes what that seat may see', () => {
    const out = join(dir, 'srb.json');
    const result = cli(session, '--format', 'json', '-o', out, '--as', 'SRB');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/the record of Serbia/);
    const t = JSON.parse(readFileSync(out, 'utf8'));
    expect(t.perspective).toEqual({
      kind: 'seat',
      state: 'SRB',
      stateName: 'Serbia',
      seatId: 'srb',
    });
    expect(readFileSync(out, 'utf8')).not.toContain('FRA-RUS-1');
  });

  it('writes HTML and PDF', () => {
    const html = join(dir, 'full.html');
    expect(cli(session, '--format', 'html', '-o', html).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(
      /^<!doctype html>[\s\S]*<svg [^>]*class="chart assembly-map"/,
    );
    if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) return;
    const pdf = join(dir, 'srb.pdf');
    expect(cli(session, '--format', 'pdf', '-o', pdf, '--as', 'SRB').code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('says clearly what is wrong: missing file, damaged file, unknown or unseated --as state, bad format', () => {
    const missing = cli(join(dir, 'nope.session'), '-o', join(dir, 'x.md'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.session: no such session file/);
    const damaged = join(dir, 'damaged.session');
    writeFileSync(damaged, 'this is not a session\n');
    const bad = cli(damaged, '-o', join(dir, 'x.md'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/damaged\.session: line 1: .*not a Moot Council session file/);
    const unknown = cli(session, '-o', join(dir, 'x.md'), '--as', 'ZZZ');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(
      /--as ZZZ: Unknown state "ZZZ"; a record can be written for a seated state: .*SRB/,
    );
    const unseated = cli(session, '-o', join(dir, 'x.md'), '--as', 'DEU');
    expect(unseated.code).toBe(1);
    expect(unseated.stderr).toMatch(/Germany has no seat in this session/);
    expect(existsSync(join(dir, 'x.md'))).toBe(false);
    expect(cli(session, '--format', 'docx', '-o', join(dir, 'x.docx')).code).toBe(2);
    expect(cli(session).code).toBe(2); // -o is required
  });
});
