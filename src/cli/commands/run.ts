import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { formatProblem, loadScenarioText } from '../../core/scenario/load';
import { stateName } from '../../core/scenario/membership';
import type { Scenario } from '../../core/scenario/schema';
import { aiDelegatePolicy } from '../../core/ai';
import { runSession, ScriptError } from '../../core/session/driver';
import type { SessionConfig } from '../../core/session/events';
import { EMPTY_SCRIPT, loadSessionScript, scriptedButNotSeated, type SessionScript } from '../../core/session/script';
import { sessionFileHeader, writeSessionFile } from '../../host/session-file';
import { EXIT } from '../shared';

export interface RunCommandOptions {
  script?: string;
  seed?: string;
  out: string;
  continueOnRefusal?: boolean;
}

function namesOf(scenario: Scenario, codes: readonly string[]): string {
  return codes.map((code) => stateName(scenario, code)).join(', ');
}

/** Says which delegations the AI plays, so that a seat left out of the script is never played silently. */
function reportAiSeats(scenario: Scenario, config: SessionConfig, script: SessionScript, scriptFile: string): void {
  const ai = config.seats.filter((s) => s.kind === 'ai' && s.state).map((s) => s.state!);
  console.log(ai.length > 0 ? `The AI plays ${ai.length} delegation${ai.length === 1 ? '' : 's'}: ${namesOf(scenario, ai)}.` : 'The AI plays no delegation.');
  const alsoAi = scriptedButNotSeated(script);
  if (alsoAi.length > 0) {
    console.error(
      `${scriptFile}: warning: the script gives moves to ${namesOf(scenario, alsoAi)} but does not list ${alsoAi.length === 1 ? 'it' : 'them'} in seats: ` +
        `the AI plays ${alsoAi.length === 1 ? 'that delegation' : 'those delegations'} once ${alsoAi.length === 1 ? 'its' : 'their'} scripted moves are done.`,
    );
  }
}

async function readText(file: string, what: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot read the ${what}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return null;
  }
}

/**
 * `moot-council run SCENARIO [--script FILE] [--continue-on-refusal] [--seed N] --out SESSION` (docs/design.md §5.1): plays the
 * session headlessly to the debrief and writes the session file. Same inputs, same file, byte
 * for byte.
 */
export async function run(scenarioFile: string, options: RunCommandOptions): Promise<number> {
  const seed = options.seed === undefined ? 1 : Number(options.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31 - 1) {
    console.error(`--seed: expected a whole number from 0 to ${2 ** 31 - 1}, got "${options.seed}"`);
    return EXIT.usage;
  }
  const scenarioText = await readText(scenarioFile, 'scenario');
  if (scenarioText === null) return EXIT.invalid;
  const loaded = loadScenarioText(scenarioText);
  if (!loaded.ok) {
    for (const problem of loaded.problems) console.error(`${scenarioFile}: ${formatProblem(problem)}`);
    return EXIT.invalid;
  }
  let script: SessionScript = EMPTY_SCRIPT;
  if (options.script !== undefined) {
    const scriptText = await readText(options.script, 'script');
    if (scriptText === null) return EXIT.invalid;
    const parsed = loadSessionScript(scriptText);
    if (!parsed.ok) {
      for (const problem of parsed.problems) console.error(`${options.script}: ${formatProblem(problem)}`);
      return EXIT.invalid;
    }
    script = parsed.script;
  }
  let result;
  try {
    result = runSession(loaded.scenario, {
      seed,
      script,
      policy: aiDelegatePolicy,
      ...(options.continueOnRefusal ? { continueOnRefusal: true } : {}),
    });
  } catch (error) {
    if (error instanceof ScriptError) {
      console.error(`${options.script}: ${error.message.replace(/^script: /, '')}`);
      return EXIT.invalid;
    }
    throw error;
  }
  if (options.script !== undefined) reportAiSeats(loaded.scenario, result.config, script, options.script);
  for (const refused of result.refusedMoves) {
    console.error(`${options.script}: refused, and the run went on: ${refused.where} (${refused.event}) in round ${refused.round}, ${refused.phase}: ${refused.reason}`);
  }
  writeSessionFile(options.out, sessionFileHeader(loaded.scenario, result.config), result.log);
  const { state } = result;
  const drafts = Object.values(state.drafts);
  console.log(
    `${options.out}: ${result.log.length} entries, ${state.round} round${state.round === 1 ? '' : 's'}, ` +
      `${drafts.length} draft${drafts.length === 1 ? '' : 's'} (${drafts.filter((d) => d.status === 'adopted').length} adopted, ` +
      `${drafts.filter((d) => d.status === 'vetoed').length} vetoed), Uniting for Peace ${state.unitingForPeace.status}.`,
  );
  return EXIT.ok;
}

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('play a session headlessly to the end; seats not scripted are played by AI delegates')
    .argument('<scenario>', 'scenario file')
    .option('--script <file>', 'session script (docs/session-script.md)')
    .option('--continue-on-refusal', 'record a scripted move that is never in order as refused and play on (default: stop the run)')
    .option('--seed <n>', 'random seed (same scenario, script and seed give the same session)', '1')
    .requiredOption('--out <session>', 'session file to write')
    .action(async (scenario: string, options: RunCommandOptions) => {
      process.exitCode = await run(scenario, options);
    });
}
