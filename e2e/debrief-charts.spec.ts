import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSessionFile, SHOTS, startInLightTheme } from './support';

/**
 * The export's charts in the debrief (issue 18): a session played to the debrief by the AI
 * delegations, opened from its file; the Charts tab shows the exposure bars, the rounds at a
 * glance, the vote matrix and the Assembly map, each turned into its table from the keyboard.
 * Axe finds nothing serious; screenshots at 1024×768, 1280×800 and 1920×1080 in both themes
 * (e2e/screenshots/charts-*.png).
 */

test.beforeEach(async ({ page }) => startInLightTheme(page));

const setScheme = (page: Page, scheme: string) => page.evaluate((v) => document.documentElement.setAttribute('data-mantine-color-scheme', v), scheme);

async function shoot(page: Page, name: string) {
  for (const [width, height] of [
    [1024, 768],
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const scheme of ['light', 'dark']) {
      await setScheme(page, scheme);
      await page.waitForTimeout(250); // colour transitions settle
      await page.screenshot({ path: `${SHOTS}/charts-${name}-${width}x${height}-${scheme}.png`, fullPage: true });
    }
  }
  await setScheme(page, 'light');
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('the debrief shows the export’s charts, each with its table a keyboard can open', async ({ page }) => {
  test.setTimeout(240_000);
  const file = join(mkdtempSync(join(tmpdir(), 'moot-e2e-charts-')), 'shield.moot.jsonl');
  execFileSync(process.execPath, ['bin/moot-council.mjs', 'run', 'scenarios/d2r-shield.yaml', '--seed', '1', '--out', file]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openSessionFile(page, file);
  await page.getByTestId('nav-judgment').click();
  await page.getByTestId('tab-charts').click();
  const charts = page.getByTestId('debrief-charts');
  await expect(charts.getByTestId('exposure-chart')).toBeVisible({ timeout: 30_000 });
  await expect(charts.getByTestId('round-strip')).toBeVisible();
  await expect(charts.getByTestId('vote-matrix')).toContainText('N·V');
  await expect(charts.getByTestId('assembly-map')).toBeVisible();
  await shoot(page, 'debrief');

  // Each chart's table, opened from the keyboard: the vote matrix writes its vetoes out in words.
  const matrix = page.getByTestId('chart-vote-matrix');
  await matrix.getByTestId('chart-as-table').focus();
  await page.keyboard.press('Enter');
  await expect(matrix.getByTestId('vote-matrix-table')).toContainText('No (veto)');
  await expect(matrix.getByTestId('chart-as-table')).toHaveAttribute('aria-expanded', 'true');
  for (const [chart, table] of [
    ['chart-exposure', 'exposure-table'],
    ['chart-round-strip', 'round-strip-table'],
    ['chart-assembly-map', 'assembly-map-table'],
  ] as const) {
    await page.getByTestId(chart).getByTestId('chart-as-table').focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId(table)).toBeVisible();
  }
  await expect(page.getByTestId('round-strip-table')).toContainText('Round 1');
  await shoot(page, 'tables');

  for (const scheme of ['light', 'dark']) {
    await setScheme(page, scheme);
    await page.waitForTimeout(250);
    const results = await new AxeBuilder({ page }).include('[data-testid="debrief-charts"]').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    expect(serious, scheme).toEqual([]);
  }
});
