import type { Command } from 'commander';
import { notBuiltYet } from '../shared';

export function registerRun(program: Command): void {
  program
    .command('run')
    .description(
      'play a session headlessly to the end; seats not scripted are played by AI delegates',
    )
    .argument('<scenario>', 'scenario file')
    .option('--script <file>', 'session script (docs/session-script.md)')
    .option('--seed <n>', 'random seed (same scenario, script and seed give the same session)')
    .requiredOption('--out <session>', 'session file to write')
    .action(() => notBuiltYet('run'));
}
