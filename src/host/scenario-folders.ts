import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, normalize } from 'node:path';
import { writeFileAtomically } from './atomic-write';

/**
 * The scenario folders an instructor added in the app (Home › Scenario folders), beyond the
 * folder the app ships or was started with. Kept in the host's settings file when it has one (the
 * desktop app and `npm run host` use `settings.json` in the data folder), else for the host's life.
 */
export class ScenarioFolderSettings {
  private folders: string[];

  constructor(private readonly settingsFile?: string) {
    this.folders = settingsFile ? readFolders(settingsFile) : [];
  }

  list(): readonly string[] {
    return this.folders;
  }

  /** Adds a folder of this computer; refuses, in words, a path that is not an existing folder. */
  add(path: string): void {
    const folder = normalize(path.trim());
    if (!isAbsolute(folder)) throw new Error(`"${path}" is not a full path; give the folder's whole path, e.g. /home/you/scenarios.`);
    let isFolder = false;
    try {
      isFolder = statSync(folder).isDirectory();
    } catch {
      throw new Error(`There is no folder at ${folder}.`);
    }
    if (!isFolder) throw new Error(`${folder} is a file, not a folder.`);
    if (!this.folders.includes(folder)) this.folders = [...this.folders, folder];
    this.save();
  }

  remove(path: string): void {
    this.folders = this.folders.filter((f) => f !== normalize(path.trim()));
    this.save();
  }

  private save(): void {
    if (!this.settingsFile) return;
    mkdirSync(dirname(this.settingsFile), { recursive: true });
    let settings: Record<string, unknown> = {};
    try {
      settings = JSON.parse(readFileSync(this.settingsFile, 'utf8')) as Record<string, unknown>;
    } catch {
      settings = {};
    }
    writeFileAtomically(this.settingsFile, `${JSON.stringify({ ...settings, scenarioFolders: this.folders }, null, 2)}\n`);
  }
}

function readFolders(settingsFile: string): string[] {
  try {
    const settings = JSON.parse(readFileSync(settingsFile, 'utf8')) as { scenarioFolders?: unknown };
    return Array.isArray(settings.scenarioFolders) ? settings.scenarioFolders.filter((f): f is string => typeof f === 'string' && isAbsolute(f)) : [];
  } catch {
    return [];
  }
}
