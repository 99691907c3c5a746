// Writes docs/scenario.schema.json from the zod scenario schema (`npm run schema`).
// A test (src/core/scenario/membership.test.ts) fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioJsonSchemaText } from '../src/core/scenario/membership';

const target = join(import.meta.dirname, '..', 'docs', 'scenario.schema.json');
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${target}`);
