#!/usr/bin/env node
// `npm run host -- [--port N] [--bind ADDR]`: browser mode. Builds the web bundle when out/web
// is missing, then starts the host (TypeScript sources run through tsx, no build needed).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wantsHelp = process.argv.includes('--help') || process.argv.includes('-h');
const webArg = process.argv.indexOf('--web');

if (!wantsHelp && webArg === -1 && !existsSync(join(root, 'out', 'web', 'index.html'))) {
  console.log('Building the web bundle (out/web) first…');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) {
    console.error('moot-council host: building the web bundle failed (see above).');
    process.exit(build.status ?? 1);
  }
}

const { register } = await import('tsx/esm/api');
register();
await import('../src/host/main.ts');
