import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import { TranscriptPerspectiveError } from '../../core/transcript';
import { exportTranscript, type ExportFormat } from '../../host/export';
import { EXIT } from '../shared';
import { readSessionForCommand, reportSessionNotices } from '../session-input';

export interface ExportCommandOptions {
  format: ExportFormat;
  output: string;
  as?: string;
  /** commander's --no-appendix sets it false. */
  appendix?: boolean;
}

/**
 * `moot-council export SESSION --format md|html|pdf|json -o FILE [--as STATE]` (docs/design.md §5.1, §5.5): writes
 * the debrief transcript; with --as, what that state's seat may see, otherwise the facilitator's
 * full record. Exit 0 on success, 1 for a missing or damaged session file or an --as state with no
 * seat, 2 for usage errors (commander).
 */
export async function exportCommand(
  sessionFile: string,
  options: ExportCommandOptions,
): Promise<number> {
  const file = readSessionForCommand(sessionFile);
  if (!file) return EXIT.invalid;
  reportSessionNotices(sessionFile, file);
  let result;
  try {
    result = await exportTranscript(file.scenario, file.state, {
      format: options.format,
      as: options.as ?? null,
      integrity: file.integrity,
      appendix: options.appendix ?? true,
    });
  } catch (error) {
    if (error instanceof TranscriptPerspectiveError) {
      console.error(`--as ${options.as}: ${error.message}`);
      return EXIT.invalid;
    }
    if (options.format === 'pdf') {
      console.error(
        `cannot print the PDF with Chromium: ${(error as Error).message.split('\n')[0]} (set CHROMIUM_PATH to a Chromium or Chrome executable)`,
      );
      return EXIT.invalid;
    }
    throw error;
  }
  try {
    writeFileSync(options.output, result.content);
  } catch (error) {
    console.error(
      `${options.output}: cannot write: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
    return EXIT.invalid;
  }
  const t = result.transcript;
  const who =
    t.perspective.kind === 'seat'
      ? `the record of ${t.perspective.stateName}`
      : "the facilitator's full record";
  console.error(`wrote ${options.output}: ${who}, ${t.session.entries} entries, ${options.format}`);
  return EXIT.ok;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the debrief transcript')
    .argument('<session>', 'session file')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['md', 'html', 'pdf', 'json', 'csv'])
        .default('md'),
    )
    .requiredOption('-o, --output <file>', 'file to write')
    .option('--as <state>', "write only what this state's seat may see (a state code, e.g. FRA)")
    .option(
      '--no-appendix',
      'the debrief alone (the class page and a part per delegation), without the full record after it',
    )
    .action(async (session: string, options: ExportCommandOptions) => {
      process.exitCode = await exportCommand(session, options);
    });
}
