import { expect, test, type Page } from '@playwright/test';
import { SHOTS, startInLightTheme, watchConsole } from './support';

/**
 * The facilitator PIN on a shared screen (docs/hot-seat.md), in browser mode: a hot-seat session
 * created with a PIN; France's delegate cannot reach the facilitator's seat (its briefs, "Next
 * phase") without the PIN, and Export offers France's record, not the full one. With the PIN the
 * facilitator's seat opens; "Lock facilitator" and moving to a delegation's seat lock it again.
 * Screenshots at 1024x768 and 1280x800, light and dark (e2e/screenshots/pin-*.png).
 */

const PIN = 'kestria-2031';
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
];

/** The window at both sizes (scrolled to `focus`), in light and in dark (set on <html>), then back as it was. */
async function shoot(page: Page, name: string, focus?: string) {
  const html = page.locator('html');
  const scheme = (await html.getAttribute('data-mantine-color-scheme')) ?? 'light';
  const set = (value: string) => page.evaluate((v) => document.documentElement.setAttribute('data-mantine-color-scheme', v), value);
  for (const size of SIZES) {
    await page.setViewportSize(size);
    if (focus) await page.getByTestId(focus).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    for (const theme of ['light', 'dark']) {
      await set(theme);
      await page.waitForTimeout(250); // colour transitions settle
      await page.screenshot({ path: `${SHOTS}/pin-${name}-${size.width}x${size.height}-${theme}.png` });
    }
  }
  await set(scheme);
  await page.setViewportSize(SIZES[1]!);
}

async function expectNoSerious(page: Page, where: string) {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  expect(serious, `axe on ${where}`).toEqual([]);
}

async function newHotseat(page: Page) {
  await page.goto('/#/new/training-kestria');
  await page.getByTestId('new-mode').getByText('Hot-seat').click();
  await page.getByRole('checkbox', { name: /^France/ }).check();
  await page.getByRole('checkbox', { name: /^Russian Federation/ }).check();
  const timers = page.getByRole('switch', { name: /Phase timers/ });
  await timers.focus();
  await page.keyboard.press('Space');
  await expect(timers).not.toBeChecked();
}

async function pickSeat(page: Page, name: RegExp) {
  await page.getByTestId('seat-selector').click();
  await page.getByRole('option', { name }).click();
}

/** The export dialog's preselected record, then closed. */
async function exportDefault(page: Page): Promise<{ checked: string | null; offered: string[] }> {
  await page.getByTestId('nav-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  // The record's radios (the format's segmented control is made of radios too).
  const radios = dialog.getByRole('radiogroup', { name: 'Whose record' }).getByRole('radio');
  await expect(radios.first()).toBeVisible();
  const checked = await dialog.getByRole('radiogroup', { name: 'Whose record' }).locator('input[type=radio]:checked').getAttribute('value');
  const offered = await radios.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  return { checked, offered };
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize(SIZES[1]!);
  await startInLightTheme(page);
});

test("hot-seat with a PIN: a delegate cannot reach the facilitator's seat, and exports their own record", async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchConsole(page);
  await newHotseat(page);

  // Hot-seat asks for a PIN (or an explicit choice to play without one).
  await expect(page.getByTestId('new-start')).toBeDisabled();
  await expect(page.getByText(/Choose a facilitator PIN of at least 4 characters, or play without one/)).toBeVisible();
  await page.getByTestId('new-pin').fill(PIN);
  await page.getByTestId('new-pin-again').fill('kestria-2030');
  await expect(page.getByText('The two facilitator PINs differ')).toBeVisible();
  await page.getByTestId('new-pin-again').fill(PIN);
  await expect(page.getByTestId('new-start')).toBeEnabled();
  await shoot(page, 'new-session', 'new-pin-fields');
  await expectNoSerious(page, 'New session with a PIN');
  await page.getByTestId('new-start').click();

  // France's seat: no facilitator controls, no facilitator screen.
  await expect(page.getByTestId('confidential-band')).toContainText('Confidential: France');
  await expect(page.getByTestId('next-phase')).toHaveCount(0);
  await expect(page.getByTestId('nav-facilitator')).toHaveCount(0);

  // Export preselects France's record, and does not offer the full one.
  expect(await exportDefault(page)).toEqual({ checked: 'FRA', offered: ['FRA', 'RUS'] });

  // Choosing Facilitator asks for the PIN; France's screen is gone meanwhile.
  await page.getByTestId('seat-selector').click();
  await expect(page.getByRole('option', { name: 'Facilitator (PIN)' })).toBeVisible();
  await shoot(page, 'seat-selector');
  await page.getByRole('option', { name: 'Facilitator (PIN)' }).click();
  const unlock = page.getByTestId('facilitator-unlock');
  await expect(unlock).toBeVisible();
  await expect(page.getByTestId('confidential-band')).toHaveCount(0);
  await page.getByTestId('facilitator-pin').fill('0000');
  await page.getByTestId('facilitator-unlock-submit').click();
  await expect(page.getByTestId('facilitator-pin-refused')).toContainText("not the facilitator's PIN");
  await expect(page.getByTestId('next-phase')).toHaveCount(0);
  await expect(page.getByTestId('nav-facilitator')).toHaveCount(0);
  await shoot(page, 'unlock-refused');
  await expectNoSerious(page, 'The facilitator PIN');

  // Back to France: still France's record only.
  await page.getByTestId('facilitator-unlock-back').click();
  await expect(page.getByTestId('confidential-band')).toContainText('Confidential: France');
  expect((await exportDefault(page)).checked).toBe('FRA');

  // The facilitator, with the PIN: the controls and the full record.
  await pickSeat(page, /Facilitator \(PIN\)/);
  await page.getByTestId('facilitator-pin').fill(PIN);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('next-phase')).toBeVisible();
  await expect(page.getByTestId('nav-facilitator')).toBeVisible();
  await expect(page.getByTestId('lock-facilitator')).toBeVisible();
  await shoot(page, 'facilitator-unlocked');
  expect(await exportDefault(page)).toEqual({ checked: 'facilitator', offered: ['facilitator', 'FRA', 'RUS'] });

  // "Lock facilitator": the screen goes back to a delegate.
  await page.getByTestId('lock-facilitator').click();
  await expect(page.getByTestId('pass-device')).toContainText('Pass the device to France');
  await page.getByTestId('pass-device-ready').click();
  await expect(page.getByTestId('confidential-band')).toContainText('Confidential: France');
  await expect(page.getByTestId('next-phase')).toHaveCount(0);

  // Moving from the facilitator's seat to a delegation's locks it too: no way "back" without the PIN.
  await pickSeat(page, /Facilitator \(PIN\)/);
  await page.getByTestId('facilitator-pin').fill(PIN);
  await page.getByTestId('facilitator-unlock-submit').click();
  await expect(page.getByTestId('next-phase')).toBeVisible();
  await pickSeat(page, /Russian Federation/);
  await expect(page.getByTestId('pass-device')).toContainText('Pass the device to Russian Federation');
  await expect(page.getByRole('button', { name: /Back to Facilitator/ })).toHaveCount(0);
  await page.getByTestId('pass-device-ready').click();
  await expect(page.getByTestId('confidential-band')).toContainText('Confidential: Russian Federation');
  await expect(page.getByTestId('next-phase')).toHaveCount(0);
  expect((await exportDefault(page)).checked).toBe('RUS');
  await page.getByTestId('seat-selector').click();
  await expect(page.getByRole('option', { name: 'Facilitator (PIN)' })).toBeVisible();
  await page.keyboard.press('Escape');

  expect(errors, `console errors:\n${errors.join('\n')}`).toEqual([]);
});

test("hot-seat without a PIN: Export still preselects the record of the delegation on screen", async ({ page }) => {
  await newHotseat(page);
  await page.getByTestId('new-no-pin').check();
  await page.getByTestId('new-start').click();
  await expect(page.getByTestId('confidential-band')).toContainText('Confidential: France');
  await pickSeat(page, /Russian Federation/);
  await page.getByTestId('pass-device-ready').click();
  await expect(page.getByTestId('confidential-band')).toContainText('Confidential: Russian Federation');
  const { checked, offered } = await exportDefault(page);
  expect(offered).toContain('facilitator');
  expect(checked).toBe('RUS');
});
