// `npm run test:crash`: the kill -9 test of the session journal at 120 random kill points
// (test/journal-processes.test.ts; the ordinary suite runs 20).
import { startVitest } from 'vitest/node';

process.env.MOOT_COUNCIL_CRASH_KILLS ??= '120';
const vitest = await startVitest('test', ['test/journal-processes.test.ts'], { run: true });
await vitest?.close();
process.exit(process.exitCode ?? 0);
