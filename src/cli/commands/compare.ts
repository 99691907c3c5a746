import type { Command } from 'commander';
import { Option } from 'commander';
import { renderComparisonMarkdown } from '../../core/law';
import { ForkError } from '../../core/session';
import { compareSessions, sessionName } from '../../host/session-fork';
import { EXIT } from '../shared';
import { readSessionForCommand, reportSessionNotices } from '../session-input';

export interface CompareCommandOptions {
  format: 'json' | 'md';
}

/**
 * `moot-council compare A B --format md|json` (docs/fork.md): the two sessions' judgments side by
 * side: findings added, removed and changed, and every state's exposure before (A) and after (B).
 * A session whose judgment is not yet delivered is compared on its assessment so far, with a note.
 */
export function compare(before: string, after: string, options: CompareCommandOptions): number {
  const a = readSessionForCommand(before);
  const b = readSessionForCommand(after);
  if (!a || !b) return EXIT.invalid;
  reportSessionNotices(before, a);
  reportSessionNotices(after, b);
  for (const [name, file] of [
    [before, a],
    [after, b],
  ] as const) {
    if (file.state.phase !== 'debrief') console.error(`${name}: its judgment has not been delivered; it is compared on the assessment of its record so far.`);
  }
  try {
    const comparison = compareSessions(a, b);
    const names = { before: sessionName(before), after: sessionName(after) };
    if (options.format === 'json') process.stdout.write(`${JSON.stringify({ ...names, ...comparison }, null, 2)}\n`);
    else process.stdout.write(renderComparisonMarkdown(comparison, names));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof ForkError) {
      console.error(`moot-council compare: ${error.message}`);
      return EXIT.invalid;
    }
    throw error;
  }
}

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description("two sessions' judgments side by side: findings added, removed and changed, exposures before and after")
    .argument('<before>', 'the first session file (e.g. the original)')
    .argument('<after>', 'the second session file (e.g. its fork, played differently)')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'md']).default('md'))
    .action((before: string, after: string, options: CompareCommandOptions) => {
      process.exitCode = compare(before, after, options);
    });
}
