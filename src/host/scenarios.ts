import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { loadScenarioText, type ScenarioProblem } from '../core/scenario/load';
import type { Scenario } from '../core/scenario/schema';
import { OPENING_ROUND, publicScenario } from '../core/session/view';
import { UN_MEMBER_BY_CODE } from '../core/scenario/un-members';
import type { ScenarioOverview, ScenarioSummary, ScenarioTeachingNotes } from '../core/protocol';

const SCENARIO_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

export type LoadedScenario =
  | { ok: true; file: string; scenario: Scenario }
  | { ok: false; file: string; problems: ScenarioProblem[] };

/**
 * Reads the scenario files of the scenarios folder and of the folders added in the app
 * (`*.yaml`, `*.yml`, `*.json`), caching each by modification time so the Home list stays cheap
 * when nothing changed. Files whose name starts with "_" (the authors' template, drafts) are not
 * playable and not listed. Where two files share a scenario id, the first folder's wins.
 */
export class ScenarioStore {
  private readonly cache = new Map<string, { mtimeMs: number; loaded: LoadedScenario }>();
  /** Scenario files opened in the app (File › Open scenario…), by scenario id: they win over the folders'. */
  private readonly opened = new Map<string, LoadedScenario>();

  /** `added`: the folders added in the app, read after `dir` (ScenarioFolderSettings). */
  constructor(
    readonly dir: string,
    private readonly added: () => readonly string[] = () => [],
  ) {}

  /** Every folder read, the scenarios folder first. */
  folders(): string[] {
    return [this.dir, ...this.added().filter((f) => f !== this.dir)];
  }

  async loadAll(): Promise<LoadedScenario[]> {
    const loaded: LoadedScenario[] = [];
    for (const folder of this.folders()) {
      for (const name of await scenarioFileNames(folder)) loaded.push(await this.loadFile(folder, name));
    }
    return loaded;
  }

  private async loadFile(folder: string, name: string): Promise<LoadedScenario> {
    const path = join(folder, name);
    try {
      const { mtimeMs, size } = await stat(path);
      const cached = this.cache.get(path);
      if (cached && cached.mtimeMs === mtimeMs) return cached.loaded;
      const result: LoadedScenario =
        size > 4 * 1024 * 1024
          ? {
              ok: false,
              file: name,
              problems: [{ path: '', message: `file is ${size} bytes; too large` }],
            }
          : toLoaded(name, loadScenarioText(await readFile(path, 'utf8')));
      this.cache.set(path, { mtimeMs, loaded: result });
      return result;
    } catch (error) {
      return {
        ok: false,
        file: name,
        problems: [{ path: '', message: `cannot read: ${(error as Error).message}` }],
      };
    }
  }

  async summaries(): Promise<ScenarioSummary[]> {
    return (await this.loadAll()).map(toSummary);
  }

  /** Keeps a valid scenario opened in the app, so its overview and new sessions find it by id. */
  open(file: string, scenario: Scenario): void {
    this.opened.set(scenario.id, { ok: true, file, scenario });
  }

  /** The scenario with this id, or the file's problems if the file of that name is broken. */
  async get(id: string): Promise<LoadedScenario | undefined> {
    const opened = this.opened.get(id);
    if (opened) return opened;
    const all = await this.loadAll();
    return (
      all.find((s) => s.ok && s.scenario.id === id) ??
      all.find((s) => !s.ok && basename(s.file, extname(s.file)) === id)
    );
  }
}

/** The playable scenario files of one folder, by name; none if the folder is gone. */
async function scenarioFileNames(folder: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
  return names
    .filter((n) => !n.startsWith('_') && !n.startsWith('.') && SCENARIO_EXTENSIONS.has(extname(n).toLowerCase()))
    .sort();
}

function toLoaded(file: string, result: ReturnType<typeof loadScenarioText>): LoadedScenario {
  return result.ok
    ? { ok: true, file, scenario: result.scenario }
    : { ok: false, file, problems: result.problems };
}

export function toSummary(loaded: LoadedScenario): ScenarioSummary {
  if (!loaded.ok) return { ok: false, file: loaded.file, problems: loaded.problems };
  const s = loaded.scenario;
  return {
    ok: true,
    id: s.id,
    file: loaded.file,
    title: s.title,
    summary: s.summary,
    kind: s.kind,
    ...(s.year !== undefined ? { year: s.year } : {}),
    states: s.states.length,
    rounds: s.roundPlan.rounds,
    territorialState: s.crisis.territorialState,
  };
}

/**
 * The public overview of a scenario (`scenario.get`): publicScenario at the opening round, the one
 * rule of what everyone may see (src/core/session/view.ts), with the states' display names.
 */
export function toOverview(file: string, scenario: Scenario): ScenarioOverview {
  const open = publicScenario(scenario, OPENING_ROUND);
  const names: Record<string, string> = {};
  const nameOf = (code: string): string => {
    const fromScenario = open.states.find((s) => s.code === code)?.name;
    const fictional = open.fictionalStates.find((s) => s.code === code)?.name;
    return fromScenario ?? fictional ?? UN_MEMBER_BY_CODE.get(code)?.name ?? code;
  };
  const mention = (code: string) => {
    names[code] = nameOf(code);
  };
  mention(open.crisis.territorialState);
  open.crisis.perpetrators.forEach((p) => p.state && mention(p.state));
  [...open.council.permanent, ...open.council.elected].forEach(mention);
  open.states.forEach((s) => mention(s.code));
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { states, teachingNotes, relationships, intelligence, injects, positions, ...rest } = open;
  return {
    ...rest,
    file,
    states: states.map((s) => ({ code: s.code, name: nameOf(s.code) })),
    names,
  };
}

/**
 * A scenario's teaching notes for the facilitator (`scenario.teachingNotes`), with the display
 * names of the states they mention. Never part of the public overview.
 */
export function toTeachingNotes(scenario: Scenario): ScenarioTeachingNotes {
  const notes = scenario.teachingNotes;
  const codes = new Set([...notes.expectedFindings.map((f) => f.state), ...notes.expectedOrdering]);
  const names: Record<string, string> = {};
  for (const code of codes) names[code] = scenario.states.find((s) => s.code === code)?.name ?? scenario.fictionalStates.find((s) => s.code === code)?.name ?? UN_MEMBER_BY_CODE.get(code)?.name ?? code;
  return { notes, names };
}
