import type { Command } from 'commander';
import { Option } from 'commander';
import { adjudicate, renderJudgmentMarkdown } from '../../core/law';
import { readSessionFile, SessionFileError } from '../../host/session-file';
import { EXIT } from '../shared';

export interface ScoreCommandOptions {
  format: 'json' | 'md';
}

/**
 * `moot-council score SESSION --format json|md` (docs/design.md §5.1-§5.2): replays the session file and prints
 * the exposure report, as JSON (the report contract, docs/law.md) or as a short Markdown judgment.
 * Same session file, same output, byte for byte.
 */
export function score(sessionFile: string, options: ScoreCommandOptions): number {
  let file;
  try {
    file = readSessionFile(sessionFile);
  } catch (error) {
    if (error instanceof SessionFileError) {
      console.error(`${sessionFile}: ${error.message}`);
      return EXIT.invalid;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code) {
      console.error(`${sessionFile}: cannot read the session file: ${code}`);
      return EXIT.invalid;
    }
    throw error;
  }
  for (const warning of file.warnings) console.error(`${sessionFile}: ${warning}`);
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
