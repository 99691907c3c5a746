import { expect, test, type Page } from '@playwright/test';
import { nextPhase, SHOTS, startInLightTheme, watchConsole } from './support';

/**
 * Facilitator improvisation (docs/classroom.md, docs/hot-seat.md), in browser mode: in a
 * hot-seat session behind a PIN the facilitator writes an inject on the spot to France only
 * (France reads it at once above its screen and in its record, Russia does not), then takes Russia's chair: tables a draft in the Council
 * and files Russia's memorial with an argument, each recorded as entered by the facilitator for
 * Russia. Screenshots at 1024x768, 1280x800 and 1920x1080, light and dark
 * (e2e/screenshots/improvise-*.png).
 */

const PIN = 'kestria-2031';
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

/** The window at each size (scrolled to `focus`), in light and in dark, then back as it was. */
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
      await page.screenshot({ path: `${SHOTS}/improvise-${name}-${size.width}x${size.height}-${theme}.png` });
    }
  }
  await set(scheme);
  await page.setViewportSize(SIZES[1]!);
}

async function pickSeat(page: Page, name: RegExp) {
  await page.getByTestId('seat-selector').click();
  await page.getByRole('option', { name }).click();
}

async function unlockFacilitator(page: Page) {
  await pickSeat(page, /Facilitator \(PIN\)/);
  await page.getByTestId('facilitator-pin').fill(PIN);
  await page.getByTestId('facilitator-unlock-submit').click();
  await expect(page.getByTestId('next-phase')).toBeVisible();
}

/** From the console: Act for a delegation ▸ the seat ▸ Take its chair. */
async function takeChair(page: Page, state: RegExp) {
  await page.getByTestId('nav-facilitator').click();
  await page.getByTestId('actfor-seat').click();
  await page.getByRole('option', { name: state }).click();
  await page.getByTestId('actfor-take-chair').click();
  await expect(page.getByTestId('chair-banner')).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize(SIZES[1]!);
  await startInLightTheme(page);
});

test('the facilitator writes an inject to one delegation and acts in another delegation’s chair', async ({ page }) => {
  test.setTimeout(540_000);
  const errors = watchConsole(page);
  await page.goto('/#/new/training-kestria');
  await page.getByTestId('new-mode').getByText('Hot-seat').click();
  await page.getByRole('checkbox', { name: /^France/ }).check();
  await page.getByRole('checkbox', { name: /^Russian Federation/ }).check();
  const timers = page.getByRole('switch', { name: /Phase timers/ });
  await timers.focus();
  await page.keyboard.press('Space');
  await page.getByTestId('new-pin').fill(PIN);
  await page.getByTestId('new-pin-again').fill(PIN);
  await page.getByTestId('new-start').click();
  await expect(page.getByTestId('confidential-band')).toContainText('Confidential: France');

  await unlockFacilitator(page);
  await nextPhase(page, 'crisisUpdate');
  await nextPhase(page, 'negotiation');

  // An inject written on the spot, to France only.
  await page.getByTestId('nav-facilitator').click();
  const form = page.getByTestId('write-inject');
  await form.getByTestId('write-inject-title').fill('A defector talks');
  await form.getByTestId('write-inject-text').fill('A Guard colonel offers the French embassy the orders for the clearances.');
  await form.getByTestId('write-inject-to').click();
  await page.getByRole('option', { name: /^France/ }).click();
  await page.keyboard.press('Escape');
  await expect(form.getByTestId('write-inject-level')).toBeDisabled();
  await expect(form.getByTestId('write-inject-send')).toHaveText('Send to the delegations chosen');
  await shoot(page, 'write-inject', 'write-inject');
  await form.getByTestId('write-inject-send').click();
  await expect(form.getByTestId('write-inject-title')).toHaveValue('');

  // France reads it above its screen at once (moving to France's seat locks the facilitator's).
  await pickSeat(page, /^France/);
  await page.getByTestId('pass-device-ready').click();
  await expect(page.getByText('you are France')).toBeVisible();
  await page.getByTestId('nav-negotiation').click();
  await expect(page.getByTestId('inject-notice')).toContainText('A Guard colonel offers the French embassy the orders for the clearances.');
  await shoot(page, 'france-notice');
  await unlockFacilitator(page);

  // Russia's chair: its own negotiation screen, then the Council, where it tables a draft.
  await takeChair(page, /^Russian Federation/);
  await expect(page.getByTestId('chair-banner')).toContainText("You are in the Russian Federation's chair");
  await expect(page).toHaveURL(/\/negotiation$/);
  // Russia was not sent the inject: in its chair the facilitator sees only what Russia sees.
  await expect(page.getByTestId('inject-notice')).toHaveCount(0);
  await shoot(page, 'chair-negotiation');
  await nextPhase(page, 'council');
  await expect(page).toHaveURL(/\/chamber$/);
  // The phase's screen opens in the chair still: the facilitator is still acting for Russia.
  await expect(page.getByTestId('chair-banner')).toBeVisible();
  await page.getByTestId('table-draft').click();
  await page.getByTestId('draft-title').fill('Humanitarian corridors for Kestria');
  await page.getByTestId('measure-humanitarian-access').check();
  await shoot(page, 'chair-table-draft');
  await page.getByTestId('draft-submit').click();
  await expect(page.getByTestId('draft-card').filter({ hasText: 'Humanitarian corridors for Kestria' })).toBeVisible();

  // End the rounds; in Russia's chair again, its memorial with an argument.
  await page.getByTestId('nav-facilitator').click();
  await expect(page.getByTestId('chair-banner')).toHaveCount(0);
  await page.getByTestId('control-end').click();
  await page.getByTestId('control-end-confirm').click();
  await expect(page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'adjudication');
  await takeChair(page, /^Russian Federation/);
  await page.getByTestId('nav-judgment').click();
  await expect(page.getByTestId('memorial-form')).toBeVisible();
  const plea = page.getByTestId('plea-measures-taken');
  await plea.getByRole('checkbox').check();
  await plea.getByLabel('Your argument (optional)').fill('Russia pressed Dravenia in private to stop paying the Guard.');
  await shoot(page, 'chair-memorial', 'memorial-form');
  await page.getByTestId('memorial-file').click();
  await expect(page.getByTestId('filed-memorial')).toContainText('Russia pressed Dravenia');

  // The record says who entered Russia's moves.
  await page.getByTestId('chair-leave').click();
  await page.getByTestId('nav-timeline').click();
  const timeline = page.getByTestId('timeline-list');
  await expect(timeline.getByText(/tabled .*Humanitarian corridors for Kestria.*\(entered by the facilitator\)/).first()).toBeVisible();
  await expect(timeline.getByText('Crisis update (to France only): A defector talks')).toBeVisible();
  await shoot(page, 'facilitator-timeline');

  // In their own records, France reads the inject; Russia does not.
  await pickSeat(page, /^France/);
  await page.getByTestId('pass-device-ready').click();
  await expect(page.getByText('you are France')).toBeVisible();
  await expect(page.getByTestId('timeline-list').getByText('A Guard colonel offers the French embassy the orders for the clearances.')).toBeVisible();
  await pickSeat(page, /^Russian Federation/);
  await page.getByTestId('pass-device-ready').click();
  await expect(page.getByText(/you are (the )?Russian Federation/)).toBeVisible();
  await expect(page.getByTestId('timeline-list').first()).toBeVisible();
  await expect(page.getByText('A defector talks')).toHaveCount(0);

  expect(errors, `console errors:\n${errors.join('\n')}`).toEqual([]);
});
