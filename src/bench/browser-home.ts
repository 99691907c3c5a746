import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Host } from '../host/host';
import { startServer, type RunningServer } from '../host/server';

/**
 * Home's time to usable in a fresh browser: a host started here (loopback, a free port, an empty
 * sessions folder) serves each built web bundle; Chromium opens each in a fresh context, first a
 * blank page on the same host (the floor: a new context, a connection, one navigation), then
 * Home. Home is usable in the first frame that shows its heading and an enabled "New session"
 * button; its scenarios are listed once the first scenario card is drawn.
 *
 * Registers no benchmark: a `*.bench.ts` calls {@link measureBrowserHome}. Several bundles (e.g. a
 * build before a change and one after) are measured in one run, their runs interleaved, so both
 * see the same load on the machine.
 */
export interface BrowserHomeOptions {
  /** Built web bundles by label, e.g. `{ before: '/tmp/web-before', after: 'out/web' }`. */
  webRoots: Readonly<Record<string, string>>;
  /** Fresh contexts per bundle (default 5); medians are reported. */
  runs?: number;
  /** Default $CHROMIUM_PATH, else /usr/bin/chromium. */
  chromiumPath?: string;
  /** Scenario folder the hosts read (default the shipped scenarios). */
  scenariosDir?: string;
}

export interface BrowserHomeTiming {
  label: string;
  webRoot: string;
  /** Median milliseconds from asking for the page to the blank page's load event. */
  blankMs: number;
  /** Median milliseconds from asking for Home to the frame that shows its heading and an enabled "New session". */
  usableMs: number;
  /** Median milliseconds from asking for Home to the frame that shows the first scenario card. */
  scenariosMs: number;
  /** Median main-thread milliseconds spent compiling and running script until the scenarios showed. */
  scriptMs: number;
  /** Median main-thread milliseconds of all work (script, style, layout, paint) until the scenarios showed. */
  taskMs: number;
  /** Every run, in order. */
  runs: { blankMs: number; usableMs: number; scenariosMs: number; scriptMs: number; taskMs: number }[];
}

/** A path the host does not serve: its short "Not Found" page is the blank page of the same host. */
const BLANK_PATH = '/blank-page-for-timing';

declare global {
  interface Window {
    __homeTiming?: { usableAt?: number; scenariosAt?: number };
  }
}

/**
 * Runs in every page before its scripts: checks on every frame whether Home is usable, and keeps
 * the first moment, in epoch milliseconds. A string, not a function: a function compiled by tsx
 * carries helpers (__name) the page does not have.
 */
const WATCH_HOME = `(() => {
  const timing = {};
  window.__homeTiming = timing;
  const shown = (el) => {
    if (!el) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const check = () => {
    const now = performance.timeOrigin + performance.now();
    if (timing.usableAt === undefined) {
      const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent.trim() === 'Sessions');
      const button = document.querySelector('[data-testid="home-new-session"]');
      if (shown(heading) && shown(button) && !button.hasAttribute('disabled') && button.getAttribute('aria-disabled') !== 'true')
        timing.usableAt = now;
    }
    if (timing.scenariosAt === undefined && shown(document.querySelector('[data-testid="scenario-card"]')))
      timing.scenariosAt = now;
    if (timing.usableAt === undefined || timing.scenariosAt === undefined) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Measures Home's time to usable for each web bundle; see {@link BrowserHomeOptions}. */
export async function measureBrowserHome(options: BrowserHomeOptions): Promise<BrowserHomeTiming[]> {
  const runs = options.runs ?? 5;
  const sessionsDir = mkdtempSync(join(tmpdir(), 'moot-council-home-'));
  const servers: { label: string; webRoot: string; running: RunningServer }[] = [];
  const { chromium } = await import('playwright-core');
  try {
    for (const [label, webRoot] of Object.entries(options.webRoots)) {
      const host = new Host({
        sessionsDir,
        sessionTimers: false,
        ...(options.scenariosDir ? { scenariosDir: options.scenariosDir } : {}),
      });
      servers.push({ label, webRoot, running: await startServer({ host, webRoot, port: 0 }) });
    }
    const browser = await chromium.launch({
      executablePath: options.chromiumPath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const results = servers.map(({ label, webRoot }) => ({
      label,
      webRoot,
      runs: [] as BrowserHomeTiming['runs'],
    }));
    try {
      for (let run = 0; run < runs; run++) {
        for (const [i, { running }] of servers.entries()) {
          const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
          try {
            await context.addInitScript({ content: WATCH_HOME });
            const blank = await context.newPage();
            let asked = Date.now();
            await blank.goto(new URL(BLANK_PATH, running.url).href, { waitUntil: 'load' });
            const blankLoaded = await blank.evaluate(() => {
              const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
              return performance.timeOrigin + (entry?.loadEventEnd ?? performance.now());
            });
            const blankMs = blankLoaded - asked;
            const page = await context.newPage();
            const devtools = await context.newCDPSession(page);
            await devtools.send('Performance.enable');
            asked = Date.now();
            await page.goto(running.url, { waitUntil: 'commit' });
            const handle = await page.waitForFunction(
              () => {
                const t = window.__homeTiming;
                return t?.usableAt !== undefined && t.scenariosAt !== undefined ? t : null;
              },
              undefined,
              { timeout: 60_000 },
            );
            const timing = (await handle.jsonValue()) as { usableAt: number; scenariosAt: number };
            const { metrics } = await devtools.send('Performance.getMetrics');
            const metric = (name: string) =>
              1000 * (metrics.find((m) => m.name === name)?.value ?? Number.NaN);
            results[i]!.runs.push({
              blankMs,
              usableMs: timing.usableAt - asked,
              scenariosMs: timing.scenariosAt - asked,
              scriptMs: metric('ScriptDuration'),
              taskMs: metric('TaskDuration'),
            });
          } finally {
            await context.close();
          }
        }
      }
    } finally {
      await browser.close();
    }
    return results.map((r) => ({
      ...r,
      blankMs: median(r.runs.map((x) => x.blankMs)),
      usableMs: median(r.runs.map((x) => x.usableMs)),
      scenariosMs: median(r.runs.map((x) => x.scenariosMs)),
      scriptMs: median(r.runs.map((x) => x.scriptMs)),
      taskMs: median(r.runs.map((x) => x.taskMs)),
    }));
  } finally {
    for (const { running } of servers) await running.close();
    rmSync(sessionsDir, { recursive: true, force: true });
  }
}
