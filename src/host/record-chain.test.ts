import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { Driver, ELEVEN_ONE_THREE, fixtureConfig, loadFixture } from '../../test/support/session';
import { Journal, readSessionFile, sessionFileHeader, writeSessionFile } from './journal';

const scenario = loadFixture();
const config = fixtureConfig(scenario, 3);
const dir = mkdtempSync(join(tmpdir(), 'moot-chain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A Council vote in which Russia vetoes the draft. */
function vetoed(): Driver {
  const s = new Driver(scenario, config);
  s.toPhase('council').tableCouncilDraft('fra', 'd1').do('fra', { type: 'vote.open', draftId: 'd1' }).voteAll(ELEVEN_ONE_THREE);
  return s;
}

let counter = 0;
function written(lines?: (lines: string[]) => string[]): string {
  counter += 1;
  const path = join(dir, `s${counter}.moot.jsonl`);
  writeSessionFile(path, sessionFileHeader(scenario, config), vetoed().state.log);
  if (lines) writeFileSync(path, `${lines(readFileSync(path, 'utf8').trimEnd().split('\n')).join('\n')}\n`);
  return path;
}

describe('tamper evidence', () => {
  it('a file as Moot Council wrote it verifies: every entry carries a sha256 hash chained from the header', () => {
    const path = written();
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ chain: 'sha256' });
    expect(lines.slice(1).every((l) => /,"hash":"[0-9a-f]{64}"\}$/.test(l))).toBe(true);
    expect(readSessionFile(path).integrity).toMatchObject({ status: 'verified', editedEntries: [], summary: expect.stringMatching(/^Verified: the record's \d+ entries are as Moot Council wrote them/) });
  });

  it("a veto edited into a yes is caught, named by entry, what it records and who, and the file still opens marked edited", () => {
    let vetoLine = -1;
    const path = written((lines) =>
      lines.map((line, i) => {
        if (!line.includes('"by":"rus"') || !line.includes('"vote":"no"')) return line;
        vetoLine = i;
        return line.replace('"vote":"no"', '"vote":"yes"');
      }),
    );
    expect(vetoLine).toBeGreaterThan(0);
    const file = readSessionFile(path);
    // The edit changes the judgment: no veto any more.
    expect(file.state.drafts.d1!.status).toBe('adopted');
    expect(file.integrity.status).toBe('edited');
    expect(file.integrity.editedEntries).toEqual([vetoLine]);
    expect(file.integrity.summary).toBe(
      `Edited outside Moot Council: entry ${vetoLine} (Voting, by Russian Federation, ${file.log[vetoLine - 1]!.at.slice(0, 10)} ${file.log[vetoLine - 1]!.at.slice(11, 19)} UTC) does not match the record's tamper-evidence chain. The record may not be what was played; the session opens, marked unverified.`,
    );
    const journal = Journal.open(path);
    expect(journal.integrity.status).toBe('edited');
    expect(journal.submit({ by: 'chair', at: '2030-01-02T00:00:00.000Z', event: { type: 'phase.advance' } }).ok).toBe(true);
    journal.close();
    // Playing on does not launder the edit.
    expect(readSessionFile(path).integrity).toMatchObject({ status: 'edited', editedEntries: [vetoLine] });
  });

  it('a seat kind or the seed changed in the header is caught at the first entry', () => {
    const seed = written((lines) => [lines[0]!.replace('"seed":3', '"seed":4'), ...lines.slice(1)]);
    expect(readSessionFile(seed).integrity).toMatchObject({ status: 'edited', editedEntries: [1], summary: expect.stringContaining('or the header before it, with the scenario, the seats and the seed, was changed') });
    const kind = written((lines) => [lines[0]!.replace('{"id":"fra","kind":"ai"', '{"id":"fra","kind":"human"'), ...lines.slice(1)]);
    expect(readSessionFile(kind).integrity).toMatchObject({ status: 'edited', editedEntries: [1] });
  });

  it('an entry whose hash was stripped is caught', () => {
    const stripped = written((lines) => lines.map((l, i) => (i === 6 ? l.replace(/,"hash":"[0-9a-f]{64}"\}$/, '}') : l)));
    expect(readSessionFile(stripped).integrity).toMatchObject({ status: 'edited', summary: expect.stringContaining('entry 6 has lost its hash') });
  });

  it('a file written before tamper evidence opens as unverified, and says why', () => {
    const path = written((lines) => [lines[0]!.replace('"chain":"sha256",', ''), ...lines.slice(1).map((l) => l.replace(/,"hash":"[0-9a-f]{64}"\}$/, '}'))]);
    const file = readSessionFile(path);
    expect(file.state).toEqual(vetoed().state);
    expect(file.integrity).toMatchObject({ status: 'unverified', summary: 'Unverified: this record was written before tamper evidence, so changes to it cannot be detected.' });
  });

  it('changing any one entry in any way breaks the chain at exactly that entry', () => {
    const lines = readFileSync(written(), 'utf8').trimEnd().split('\n');
    const path = join(dir, 'property.moot.jsonl');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: lines.length - 1 }), fc.integer({ min: 1, max: 59 }), (entry, second) => {
        const edited = lines.map((l, i) => (i === entry ? l.replace(/"at":"([^"]*?):\d\d\.000Z"/, `"at":"$1:${String(second).padStart(2, '0')}.500Z"`) : l));
        writeFileSync(path, `${edited.join('\n')}\n`);
        let file;
        try {
          file = readSessionFile(path);
        } catch {
          return true; // an edit the rules reject (a time out of order) stops the read anyway
        }
        return file.integrity.status === 'edited' && file.integrity.editedEntries.length === 1 && file.integrity.editedEntries[0] === entry;
      }),
      { numRuns: 40 },
    );
  });
});
