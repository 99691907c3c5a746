#!/usr/bin/env node
// `npm start`: the desktop app where Electron's binary is present or can be downloaded now;
// otherwise one sentence saying why, then browser mode (scripts/host.mjs, on this machine only)
// opened in the system's browser. The decisions are in scripts/start-plan.ts (tested).
import { existsSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { nextStartStep, hostAddressIn, browserOpenerFor, couldNotOpenBrowserSentence } =
  await import('./start-plan.ts');
const { DEFAULT_BIND, DEFAULT_PORT } = await import('../src/host/server.ts');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');

function probeElectron() {
  return {
    binaryPresent:
      existsSync(join(electronDir, 'dist')) && existsSync(join(electronDir, 'path.txt')),
    installerPresent: existsSync(join(electronDir, 'install.js')),
  };
}

/** Runs electron's own install script quietly: its failure is a stack trace, not for users. */
function downloadElectron() {
  console.log("Moot Council: downloading the desktop app's Electron binary (about 100 MB)…");
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD; // the user asked to start the app: fetch it now
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: 'ignore',
    env,
  });
  return result.status === 0 ? 'downloaded' : 'failed';
}

/** Runs a child process to its end, passing Ctrl-C on, and exits with its code. */
function runToEnd(child) {
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function runDesktop() {
  const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  runToEnd(spawn(process.execPath, [electronVite, 'dev'], { cwd: root, stdio: 'inherit' }));
}

/** The host's usual port when it is free here, otherwise any free one. */
function portForHost() {
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once('error', () => resolvePort(0));
    probe.listen(DEFAULT_PORT, DEFAULT_BIND, () => probe.close(() => resolvePort(DEFAULT_PORT)));
  });
}

function openInBrowser(address) {
  const opener = browserOpenerFor(process.platform, address);
  let reported = false;
  const sayCouldNot = () => {
    if (reported) return;
    reported = true;
    console.log(couldNotOpenBrowserSentence(address));
  };
  try {
    const child = spawn(opener.command, opener.args, {
      stdio: 'ignore',
      detached: true,
      windowsVerbatimArguments: process.platform === 'win32',
    });
    child.once('error', sayCouldNot);
    child.once('exit', (code) => {
      if (code !== 0) sayCouldNot();
    });
    child.unref();
  } catch {
    sayCouldNot();
  }
}

async function runBrowser(sentence) {
  console.log(sentence);
  const port = await portForHost();
  const host = spawn(
    process.execPath,
    [join(root, 'scripts', 'host.mjs'), '--bind', DEFAULT_BIND, '--port', String(port)],
    { cwd: root, stdio: ['inherit', 'pipe', 'inherit'] },
  );
  let opened = false;
  createInterface({ input: host.stdout }).on('line', (line) => {
    console.log(line);
    const address = hostAddressIn(line);
    if (address && !opened) {
      opened = true;
      openInBrowser(address);
    }
  });
  runToEnd(host);
}

let download = 'not-tried';
for (;;) {
  const step = nextStartStep(probeElectron(), download);
  if (step.kind === 'download-electron') {
    download = downloadElectron();
    continue;
  }
  if (step.kind === 'run-desktop') runDesktop();
  else await runBrowser(step.sentence);
  break;
}
