import type { Command } from 'commander';
import { notBuiltYet } from '../shared';

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('measure replay, adjudication and AI speed on the shipped scenarios')
    .action(() => notBuiltYet('bench'));
}
