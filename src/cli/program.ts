import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { registerValidate } from './commands/validate';
import { registerRun } from './commands/run';
import { registerScore } from './commands/score';
import { registerExport } from './commands/export';
import { registerBench } from './commands/bench';
import { registerVerify } from './commands/verify';
import { registerFork } from './commands/fork';
import { registerCompare } from './commands/compare';
import { EXIT } from './shared';

export { EXIT, notBuiltYet } from './shared';

export function packageVersion(): string {
  const pkg = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'),
  ) as {
    version: string;
  };
  return pkg.version;
}

export function createProgram(): Command {
  const program = new Command('moot-council')
    .description(
      'Moot Council: a Security Council / General Assembly atrocity-crisis moot court.\n' +
        'Validate scenarios, play sessions headlessly, score and export debriefs, verify session files, fork a session from a round and compare judgments.',
    )
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run "moot-council --help" for usage)')
    .exitOverride((error) => {
      // commander exits 1 on usage errors; we keep 1 for "invalid input" and use 2 for usage.
      if (
        error.exitCode === 0 ||
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version'
      ) {
        process.exit(0);
      }
      process.exit(EXIT.usage);
    });
  registerValidate(program);
  registerRun(program);
  registerScore(program);
  registerExport(program);
  registerVerify(program);
  registerFork(program);
  registerCompare(program);
  registerBench(program);
  return program;
}
