#!/usr/bin/env node
// Run before `npm start`: makes sure Electron's binary is present. npm may have skipped
// electron's install script (ELECTRON_SKIP_BINARY_DOWNLOAD, --ignore-scripts, an offline
// install); then we run it now, and if the download fails we say so plainly.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
const distDir = join(electronDir, 'dist');
const pathFile = join(electronDir, 'path.txt');

if (existsSync(distDir) && existsSync(pathFile)) process.exit(0);

if (!existsSync(join(electronDir, 'install.js'))) {
  console.error('moot-council: the electron package is not installed. Run "npm install" first.');
  process.exit(1);
}

console.log('Electron binary missing (node_modules/electron/dist): downloading it now…');
const env = { ...process.env };
delete env.ELECTRON_SKIP_BINARY_DOWNLOAD; // the user asked to start the app: fetch it now
const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
  cwd: electronDir,
  stdio: 'inherit',
  env,
});

if (result.status !== 0 || !existsSync(distDir)) {
  console.error(
    [
      '',
      'moot-council: the Electron binary could not be downloaded.',
      'The desktop app needs it (about 100 MB from github.com/electron/electron/releases).',
      'Check your internet connection or proxy (ELECTRON_MIRROR, HTTPS_PROXY), then run "npm start" again.',
      '',
      'Meanwhile you can use Moot Council in your browser:  npm run host',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
console.log('Electron binary installed.');
