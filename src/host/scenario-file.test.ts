import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultScenariosDir } from './paths';
import { scenarioFileMessage } from './scenario-file';

const dir = mkdtempSync(join(tmpdir(), 'moot-scenario-file-'));

describe('a scenario file given to Open…', () => {
  it('is recognised, and a valid one is said to be valid with where to put it', () => {
    const file = join(dir, 'kestria.yaml');
    copyFileSync(join(defaultScenariosDir(), 'training-kestria.yaml'), file);
    expect(scenarioFileMessage(file)).toMatch(/^kestria\.yaml is a scenario file \("Training: the Kestria highlands crisis"\), not a saved session\. It is valid: to play it, put it in the scenarios folder/);
  });

  it("lists an invalid one's problems one to a line, each with the field's path, as moot-council validate does", () => {
    const file = join(dir, 'broken.yaml');
    const text = readFileSync(join(defaultScenariosDir(), 'training-kestria.yaml'), 'utf8').replace(/^title: .*$/m, 'title: 42').replace(/^(\s+)kind: government$/m, '$1kind: junta');
    writeFileSync(file, text);
    const lines = scenarioFileMessage(file)!.split('\n');
    expect(lines[0]).toMatch(/^broken\.yaml is a scenario file, not a saved session, and it has \d+ problems?:$/);
    expect(lines.slice(1).some((l) => l.startsWith('title: '))).toBe(true);
    expect(lines.slice(1).some((l) => /^crisis\.perpetrators\[\d+\]\.kind: /.test(l))).toBe(true);
  });

  it('says nothing of a file that is not a scenario file', () => {
    const file = join(dir, 'notes.moot.jsonl');
    writeFileSync(file, 'hello\n');
    expect(scenarioFileMessage(file)).toBeNull();
  });
});
