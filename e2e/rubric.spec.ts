import { expect, test, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSessionFile, SHOTS, startInLightTheme } from './support';

/**
 * The instructor's rubric (issue 18, item 5): a session played to the debrief by the AI
 * delegations, opened from its file; the facilitator opens the Rubric tab, gives one line of the
 * first delegation a score of their own with a comment, and exports the rubric CSV from the
 * export dialog: the downloaded file's row for that line has the edited score and the comment.
 * Screenshots at 1024×768, 1280×800 and 1920×1080 in both themes (e2e/screenshots/rubric-*.png).
 */

test.beforeEach(async ({ page }) => startInLightTheme(page));

const setScheme = (page: Page, scheme: string) => page.evaluate((v) => document.documentElement.setAttribute('data-mantine-color-scheme', v), scheme);

/** Viewport shots (the session shell scrolls inside the window), with the edited line in view. */
async function shoot(page: Page, name: string, focus: Locator) {
  for (const [width, height] of [
    [1024, 768],
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await focus.scrollIntoViewIfNeeded();
    for (const scheme of ['light', 'dark']) {
      await setScheme(page, scheme);
      await page.waitForTimeout(250); // colour transitions settle
      await page.screenshot({ path: `${SHOTS}/rubric-${name}-${width}x${height}-${scheme}.png`, });
    }
  }
  await setScheme(page, 'light');
  await page.setViewportSize({ width: 1280, height: 800 });
}

const COMMENT = 'Argued the self-defence plea well but filed late';

test('the instructor edits a rubric line with a comment and the exported CSV carries it', async ({ page }) => {
  test.setTimeout(240_000);
  const file = join(mkdtempSync(join(tmpdir(), 'moot-e2e-rubric-')), 'shield.moot.jsonl');
  execFileSync(process.execPath, ['bin/moot-council.mjs', 'run', 'scenarios/d2r-shield.yaml', '--seed', '1', '--out', file]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openSessionFile(page, file);
  await page.getByTestId('nav-judgment').click();
  await page.getByTestId('tab-rubric').click();

  const rubric = page.getByTestId('rubric');
  const firstSeat = rubric.locator('[data-testid^="rubric-seat-"]').first();
  const state = ((await firstSeat.getAttribute('data-testid')) ?? '').replace('rubric-seat-', '');
  const exposure = firstSeat.getByTestId('rubric-line-exposure');
  await expect(exposure.getByTestId('rubric-score')).toContainText('/ 100', { timeout: 30_000 });
  // What a line rests on is named in words, linked to the Timeline, never by an entry's number.
  await expect(firstSeat.getByTestId('rubric-entry-link').first()).not.toContainText('#');

  await exposure.getByTestId('rubric-edit').click();
  await exposure.getByTestId('rubric-score-input').fill('55');
  await exposure.getByTestId('rubric-comment-input').fill(COMMENT);
  await exposure.getByTestId('rubric-save').click();
  await expect(exposure.getByTestId('rubric-edited')).toHaveText('edited by the facilitator');
  await expect(exposure.getByTestId('rubric-score')).toHaveText('55 / 100');
  await expect(exposure.getByTestId('rubric-comment')).toContainText(COMMENT);
  await shoot(page, 'edited', exposure);

  await page.getByTestId('export-debrief').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-as-facilitator')).toBeChecked();
  await dialog.getByTestId('export-format-csv').click();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-submit').click()]);
  expect(download.suggestedFilename()).toMatch(/-rubric\.csv$/);
  const rows = readFileSync(await download.path(), 'utf8').split('\r\n');
  const row = rows.find((r) => r.startsWith(`${state},`) && r.includes(',Legal exposure avoided,'));
  expect(row, rows.slice(0, 3).join('\n')).toContain(`,55,${COMMENT},`);
});
