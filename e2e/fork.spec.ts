import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSessionFile, SHOTS, startInLightTheme } from './support';

/**
 * Issue 18 item 2: from the debrief of a finished session, play again from round 1 (the
 * facilitator moves every phase on at once) and see the two judgments side by side in the fork's
 * debrief. With only AI delegations the fork may be judged as the original was; judgments that
 * differ are held by src/host/session-fork.test.ts. Screenshots in light and dark
 * (e2e/screenshots/fork-*.png).
 */

test.beforeEach(async ({ page }) => startInLightTheme(page));

async function shoot(page: Page, testId: string, name: string) {
  await page.getByTestId(testId).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  for (const scheme of ['light', 'dark']) {
    await page.evaluate((v) => document.documentElement.setAttribute('data-mantine-color-scheme', v), scheme);
    await page.waitForTimeout(250); // colour transitions settle
    await page.screenshot({ path: `${SHOTS}/fork-${name}-${scheme}.png` });
  }
  await page.evaluate(() => document.documentElement.setAttribute('data-mantine-color-scheme', 'light'));
}

test('the debrief plays the session again from round 1 and, once judged, compares the two judgments', async ({ page }) => {
  test.setTimeout(300_000);
  const file = join(mkdtempSync(join(tmpdir(), 'moot-e2e-fork-')), 'kestria.moot.jsonl');
  execFileSync(process.execPath, ['bin/moot-council.mjs', 'run', 'scenarios/training-kestria.yaml', '--seed', '1', '--out', file]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openSessionFile(page, file);
  const original = page.url();
  await page.getByTestId('nav-judgment').click();
  await expect(page.getByTestId('play-again')).toBeVisible({ timeout: 30_000 });
  await shoot(page, 'play-again', 'play-again-1280');
  await page.getByTestId('play-again-start').click();
  await expect(page).not.toHaveURL(original);
  await expect(page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'briefing');
  // The facilitator moves every phase on as soon as it opens.
  for (let moves = 0; moves < 80; moves++) {
    const phase = await page.getByTestId('phase-pill').getAttribute('data-phase');
    if (phase === 'adjudication') break;
    await page.getByTestId('next-phase').click();
    await expect(page.getByTestId('phase-pill')).not.toHaveAttribute('data-phase', phase!);
  }
  await page.getByTestId('nav-judgment').click();
  await page.getByTestId('deliver-judgment').click();
  const confirm = page.getByTestId('deliver-judgment-confirm');
  if (await confirm.isVisible()) await confirm.click();
  await expect(page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'debrief');
  const comparison = page.getByTestId('judgment-comparison');
  await expect(comparison).toBeVisible({ timeout: 30_000 });
  await expect(comparison).toContainText('Before: kestria.moot.jsonl');
  await shoot(page, 'judgment-comparison', 'comparison-1280');
  await page.setViewportSize({ width: 1024, height: 768 });
  await shoot(page, 'judgment-comparison', 'comparison-1024');
});
