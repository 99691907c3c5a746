import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/**
 * `npm start` on a machine without the desktop app's Electron binary (issue 19 item 1): one
 * sentence saying why, no stack trace, then browser mode on this machine only, opened in the
 * system's browser. The system's opener is replaced by a script that writes down the address it
 * is given, and the Electron download is pointed at a closed loopback port, so nothing leaves
 * this machine and nothing is downloaded.
 */

const electronBinaryPresent = existsSync(join('node_modules', 'electron', 'dist'));

test('npm start without Electron: one sentence, then Moot Council in the browser', async ({ page }) => {
  test.skip(electronBinaryPresent, 'the Electron binary is installed here: npm start opens the desktop app (electron.spec.ts)');
  test.skip(process.platform !== 'linux', 'the system browser is replaced through xdg-open, which only Linux uses');
  test.setTimeout(180_000);
  const bin = mkdtempSync(join(tmpdir(), 'moot-e2e-start-'));
  const opened = join(bin, 'opened.txt');
  writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`);
  chmodSync(join(bin, 'xdg-open'), 0o755);
  const start = spawn(process.execPath, ['scripts/start.mjs'], {
    env: {
      ...process.env,
      PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      MOOT_COUNCIL_HOME: join(bin, 'data'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  start.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  start.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await expect.poll(() => (existsSync(opened) ? readFileSync(opened, 'utf8') : ''), { timeout: 150_000 }).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const address = readFileSync(opened, 'utf8');
    expect(output).toContain('it opens in your browser instead');
    expect(output).toContain(`Moot Council host: ${address}`);
    // A user reads sentences, never a stack trace.
    expect(output).not.toMatch(/TypeError|Error:|\n\s+at /);
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1, name: 'Moot Council' })).toBeVisible();
    await expect(page.getByTestId('scenario-card').first()).toBeVisible();
  } finally {
    if (start.pid) process.kill(-start.pid, 'SIGTERM');
  }
});
