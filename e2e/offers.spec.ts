import { expect, test, type Page } from '@playwright/test';
import { SHOTS, startInLightTheme, startSoloInNegotiation } from './support';

/**
 * Structured offers as a student sees them (issue 16 item 2): Ireland, an elected Council member
 * in a solo session, opens its private channel with the AI penholder in Negotiation, offers its
 * yes on the zero draft if the penholder drops a measure, and reads the answer with its reason;
 * the registry of political commitments sits beside the D2R agreements. Screenshots in light and
 * dark at 1024x768 and 1280x800 (e2e/screenshots/offers-*.png).
 */

const setScheme = (page: Page, value: string) => page.evaluate((v) => document.documentElement.setAttribute('data-mantine-color-scheme', v), value);

async function shoot(page: Page, name: string, focus: string) {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1024, height: 768 },
  ]) {
    await page.setViewportSize(size);
    await page.getByTestId(focus).first().evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -76);
    });
    await page.mouse.move(size.width - 5, size.height - 5);
    for (const scheme of ['light', 'dark']) {
      await setScheme(page, scheme);
      await page.screenshot({ path: `${SHOTS}/offers-${name}-${size.width}-${scheme}.png` });
    }
    await setScheme(page, 'light');
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test.beforeEach(async ({ page }) => startInLightTheme(page));

test('Ireland offers the AI penholder its yes for dropping a measure and reads the answer and the commitments registry', async ({ page }) => {
  test.setTimeout(240_000);
  await startSoloInNegotiation(page, /Kestria/, 'Ireland', 41);

  const draft = page.getByTestId('circulating-draft').first();
  await expect(draft).toBeVisible({ timeout: 60_000 });
  const penholder = (await draft.getByText(/^Penholder: /).textContent())!.replace(/^Penholder: /, '').split(' · ')[0]!;
  await page.getByRole('button', { name: new RegExp(penholder.replace(/^the /i, '')) }).first().click();

  const panel = page.getByTestId('offer-panel');
  await expect(panel).toBeVisible();
  await panel.getByTestId('offer-give').selectOption('vote-yes');
  await panel.getByTestId('offer-ask').selectOption('change');
  await panel.getByTestId('send-offer').click();
  // The AI answers at once: accepted, countered or declined, with its reason on the screen.
  await expect(panel.getByTestId('offer-answer').first()).toHaveText(/Accepted|Countered|Declined/);
  await expect(panel.getByTestId('offer-reason').first()).toBeVisible();
  await shoot(page, 'channel', 'offer-panel');
  await shoot(page, 'registry', 'commitments-section');
});
