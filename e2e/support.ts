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
