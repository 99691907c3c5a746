import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { formatProblem, loadScenarioText } from '../../core/scenario/load';
import { EXIT } from '../shared';

/**
 * `moot-council validate FILE`: exit 0 and "valid: <title>" for a valid scenario; otherwise
 * exit 1 with one line per problem, "path: message" (docs/design.md §5.1).
 */
export async function validate(file: string): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    console.error(
      `${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
    return EXIT.invalid;
  }
  const result = loadScenarioText(text);
  if (result.ok) {
    console.log(`valid: ${result.scenario.title}`);
    return EXIT.ok;
  }
  for (const problem of result.problems) console.log(formatProblem(problem));
  return EXIT.invalid;
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description(
      'check a scenario file (YAML or JSON); one line per problem, naming the field path',
    )
    .argument('<file>', 'scenario file')
    .action(async (file: string) => {
      process.exitCode = await validate(file);
    });
}
