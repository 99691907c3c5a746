import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { delegationsScenario } from './delegations';
import { SCENARIO_DIR } from './fixtures';
import { HostClient, startHost, stopHost } from './host-process';
import { benchFolder, longSessionFile } from './long-log';
import { median, tableRow, type Benchmark, type BenchRow } from './types';

const root = join(import.meta.dirname, '..', '..');
const LONG = 20_000;
const CLASS = 60;
const RUNS = 3;
const FIRST_SCREEN_GOAL_MS = { atMost: 800, of: 'value' } as const;
const HOME_GOAL_MS = { atMost: 600, of: 'value' } as const;
const BLANK = 'bench-blank.html';
/** Waiting for a screen longer than this means it never came. */
const SCREEN_LIMIT_MS = 120_000;

/** The built web bundle (out/web), built first when missing, as `npm run host` does. */
function webBundle(): string {
  const web = join(root, 'out', 'web');
  if (existsSync(join(web, 'index.html'))) return web;
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building the web bundle (npm run build:web) failed');
  return web;
}

interface Load {
  ms: number;
  /** JavaScript fetched by the page, in bytes, and how many files. */
  scriptBytes: number;
  scripts: number;
  /** The largest WebSocket frame the page received (the first full view), in bytes. */
  largestFrame: number;
}

/** Opens `url` in a fresh browser context (empty cache) and times it until `ready` holds. */
async function load(browser: Browser, url: string, ready: (page: Page) => Promise<unknown>): Promise<Load> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const result: Load = { ms: 0, scriptBytes: 0, scripts: 0, largestFrame: 0 };
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      result.scripts += 1;
      void response.body().then(
        (body) => (result.scriptBytes += body.byteLength),
        () => {},
      );
    });
    page.on('websocket', (ws) => ws.on('framereceived', ({ payload }) => (result.largestFrame = Math.max(result.largestFrame, payload.length))));
    const start = performance.now();
    await page.goto(url);
    await ready(page);
    result.ms = performance.now() - start;
    return result;
  } finally {
    await context.close();
  }
}

async function medianLoad(browser: Browser, url: string, ready: (page: Page) => Promise<unknown>): Promise<Load> {
  const loads: Load[] = [];
  for (let i = 0; i < RUNS; i++) loads.push(await load(browser, url, ready));
  const ms = median(loads.map((l) => l.ms));
  return { ...loads.find((l) => l.ms === ms)!, ms };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

export const benchmarks: Benchmark[] = [
  {
    name: 'browser: Home and a 20,000-event session to its first screen',
    description:
      "Chromium (Debian's, headless) against the host in browser mode on loopback: Home usable in a fresh browser context, and a 20,000-event session (already open on the host) to its first screen; each against a blank page from the same host.",
    async run() {
      const made = delegationsScenario(CLASS);
      const longFile = longSessionFile(made.scenario, made.seats, LONG);
      const dir = join(benchFolder(), 'browser');
      const web = join(dir, 'web');
      mkdirSync(dir, { recursive: true });
      cpSync(webBundle(), web, { recursive: true });
      writeFileSync(join(web, BLANK), '<!doctype html><html><head><meta charset="utf-8"><title>Blank</title></head><body></body></html>');
      const host = await startHost({ scenarios: SCENARIO_DIR, web, home: join(dir, 'home'), lan: false });
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      });
      const client = await HostClient.open(host.port, 'bench');
      try {
        const base = `http://127.0.0.1:${host.port}/`;
        const blank = await medianLoad(browser, base + BLANK, (page) => page.waitForLoadState('load'));
        const floor = { what: 'blank page from the same host, median', value: blank.ms, unit: 'ms' };
        const home = await medianLoad(browser, base, (page) => page.getByTestId('scenario-card').first().waitFor({ timeout: SCREEN_LIMIT_MS }));
        const { sessionId } = await client.ok<{ sessionId: string }>('session.open', { file: longFile });
        const session = await medianLoad(browser, `${base}#/session/${encodeURIComponent(sessionId)}`, (page) =>
          page.getByTestId('phase-pill').waitFor({ timeout: SCREEN_LIMIT_MS }),
        );
        const rows: BenchRow[] = [
          tableRow(
            `opening the ${LONG.toLocaleString('en')}-event session in the browser to its first screen`,
            { what: `navigation to the session's phase shown, median of ${RUNS}`, value: session.ms, unit: 'ms' },
            floor,
            FIRST_SCREEN_GOAL_MS,
            { details: [`largest update received: ${mb(session.largestFrame)}`, 'the session is already open on the host (the reopen row measures that)'] },
          ),
          tableRow(
            'Home usable in a fresh browser',
            { what: `navigation to the scenario cards shown, median of ${RUNS}`, value: home.ms, unit: 'ms' },
            floor,
            HOME_GOAL_MS,
            { details: [`${home.scripts} script file(s), ${mb(home.scriptBytes)} of JavaScript`] },
          ),
        ];
        return { metrics: [], rows };
      } finally {
        client.ws.terminate();
        await browser.close();
        await stopHost(host);
      }
    },
  },
];
