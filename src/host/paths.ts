import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where Moot Council keeps per-user data: `$MOOT_COUNCIL_HOME` if set, else `~/.moot-council`.
 * Sessions live in its `sessions/` folder (documented in README.md).
 */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.MOOT_COUNCIL_HOME?.trim();
  return override ? resolve(override) : join(homedir(), '.moot-council');
}

export function sessionsDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataDir(env), 'sessions');
}

/** The host's settings (the scenario folders added in the app), in the data folder. */
export function settingsFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataDir(env), 'settings.json');
}

/** The repository root when running from source (src/host/ is two levels down). */
export function repoRoot(): string {
  return resolve(import.meta.dirname, '..', '..');
}

/** Shipped scenarios when running from source. The Electron shell passes its own path. */
export function defaultScenariosDir(): string {
  return join(repoRoot(), 'scenarios');
}

/** The web bundle built by `npm run build:web`. */
export function defaultWebRoot(): string {
  return join(repoRoot(), 'out', 'web');
}

/** The program's version, from package.json beside the sources or the build ("0.0.0" if unreadable). */
export function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
