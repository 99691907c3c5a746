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
