import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSessionFile, SHOTS, startInLightTheme } from './support';

/**
 * Issue 18 item 6: delivering the judgment while a delegation it exposes has not filed its
 * memorial asks the presiding judge to confirm, and lists who. A session played by the AI
 * delegations to the bench (the delivery and the memorials taken off the record), with Meridia's
 * seat then handed to a person: an AI delegation with exposure always files (docs/ai.md), so only a
 * person's seat can leave an exposed delegation unheard. The header's change marks the record
 * edited; it opens all the same.
 */

test.beforeEach(async ({ page }) => startInLightTheme(page));

test('delivering with an exposed delegation unheard asks for confirmation and names it', async ({ page }) => {
  test.setTimeout(240_000);
  const file = join(mkdtempSync(join(tmpdir(), 'moot-e2e-deliver-')), 'shield.moot.jsonl');
  execFileSync(process.execPath, ['bin/moot-council.mjs', 'run', 'scenarios/d2r-shield.yaml', '--seed', '1', '--out', file]);
  // The record up to the bench: without the delivery and the three memorials before it.
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  lines[0] = lines[0]!.replace('{"id":"mrd","kind":"ai"', '{"id":"mrd","kind":"human"');
  expect(lines.at(-1)).toContain('"judgment.deliver"');
  expect(lines.slice(-4, -1).every((l) => l.includes('"memorial.file"'))).toBe(true);
  expect(lines.at(-2)).toContain('"memorial.file"');
  writeFileSync(file, `${lines.slice(0, -4).join('\n')}\n`);

  await page.setViewportSize({ width: 1280, height: 800 });
  await openSessionFile(page, file);
  // The session opens on the person's seat (Meridia's); the presiding judge is the facilitator.
  await page.getByTestId('seat-selector').click();
  await page.getByRole('option', { name: 'Facilitator', exact: true }).click();
  await page.getByTestId('nav-judgment').click();
  await page.getByTestId('deliver-judgment').click();
  const confirm = page.getByTestId('deliver-confirm');
  await expect(confirm).toBeVisible();
  // Meridia, exposed and now played by a person, has filed nothing.
  await expect(page.getByTestId('deliver-confirm-unanswered')).toContainText('Republic of Meridia: exposure 100.0 (very high)');
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
