import type { Command } from 'commander';
import { Option } from 'commander';
import { adjudicate, renderJudgmentMarkdown } from '../../core/law';
import { EXIT } from '../shared';
import { readSessionForCommand, reportSessionNotices } from '../session-input';

export interface ScoreCommandOptions {
  format: 'json' | 'md';
}

/**
 * `moot-council score SESSION --format json|md` (docs/design.md §5.1-§5.2): replays the session file and prints
 * the exposure report, as JSON (the report contract, docs/law.md) or as a short Markdown judgment.
 * Same session file, same output, byte for byte.
 */
export function score(sessionFile: string, options: ScoreCommandOptions): number {
  const file = readSessionForCommand(sessionFile);
  if (!file) return EXIT.invalid;
  reportSessionNotices(sessionFile, file);
  const report = adjudicate(file.scenario, file.state);
  // A reader that closes the pipe early (e.g. `| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    throw error;
  });
  process.stdout.write(options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderJudgmentMarkdown(report, file.scenario));
  return EXIT.ok;
}

export function registerScore(program: Command): void {
  program
    .command('score')
    .description("print a session's exposure report")
    .argument('<session>', 'session file')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'md']).default('md'))
    .action((session: string, options: ScoreCommandOptions) => {
      process.exitCode = score(session, options);
    });
}
