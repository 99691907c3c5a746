import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchConsole } from './support';

/**
 * A whole round with the keyboard only (issue 19, docs/accessibility.md): Tab, Shift+Tab, Enter,
 * Space, arrow keys and typing; no click. Home → the training scenario's overview → New session
 * (solo, Ireland) → the brief → negotiation (a public statement) → the Council (Ireland tables a
 * draft and votes) → national conduct → the next round. Every control is reached by Tab from
 * where focus was, and the focused control shows a focus ring.
 */

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it is not reached. */
async function tabTo(page: Page, target: Locator, back = false) {
  await expect(target).toBeVisible();
  for (let i = 0; i < 120; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) {
      // The focus is visible: an outline or a box shadow on the focused control.
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none' || el.matches(':focus-visible');
      });
      expect(ring, 'the focused control shows where the focus is').toBe(true);
      return;
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function press(page: Page, target: Locator, key = 'Enter') {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

const phaseOf = async (page: Page) => (await page.getByTestId('phase-pill').getAttribute('data-phase'))!;

/** The solo player is the facilitator: "Next phase ▸" in the header, reached by Shift+Tab from the screen. */
async function nextPhase(page: Page) {
  const before = `${await phaseOf(page)} ${await page.getByTestId('header-round').textContent()}`;
  await tabTo(page, page.getByTestId('next-phase'), true);
  await page.keyboard.press('Enter');
  await expect.poll(async () => `${await phaseOf(page)} ${await page.getByTestId('header-round').textContent()}`).not.toBe(before);
}

test('a whole round with the keyboard only', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = watchConsole(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Moot Council' })).toBeVisible();

  // Home → the scenario's overview → New session.
  await press(page, page.locator('[data-scenario-id="training-kestria"] a.stretched-link'));
  await expect(page.getByTestId('scenario-title')).toBeVisible();
  await press(page, page.getByTestId('start-session'));
  await expect(page.getByRole('heading', { name: 'New session' })).toBeVisible();

  // Solo, Ireland: its code typed into the seat's search (the list shows names; codes still find them), chosen with the arrow keys.
  await tabTo(page, page.getByTestId('new-seat'));
  await page.keyboard.type('IRL');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('new-seat')).toHaveValue(/Ireland/);
  await press(page, page.getByRole('switch', { name: /Phase timers/ }), 'Space');
  await expect(page.getByRole('switch', { name: /Phase timers/ })).not.toBeChecked();
  await press(page, page.getByTestId('new-start'));

  // The brief, then the crisis update.
  await expect(page.getByTestId('confidential-band')).toContainText('Confidential: Ireland');
  await press(page, page.getByTestId('brief-continue'));
  await expect(page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'crisisUpdate');
  await nextPhase(page);

  // Negotiation: a public statement.
  await expect(page.getByTestId('negotiation-screen')).toBeVisible();
  await press(page, page.getByTestId('channel-public'));
  await tabTo(page, page.getByTestId('compose'));
  await page.keyboard.type('Ireland calls for humanitarian access to the Tarn highlands now.');
  await press(page, page.getByTestId('send'));
  await expect(page.getByTestId('messages')).toContainText('Ireland calls for humanitarian access');
  await nextPhase(page);

  // The Council: Ireland tables a draft and votes on it.
  await expect(page.getByTestId('horseshoe')).toBeVisible();
  for (let i = 0; i < 4 && (await page.getByTestId('vote-abstain').isVisible()); i++) {
    await press(page, page.getByTestId('vote-abstain'));
    await expect(page.getByTestId('vote-abstain')).toBeHidden();
  }
  await press(page, page.getByTestId('table-draft'));
  await tabTo(page, page.getByTestId('draft-title'));
  await page.keyboard.type('Protection of the Vell');
  await press(page, page.getByTestId('measure-humanitarian-access'), 'Space');
  await expect(page.getByTestId('measure-humanitarian-access')).toBeChecked();
  await press(page, page.getByTestId('draft-submit'));
  const card = page.getByTestId('draft-card').filter({ hasText: 'Protection of the Vell' });
  await expect(card).toBeVisible();
  // Focus is not lost when the dialog closes.
  expect(await page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null)).toBe(true);
  for (let i = 0; i < 4 && (await page.getByTestId('vote-abstain').isVisible()); i++) {
    await press(page, page.getByTestId('vote-abstain'));
    await expect(page.getByTestId('vote-abstain')).toBeHidden();
  }
  await press(page, card.getByTestId('put-to-vote'));
  await press(page, page.getByTestId('vote-yes'));
  await expect(page.getByTestId('announcement')).toContainText('The result of the voting is as follows');

  // On to national conduct (the Assembly's phases, if a veto opened them, pass).
  for (let i = 0; i < 6 && (await phaseOf(page)) !== 'conduct'; i++) await nextPhase(page);
  await expect(page.getByTestId('conduct-screen')).toBeVisible();
  // The groups of acts are tabs: Tab reaches the selected one, the arrow keys move between them
  // (WAI-ARIA tabs, a roving tabindex).
  await tabTo(page, page.locator('[data-testid^="conduct-tab-"][aria-selected="true"]'));
  for (let i = 0; i < 8 && !(await page.getByTestId('conduct-tab-help').evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('conduct-tab-help')).toHaveAttribute('aria-selected', 'true');
  await press(page, page.getByTestId('conduct-act-humanitarian-aid'));
  await expect(page.getByTestId('conduct-act').first()).toBeVisible();
  await press(page, page.getByTestId('conduct-done'));
  await expect(page.getByTestId('conduct-done-notice')).toBeVisible();

  // The round ends: round 2 begins.
  await nextPhase(page);
  await expect(page.getByTestId('header-round')).toHaveText('Round 2 of 3');
  expect(errors, `console errors:\n${errors.join('\n')}`).toEqual([]);
});
