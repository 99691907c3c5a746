import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layout of src/core (docs/architecture.md, "Layers of the core"): a file's name says what it
 * holds, so no two files of the core share one (tests and the `index.ts` barrels excepted), and
 * every folder of the core is a layer the lint rule knows, so none escapes the import order.
 */

const ROOT = join(import.meta.dirname, '..');
const CORE = join(ROOT, 'src', 'core');
/** The import order the lint rule enforces, read from the lint configuration itself. */
const { CORE_LAYERS } = (await import(pathToFileURL(join(ROOT, 'eslint.config.js')).href)) as {
  CORE_LAYERS: readonly string[];
};

function sourceFiles(): string[] {
  return readdirSync(CORE, { recursive: true, encoding: 'utf8' })
    .filter(
      (path) =>
        /\.tsx?$/.test(path) &&
        !/\.test\.tsx?$/.test(path) &&
        !/^index\.tsx?$/.test(basename(path)),
    )
    .map((path) => path.split('\\').join('/'));
}

function sharedNames(paths: readonly string[]): Record<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const path of paths)
    byName.set(basename(path), [...(byName.get(basename(path)) ?? []), path]);
  return Object.fromEntries(
    [...byName]
      .filter(([, where]) => where.length > 1)
      .map(([name, where]) => [name, where.sort()]),
  );
}

describe('the layout of the core', () => {
  it('gives no two source files the same name', () => {
    expect(sharedNames(sourceFiles())).toEqual({});
  });

  it('notices two files of the same name in different folders', () => {
    expect(sharedNames(['session/rules.ts', 'law/rules.ts', 'law/facts.ts'])).toEqual({
      'rules.ts': ['law/rules.ts', 'session/rules.ts'],
    });
  });

  it('lists every folder of the core as a layer of the import order', () => {
    const folders = readdirSync(CORE, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect([...folders].sort()).toEqual([...CORE_LAYERS].sort());
  });

  it('has no source file at the top of the core, outside every layer', () => {
    expect(sourceFiles().filter((path) => !path.includes('/'))).toEqual([]);
  });
});
