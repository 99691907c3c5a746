import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The code cites the project's design by section ("docs/design.md §2.1"). Every such citation
 * must land on a section that exists, and no citation may point to a design kept outside the
 * repository (the old upper-case "DESIGN" followed by a section sign).
 */

const ROOT = join(import.meta.dirname, '..');
const SCANNED = ['src', 'test', 'scripts', 'docs', 'scenarios', 'e2e', 'eslint.config.js'];
const TEXT = /\.(ts|tsx|js|mjs|md|yaml|yml)$/;

function files(): string[] {
  const out: string[] = [];
  for (const entry of SCANNED) {
    const path = join(ROOT, entry);
    if (TEXT.test(entry)) {
      out.push(path);
      continue;
    }
    for (const name of readdirSync(path, { recursive: true, encoding: 'utf8' })) {
      if (TEXT.test(name)) out.push(join(path, name));
    }
  }
  return out;
}

/** The section numbers of docs/design.md: "1", "1.2", … from its headings. */
function designSections(): Set<string> {
  const text = readFileSync(join(ROOT, 'docs', 'design.md'), 'utf8');
  const sections = new Set<string>();
  for (const match of text.matchAll(/^#{2,3} (\d+(?:\.\d+)?)\.? /gm)) sections.add(match[1]!);
  return sections;
}

/** Every citation of docs/design.md in a text, with the sections it names ("§5.1-§5.2", "§1, §4.2"). */
function citations(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/docs\/design\.md((?:(?:, | and |-| )?§\d+(?:\.\d+)?)+)/g)) {
    for (const section of match[1]!.matchAll(/§(\d+(?:\.\d+)?)/g)) out.push(section[1]!);
  }
  return out;
}

describe('docs/design.md, as the code cites it', () => {
  const sections = designSections();
  const scanned = files().map((path) => ({
    path: path.slice(ROOT.length + 1),
    text: readFileSync(path, 'utf8'),
  }));

  it('has the numbered sections the code relies on', () => {
    for (const section of [
      '1',
      '1.2',
      '2',
      '2.6',
      '3',
      '4',
      '4.2',
      '5',
      '5.1',
      '5.2',
      '5.3',
      '5.4',
      '5.5',
    ]) {
      expect(sections, `§${section}`).toContain(section);
    }
  });

  it('every "docs/design.md §n" citation lands on a section that exists', () => {
    const broken = scanned.flatMap(({ path, text }) =>
      citations(text)
        .filter((section) => !sections.has(section))
        .map((section) => `${path}: §${section}`),
    );
    expect(broken).toEqual([]);
  });

  it('is cited by the code at all (the citations above are really read)', () => {
    expect(scanned.reduce((n, { text }) => n + citations(text).length, 0)).toBeGreaterThan(30);
  });

  it('no file cites a design document outside the repository', () => {
    const outsideCitation = new RegExp(`\\bDESIGN${' '}§`);
    const outside = scanned
      .filter(({ text }) => outsideCitation.test(text))
      .map(({ path }) => path);
    expect(outside).toEqual([]);
  });
});
