import type { Command } from 'commander';
import { Option } from 'commander';
import { notBuiltYet } from '../shared';

export function registerScore(program: Command): void {
  program
    .command('score')
    .description("print a session's exposure report")
    .argument('<session>', 'session file')
    .addOption(
      new Option('--format <format>', 'output format').choices(['json', 'md']).default('md'),
    )
    .action(() => notBuiltYet('score'));
}
