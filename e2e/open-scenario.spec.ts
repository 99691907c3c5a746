import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startInLightTheme, watchConsole } from './support';

/** Issue 19 item 2: an instructor opens a scenario file from Home, by choosing it or dropping it. */
const good = readFileSync(join(import.meta.dirname, '..', 'test', 'fixtures', 'scenarios', 'training-placeholder.yaml'), 'utf8');
const broken = good.replace(/^id: training-placeholder$/m, 'id: Not An Id').replace(/^(\s+- code: )[A-Z]{3}$/m, '$1xx');
const shots = process.env.MOOT_COUNCIL_SHOTS;
if (shots) mkdirSync(shots, { recursive: true });

test.beforeEach(async ({ page }) => {
  await startInLightTheme(page);
});

test('a broken scenario file lists its problems in words; a good one dropped on Home opens its overview', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');

  await page.getByTestId('open-scenario').locator('input[type=file]').setInputFiles({ name: 'my-crisis.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
  const problems = page.getByTestId('open-scenario-problems');
  await expect(problems).toContainText('my-crisis.yaml has');
  await expect(problems).toContainText('id: ');
  await expect(problems).toContainText(' › ');
  await expect(problems).not.toContainText(/\[\d+\]/);
  if (shots) {
    for (const scheme of ['light', 'dark'] as const) {
      if (scheme === 'dark') await page.getByTestId('theme-toggle').click();
      for (const [width, height] of [[1024, 768], [1280, 800]] as const) {
        await page.setViewportSize({ width, height });
        await page.getByTestId('open-scenario').scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollBy(0, 0));
        await page.screenshot({ path: `${shots}/open-problems-${scheme}-${width}.png`, fullPage: false });
      }
    }
  }

  // Drop the good file on Home: its overview opens.
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'placeholder.yaml', { type: 'text/yaml' }));
    return transfer;
  }, good);
  await page.getByTestId('open-scenario').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('scenario-title')).toBeVisible();
  await expect(page).toHaveURL(/#\/scenario\/training-placeholder$/);
  if (shots) await page.screenshot({ path: `${shots}/open-overview-dark-1280.png` });
  expect(errors).toEqual([]);
});
