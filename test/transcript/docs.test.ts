import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { transcriptSchema } from '../../src/core/transcript';

/** docs/transcript.md documents the JSON field by field: every field of the zod schema has its row. */
const docs = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'transcript.md'), 'utf8');

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Every field as [object path, field name], e.g. ['ballots[].tally', 'required']. */
function fields(schema: z.ZodType, path: string, out: [string, string][] = []): [string, string][] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      for (const [key, value] of Object.entries(def.shape!)) {
        out.push([path, key]);
        fields(value, path ? `${path}.${key}` : key, out);
      }
      break;
    case 'array':
      fields(def.element!, `${path}[]`, out);
      break;
    case 'nullable':
    case 'optional':
    case 'default':
      fields(def.innerType!, path, out);
      break;
    case 'union':
      for (const option of def.options!) fields(option, path, out);
      break;
  }
  return out;
}

/** The docs' sections: "### `ballots[].tally`" → its text. */
function sections(): Map<string, string> {
  const map = new Map<string, string>();
  const parts = docs.split(/^### /m).slice(1);
  for (const part of parts) {
    const heading = /^`([^`]+)`/.exec(part);
    if (heading) map.set(heading[1] === '(root)' ? '' : heading[1]!, part);
  }
  return map;
}

describe('docs/transcript.md', () => {
  it('has a row for every field of the transcript schema, under its object', () => {
    const bySection = sections();
    const missing: string[] = [];
    for (const [parent, key] of fields(transcriptSchema, '')) {
      const section = bySection.get(parent);
      // a table row whose first cell is the field (Prettier pads the cells)
      const row = new RegExp(`^\\|\\s*\`${key}\`\\s*\\|`, 'm');
      if (!section || !row.test(section)) missing.push(parent ? `${parent}.${key}` : key);
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});
