import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withRubric } from '../../src/core/assessment';
import { whatIfFor } from '../../src/core/law';
import { renderJson, renderMarkdown, transcriptFor } from '../../src/core/transcript';
import { fixedReport, scriptedTranscriptSession } from '../support/transcript-session';

/**
 * Golden files of the scripted session's transcript (test/golden/), compared byte for byte. They
 * change only deliberately: run `UPDATE_GOLDEN=1 npx vitest run test/transcript/golden.test.ts`,
 * then read the diff before committing it.
 */
const GOLDEN_DIR = join(import.meta.dirname, '..', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, name);
  if (UPDATE) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file))
    throw new Error(
      `${name} is missing: run UPDATE_GOLDEN=1 npx vitest run test/transcript/golden.test.ts`,
    );
  const expected = readFileSync(file, 'utf8');
  if (actual !== expected) {
    // The first differing line makes the failure readable; the full diff is in git after an update.
    const a = actual.split('\n');
    const e = expected.split('\n');
    const line = a.findIndex((l, i) => l !== e[i]);
    expect.soft(`${name}:${line + 1}: ${a[line]}`).toBe(`${name}:${line + 1}: ${e[line]}`);
  }
  expect(
    actual === expected,
    `${name} differs from the golden file (UPDATE_GOLDEN=1 to update deliberately)`,
  ).toBe(true);
}

describe('transcript golden files (scripted session on the transcript fixture)', () => {
  const { scenario, driver } = scriptedTranscriptSession();
  const report = fixedReport(driver.state);

  it("the facilitator's full record, with the instructor's rubric: Markdown and JSON", () => {
    const t = withRubric(scenario, driver.state, transcriptFor(scenario, driver.state, 'facilitator', report));
    golden('transcript-facilitator.md', renderMarkdown(t));
    golden('transcript-facilitator.json', renderJson(t));
  });

  it("Serbia's record: Markdown and JSON", () => {
    // Under each of Serbia's findings, what would have changed it (its own decisions only).
    const seat = driver.state.config.seats.find((x) => x.state === 'SRB')!;
    const whatIf = whatIfFor(scenario, driver.state, { seatId: seat.id });
    const t = transcriptFor(scenario, driver.state, { state: 'SRB' }, report, whatIf);
    golden('transcript-srb.md', renderMarkdown(t));
    golden('transcript-srb.json', renderJson(t));
  });

  it('is the same on a second build (no hidden state, no clock)', () => {
    const again = scriptedTranscriptSession();
    const a = renderJson(transcriptFor(scenario, driver.state, 'facilitator', report));
    const b = renderJson(
      transcriptFor(
        again.scenario,
        again.driver.state,
        'facilitator',
        fixedReport(again.driver.state),
      ),
    );
    expect(b).toBe(a);
  });
});
