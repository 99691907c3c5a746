// `npm run test:crash`: the kill -9 test of the session journal at 120 random kill points
// (test/journal-processes.test.ts; the ordinary suite runs 20).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const vitest = require.resolve('vitest/vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', 'test/journal-processes.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, MOOT_COUNCIL_CRASH_KILLS: process.env.MOOT_COUNCIL_CRASH_KILLS ?? '120' },
});
process.exit(result.status ?? 1);
