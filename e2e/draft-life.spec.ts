import { expect, test, type Page } from '@playwright/test';
import { SHOTS, startInLightTheme, startSoloInNegotiation, voteOnOpenBallots } from './support';

/**
 * A draft's life as a student sees it (issue 16 item 1): Ireland, an elected Council member in a
 * solo session, reads the AI penholder's zero draft in Negotiation, asks for a preamble reference
 * and for a measure to be dropped, sees each answer and rev.1 with its change highlighted; in the
 * Council the text put to the vote is on the screen before Ireland votes. Screenshots in light and
 * dark at 1024x768 and 1280x800 (e2e/screenshots/draft-life-*.png).
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
      await page.screenshot({ path: `${SHOTS}/draft-life-${name}-${size.width}-${scheme}.png` });
    }
    await setScheme(page, 'light');
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test.beforeEach(async ({ page }) => startInLightTheme(page));

test('Ireland asks the AI penholder for changes, sees rev.1 highlighted, and reads the text before it votes', async ({ page }) => {
  test.setTimeout(240_000);
  await startSoloInNegotiation(page, /Kestria/, 'Ireland', 41);

  // The AI penholder's zero draft, in circulation to the Council's members.
  const draft = page.getByTestId('circulating-draft').first();
  await expect(draft).toBeVisible();
  await expect(draft.getByTestId('circulation-status')).toHaveText('In circulation');

  // A reference for the preamble: the penholder accepts it into rev.1.
  await draft.getByTestId('change-kind').selectOption('add-reference');
  await draft.getByLabel('Reference').fill('Recalling its resolution 2417 (2018) on conflict and hunger');
  await draft.getByTestId('send-change-request').click();
  await expect(draft.getByTestId('revision')).toContainText('rev.1 adds to the preamble');
  await expect(draft.locator('.mc-changed')).toContainText('Recalling its resolution 2417 (2018)');

  // Drop a measure: accepted or declined, the answer is on the screen with its reason.
  await draft.getByTestId('change-kind').selectOption('drop-measure');
  const measure = await draft.getByTestId('change-measure').locator('option').first().textContent();
  await draft.getByTestId('send-change-request').click();
  const dropRequest = draft.getByTestId('change-request').filter({ hasText: `asks to drop ${measure!.toLowerCase()}` });
  await expect(dropRequest).toContainText(/Accepted|Declined/);
  await shoot(page, 'negotiation', 'circulating-drafts');

  // The Council: the penholder puts the text in blue and to the vote; Ireland reads it before voting.
  await page.getByTestId('next-phase').click();
  await expect(page.getByTestId('phase-pill')).toHaveAttribute('data-phase', 'council');
  // Ireland, a Council member, has the first chance to table; it passes, and the penholder's text goes to the vote.
  await page.getByTestId('nav-chamber').click();
  await page.getByTestId('pass').click();
  await expect(page.getByTestId('ballot-draft-text')).toContainText('Recalling its resolution 2417 (2018)');
  await expect(page.getByTestId('vote-yes')).toBeVisible();
  await shoot(page, 'council-before-vote', 'ballot-draft-text');
  await voteOnOpenBallots(page, 'yes');
  await expect(page.getByTestId('announcement')).toContainText('The result of the voting is as follows');
  if ((await page.getByTestId('veto-banner').count()) > 0) {
    await expect(page.getByTestId('draft-failed')).toContainText('The draft failed');
    await shoot(page, 'council-after-veto', 'draft-failed');
  }
});
