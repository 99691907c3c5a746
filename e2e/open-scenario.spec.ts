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

test('a folder of scenarios added on Home is listed beside the shipped ones until it is removed', async ({ page }) => {
  const errors = watchConsole(page);
  const folder = join(import.meta.dirname, '..', 'test', 'fixtures', 'scenarios');
  await page.goto('/');
  const folders = page.getByTestId('scenario-folders');
  await expect(folders).toContainText("(the app's scenarios folder)");
  // The host keeps added folders in its settings: a run stopped half-way may have left this one.
  const remove = folders.getByRole('button', { name: `Stop listing scenarios from ${folder}` });
  if (await remove.count()) await remove.click();
  await expect(page.getByTestId('scenario-card').filter({ hasText: 'the Veldara crisis' })).toHaveCount(0);

  await folders.getByTestId('scenario-folder-path').fill('scenarios');
  await folders.getByRole('button', { name: 'Add folder' }).click();
  await expect(folders).toContainText('not a full path');

  await folders.getByTestId('scenario-folder-path').fill(folder);
  await folders.getByRole('button', { name: 'Add folder' }).click();
  await expect(page.getByTestId('scenario-card').filter({ hasText: 'the Veldara crisis' })).toHaveCount(1);
  if (shots) {
    for (const scheme of ['light', 'dark'] as const) {
      if (scheme === 'dark') await page.getByTestId('theme-toggle').click();
      for (const [width, height] of [[1024, 768], [1280, 800]] as const) {
        await page.setViewportSize({ width, height });
        await folders.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${shots}/scenario-folders-${scheme}-${width}.png` });
      }
    }
  }

  await remove.click();
  await expect(page.getByTestId('scenario-card').filter({ hasText: 'the Veldara crisis' })).toHaveCount(0);
  expect(errors).toEqual([]);
});
