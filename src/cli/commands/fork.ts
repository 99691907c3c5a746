import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { ForkError } from '../../core/session';
import { writeSessionFile } from '../../host/journal';
import { forkOriginWords, forkRecord, parseHandovers } from '../../host/session-fork';
import { EXIT } from '../shared';
import { readSessionForCommand, reportSessionNotices } from '../session-input';

export interface ForkCommandOptions {
  round: string;
  out: string;
  seat?: string[];
}

/**
 * `moot-council fork SESSION --round N --out NEW [--seat FRA=human …]` (docs/fork.md): writes a
 * new session file with the same scenario, seed and record up to the start of round N, ready to be
 * played on (in the app or with `run`). Exit 0 on success; 1 if the session cannot be forked; 2 on
 * a usage error. Never overwrites a file.
 */
export function fork(sessionFile: string, options: ForkCommandOptions): number {
  const round = Number(options.round);
  if (!/^\d+$/.test(options.round)) {
    console.error(`moot-council fork: --round takes a round's number (1, 2, …), not "${options.round}".`);
    return EXIT.usage;
  }
  if (existsSync(options.out)) {
    console.error(`${options.out}: already exists; fork writes a new session file, never over another.`);
    return EXIT.invalid;
  }
  const file = readSessionForCommand(sessionFile);
  if (!file) return EXIT.invalid;
  reportSessionNotices(sessionFile, file);
  try {
    const made = forkRecord(file, sessionFile, round, parseHandovers(file, options.seat ?? []));
    writeSessionFile(options.out, made.header, made.log);
    console.log(`${options.out}: ${forkOriginWords(made.header.forkedFrom!)}`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof ForkError) {
      console.error(`${sessionFile}: ${error.message}`);
      return EXIT.invalid;
    }
    throw error;
  }
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function registerFork(program: Command): void {
  program
    .command('fork')
    .description('start a new session from the start of a round of another (same scenario, seed and record up to then)')
    .argument('<session>', 'session file to fork')
    .requiredOption('--round <n>', 'the round to play again from (1, 2, …)')
    .requiredOption('--out <file>', 'the new session file (never overwritten)')
    .option('--seat <state=kind>', 'hand a seat to a person or an AI delegation at the fork, e.g. FRA=human (repeatable)', collect)
    .action((session: string, options: ForkCommandOptions) => {
      process.exitCode = fork(session, options);
    });
}
