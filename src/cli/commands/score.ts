import type { Command } from 'commander';
import { Option } from 'commander';
import { adjudicate, factsInputFromRecord, renderJudgmentMarkdown } from '../../core/law';
import { whatIfReport } from '../../core/law/what-if';
import { renderWhatIfMarkdown } from '../../core/law/what-if-markdown';
import { EXIT } from '../shared';
import { readSessionForCommand, reportSessionNotices } from '../session-input';

export interface ScoreCommandOptions {
  format: 'json' | 'md';
  /** Add, per finding, the changes to the state's own decisions that would have changed it (docs/law.md §13). */
  explainChanges?: boolean;
}

/**
 * `moot-council score SESSION --format json|md [--explain-changes]` (docs/design.md §5.1-§5.2): replays the
 * session file and prints the exposure report, as JSON (the report contract, docs/law.md) or as a
 * short Markdown judgment; with --explain-changes, what would have changed each finding (docs/law.md §13).
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
  const whatIf = options.explainChanges ? whatIfReport(factsInputFromRecord(file.scenario, file.state)) : null;
  if (options.format === 'json') process.stdout.write(`${JSON.stringify(whatIf ? { ...report, whatIf } : report, null, 2)}\n`);
  else process.stdout.write(`${renderJudgmentMarkdown(report, file.scenario)}${whatIf ? renderWhatIfMarkdown(whatIf) : ''}`);
  return EXIT.ok;
}

export function registerScore(program: Command): void {
  program
    .command('score')
    .description("print a session's exposure report")
    .argument('<session>', 'session file')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'md']).default('md'))
    .option('--explain-changes', "add, for each finding, the smallest changes to the state's own decisions that would have changed it")
    .action((session: string, options: ScoreCommandOptions) => {
      process.exitCode = score(session, options);
    });
}
