import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFENCE_ARGUMENTS, DUTY_IDS, parameterTable } from '../../src/core/law';

/** docs/law.md documents every parameter (with its current value), every duty and every defence. */

const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'law.md'), 'utf8');

describe('docs/law.md', () => {
  it.each(parameterTable())('lists parameter $name with its value, reference and justification', ({ name, value, reference, justification }) => {
    expect(doc).toContain(`| \`${name}\` | ${value} | ${reference} | ${justification} |`);
  });
  it.each([...DUTY_IDS])('documents the duty %s', (duty) => expect(doc).toContain(`(\`${duty}\`)`));
  it.each([...DEFENCE_ARGUMENTS])('documents the defence %s', (argument) => expect(doc).toContain(`| \`${argument}\` |`));
});
