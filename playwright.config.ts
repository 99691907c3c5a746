import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the real UI through browser mode (the host serving out/web) in
 * Debian's Chromium — no browser is ever downloaded — and the desktop app through Playwright's
 * Electron support where the Electron binary is installed.
 */
export const E2E_PORT = Number(process.env.MOOT_COUNCIL_E2E_PORT ?? 5399);
const chromium = process.env.MOOT_COUNCIL_CHROMIUM ?? '/usr/bin/chromium';
/**
 * The e2e host keeps its sessions and settings in a data folder of its own, never in the user's
 * `~/.moot-council`. In CI (a fresh host each run) the folder starts empty; only the runner's main
 * process clears it (workers load this file too, while the host is running).
 */
const e2eHome = join(tmpdir(), `moot-council-e2e-${E2E_PORT}`);
if (process.env.CI && process.env.TEST_WORKER_INDEX === undefined) {
  rmSync(e2eHome, { recursive: true, force: true });
}

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}/`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testMatch: /.*\.spec\.ts/,
      testIgnore: /electron\.spec\.ts/,
      use: {
        browserName: 'chromium',
        viewport: { width: 1360, height: 860 },
        launchOptions: {
          executablePath: chromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-dev-shm-usage',
          ],
        },
      },
    },
    {
      name: 'electron',
      testMatch: /electron\.spec\.ts/,
    },
  ],
  webServer: {
    command: `node scripts/host.mjs --port ${E2E_PORT}`,
    url: `http://127.0.0.1:${E2E_PORT}/`,
    reuseExistingServer: !process.env.CI,
    env: { MOOT_COUNCIL_HOME: e2eHome },
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
