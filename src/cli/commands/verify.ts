import type { Command } from 'commander';
import { EXIT } from '../shared';
import { readSessionForCommand } from '../session-input';

/**
 * `moot-council verify SESSION`: checks the session file's tamper-evidence chain
 * (docs/session-log.md §2.1) and says in one line whether the record is as Moot Council wrote it.
 * Exit 0 if it verifies; 1 if it was edited, was written before tamper evidence, has a damaged
 * last line, or cannot be read.
 */
export function verify(sessionFile: string): number {
  const file = readSessionForCommand(sessionFile);
  if (!file) return EXIT.invalid;
  const { integrity, damagedTail } = file;
  const tail = damagedTail
    ? ` The last line (line ${damagedTail.line}) is ${damagedTail.complete ? 'complete but damaged' : 'cut short'} and was not checked.`
    : '';
  if (integrity.status === 'verified' && !damagedTail) {
    console.log(`${sessionFile}: ${integrity.summary.replace(/\.$/, '')}; its last hash is ${integrity.head}.`);
    return EXIT.ok;
  }
  console.log(`${sessionFile}: ${integrity.summary}${tail}`);
  return EXIT.invalid;
}

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description("check that a session file is as Moot Council wrote it (its entries' hash chain); exit 0 if so")
    .argument('<session>', 'session file')
    .action((session: string) => {
      process.exitCode = verify(session);
    });
}
