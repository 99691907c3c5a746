import type { Command } from 'commander';
import { Option } from 'commander';
import { notBuiltYet } from '../shared';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the debrief transcript')
    .argument('<session>', 'session file')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['md', 'html', 'pdf', 'json'])
        .default('md'),
    )
    .requiredOption('-o, --output <file>', 'file to write')
    .option('--as <state>', "write only what this state's seat may see")
    .action(() => notBuiltYet('export'));
}
