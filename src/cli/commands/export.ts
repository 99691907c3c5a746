import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import { TranscriptPerspectiveError } from '../../core/transcript';
import { exportTranscript, type ExportFormat } from '../../host/export';
import { readSessionFile, SessionFileError, type SessionFile } from '../../host/session-file';
import { EXIT } from '../shared';

export interface ExportCommandOptions {
  format: ExportFormat;
  output: string;
  as?: string;
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
  let file: SessionFile;
  try {
    file = readSessionFile(sessionFile);
  } catch (error) {
    if (error instanceof SessionFileError) {
      console.error(
        error.message.startsWith(sessionFile) ? error.message : `${sessionFile}: ${error.message}`,
      );
      return EXIT.invalid;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      console.error(`${sessionFile}: no such session file.`);
      return EXIT.invalid;
    }
    if (code) {
      console.error(`${sessionFile}: cannot read the session file: ${code}`);
      return EXIT.invalid;
    }
    throw error;
  }
  for (const warning of file.warnings) console.error(`${sessionFile}: ${warning}`);
  let result;
  try {
    result = await exportTranscript(file.scenario, file.state, {
      format: options.format,
      as: options.as ?? null,
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
        .choices(['md', 'html', 'pdf', 'json'])
        .default('md'),
    )
    .requiredOption('-o, --output <file>', 'file to write')
    .option('--as <state>', "write only what this state's seat may see (a state code, e.g. FRA)")
    .action(async (session: string, options: ExportCommandOptions) => {
      process.exitCode = await exportCommand(session, options);
    });
}
