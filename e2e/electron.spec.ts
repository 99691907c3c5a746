import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, _electron as electron } from '@playwright/test';

/**
 * The desktop app end to end. Needs Electron's binary (node_modules/electron/dist), which
 * `npm install` downloads unless ELECTRON_SKIP_BINARY_DOWNLOAD is set, and a build (out/main,
 * out/preload, out/renderer: `npm run build`). Where either is missing the test is skipped and
 * says why.
 */
const root = join(import.meta.dirname, '..');
const electronDist = join(root, 'node_modules', 'electron', 'dist');
const mainEntry = join(root, 'out', 'main', 'index.js');

const missingBinary = !existsSync(electronDist);
const missingBuild = !existsSync(mainEntry);
const skipReason = missingBinary
  ? 'Electron binary not installed (node_modules/electron/dist missing): run "node node_modules/electron/install.js" ' +
    '(or "npm start", which does it) on a machine that can download it; browser mode is covered by home.spec.ts'
  : 'Electron app not built (out/main/index.js missing): run "npm run build" first';

test.describe('desktop app (Electron)', () => {
  test.skip(missingBinary || missingBuild, skipReason);
  if (missingBinary || missingBuild) console.log(`[electron.spec] skipped: ${skipReason}`);

  test('opens the Home screen with secure preferences', async () => {
    const app = await electron.launch({
      args: [root, '--no-sandbox'],
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { level: 1, name: 'Moot Council' })).toBeVisible();
      await expect(page.getByTestId('connection-status')).toContainText('desktop');
      await expect(page.getByTestId('scenario-card').first()).toBeVisible();

      // The renderer has no Node: only the bridge.
      const globals = await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        bridge: typeof (globalThis as { mootCouncil?: { request?: unknown } }).mootCouncil?.request,
      }));
      expect(globals).toEqual({ require: 'undefined', process: 'undefined', bridge: 'function' });

      // New windows are denied; the app stays on its own origin.
      expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
      expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(
        1,
      );
      expect(page.url()).toMatch(/^app:\/\/moot-council\//);
    } finally {
      await app.close();
    }
  });
});
