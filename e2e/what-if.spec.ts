import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { openSessionFile, SHOTS, startInLightTheme } from './support';

/**
 * "What would have changed this finding" on the judgment screen (docs/law.md §13): a session
 * played to the debrief by the AI delegations, opened from its file; the facilitator opens the
 * disclosure under the gravest finding and the host answers with the changes in words.
 * Screenshots in light and dark, at 1280×800 and 1024×768 (e2e/screenshots/what-if-*.png).
 */

test.beforeEach(async ({ page }) => startInLightTheme(page));

async function shoot(page: Page, name: string) {
  await page.getByTestId('what-if').first().evaluate((el) => {
    el.scrollIntoView({ block: 'center' });
  });
  await page.mouse.move(1010, 760);
  for (const scheme of ['light', 'dark']) {
    await page.evaluate((v) => document.documentElement.setAttribute('data-mantine-color-scheme', v), scheme);
    await page.waitForTimeout(250); // colour transitions settle
    await page.screenshot({ path: `${SHOTS}/what-if-${name}-${scheme}.png` });
  }
  await page.evaluate(() => document.documentElement.setAttribute('data-mantine-color-scheme', 'light'));
}

test('the judgment screen says what would have changed a finding, asked of the host when opened', async ({ page }) => {
  test.setTimeout(240_000);
  const file = join(mkdtempSync(join(tmpdir(), 'moot-e2e-what-if-')), 'shield.moot.jsonl');
  execFileSync(process.execPath, ['bin/moot-council.mjs', 'run', 'scenarios/d2r-shield.yaml', '--seed', '1', '--out', file]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openSessionFile(page, file);
  await page.getByTestId('nav-judgment').click();
  await expect(page.getByTestId('findings')).toBeVisible({ timeout: 30_000 });
  // The state ranked first: the facilitator opens the first finding's "what would have changed it".
  // (What the search finds depends on how the AI delegations played; its wording and exactness are
  // held by test/law/what-if.test.ts on fixed records.)
  const first = page.locator('[data-testid^="rank-"]').first();
  await first.click();
  const toggle = page.getByTestId('what-if-toggle').first();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const whatIf = page.getByTestId('what-if').first();
  const answer = whatIf.getByTestId('what-if-change').or(whatIf.getByTestId('what-if-none'));
  await expect(answer.first()).toBeVisible({ timeout: 30_000 });
  // The facilitator reads each change about the state by name, never an id.
  for (const change of await whatIf.getByTestId('what-if-change').allTextContents()) {
    expect(change).toMatch(/^Had (the )?[A-Z]/);
    expect(change).not.toMatch(/#\d|draft-|d\d+-/);
  }
  await shoot(page, '1280');
  const results = await new AxeBuilder({ page }).include('#main').analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).slice(0, 3).join(' | ')}`);
  expect(serious).toEqual([]);
  await page.setViewportSize({ width: 1024, height: 768 });
  await shoot(page, '1024');
});
