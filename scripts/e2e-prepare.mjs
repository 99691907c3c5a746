#!/usr/bin/env node
// Before the end-to-end tests: build the web bundle (browser mode) and, where the Electron
// binary is installed, the desktop app too, so e2e/electron.spec.ts tests the current code.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (args) => {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run([
  join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
  'build',
  '--config',
  'vite.web.config.ts',
  '--logLevel',
  'warn',
]);
if (existsSync(join(root, 'node_modules', 'electron', 'dist'))) {
  run([
    join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
    'build',
    '--logLevel',
    'warn',
  ]);
} else {
  console.log(
    'e2e: Electron binary not installed; building the web bundle only (electron.spec.ts will be skipped).',
  );
}
