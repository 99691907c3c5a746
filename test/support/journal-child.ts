/**
 * A separate process that writes a session journal, for the tests that need two processes or a
 * kill -9 (test/journal-processes.test.ts). Bundled once per test run and started with plain node.
 *
 *   node journal-child.cjs write SESSION SCENARIO   creates SESSION and submits crashCommand(0),
 *                                                   (1), … for ever, printing "ack <seq>" after
 *                                                   each submit returns (after its fsync)
 *   node journal-child.cjs write-yielding SESSION SCENARIO
 *                                                   the same, letting the event loop turn after
 *                                                   each acknowledgement (so the journal writes its
 *                                                   snapshots, as in the host)
 *   node journal-child.cjs hold SESSION             opens SESSION and holds it until stdin closes
 */
import { readFileSync } from 'node:fs';
import { loadScenarioText } from '../../src/core/scenario/load';
import { Journal } from '../../src/host/journal';
import { crashCommand, crashConfig } from './crash-session';

const [mode, session, scenarioFile] = process.argv.slice(2);

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

try {
  if (mode === 'hold') {
    const journal = Journal.open(session!);
    say(`held ${process.pid}`);
    process.stdin.resume();
    process.stdin.on('end', () => {
      journal.close();
      process.exit(0);
    });
  } else {
    const loaded = loadScenarioText(readFileSync(scenarioFile!, 'utf8'));
    if (!loaded.ok) throw new Error('the scenario is not valid');
    const journal = Journal.create(session!, loaded.scenario, crashConfig(loaded.scenario));
    say('ready');
    const submit = (i: number) => {
      const result = journal.submit(crashCommand(i));
      if (!result.ok) throw new Error(`command ${i} was rejected: ${result.reason}`);
      say(`ack ${result.entry.seq}`);
    };
    if (mode === 'write-yielding') {
      const next = (i: number): void => {
        try {
          submit(i);
          setImmediate(() => next(i + 1));
        } catch (error) {
          fail(error);
        }
      };
      next(0);
    } else {
      for (let i = 0; ; i += 1) submit(i);
    }
  }
} catch (error) {
  fail(error);
}

function fail(error: unknown): never {
  say(`error ${(error as Error).message}`);
  process.exit(1);
}
