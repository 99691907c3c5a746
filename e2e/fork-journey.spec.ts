import { expect, test, type Locator, type Page } from '@playwright/test';
import { SHOTS, startInLightTheme } from './support';

/**
 * Issue 18, "Done when": the what-if journey of a solo student (docs/fork.md). Dravenia (an
 * elected Council member that arms the Kestrian Republican Guard) transfers arms to the Guard in
 * round 1 of the training scenario, and the rounds end there; at the debrief the student asks
 * what would have changed the finding of obstruction, plays the session again from round 1
 * without the transfer, and reads the two judgments compared, in words.
 */

test.beforeEach(async ({ page }) => startInLightTheme(page));

const pill = (page: Page) => page.getByTestId('phase-pill');
const OBSTRUCTION = 'the duty not to obstruct protective measures';
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

/** Screenshots of what `focus` shows, at each size, light and dark (e2e/screenshots/fork-journey-*.png). */
async function shoot(page: Page, focus: Locator, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await focus.evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -76); // below the fixed header
    });
    await page.mouse.move(size.width - 5, size.height - 5); // no hover tooltip in the picture
    for (const scheme of ['light', 'dark']) {
      await page.evaluate((v) => document.documentElement.setAttribute('data-mantine-color-scheme', v), scheme);
      await page.waitForTimeout(250); // colour transitions settle
      await page.screenshot({ path: `${SHOTS}/fork-journey-${name}-${size.width}-${scheme}.png` });
    }
  }
  await page.evaluate(() => document.documentElement.setAttribute('data-mantine-color-scheme', 'light'));
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function chooseSeat(page: Page, name: RegExp) {
  await page.getByTestId('seat-selector').click();
  await page.getByRole('option', { name }).click();
  await expect(page.getByTestId('seat-selector')).toHaveValue(name);
}

/**
 * Round 1, played as the solo student plays it (the student also holds the facilitator's seat and
 * ends each phase): in national conduct Dravenia transfers arms to the Guard, or does nothing;
 * then the facilitator ends the rounds early, which takes the session to the adjudication.
 */
async function playRoundOne(page: Page, armsToTheGuard: boolean) {
  for (let moves = 0; moves < 12; moves++) {
    const phase = (await pill(page).getAttribute('data-phase'))!;
    if (phase === 'conduct') break;
    await page.getByTestId('next-phase').click();
    await expect(pill(page)).not.toHaveAttribute('data-phase', phase);
  }
  await expect(page.getByTestId('header-round')).toHaveText('Round 1 of 3');
  // In solo practice each card judges its act in advance (the legal-risk strip): slow to draw on a busy machine.
  await expect(page.getByTestId('conduct-screen')).toBeVisible({ timeout: 240_000 });
  if (armsToTheGuard) {
    const card = page.getByTestId('conduct-card-arms-transfer');
    await expect(card.getByRole('combobox', { name: 'Directed at' })).toHaveValue('Kestrian Republican Guard');
    await card.getByText('Substantial', { exact: true }).click();
    await expect(card.getByRole('radio', { name: 'Substantial' })).toBeChecked();
    await card.getByTestId('conduct-act-arms-transfer').click();
    await expect(page.getByTestId('conduct-act').first()).toContainText('Kestrian Republican Guard');
  }
  await page.getByTestId('conduct-done').click();
  await expect(page.getByTestId('conduct-done-notice')).toBeVisible();
  await chooseSeat(page, /Facilitator/);
  await page.getByTestId('nav-facilitator').click();
  await page.getByTestId('control-end').click();
  await page.getByTestId('control-end-confirm').click();
  await expect(pill(page)).toHaveAttribute('data-phase', 'adjudication');
}

/** The facilitator's bench (the seat the student holds now) delivers the judgment, confirming it without the missing memorials. */
async function deliverJudgment(page: Page) {
  await page.getByTestId('nav-judgment').click();
  await page.getByTestId('deliver-judgment').click();
  const confirm = page.getByTestId('deliver-judgment-confirm');
  await expect(confirm.or(page.locator('[data-testid="phase-pill"][data-phase="debrief"]')).first()).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
  await expect(pill(page)).toHaveAttribute('data-phase', 'debrief');
}

test('a solo student asks what would have changed a finding, plays round 1 again differently and compares the judgments', async ({ page }) => {
  test.setTimeout(900_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  // A new solo session: Dravenia in the training scenario, timers off.
  await page.goto('/#/new');
  await page.getByTestId('new-scenario').click();
  await page.getByRole('option', { name: /Kestria/ }).click();
  await page.getByTestId('new-seat').click();
  await page.getByRole('option', { name: /Dravenia/ }).click();
  await page.getByTestId('new-seed').fill('1');
  const timers = page.getByRole('switch', { name: /Phase timers/ });
  if (await timers.isChecked()) await timers.click();
  await page.getByTestId('new-start').click();
  await expect(pill(page)).toHaveAttribute('data-phase', 'briefing');
  await playRoundOne(page, true);
  await deliverJudgment(page);

  // The debrief as Dravenia reads it: the finding of obstruction, and what would have changed it.
  await chooseSeat(page, /Dravenia/);
  await page.getByTestId('nav-judgment').click();
  await page.getByTestId('rank-DRV').click();
  const obstruction = page.getByTestId('findings').locator('article').filter({ hasText: /obstruct/i }).first();
  await expect(obstruction).toBeVisible();
  const toggle = obstruction.getByTestId('what-if-toggle');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(obstruction.getByTestId('what-if-change').first()).toContainText(
    'Had you not transferred arms to Kestrian Republican Guard in round 1, there would be no breach instead of an established finding',
  );
  await shoot(page, obstruction.getByTestId('what-if'), 'what-if');

  // Play again from round 1: the facilitator's (the solo student's) choice, in the debrief.
  await chooseSeat(page, /Facilitator/);
  await page.getByTestId('nav-judgment').click();
  const original = page.url();
  await expect(page.getByTestId('play-again-round')).toHaveValue('Round 1');
  await page.getByTestId('play-again-start').click();
  await expect(page).not.toHaveURL(original);
  await expect(pill(page)).toHaveAttribute('data-phase', 'briefing');

  // This time Dravenia sends no arms in round 1 (the fork opens in the facilitator's seat, as it was left).
  await chooseSeat(page, /Dravenia/);
  await playRoundOne(page, false);
  await deliverJudgment(page);
  await chooseSeat(page, /Dravenia/);
  await page.getByTestId('nav-judgment').click();
  const comparison = page.getByTestId('judgment-comparison');
  await expect(comparison).toBeVisible();
  await expect(comparison).toContainText('After: this session, played again from round 1.');
  const dravenia = comparison.getByTestId('comparison-findings').getByRole('row').filter({ hasText: 'Federal Republic of Dravenia' }).filter({ hasText: /obstruct/i });
  await expect(dravenia).toContainText('changed');
  await expect(dravenia).toContainText(/breach found, \d+\.\d points/);
  await expect(dravenia).toContainText('no breach, 0.0 points');
  await expect(comparison).toContainText(
    new RegExp(`Changed: the finding against the Federal Republic of Dravenia under ${OBSTRUCTION} held \\(\\d+\\.\\d points\\); now it does not hold \\(0\\.0 points\\)\\.`),
  );
  await expect(comparison).toContainText(/The exposure of the Federal Republic of Dravenia falls from \d+\.\d \([a-z ]+\) to \d+\.\d \([a-z ]+\)\./);
  await shoot(page, comparison, 'comparison');
});
