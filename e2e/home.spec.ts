import { expect, test } from '@playwright/test';
import { SHOTS, startInLightTheme, watchConsole } from './support';

test.beforeEach(async ({ page }) => {
  await startInLightTheme(page);
});

test('Home lists the scenarios, opens an overview, and toggles the dark theme', async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1, name: 'Moot Council' })).toBeVisible();
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');

  const cards = page.getByTestId('scenario-card');
  await expect(cards.first()).toBeVisible();
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  // Every card shows its counts.
  for (let i = 0; i < count; i++) {
    await expect(cards.nth(i)).toContainText(/\d+ delegations?/);
    await expect(cards.nth(i)).toContainText(/\d+ rounds?/);
  }
  await page.screenshot({ path: `${SHOTS}/home-light.png` });
  // README screenshot: `UPDATE_DOCS_SCREENSHOTS=1 npx playwright test` refreshes docs/images/home.png.
  if (process.env.UPDATE_DOCS_SCREENSHOTS) await page.screenshot({ path: 'docs/images/home.png' });

  // Open the first scenario's overview.
  const first = cards.first();
  const title = (await first.getByRole('heading').textContent())!.trim();
  await first.click();
  await expect(page).toHaveURL(/#\/scenario\//);
  await expect(page.getByTestId('scenario-title')).toHaveText(title);
  await expect(page.getByTestId('header-scenario')).toContainText(title);
  await expect(page.getByRole('heading', { name: 'The crisis' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Perpetrators' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Round plan' })).toBeVisible();
  const council = page.getByTestId('council');
  await expect(council.locator('li')).toHaveCount(15);
  await expect(council.locator('[data-permanent="true"]')).toHaveCount(5);
  await expect(council.getByText('P5')).toHaveCount(5);
  await page.screenshot({ path: `${SHOTS}/overview-light.png` });
  await council.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/overview-council-light.png` });

  // Dark theme, persisted across a reload.
  const toggle = page.getByTestId('theme-toggle');
  await expect(toggle).toHaveAttribute('data-scheme', 'light');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.screenshot({ path: `${SHOTS}/overview-dark.png` });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.getByRole('link', { name: '← All scenarios' }).click();
  await expect(cards.first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/home-dark.png` });

  expect(errors, `console errors:\n${errors.join('\n')}`).toEqual([]);
});

test('an unknown scenario shows a readable error', async ({ page }) => {
  await page.goto('/#/scenario/no-such-scenario');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This scenario could not be opened');
  await expect(alert).toContainText('no scenario with id "no-such-scenario"');
});

test('keyboard: the skip link and the scenario cards are reachable', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('scenario-card').first()).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  // Tab until a scenario card's link has focus, then open it with Enter.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() =>
      document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid'),
    );
    if (focused === 'scenario-card') break;
  }
  await expect(page.locator('[data-testid="scenario-card"] a:focus')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('scenario-title')).toBeVisible();
});

test('no serious accessibility violations on Home and the overview (axe)', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const serious = async () => {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')})`,
      );
  };
  await page.goto('/');
  await expect(page.getByTestId('scenario-card').first()).toBeVisible();
  expect(await serious()).toEqual([]);
  await page.getByTestId('scenario-card').first().click();
  await expect(page.getByTestId('scenario-title')).toBeVisible();
  expect(await serious()).toEqual([]);
});
