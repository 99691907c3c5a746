import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSessionFile, SHOTS, startInLightTheme } from './support';

/**
 * Issue 18 item 6: delivering the judgment while a delegation it exposes has not filed its
 * memorial asks the presiding judge to confirm, and lists who. A session played by the AI
 * delegations to the bench (the delivery taken off the record, with Halvard's memorial before it).
 */

test.beforeEach(async ({ page }) => startInLightTheme(page));

test('delivering with an exposed delegation unheard asks for confirmation and names it', async ({ page }) => {
  test.setTimeout(240_000);
  const file = join(mkdtempSync(join(tmpdir(), 'moot-e2e-deliver-')), 'shield.moot.jsonl');
  execFileSync(process.execPath, ['bin/moot-council.mjs', 'run', 'scenarios/d2r-shield.yaml', '--seed', '1', '--out', file]);
  // The record up to the bench: without the delivery and Halvard's memorial (the last two entries).
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  expect(lines.at(-1)).toContain('"judgment.deliver"');
  expect(lines.at(-2)).toContain('"memorial.file"');
  writeFileSync(file, `${lines.slice(0, -2).join('\n')}\n`);

  await page.setViewportSize({ width: 1280, height: 800 });
  await openSessionFile(page, file);
  await page.getByTestId('nav-judgment').click();
  await page.getByTestId('deliver-judgment').click();
  const confirm = page.getByTestId('deliver-confirm');
  await expect(confirm).toBeVisible();
  // The AI delegations of Meridia and the United States, exposed, filed nothing in this run.
  await expect(page.getByTestId('deliver-confirm-unanswered')).toContainText('Republic of Meridia: exposure 100.0 (very high)');
  await expect(page.getByTestId('deliver-confirm-unanswered')).toContainText('United States: exposure');
  await expect(page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'adjudication');
  await page.mouse.move(1270, 790);
  for (const scheme of ['light', 'dark']) {
    await page.evaluate((v) => document.documentElement.setAttribute('data-mantine-color-scheme', v), scheme);
    await page.waitForTimeout(250);
    await confirm.screenshot({ path: `${SHOTS}/deliver-confirm-${scheme}.png` });
  }
  await page.evaluate(() => document.documentElement.setAttribute('data-mantine-color-scheme', 'light'));
  // Waiting closes the question; delivering without them ends the session.
  await page.getByTestId('deliver-judgment-wait').click();
  await expect(confirm).toHaveCount(0);
  await page.getByTestId('deliver-judgment').click();
  await page.getByTestId('deliver-judgment-confirm').click();
  await expect(page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'debrief');
});
