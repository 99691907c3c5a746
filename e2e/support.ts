import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** Where the specs write their screenshots. */
export const SHOTS = 'e2e/screenshots';
mkdirSync(SHOTS, { recursive: true });

/** Collects console errors and page errors (CSP violations among them), for the test to check. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Starts the test in the light theme whatever an earlier run stored (for a `beforeEach`). */
export async function startInLightTheme(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('e2e-init')) {
      localStorage.removeItem('moot-council-color-scheme');
      sessionStorage.setItem('e2e-init', '1');
    }
  });
}

/** The facilitator advances the session; waits until the phase pill shows `phase`. */
export async function nextPhase(page: Page, phase: string): Promise<void> {
  await page.getByTestId('next-phase').click();
  await expect(page.getByTestId('phase-pill')).toHaveAttribute('data-phase', phase);
}

/** Casts this seat's vote on every ballot open to it (the AI votes at once), waiting on state, not time. */
export async function voteOnOpenBallots(page: Page, vote: 'yes' | 'abstain'): Promise<void> {
  for (let i = 0; i < 6; i++) {
    const button = page.getByTestId(`vote-${vote}`);
    if (
      !(await button.isVisible()) ||
      (await button.getAttribute('aria-disabled')) === 'true' ||
      (await button.isDisabled())
    )
      return;
    await button.click();
    await expect(button)
      .toBeHidden({ timeout: 5000 })
      .catch(() => undefined);
  }
}

/** Puts a tabled Assembly draft to the vote, votes yes, and checks the board, the two-thirds count and the map. */
export async function voteYesInTheAssembly(page: Page, draftTitle: string): Promise<void> {
  const card = page.getByTestId('draft-card').filter({ hasText: draftTitle });
  await expect(card).toBeVisible();
  await voteOnOpenBallots(page, 'yes');
  await card.getByTestId('put-to-vote').click();
  await expect(page.getByTestId('assembly-board').locator('li')).toHaveCount(196);
  await page.getByTestId('vote-yes').click();
  await expect(page.getByTestId('assembly-outcome')).toBeVisible();
  await expect(page.getByTestId('assembly-board').locator('li[data-vote="pending"]')).toHaveCount(
    0,
  );
  await expect(page.getByTestId('assembly-tally-text')).toContainText('present and voting');
  await expect(
    page.getByTestId('world-map').locator('path[data-vote="yes"]').first(),
  ).toBeVisible();
}

/**
 * From Home, File ▸ Open… with a file typed by its path (as the desktop menu would open the
 * dialog), pressed Open. Returns the dialog, still on screen when the file was refused.
 */
export async function openByPath(page: Page, file: string) {
  await page.goto('/');
  await page.getByRole('link', { name: 'New session' }).first().waitFor();
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('moot-council:shell-command', { detail: 'session.open' })));
  const dialog = page.getByRole('dialog', { name: 'Open a session' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Or open a file by its path').fill(file);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  return dialog;
}

/** Opens a saved session by its path and waits for its screens. */
export async function openSessionFile(page: Page, file: string): Promise<void> {
  await openByPath(page, file);
  await expect(page).toHaveURL(/#\/session\//);
}

/** Starts a solo practice session from Home: the scenario and the seat picked by name, a fixed seed, no phase timers; waits for Negotiation. */
export async function startSoloInNegotiation(page: Page, scenario: RegExp, seat: string, seed: number): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.getByTestId('home-new-session').click();
  await page.getByTestId('new-scenario').click();
  await page.getByRole('option', { name: scenario }).click();
  await page.getByTestId('new-seat').click();
  await page.getByRole('option', { name: seat, exact: true }).click();
  await page.getByTestId('new-seed').fill(String(seed));
  const timers = page.getByRole('switch', { name: /Phase timers/ });
  await timers.focus();
  await page.keyboard.press('Space');
  await page.getByTestId('new-start').click();
  await page.getByTestId('brief-continue').click();
  await expect(page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'crisisUpdate');
  await nextPhase(page, 'negotiation');
}

/** Screenshots of what `focus` marks at 1024x768, 1280x800 and 1920x1080, light and dark: `${SHOTS}/${name}-${width}-${scheme}.png`. */
export async function shootThreeSizes(page: Page, name: string, focus: string): Promise<void> {
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await page.getByTestId(focus).first().evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -76);
    });
    await page.mouse.move(size.width - 5, size.height - 5);
    for (const scheme of ['light', 'dark']) {
      await page.evaluate((v) => document.documentElement.setAttribute('data-mantine-color-scheme', v), scheme);
      await page.screenshot({ path: `${SHOTS}/${name}-${size.width}-${scheme}.png` });
    }
    await page.evaluate(() => document.documentElement.setAttribute('data-mantine-color-scheme', 'light'));
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}
